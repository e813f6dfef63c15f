// The life of a case in the built app: a counsellor closes a case with its outcome and the
// admin's statistics count it; the admin sets a retention rule, sees its preview (file
// numbers, no names), switches it on, confirms the due list, and exactly those cases are
// gone, with a deletion log entry of counts; an Art. 15 export downloads JSON that validates
// against the published schema and prints as a German document with the conversations,
// the consent, the revocation and the referral; an Art. 17 erasure needs the legal basis
// where the files are under a statutory duty. Every new screen passes axe.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { default as formats } from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { setUpDevice, syncNow } from './support/device';
import { seedLifecycle } from './support/lifecycleSeed';
import { signInAsAdmin } from './support/organisation';
import { organisationDataDir } from './support/dataTemplates';
import { pdfContent } from './support/pdf';

const schema = JSON.parse(readFileSync('docs/art15-export.schema.json', 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
(formats as unknown as { default: (a: Ajv2020) => void }).default(ajv);
const validateExport = ajv.compile(schema);

/** Screenshots at both tablet orientations when SCREENSHOT_DIR is set (to look at them). */
async function shots(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const [w, h] of [
    [1024, 768],
    [768, 1024],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({
      path: join(dir, `${name}-${String(w)}x${String(h)}.png`),
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: 1024, height: 768 });
}

const section = (page: Page, name: string | RegExp) =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name }) });

/** Signs in an account whose own password is already set (no one-time password step). */
async function signIn(page: Page, user: { email: string; password: string }, device: string) {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByLabel('E-Mail-Adresse').fill(user.email);
  await page.getByLabel('Passwort', { exact: true }).fill(user.password);
  await page.getByLabel('Name dieses Geräts').fill(device);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByText(/^Zuletzt synchronisiert/).waitFor({ timeout: 20_000 });
}

