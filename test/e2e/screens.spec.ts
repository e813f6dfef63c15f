// The screens walk: every screen of the app, as a counsellor, an administrator and a
// statistics reader would see it on a tablet, photographed at 1024×768 and 768×1024 into
// test-results/screens/ (German interface; the client's screens and documents in Arabic, a
// right-to-left language). It fails when a visible text field or select cannot show its value
// or has no visible frame (support/screens.ts). `npm run screens` runs it alone.
//
// It is also the accessibility gate for the German interface: axe (WCAG 2.0–2.2 A/AA, the BITV
// 2.0 baseline) runs on every screen it photographs and on the states in between that a
// screenshot does not need (empty lists, validation errors, the client view asking for the
// passphrase, the confirmation before finalising). a11y.spec.ts walks the same screens with the
// English interface.
//
// Fast on purpose (it runs in CI with the other browser tests): one server, one browser, one
// context per account, screenshots at both sizes by resizing the same page, each screen visited
// once for the screenshots and axe.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { drawSignature, fillController } from './support/consentFlow';
import { PASSPHRASE, leaveClientView, setUpDevice } from './support/device';
import { createCounsellor, createUser, signInAsAdmin, signInInApp } from './support/organisation';
import { organisationDataDir } from './support/dataTemplates';
import { shoot, type ControlProblem } from './support/screens';
import { axeViolations } from './support/axe';

const PERSON = 'Rahim Abdulrahman-Beispiel';

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const h2 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 2, name });
const button = (page: Page, name: string | RegExp) =>
  page.getByRole('button', { name, exact: typeof name === 'string' });
const link = (page: Page, name: string | RegExp) =>
  page.getByRole('link', { name, exact: typeof name === 'string' });

async function goInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

