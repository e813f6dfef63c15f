// The organisation's documents end to end. The support directory: the administrator loads
// the example data on the server, a counsellor's tablet receives it with its sync, and then —
// offline — searches it by postcode and town, prints a one-page flyer in Arabic and adds two
// offers to a summary. The Ausreiseinformationsschreiben: the administrator enters it, a
// counsellor's tablet receives it and prints it, bilingual, for a conversation (one server
// for both keeps the browser tests short).
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import arFlyer from '../../locales/ar/flyer.json';
import arSummary from '../../locales/ar/summary.json';
import deSummary from '../../locales/de/summary.json';
import { searchOffers } from '../../src/domain/directory';
import { KREIS_UNNA_EXAMPLE } from '../../src/content/directory/kreisUnnaExample';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { setUpDevice } from './support/device';
import { createCounsellor, signInAsAdmin, signInInApp } from './support/organisation';
import { organisationDataDir } from './support/dataTemplates';
import { adminEntersLetter, counsellorPrintsLetter } from './support/letterFlow';
import { pdfContent, pdfHas, type PdfContent } from './support/pdf';

const BUNDLED = /^[A-Z]{6}\+(FiraSans|NotoSansArabic|NotoSansEthiopic)-/;

const byName = (name: string) => {
  const offer = KREIS_UNNA_EXAMPLE.find((o) => o.name === name);
  if (!offer) throw new Error(`no example offer ${name}`);
  return offer;
};
/** The names the domain's search gives, in its order: what the screen must list. */
/** The administrator deletes this one and renames the other before the counsellor syncs. */
const DELETED = 'Beispiel: Rechtsberatung für Geflüchtete Lünen';
const RENAMED = [
  'Beispiel: Willkommensinitiative Werne',
  'Beispiel: Willkommensinitiative Werne und Selm',
] as const;
const SERVER_OFFERS = KREIS_UNNA_EXAMPLE.filter((o) => o.name !== DELETED).map((o) =>
  o.name === RENAMED[0] ? { ...o, name: RENAMED[1] } : o,
);
const expectedNames = (query: string) =>
  searchOffers(SERVER_OFFERS, { query }).map((m) => m.offer.name);

async function shownNames(page: Page): Promise<string[]> {
  return (await page.locator('.directory-result .offer-block__name').allTextContents()).map((n) =>
    n.trim(),
  );
}

function expectBundledFonts(pdf: PdfContent, label: string) {
  expect(pdf.fonts.length, label).toBeGreaterThan(0);
  expect(
    pdf.fonts.every((f) => f.embedded),
    label,
  ).toBe(true);
  expect(
    pdf.fonts.map((f) => f.name).filter((n) => !BUNDLED.test(n)),
    label,
  ).toEqual([]);
  expect(
    pdf.fonts.some((f) => /NotoSansArabic/.test(f.name)),
    label,
  ).toBe(true);
}