describe('case lifecycle, retention and data subject requests', () => {
  const env = browserAndServer({ dataDir: organisationDataDir });

  it('close → statistics, retention preview = deletion, Art. 15 export, Art. 17 erasure', async () => {
    const seed = await seedLifecycle(env.server.url);

    // The counsellor's tablet: closes Herr Fink with "Abschiebung"; the export is refused to
    // her (the organisation has not allowed counsellors to produce it).
    const counsellorContext = await env.browser.newContext(tabletLandscape);
    const c = await counsellorContext.newPage();
    await c.goto(env.server.url);
    await setUpDevice(c);
    await signIn(c, seed.counsellor, 'Tablet Beraterin');
    await c.getByRole('link', { name: 'Fälle', exact: true }).click();
    await c.getByRole('link', { name: /Herr Fink/ }).click();
    await c.getByRole('heading', { level: 1, name: 'Herr Fink' }).waitFor();
    await c.getByRole('button', { name: 'Fall abschließen' }).click();
    await c.getByLabel('Ergebnis').selectOption({ label: 'Abschiebung' });
    await c.getByRole('button', { name: 'Fall abschließen' }).click();
    await c.getByText('Der Fall ist abgeschlossen.').first().waitFor();
    await c.getByText(seed.finkId).waitFor(); // the identifier for the administration
    await c.getByRole('link', { name: 'Auskunft erstellen' }).click();
    await c
      .getByText(/^Bei Ihrer Stelle erstellt nur die Administration Auskünfte/)
      .waitFor({ timeout: 20_000 });
    expect(await axeViolations(c)).toEqual([]);
    await syncNow(c);

    // The admin's tablet: the statistics count six deportations this quarter.
    const adminContext = await env.browser.newContext({
      ...tabletLandscape,
      acceptDownloads: true,
    });
    const a = await adminContext.newPage();
    await a.goto(env.server.url);
    await setUpDevice(a);
    await signInAsAdmin(a, 'Tablet Verwaltung');
    await a.getByText(/^Angemeldet als/).waitFor({ timeout: 20_000 });
    await a.getByRole('link', { name: 'Statistik' }).click();
    await a.getByText(/^Quelle: Server der Organisation/).waitFor({ timeout: 20_000 });
    const outcomes = section(a, 'Fallabschlüsse nach Ergebnis');
    await outcomes.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
    const deportations = outcomes.getByRole('row', { name: /Abschiebung/ }).first();
    expect(await deportations.getByRole('cell').allTextContents()).toContain('6');

    // Retention: the preview names the two old cases by file number, never by name.
    await a.getByRole('link', { name: 'Verwaltung' }).click();
    await a.getByRole('link', { name: 'Datenschutz: Aufbewahrung, Auskunft und Löschung' }).click();
    await a.getByRole('heading', { level: 2, name: 'Aufbewahrungsregeln' }).waitFor();
    expect(await axeViolations(a)).toEqual([]);
    await shots(a, 'datenschutz');
    await a.getByLabel('Aktenzeichen, sonst Pseudonym, sonst Kurzkennung').check();
    await a.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await a.getByText('Die Einstellungen sind gespeichert.').waitFor();

    const rule = a.getByRole('listitem').filter({
      has: a.getByRole('heading', { level: 3, name: /^Abgeschlossene Fälle/ }),
    });
    await rule.getByLabel('Frist in Jahren').fill('3');
    await rule.getByRole('button', { name: 'Vorschau anzeigen' }).click();
    await rule.getByText('Diese Regel würde heute 2 Fälle bzw. Entwürfe löschen:').waitFor();
    const references = rule.getByRole('list', { name: 'Betroffene Fälle' });
    expect((await references.getByRole('listitem').allTextContents()).sort()).toEqual([
      'AZ-ALT-1',
      'AZ-ALT-2',
    ]);
    expect(await rule.textContent()).not.toContain('Alter Fall');
    expect(await axeViolations(a)).toEqual([]);
    await shots(a, 'aufbewahrung-vorschau');
    await rule.getByRole('button', { name: 'Regel mit dieser Vorschau einschalten' }).click();
    await rule.getByRole('button', { name: 'Einschalten', exact: true }).click();

    // The organisation confirms first: the same two cases wait in the due list.
    const due = section(a, 'Fällige Löschungen');
    await due.getByText('2 Fälle bzw. Entwürfe warten auf Bestätigung:').waitFor();
    expect(
      (
        await due
          .getByRole('list', { name: 'Betroffene Fälle' })
          .getByRole('listitem')
          .allTextContents()
      ).sort(),
    ).toEqual(['AZ-ALT-1', 'AZ-ALT-2']);
    await due.getByRole('button', { name: 'Diese Löschungen bestätigen' }).click();
    expect(await axeViolations(a)).toEqual([]);
    await shots(a, 'faellige-loeschungen');
    await due.getByRole('button', { name: 'Endgültig löschen' }).click();
    await a.getByText('2 Fälle bzw. Entwürfe wurden gelöscht.').waitFor();
    await due.getByText('Zurzeit wartet keine Löschung auf Bestätigung.').waitFor();
    const log = section(a, 'Löschprotokoll');
    // One entry per deleted case: when, which rule, how many records of each kind.
    const entries = log
      .getByRole('row')
      .filter({ hasText: 'Aufbewahrungsregel: Abgeschlossene Fälle' });
    expect(await entries.count()).toBe(2);
    for (const text of await entries.allTextContents()) expect(text).toContain('Fälle: 1');
    expect(await log.textContent()).not.toMatch(/AZ-ALT|Alter Fall/);

    // The deleted cases are gone on the server: their export is "not found".
    const oldCase = seed.old[0]?.id ?? '';
    await a.getByRole('textbox', { name: 'Fallkennung' }).fill(oldCase);
    await a.getByRole('link', { name: 'Auskunft erstellen (Art. 15 DSGVO)' }).click();
    await a.getByText(/^Ihre Stelle hat keinen Fall mit dieser Kennung/).waitFor();
    await a.getByRole('link', { name: 'Zurück' }).click();

    // Art. 15 for Frau Drossel: JSON valid against the schema, and a German printout.
    await a.getByRole('textbox', { name: 'Fallkennung' }).fill(seed.drosselId);
    await a.getByRole('link', { name: 'Auskunft erstellen (Art. 15 DSGVO)' }).click();
    await a.getByRole('heading', { level: 1, name: 'Auskunft nach Art. 15 DSGVO' }).waitFor();
    const [download] = await Promise.all([
      a.waitForEvent('download'),
      a.getByRole('button', { name: 'JSON herunterladen' }).click(),
    ]);
    const json = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      conversations: unknown[];
      consents: unknown[];
      revocations: unknown[];
      referrals: unknown[];
    };
    expect(validateExport(json), JSON.stringify(validateExport.errors)).toBe(true);
    expect(json.conversations).toHaveLength(2);
    expect(json.consents).toHaveLength(1);
    expect(json.revocations).toHaveLength(1);
    expect(json.referrals).toHaveLength(1);
    for (const heading of [
      'Gespräche',
      'Einwilligungen und Schweigepflichtentbindungen',
      'Widerrufe',
      'Weiterleitungen',
    ]) {
      await a.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
    expect(await axeViolations(a)).toEqual([]);
    await shots(a, 'auskunft');
    await a.emulateMedia({ media: 'print' });
    const printed = await a.pdf({ format: 'A4', printBackground: true });
    if (process.env.SCREENSHOT_DIR)
      writeFileSync(join(process.env.SCREENSHOT_DIR, 'auskunft.pdf'), printed);
    const pdf = pdfContent(printed);
    await a.emulateMedia({ media: 'screen' });
    for (const text of [
      'Auskunft nach Art. 15 DSGVO',
      'Frau Drossel',
      'AZ-DROSSEL',
      'Gespräch 1',
      'Gespräch 2',
      'Erstes Gespräch Drossel',
      'Zweites Gespräch Drossel',
      'Einwilligung 1',
      'Einwilligung Drossel', // the signed text
      'Widerruf 1',
      'Widerruf Drossel',
      'Weiterleitung 1',
      'Bitte um Beratung Drossel',
      'Protokoll: wer wann was geändert hat',
    ]) {
      expect(pdf.text.replace(/\s+/g, ' ')).toContain(text);
    }
    expect(pdf.text).not.toContain('JSON herunterladen'); // the actions do not print
    expect(pdf.fonts.every((f) => f.embedded)).toBe(true);

    // Art. 17 for Frau Drossel: an Ausländerbehörde needs the legal basis.
    await a.getByRole('link', { name: 'Zurück' }).click();
    await a.getByRole('textbox', { name: 'Fallkennung' }).fill(seed.drosselId);
    await a.getByRole('button', { name: 'Fall löschen (Art. 17 DSGVO) …' }).click();
    await a.getByText('Bitte wählen Sie die Rechtsgrundlage.').waitFor();
    await a
      .getByLabel('Rechtsgrundlage der Löschung')
      .selectOption({ label: 'Gesetzliche Aufbewahrungsfrist abgelaufen' });
    await a.getByRole('button', { name: 'Fall löschen (Art. 17 DSGVO) …' }).click();
    const confirm = a.getByRole('group', { name: /^Fall .* endgültig löschen\?$/ });
    await confirm.getByText(/auch die Kopien bei den Stellen/).waitFor();
    expect(await axeViolations(a)).toEqual([]);
    await shots(a, 'loeschung-art17');
    await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
    await a.getByText('Der Fall wurde gelöscht.').waitFor();
    await log
      .getByRole('row')
      .filter({ hasText: 'Rechtsgrundlage: Gesetzliche Aufbewahrungsfrist abgelaufen' })
      .waitFor();
    expect(await log.textContent()).not.toMatch(/Drossel|AZ-DROSSEL/);
    expect(await axeViolations(a)).toEqual([]);

    // The counsellor's tablet drops the deleted cases at its next pull (the raw-storage
    // check of what remains is the device side's test).
    await c.getByRole('link', { name: 'Fälle', exact: true }).click();
    await c.getByRole('link', { name: /Frau Drossel/ }).waitFor();
    await syncNow(c);
    await c.getByRole('link', { name: 'Fälle', exact: true }).click();
    await c.getByRole('link', { name: /Herr Fink/ }).waitFor();
    expect(await c.getByRole('link', { name: /Frau Drossel|Alter Fall/ }).count()).toBe(0);

    await counsellorContext.close();
    await adminContext.close();
  });
});