describe('screens walk', () => {
  const env = browserAndServer({ dataDir: organisationDataDir });
  const problems: ControlProblem[] = [];
  let last = Date.now();
  /** axe on the current state; soft, so one run reports every screen's findings. */
  const axe = async (page: Page, state: string) => {
    expect.soft(await axeViolations(page), `de: ${state}`).toEqual([]);
  };
  /** Screenshots at both sizes with the control and word checks, then axe. */
  const screen = async (page: Page, name: string) => {
    const t0 = Date.now();
    problems.push(...(await shoot(page, name)));
    await axe(page, name);
    if (process.env.SCREENS_TIMING) console.warn(name, t0 - last, Date.now() - t0);
    last = Date.now();
  };

  it('photographs every screen at both tablet sizes; every field shows its value in a frame; axe finds nothing', async () => {
    const started = Date.now();
    const errors: string[] = [];

    // ── Counsellor's tablet ───────────────────────────────────────────────────────────────
    const context = await env.browser.newContext(tabletLandscape);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.server.url);
    await h1(page, 'Dieses Gerät einrichten').waitFor();
    await screen(page, '01-setup');
    await setUpDevice(page);
    // Before anyone signs in, the start screen says how to.
    await h2(page, 'Dieses Gerät ist noch nicht angemeldet').waitFor();
    await page.getByText('Noch keine Fälle auf diesem Gerät').waitFor();
    await screen(page, '02-cases-before-sign-in');
    await page.reload();
    await h1(page, 'Gerät entsperren').waitFor();
    await screen(page, '03-unlock');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await button(page, 'Entsperren').click();
    await h1(page, 'Fälle').waitFor({ timeout: 20_000 });
    await link(page, 'Einstellungen').click();
    await h1(page, 'Einstellungen').waitFor();
    // Nothing was ever transferred: the status does not claim that everything was.
    await page.getByText('Auf diesem Gerät wartet nichts auf die Übertragung.').waitFor();
    expect(await page.getByText('Alle Änderungen sind übertragen.').count()).toBe(0);
    await screen(page, '04-settings-before-sign-in');
    const counsellor = await createCounsellor(env.server.url, 'Ben Yilmaz');
    await signInInApp(page, counsellor, 'Tablet Beratung 1');
    await fillController(page);
    await screen(page, '05-settings-signed-in');

    await link(page, 'Fälle').click();
    await h1(page, 'Fälle').waitFor();
    await screen(page, '06-cases-empty');
    await link(page, 'Wiedervorlagen').click();
    await h1(page, 'Wiedervorlagen').waitFor();
    await page.getByText('Nichts fällig').waitFor();
    await axe(page, 'follow-ups (none)');
    await link(page, 'Fälle').click();
    await h1(page, 'Fälle').waitFor();
    await link(page, 'Neuen Fall anlegen').click();
    await h1(page, 'Neuer Fall').waitFor();
    await page.getByLabel('Name der beratenen Person').fill(PERSON);
    const birth = page.getByRole('textbox', { name: 'Wann ist die Person geboren?' });
    await birth.fill('28.08.1999');
    await screen(page, '07-new-case');
    await birth.fill('01.01.2099');
    await birth.press('Tab');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Das Geburtsdatum darf nicht in der Zukunft liegen.' })
      .waitFor();
    await axe(page, 'new case form (validation error)');
    await birth.fill('28.08.1999');
    await button(page, 'Fall anlegen').click();
    await h1(page, PERSON).waitFor();
    await page.getByText(/^Es liegt keine Einwilligung vor/).waitFor();
    // The template descriptions read as lines, not one word per line (32 px wide before).
    for (const box of await page.locator('[id^="tpl-"][id$="-desc"]').all()) {
      expect((await box.boundingBox())?.width).toBeGreaterThan(400);
    }
    await screen(page, '08-case');
    await button(page, 'Bevollmächtigte Person hinzufügen').click();
    await button(page, 'Speichern').click();
    await page.getByText('Bitte den Namen der bevollmächtigten Person angeben.').waitFor();
    await axe(page, 'authorised representative form (validation errors)');
    await button(page, 'Abbrechen').click();

    // The conversation, with an Arabic-speaking client.
    await button(page, 'Gespräch beginnen').click();
    await h2(page, 'Rahmendaten').waitFor();
    await page.getByLabel('Sprache der beratenen Person', { exact: true }).selectOption('ar');
    await screen(page, '10-conversation-frame');
    // Who takes part is entered once under "Rahmendaten"; this step only greets and explains.
    await button(page, 'Begrüßung und Dolmetschung').click();
    await h2(page, 'Begrüßung und Dolmetschung').waitFor();
    await screen(page, '11-conversation-participants');
    await button(page, 'Aktueller Status und Verfahren').click();
    await h2(page, 'Aktueller Status und Verfahren').waitFor();
    await page.getByLabel('Duldung (§ 60a)', { exact: true }).check();
    await screen(page, '12-conversation-status');
    await button(page, 'Ergebnis: Bleibeperspektiven').click();
    await h2(page, 'Ergebnis: Bleibeperspektiven').waitFor();
    await screen(page, '13-conversation-pathways');
    await button(page, 'Ansicht für die beratene Person').click();
    const region = page.getByTestId('client-region');
    await region.waitFor();
    expect(await region.getAttribute('dir')).toBe('rtl');
    expect(await region.getAttribute('lang')).toBe('ar');
    await screen(page, '14-client-view-ar');
    await button(page, 'Zurück zur Beratungsansicht').click();
    await page.getByLabel('Passphrase des Geräts', { exact: true }).waitFor();
    await axe(page, 'client view, asking for the passphrase');
    await button(page, 'Abbrechen').click();
    await leaveClientView(page);
    await button(page, 'Folgen bei Nichterfüllung').click();
    await h2(page, 'Folgen bei Nichterfüllung').waitFor();
    await axe(page, 'conversation: assessment (consequences)');
    await button(page, 'Bevollmächtigte Person benennen').click();
    await page.getByLabel('Keine', { exact: true }).check();
    await button(page, 'Ausgehändigte Schriftstücke').click();
    await h2(page, 'Ausgehändigte Schriftstücke').waitFor();
    await page.getByLabel('Ausreisefrist und Abschiebungsandrohung').check();
    await screen(page, '15-conversation-notices');
    await button(page, 'Vereinbarungen und ausgehändigte Unterlagen').click();
    await h2(page, 'Vereinbarungen und ausgehändigte Unterlagen').waitFor();
    await button(page, 'Eigenen Schritt hinzufügen').click();
    await page.getByLabel('Was ist zu tun?', { exact: true }).fill('Geburtsurkunde mitbringen');
    await page.getByLabel('Bis wann?', { exact: true }).fill('28.08.2099');
    await page.getByLabel('Ausfertigung dieses Gesprächs', { exact: true }).check();
    await screen(page, '16-conversation-agreements');
    await button(page, 'Weiter').click();
    await h2(page, 'Abschluss').waitFor();
    await page.getByLabel('Abgeschlossen von', { exact: true }).fill('Ben Yilmaz');
    await screen(page, '17-conversation-closing');
    await button(page, 'Gespräch abschließen').click();
    await button(page, 'Ja, abschließen').waitFor();
    await axe(page, 'conversation: closing step (confirmation)');
    await button(page, 'Ja, abschließen').click();
    await h2(page, 'Abgeschlossenes Gespräch').waitFor();
    await screen(page, '18-conversation-finalised');
    await link(page, 'Aktenvermerk anzeigen und drucken').click();
    await page.getByText('Prüfsumme bestätigt').waitFor();
    await screen(page, '19-file-note');
    await link(page, 'Zurück zum Gespräch').click();
    await h2(page, 'Abgeschlossenes Gespräch').waitFor();
    await link(page, `Zurück zum Fall ${PERSON}`).click();
    await h1(page, PERSON).waitFor();

    await link(page, 'Zusammenfassung für die Person').click();
    await h1(page, 'Zusammenfassung für die Person').waitFor();
    await page.getByLabel('Sprache der Zusammenfassung', { exact: true }).selectOption('ar');
    const arabicSummary = page.locator('.summary__part[lang="ar"]');
    await arabicSummary.getByRole('heading', { level: 1 }).waitFor();
    expect(await arabicSummary.getAttribute('dir')).toBe('rtl');
    await screen(page, '20-summary-ar');
    await link(page, 'Zurück zum Fall').click();
    await h1(page, PERSON).waitFor();
    await screen(page, '09-case-with-conversation');

    // Consent: choices, the Arabic and German text, the signature, the signed consent.
    await link(page, 'Einwilligung aufnehmen').click();
    await button(page, 'Weiter: Text zeigen').click();
    await page.getByText('Bitte mindestens einen Zweck ankreuzen.').first().waitFor();
    await axe(page, 'consent builder step 1 (validation errors)');
    const recipient = page.getByRole('group', { name: 'Empfänger 1' });
    await recipient.getByLabel('Art der Stelle').selectOption('integration-centre');
    await recipient
      .getByLabel('Name der Stelle oder Person')
      .fill('Kommunales Integrationszentrum');
    await recipient.getByLabel('Passbeschaffung').check();
    await recipient.getByLabel('Identität und Kontakt').check();
    await recipient.getByLabel('Gegenseitig (beide dürfen sich informieren)').check();
    await page.getByLabel('Gültig bis').fill('28.08.2027');
    await screen(page, '21-consent-choices');
    await button(page, 'Weiter: Text zeigen').click();
    const consentText = page.locator('.consent-text[lang="ar"]');
    await consentText.waitFor();
    expect(await consentText.getAttribute('dir')).toBe('rtl');
    await screen(page, '22-consent-text-ar');
    await button(page, 'Text wurde erklärt – weiter zur Unterschrift').click();
    await button(page, 'Unterschrift speichern').waitFor();
    await screen(page, '23-consent-signature');
    await drawSignature(page, `Unterschrift von ${PERSON}`);
    await page.getByLabel('Aufgenommen von').fill('Ben Yilmaz');
    await button(page, 'Unterschrift speichern').click();
    await h1(page, /^Einwilligung · Fassung 1/).waitFor();
    await screen(page, '24-consent-signed');

    // A referral to the consented recipient (no Perspektive there: a letter), and a waiver.
    await link(page, 'Zurück zum Fall').click();
    await h1(page, PERSON).waitFor();
    await link(page, 'Fall weiterleiten').click();
    await page.getByRole('radio', { name: /^Kommunales Integrationszentrum/ }).check();
    await page.getByRole('radio', { name: 'Passbeschaffung' }).check();
    await page.getByRole('checkbox', { name: 'Identität und Kontakt' }).check();
    await page.getByLabel('Wie ist die Person erreichbar?').fill('Unterkunft Kamen, Zimmer 12');
    await page.getByLabel('Nachricht an die Stelle (freiwillig)').fill('Bitte um Rückruf.');
    await page.getByLabel('Weitergeleitet von').fill('Ben Yilmaz');
    await screen(page, '25-referral-new');
    await button(page, 'Speichern und Schreiben drucken').click();
    await page.getByRole('heading', { level: 1, name: /Passbeschaffung/ }).waitFor();
    await screen(page, '26-referral-letter');
    await link(page, 'Zurück zum Fall').click();
    await h1(page, PERSON).waitFor();
    await link(page, 'Schweigepflichtentbindung aufnehmen').click();
    await button(page, 'Weiter: Text zeigen').waitFor();
    await screen(page, '27-waiver-choices');

    await link(page, 'Wiedervorlagen').click();
    await h1(page, 'Wiedervorlagen').waitFor();
    await screen(page, '30-follow-ups');
    await link(page, 'Hilfsangebote').click();
    await h1(page, 'Hilfsangebote').waitFor();
    await page.getByText('Noch keine Hilfsangebote').waitFor();
    await screen(page, '31-directory');
    await link(page, 'Weiterleitungen').click();
    await h1(page, 'Eingegangene Weiterleitungen').waitFor();
    await screen(page, '32-referral-inbox');
    await goInApp(page, '/konflikte');
    await h1(page, 'Konflikte klären').waitFor();
    await screen(page, '33-conflicts');
    await goInApp(page, '/gibt-es-nicht');
    await h1(page, 'Seite nicht gefunden').waitFor();
    await screen(page, '34-not-found');
    await link(page, 'Fälle').click();
    await page.getByText('1 Fall', { exact: true }).waitFor();
    await axe(page, 'case list (one case)');
    await context.close();

    // ── Administrator's tablet ────────────────────────────────────────────────────────────
    const adminContext = await env.browser.newContext(tabletLandscape);
    const admin = await adminContext.newPage();
    admin.on('pageerror', (e) => errors.push(e.message));
    await admin.goto(env.server.url);
    await setUpDevice(admin);
    await signInAsAdmin(admin, 'Tablet Verwaltung');
    await link(admin, 'Verwaltung').waitFor({ timeout: 20_000 });
    // The administrator starts on what the account is for, not on an empty case list.
    await link(admin, 'Fälle').click();
    await h1(admin, 'Verwaltung Ihrer Stelle').waitFor();
    await screen(admin, '40-admin-landing');
    await link(admin, 'Zur Verwaltung').click();
    await h1(admin, 'Verwaltung').waitFor();
    await admin.getByRole('heading', { level: 2, name: /^Benutzerkonten/ }).waitFor();
    await admin
      .getByRole('region', { name: 'Angaben Ihrer Stelle für Einwilligungen' })
      .getByLabel('Verantwortliche Stelle')
      .waitFor();
    await screen(admin, '41-admin');
    await link(admin, 'Hilfsangebote pflegen').click();
    await h1(admin, 'Hilfsangebote pflegen').waitFor();
    await button(admin, 'Neues Angebot').click();
    await screen(admin, '42-directory-admin-offer');
    await button(admin, 'Abbrechen').click();
    await link(admin, 'Verwaltung').click();
    await link(admin, 'Ausreiseinformationsschreiben pflegen').click();
    await h1(admin, 'Ausreiseinformationsschreiben pflegen').waitFor();
    await screen(admin, '43-letter-editor');
    await adminContext.close();

    // ── Statistics reader's tablet ────────────────────────────────────────────────────────
    const statsContext = await env.browser.newContext(tabletLandscape);
    const stats = await statsContext.newPage();
    stats.on('pageerror', (e) => errors.push(e.message));
    await stats.goto(env.server.url);
    await setUpDevice(stats);
    const reader = await createUser(env.server.url, 'Sam Statistik', ['statistics']);
    await link(stats, 'Einstellungen').click();
    await stats.getByLabel('E-Mail-Adresse').fill(reader.email);
    await stats.getByLabel('Passwort', { exact: true }).fill(reader.oneTimePassword);
    await stats.getByLabel('Name dieses Geräts').fill('Tablet Statistik');
    await button(stats, 'Anmelden').click();
    await stats.getByLabel(/^Bisheriges Passwort/).fill(reader.oneTimePassword);
    await stats.getByLabel('Neues Passwort', { exact: true }).fill('Statistik Passwort 2026');
    await stats.getByLabel('Neues Passwort wiederholen').fill('Statistik Passwort 2026');
    await button(stats, 'Passwort festlegen').click();
    await stats.getByText(/^Angemeldet als/).waitFor({ timeout: 20_000 });
    // Told what the account is for (not that it manages users and devices).
    await stats.getByText(/wird die Statistik Ihrer Stelle gelesen/).waitFor();
    await link(stats, 'Fälle').click();
    await h1(stats, 'Statistik Ihrer Stelle').waitFor();
    await screen(stats, '50-statistics-landing');
    await link(stats, 'Zur Statistik').click();
    await h1(stats, 'Statistik').waitFor();
    await screen(stats, '51-statistics');
    await statsContext.close();

    console.warn(`screens walk: ${String(Math.round((Date.now() - started) / 1000))} s`);
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);
});
