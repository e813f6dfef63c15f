// The tablet in a counsellor's hands (issue 23): nothing asked twice, nothing lost, and
// documents that say only what happened. One conversation from the case to the follow-up:
// the case's details corrected, the client's language set once and carried everywhere (also
// after a reload), the finalise dialog naming what is still open, a file note without the
// topics not discussed, a short default summary, and a follow-up marked done.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { fillController } from './support/consentFlow';
import { setUpDevice, unlockDevice } from './support/device';
import { pdfContent } from './support/pdf';

const next = (page: Page) => page.getByRole('button', { name: 'Weiter', exact: true }).click();

describe('nothing asked twice, nothing lost', () => {
  const env = browserAndServer();

  it('carries the client language, corrects the case, finalises knowingly and closes a follow-up', async () => {
    const context = await env.browser.newContext(tabletLandscape);
    const page = await context.newPage();
    await page.goto(env.server.url);
    await setUpDevice(page);
    await fillController(page);

    // A case, then its details corrected after creation.
    await page.getByRole('link', { name: 'Fälle', exact: true }).click();
    await page.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
    await page.getByLabel('Name der beratenen Person').fill('Karim Beispil');
    await page.getByRole('button', { name: 'Fall anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Karim Beispil' }).waitFor();
    await page.getByRole('button', { name: 'Angaben zur Person bearbeiten' }).click();
    await page.getByLabel('Name der beratenen Person').fill('Karim Beispiel');
    await page.getByLabel('Aktenzeichen').fill('ABH-4711');
    await page.getByLabel('Geschlecht').selectOption('male');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Karim Beispiel' }).waitFor();
    await page.getByText('ABH-4711').waitFor();

    // The client's language, entered once for person 1, is the client language everywhere.
    await page.getByRole('button', { name: 'Gespräch beginnen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Rahmendaten' }).waitFor();
    await page.getByLabel('Sprache (Person 1)').selectOption('fa');
    const clientLanguage = page.getByLabel('Sprache der beratenen Person', { exact: true });
    await expect.poll(() => clientLanguage.inputValue()).toBe('fa');
    await next(page);
    await page.getByRole('heading', { level: 2, name: 'Begrüßung und Dolmetschung' }).waitFor();
    await page.getByRole('button', { name: 'Aktueller Status und Verfahren' }).click();
    await page.getByLabel('Duldung (§ 60a)').check();
    await page.getByText(/^Gespeichert/).waitFor();
    await page.reload();
    await unlockDevice(page, 'Perspektivgespräch');
    await expect.poll(() => clientLanguage.inputValue()).toBe('fa');

    // An own step that is already due, the conversation copy handed out.
    await page.getByRole('button', { name: 'Bevollmächtigte Person benennen' }).click();
    await page.getByLabel('Keine').check();
    await page.getByRole('button', { name: 'Vereinbarungen und ausgehändigte Unterlagen' }).click();
    await page.getByRole('button', { name: 'Eigenen Schritt hinzufügen' }).click();
    await page.getByLabel('Was ist zu tun?').fill('Schulbescheinigung mitbringen');
    await page.getByLabel('Bis wann?').fill('01.12.2026');
    await page.getByLabel('Ausfertigung dieses Gesprächs').check();
    await next(page);
    await page.getByRole('heading', { level: 2, name: 'Abschluss' }).waitFor();

    // "Gespräch abschließen" says why it is disabled; the dialog names what is still open.
    await page.getByLabel('Abgeschlossen von').fill('');
    const finalise = page.getByRole('button', { name: 'Gespräch abschließen' });
    expect(await finalise.isDisabled()).toBe(true);
    await page.getByText('Bitte tragen Sie unter „Abgeschlossen von“ ein').waitFor();
    await page.getByLabel('Abgeschlossen von').fill('Frau Beispiel');
    await finalise.click();
    await page.getByText(/von \d+ Fragen sind noch offen/).waitFor();
    await page.getByText(/Themen sind nicht als „besprochen“ markiert/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, abschließen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Abgeschlossenes Gespräch' }).waitFor();

    // The file note lists what was discussed only: no pathways or consequences, since those
    // topics were not ticked "besprochen".
    await page.getByRole('link', { name: 'Aktenvermerk' }).first().click();
    await page.getByText('Vereinbarte Schritte').first().waitFor();
    const note = (await page.locator('main').textContent()) ?? '';
    expect(note).not.toContain('Erörterte Bleibeperspektiven');
    expect(note).not.toContain('Erläuterte Rechtsfolgen');
    expect(note).not.toContain('Bitte die folgenden Fragen klären');
    expect(note).toContain('Schulbescheinigung mitbringen');

    // The summary starts in the recorded language and is short: about two pages a language.
    await page.goBack();
    await page.getByRole('link', { name: 'Zurück zum Fall Karim Beispiel' }).click();
    await page.getByRole('link', { name: 'Zusammenfassung für die Person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zusammenfassung für die Person' }).waitFor();
    expect(await page.getByLabel('Sprache der Zusammenfassung').inputValue()).toBe('fa');
    await page.locator('.summary[data-fonts-ready="true"]').waitFor();
    const pdf = pdfContent(await page.pdf({ format: 'A4' }));
    expect(pdf.pages).toBeLessThanOrEqual(4);
    // The German part carries German page words, the Persian part its own.
    expect(pdf.text).toMatch(/Seite \d+ von \d+/);

    // The consent copy starts in the same language.
    await page.goBack();
    await page.getByRole('link', { name: 'Einwilligung aufnehmen' }).click();
    await expect
      .poll(() => page.getByLabel('Sprache der Kopie für die Person').inputValue())
      .toBe('fa');
    await page.goBack();

    // The due step is in the follow-ups; marked done (today), it leaves the list.
    await page.getByRole('link', { name: 'Wiedervorlagen' }).click();
    const step = page.getByText('Schulbescheinigung mitbringen');
    await step.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Als erledigt markieren' }).first().click();
    await expect.poll(() => step.count()).toBe(0);
    await context.close();
  });
});
