import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabletLandscape, tabletPortrait } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { dumpIndexedDb, PASSPHRASE, setUpDevice, unlockDevice } from './support/device';

// Typed into the app; none of them may appear in IndexedDB in any form.
const SENTINELS = {
  name: 'Sentinelname Quxbaz',
  note: 'Sentinelnotiz Gesundheit Diabetes',
  interpreter: 'Sentineldolmetscher Wubble',
  action: 'Sentinelschritt Passbeschaffung',
};

async function next(page: Page) {
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
}

describe('a counselling session in the browser', () => {
  const env = browserAndServer();

  it('creates a case, runs a Perspektivgespräch, survives a reload, finalises, adds an addendum, prints the file note', async () => {
    const context = await env.browser.newContext(tabletLandscape);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const response = await page.goto(env.server.url);
    const csp = (await response?.allHeaders())?.['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');

    await setUpDevice(page);
    await page.getByText('Noch keine Fälle auf diesem Gerät').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // New case: an impossible birth date gets an inline message, then is corrected.
    await page.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
    await page.getByLabel('Name der beratenen Person').fill(SENTINELS.name);
    const birth = page.getByRole('textbox', { name: /Geburtsdatum|geboren/ });
    await birth.fill('01.01.2099');
    await birth.press('Tab');
    await page
      .getByRole('alert')
      .filter({ hasText: /Zukunft/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await birth.fill('15.03.1999');
    // The message disappears as soon as the date is valid (before the button is pressed).
    await page
      .getByRole('alert')
      .filter({ hasText: /Zukunft/ })
      .waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Fall anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: SENTINELS.name }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Conversation: framework data with an interpreter.
    await page.getByRole('button', { name: 'Gespräch beginnen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Rahmendaten' }).waitFor();
    await page.getByRole('button', { name: 'Person hinzufügen' }).click();
    await page.getByLabel('Name (Person 2)').fill(SENTINELS.interpreter);
    await page.getByLabel('Sprache (Person 2)').selectOption('ar');
    expect(await axeViolations(page)).toEqual([]);

    await next(page);
    // Who takes part was entered once, above: the step only checks the interpretation.
    await page.getByRole('heading', { level: 2, name: 'Begrüßung und Dolmetschung' }).waitFor();
    await page.getByText('Verstehen Sie die Dolmetscherin oder den Dolmetscher gut?').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Betroffene Person' }).count()).toBe(0);
    await next(page);
    await next(page);
    await page.getByRole('heading', { level: 2, name: 'Aktueller Status und Verfahren' }).waitFor();
    await page.getByLabel('Duldung (§ 60a)').check();
    await page.getByLabel('besprochen – Gesprächsbeginn').check();
    await page.getByLabel('besprochen – Aufenthaltsstatus').check();
    // Wait for the autosave, then reload in the middle of the conversation.
    await page.getByText(/^Gespeichert/).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Gerät entsperren' }).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Entsperren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Aktueller Status und Verfahren' }).waitFor();
    expect(await page.getByLabel('Duldung (§ 60a)').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Rahmendaten' }).click();
    expect(await page.getByLabel('Name (Person 2)').inputValue()).toBe(SENTINELS.interpreter);

    // Pathway results are shown in their step.
    await page.getByRole('button', { name: 'Ergebnis: Bleibeperspektiven' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ergebnis: Bleibeperspektiven' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Client view in Arabic: right-to-left, large type, no counsellor notes.
    await page.getByLabel('Sprache der beratenen Person').selectOption('ar');
    await page.getByRole('button', { name: 'Ansicht für die beratene Person' }).click();
    const region = page.getByTestId('client-region');
    await region.waitFor();
    expect(await region.getAttribute('dir')).toBe('rtl');
    expect(await region.textContent()).not.toContain(SENTINELS.interpreter);
    expect(await axeViolations(page)).toEqual([]);

    // A closed room: nothing on screen leads anywhere, and no key, back gesture or address
    // change set in the page reaches another screen without the passphrase.
    const conversationPath = new URL(page.url()).pathname;
    const stillClosed = async () => {
      await region.waitFor();
      expect(new URL(page.url()).pathname).toBe(conversationPath);
      expect(await page.getByRole('link').count()).toBe(0);
      expect(await page.getByRole('navigation').count()).toBe(0);
      expect(await page.getByText(SENTINELS.name).count()).toBe(0);
    };
    await stillClosed();
    expect(await page.getByRole('button').allTextContents()).toEqual([
      'Zurück zur Beratungsansicht',
    ]);
    for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      // Focus stays in the client view (or leaves the page, to the browser's own controls).
      expect(
        await page.evaluate(
          () =>
            document.activeElement === document.body ||
            document.activeElement?.closest('.client-view') !== null,
        ),
      ).toBe(true);
    }
    for (const key of ['Escape', 'Alt+ArrowLeft', 'Backspace']) await page.keyboard.press(key);
    await stillClosed();
    await page.goBack();
    await page.goBack();
    await stillClosed();
    await page.evaluate(() => {
      window.history.pushState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
      window.location.hash = 'main';
    });
    await stillClosed();
    // Leaving: a wrong passphrase keeps the room closed, the right one returns to the step.
    await page.getByRole('button', { name: 'Zurück zur Beratungsansicht' }).click();
    await page.getByLabel('Passphrase des Geräts').fill('Eine falsche Passphrase');
    await page.getByRole('button', { name: 'Zurück zur Beratung', exact: true }).click();
    await page.getByText('Die Passphrase ist falsch.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await stillClosed();
    await page.getByLabel('Passphrase des Geräts').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Zurück zur Beratung', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Ergebnis: Bleibeperspektiven' }).waitFor();
    await page.getByRole('link', { name: 'Fälle', exact: true }).waitFor();

    // Representative, actions, handouts, notes.
    await page.getByRole('button', { name: 'Bevollmächtigte Person benennen' }).click();
    await page.getByLabel('Keine').check();
    await page.getByRole('button', { name: 'Vereinbarungen und ausgehändigte Unterlagen' }).click();
    await page.getByRole('button', { name: 'Eigenen Schritt hinzufügen' }).click();
    await page.getByLabel('Was ist zu tun?').fill(SENTINELS.action);
    await page.getByLabel('Bis wann?').fill('31.12.2026');
    await page.getByLabel('Ausfertigung dieses Gesprächs').check();
    await page.getByLabel('Weitere Notizen').fill(SENTINELS.note);
    expect(await axeViolations(page)).toEqual([]);

    // Finalise.
    await next(page);
    await page.getByRole('heading', { level: 2, name: 'Abschluss' }).waitFor();
    await page.getByLabel('Abgeschlossen von').fill('Frau Beispiel');
    await page.getByRole('button', { name: 'Gespräch abschließen' }).click();
    await page.getByRole('button', { name: 'Ja, abschließen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Abgeschlossenes Gespräch' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Read-only now: the notes field cannot be edited.
    await page.getByRole('button', { name: 'Vereinbarungen und ausgehändigte Unterlagen' }).click();
    expect(await page.getByLabel('Weitere Notizen').isDisabled()).toBe(true);

    // A dated addendum.
    await page.getByRole('button', { name: 'Abschluss', exact: true }).click();
    await page.getByLabel('Text des Nachtrags').fill('Termin telefonisch bestätigt.');
    await page.getByRole('button', { name: 'Nachtrag hinzufügen' }).click();
    await page.getByText('Der Nachtrag wurde gespeichert.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Termin telefonisch bestätigt.' }).waitFor();

    // File note: German, with the hash confirmed, printable to PDF.
    await page.getByRole('link', { name: 'Aktenvermerk anzeigen und drucken' }).click();
    await page.getByText('Prüfsumme bestätigt').waitFor();
    await page.getByText('Dolmetschung (Sprache: Arabisch)').waitFor();
    await page.getByText(SENTINELS.action).waitFor();
    await page.getByText('Termin telefonisch bestätigt.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');

    // Nothing typed is readable in IndexedDB.
    const dump = await dumpIndexedDb(page);
    expect(dump.length).toBeGreaterThan(1000);
    for (const sentinel of Object.values(SENTINELS)) expect(dump).not.toContain(sentinel);
    expect(dump).not.toContain('Sentinel');

    // Nothing left localhost.
    expect(requests.filter((url) => !url.startsWith(env.server.url))).toEqual([]);
    await context.close();
  });

  it('works in portrait: case list, new case and the conversation are usable and accessible', async () => {
    const context = await env.browser.newContext(tabletPortrait);
    const page = await context.newPage();
    await page.goto(env.server.url);
    await setUpDevice(page);
    await page.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
    await page.getByLabel('Name der beratenen Person').fill('Hochformat Test');
    await page.getByRole('button', { name: 'Fall anlegen' }).click();
    await page.getByRole('button', { name: 'Gespräch beginnen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Rahmendaten' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // An address typed in the client view reloads the app: locked, the case list unseen
    // until the passphrase is given.
    await page.getByRole('button', { name: 'Ansicht für die beratene Person' }).click();
    await page.getByTestId('client-region').waitFor();
    await page.goto(`${env.server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Gerät entsperren' }).waitFor();
    expect(await page.getByText('Hochformat Test').count()).toBe(0);
    await unlockDevice(page, 'Fälle');
    await page.getByLabel('Fälle durchsuchen').fill('hochformat');
    await page.getByText('1 Fall').waitFor();
    await page.getByLabel('Fälle durchsuchen').fill('niemand');
    await page.getByText('0 Fälle').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await context.close();
  });
});