describe('support directory', () => {
  const env = browserAndServer({ dataDir: organisationDataDir });

  it('admin loads the example data; a counsellor finds offers offline, prints an Arabic flyer and adds two offers to a summary', async () => {
    // ── The administrator's tablet: load the example data through the editor. ──────────
    const adminContext = await env.browser.newContext(tabletLandscape);
    const a = await adminContext.newPage();
    await a.goto(env.server.url);
    await setUpDevice(a);
    await signInAsAdmin(a, 'Tablet Verwaltung');
    await a.getByRole('link', { name: 'Verwaltung' }).click();
    await a.getByRole('link', { name: 'Hilfsangebote pflegen' }).click();
    await a.getByRole('heading', { level: 1, name: 'Hilfsangebote pflegen' }).waitFor();
    await a.getByRole('heading', { level: 2, name: '0 Angebote' }).waitFor();

    // An incomplete offer is explained inline, in German, and nothing is sent.
    await a.getByRole('button', { name: 'Neues Angebot' }).click();
    await a.getByRole('button', { name: 'Angebot speichern' }).click();
    await a.getByText('Bitte füllen Sie dieses Feld aus.').first().waitFor();
    await a.getByText(/^Die deutsche Beschreibung ist Pflicht/).waitFor();
    expect(await axeViolations(a)).toEqual([]);
    await a.getByRole('button', { name: 'Abbrechen' }).click();

    await a.getByRole('button', { name: 'Beispieldaten laden (Kreis Unna)' }).click();
    await a
      .getByRole('heading', { level: 2, name: `${String(KREIS_UNNA_EXAMPLE.length)} Angebote` })
      .waitFor();
    await a.getByText('Beispieldaten', { exact: true }).first().waitFor();
    expect(await axeViolations(a)).toEqual([]);

    // Edit one offer (PUT) and delete another after confirming (DELETE).
    await a.getByRole('button', { name: `„${RENAMED[0]}“ bearbeiten` }).click();
    await a.getByRole('heading', { level: 2, name: 'Angebot bearbeiten' }).waitFor();
    await a.getByLabel('Name', { exact: true }).fill(RENAMED[1]);
    await a.getByRole('button', { name: 'Angebot speichern' }).click();
    await a.getByRole('heading', { level: 3, name: RENAMED[1] }).waitFor();
    await a.getByRole('button', { name: `„${DELETED}“ löschen` }).click();
    await a.getByRole('heading', { level: 4, name: `„${DELETED}“ löschen?` }).waitFor();
    expect(await axeViolations(a)).toEqual([]);
    await a.getByRole('button', { name: 'Ja, löschen' }).click();
    await a
      .getByRole('heading', { level: 2, name: `${String(SERVER_OFFERS.length)} Angebote` })
      .waitFor();
    expect(await a.getByRole('heading', { level: 3, name: DELETED }).count()).toBe(0);
    await adminContext.close();

    // ── The counsellor's tablet syncs once, then loses the connection. ─────────────────
    const user = await createCounsellor(env.server.url, 'Dora Beraterin');
    const context = await env.browser.newContext(tabletLandscape);
    const page = await context.newPage();
    await page.goto(env.server.url);
    await setUpDevice(page);
    await signInInApp(page, user, 'Tablet Dora');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (registration.active?.state !== 'activated') {
        await new Promise<void>((done) => {
          registration.active?.addEventListener('statechange', () => {
            done();
          });
        });
      }
    });
    await context.setOffline(true);

    await page.getByRole('link', { name: 'Hilfsangebote' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hilfsangebote' }).waitFor();
    await page.getByText('Offline – alles wird auf dem Gerät gespeichert').waitFor();
    await page.getByText(/^Einige Angebote sind erfundene Beispieldaten/).waitFor();

    // By postcode: Kamen's local offers first, then the state's and the federal ones.
    const query = page.getByLabel('Postleitzahl oder Ort');
    await query.fill('59174');
    const kamen = expectedNames('59174');
    await page.getByText(`${String(kamen.length)} Angebote gefunden.`).waitFor();
    expect(await shownNames(page)).toEqual(kamen);
    expect(kamen).toContain('Beispiel: Jugendmigrationsdienst Kamen');
    expect(kamen).not.toContain('Beispiel: Migrationsberatung Lünen');
    expect(kamen.slice(-3)).toEqual([
      'Beispiel: Härtefallkommission des Landes Nordrhein-Westfalen',
      'Beispiel: ReturningfromGermany – Informationsportal von BAMF und IOM',
      'Beispiel: Länderinformationen zur Rückkehr (ZIRF)',
    ]);

    // By town, spelled without the umlaut.
    await query.fill('luenen');
    const luenen = expectedNames('Lünen');
    await page.getByText(`${String(luenen.length)} Angebote gefunden.`).waitFor();
    expect(await shownNames(page)).toEqual(luenen);
    expect(luenen).toContain('Beispiel: Migrationsberatung Lünen');
    expect(luenen).not.toContain('Beispiel: Jugendmigrationsdienst Kamen');
    expect(luenen).not.toContain(DELETED);
    await query.fill('Werne');
    await page.getByText(`${String(expectedNames('Werne').length)} Angebote gefunden.`).waitFor();
    expect(await shownNames(page)).toContain(RENAMED[1]);
    await query.fill('luenen');
    expect(await axeViolations(page)).toEqual([]);

    // ── The flyer in Arabic: one A4 page, right to left, bundled fonts only. ───────────
    const first = byName('Beispiel: Migrationsberatung Lünen');
    const second = byName('Beispiel: ReturningfromGermany – Informationsportal von BAMF und IOM');
    await page.getByLabel(`„${first.name}“ für den Flyer auswählen`).check();
    await page.getByLabel(`„${second.name}“ für den Flyer auswählen`).check();
    await page.getByText('2 Angebote ausgewählt.').waitFor();
    await page.getByLabel('Sprache des Flyers').selectOption('ar');
    const flyer = page.locator('.flyer');
    await flyer.getByRole('heading', { level: 2, name: arFlyer.title }).waitFor();
    await page.locator('.flyer[data-fonts-ready="true"]').waitFor();
    expect(await flyer.getAttribute('dir')).toBe('rtl');
    expect(await flyer.getAttribute('lang')).toBe('ar');
    expect(await flyer.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // Phone numbers and addresses are isolated left-to-right runs inside the Arabic text.
    expect(await flyer.locator('bdi[dir="ltr"]', { hasText: '0000 1000-02' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    const pdf = pdfContent(await page.pdf({ format: 'A4' }));
    for (const text of [
      arFlyer.title,
      arFlyer.example,
      arFlyer.kind['migration-counselling'],
      first.name,
      second.name,
      first.descriptions.ar ?? '',
      second.descriptions.ar ?? '',
      '0000 1000-02',
      'https://www.returningfromgermany.de',
    ]) {
      expect(pdfHas(pdf, text), text).toBe(true);
    }
    expect(pdfHas(pdf, 'Hilfsangebote'), 'screen controls are not printed').toBe(false);
    expect(pdf.pages).toBe(1);
    expectBundledFonts(pdf, 'flyer');
    mkdirSync('test-results', { recursive: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: 'test-results/flyer-ar.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // ── A conversation's summary with two offers, in Arabic and in German. ─────────────
    await page.getByRole('link', { name: 'Fälle', exact: true }).click();
    await page.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
    await page.getByLabel('Name der beratenen Person').fill('Amal Beispiel');
    await page.getByRole('button', { name: 'Fall anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Amal Beispiel' }).waitFor();
    await page.getByRole('button', { name: 'Gespräch beginnen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Rahmendaten' }).waitFor();
    await page.getByRole('link', { name: 'Fälle', exact: true }).click();
    await page.getByRole('link', { name: /Amal Beispiel/ }).click();
    await page.getByRole('link', { name: 'Zusammenfassung für die Person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zusammenfassung für die Person' }).waitFor();

    const jmd = byName('Beispiel: Jugendmigrationsdienst Kamen');
    const volunteers = byName('Beispiel: Ehrenamtliche Flüchtlingshilfe Kamen');
    await page.getByLabel('Hilfsangebote suchen (Postleitzahl oder Ort)').fill('Kamen');
    await page.getByLabel(`${jmd.name} (Migrationsberatung)`).check();
    await page.getByLabel(`${volunteers.name} (Ehrenamtliche Hilfe)`).check();
    await page.getByText('2 Hilfsangebote ausgewählt.').waitFor();
    await page.getByLabel('Sprache der Zusammenfassung').selectOption('ar');
    const arabicPart = page.locator('.summary__part[lang="ar"]');
    const germanPart = page.locator('.summary__part[lang="de"]');
    await arabicPart.getByRole('heading', { level: 2, name: arSummary.doc.help }).waitFor();
    await germanPart.getByRole('heading', { level: 3, name: deSummary.doc.help }).waitFor();
    expect(await arabicPart.locator('.offer-block').count()).toBe(2);
    expect(await germanPart.locator('.offer-block').count()).toBe(2);
    await page.locator('.summary[data-fonts-ready="true"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const summary = pdfContent(await page.pdf({ format: 'A4' }));
    for (const text of [
      arSummary.doc.help,
      deSummary.doc.help,
      jmd.name,
      volunteers.name,
      jmd.descriptions.ar ?? '',
      volunteers.descriptions.ar ?? '',
      jmd.descriptions.de ?? '',
      volunteers.descriptions.de ?? '',
    ]) {
      expect(pdfHas(summary, text), text).toBe(true);
    }
    expectBundledFonts(summary, 'summary');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: 'test-results/summary-offers-ar.png', fullPage: true });
    await context.close();
  });

  it('admin enters the departure-information letter with an Arabic translation; a counsellor prints it for a conversation', async () => {
    mkdirSync('test-results', { recursive: true });
    await adminEntersLetter(env.browser, env.server.url);
    await counsellorPrintsLetter(env.browser, env.server.url);
  });
});
