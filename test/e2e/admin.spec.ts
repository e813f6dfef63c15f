import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { setUpDevice } from './support/device';
import { signInInApp } from './support/organisation';
import { organisationDataDir } from './support/dataTemplates';

const ADMIN = { email: 'admin@e2e.example.org', password: 'Admin Passwort für E2E 1' };

/** The bootstrap admin has no pending password change, so it signs in without that step. */
async function signInAsAdmin(page: Page) {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByLabel('E-Mail-Adresse').fill(ADMIN.email);
  await page.getByLabel('Passwort', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Name dieses Geräts').fill('Tablet Verwaltung');
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

/** One card of the users or devices list, found by its heading. */
function card(page: Page, name: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
}

describe('administration in the app', () => {
  const env = browserAndServer({ dataDir: organisationDataDir });

  it('the admin creates a counsellor, revokes her tablet and (de)activates her account', async () => {
    const contextA = await env.browser.newContext(tabletLandscape);
    const contextB = await env.browser.newContext(tabletLandscape);
    const a = await contextA.newPage();
    const b = await contextB.newPage();

    // A: the admin's tablet.
    await a.goto(env.server.url);
    await setUpDevice(a);
    await signInAsAdmin(a);
    await a.getByRole('link', { name: 'Verwaltung' }).click();
    await a.getByRole('heading', { level: 1, name: 'Verwaltung' }).waitFor();
    await a.getByRole('heading', { level: 2, name: 'Benutzerkonten (1)' }).waitFor();
    await card(a, 'Tablet Verwaltung').getByText('Dieses Gerät').waitFor();
    expect(await axeViolations(a)).toEqual([]);

    // Invalid input is explained inline; nothing is sent.
    await a.getByRole('button', { name: 'Konto anlegen' }).click();
    await a.getByText('Bitte geben Sie eine E-Mail-Adresse ein.').waitFor();

    const email = 'clara.beraterin@e2e.example.org';
    await a.getByLabel('E-Mail-Adresse').fill(email);
    await a.getByLabel('Name', { exact: true }).fill('Clara Beraterin');
    await a.getByRole('button', { name: 'Konto anlegen' }).click();
    const box = a.getByTestId('one-time-password');
    await box.waitFor();
    expect(await box.textContent()).toContain('nur jetzt angezeigt');
    const oneTimePassword = (await box.locator('.admin-otp__value').textContent())?.trim() ?? '';
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(12);
    expect(await a.evaluate(() => document.activeElement?.textContent)).toBe(
      'Einmalpasswort für Clara Beraterin',
    );
    await card(a, 'Clara Beraterin').getByText('Einmalpasswort noch nicht ersetzt').waitFor();
    expect(await axeViolations(a)).toEqual([]);

    // B: the counsellor's tablet signs in with the one-time password and syncs a case.
    await b.goto(env.server.url);
    await setUpDevice(b);
    await signInInApp(b, { email, oneTimePassword }, 'Tablet Clara');
    await b.getByRole('link', { name: 'Fälle', exact: true }).click();
    await b.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
    await b.getByLabel('Name der beratenen Person').fill('Herr Zaunkönig');
    await b.getByRole('button', { name: 'Fall anlegen' }).click();
    await b.getByRole('heading', { level: 1, name: 'Herr Zaunkönig' }).waitFor();
    await b.getByRole('link', { name: 'Einstellungen' }).click();
    await b.getByRole('button', { name: 'Jetzt synchronisieren' }).click();
    await b.getByText('Alle Änderungen sind übertragen.').waitFor({ timeout: 20_000 });

    // A: the organisation's details for consents, entered once for every tablet.
    const details = a.getByRole('region', { name: 'Angaben Ihrer Stelle für Einwilligungen' });
    await details.getByLabel('Verantwortliche Stelle').fill('E2E Ausländerbehörde');
    await details.getByLabel('Anschrift', { exact: true }).fill('Teststraße 1, 59425 Unna');
    await details
      .getByLabel('Kontakt für Widerrufe (Telefon, E-Mail)')
      .fill('02303 27-0, abh@e2e.example.org');
    await details.getByLabel('Datenschutzbeauftragte Person (Kontakt)').fill('dsb@e2e.example.org');
    await details
      .getByLabel('Datenschutz-Aufsichtsbehörde (Name, Anschrift)')
      .fill('LDI NRW, Kavalleriestraße 2–4, 40213 Düsseldorf');
    await details.getByRole('button', { name: 'Angaben speichern' }).click();
    await details.getByText('Gespeichert.').waitFor();
    expect(await axeViolations(a)).toEqual([]);
    // B: the next sync brings them; the settings show them instead of asking for them.
    await b.getByRole('button', { name: 'Jetzt synchronisieren' }).click();
    await b
      .getByText(/^Diese Angaben hat die Administration Ihrer Stelle für alle Geräte eingetragen/)
      .waitFor({ timeout: 20_000 });
    await b.getByText('Teststraße 1, 59425 Unna').waitFor();
    expect(await b.getByLabel('Verantwortliche Stelle').count()).toBe(0);

    // A: the tablet appears after a refresh; revoking it needs a confirmation.
    await a.getByRole('button', { name: 'Aktualisieren' }).click();
    const tablet = card(a, 'Tablet Clara');
    await tablet.getByText('Clara Beraterin').waitFor();
    await card(a, 'Clara Beraterin').getByText('Eigenes Passwort festgelegt').waitFor();
    await a.getByRole('button', { name: 'Gerät sperren – Tablet Clara' }).click();
    await tablet.getByText(/löscht es alle Daten/).waitFor();
    expect(await axeViolations(a)).toEqual([]);
    await tablet.getByRole('button', { name: 'Endgültig sperren' }).click();
    await tablet.getByText(/^Gesperrt seit /).waitFor();
    expect(await tablet.getByRole('button').count()).toBe(0);
    expect(await axeViolations(a)).toEqual([]);

    // B: a case entered after the revocation never reaches the server. At its next contact
    // (the sync that follows the change a few seconds later) the revoked tablet deletes everything and starts over — and says why, and what is lost.
    await b.getByRole('link', { name: 'Fälle', exact: true }).click();
    await b.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
    await b.getByLabel('Name der beratenen Person').fill('Frau Nachtrag');
    await b.getByRole('button', { name: 'Fall anlegen' }).click();
    await b
      .getByRole('heading', { level: 1, name: 'Dieses Gerät einrichten' })
      .waitFor({ timeout: 20_000 });
    const notice = b.getByRole('alert').filter({ hasText: /Administration Ihrer Stelle hat/ });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('hat dieses Gerät gesperrt');
    expect(await notice.textContent()).toContain(
      '1 Änderung war noch nicht an den Server übertragen; sie ist verloren.',
    );
    expect(await axeViolations(b)).toEqual([]);
    // Said until the tablet is set up again: the wipe shows the set-up screen for a moment
    // before the app reloads, so the notice must outlive a reload (it once did not, when it
    // was dismissed on display); setting the tablet up again forgets it.
    await b.reload();
    await b
      .getByRole('alert')
      .filter({ hasText: /Administration Ihrer Stelle hat/ })
      .waitFor();
    await setUpDevice(b);
    expect(
      await b.evaluate(() => globalThis.localStorage.getItem('perspektive.revocationNotice')),
    ).toBeNull();

    // A: deactivate (confirmed) and activate the account again.
    const clara = card(a, 'Clara Beraterin');
    await a.getByRole('button', { name: 'Deaktivieren – Clara Beraterin' }).click();
    await clara.getByText(/alle Sitzungen des Kontos enden sofort/).waitFor();
    await clara.getByRole('button', { name: 'Konto deaktivieren' }).click();
    await clara.getByText('Deaktiviert – Anmeldung nicht möglich').waitFor();
    await a.getByRole('button', { name: 'Aktivieren – Clara Beraterin' }).click();
    await clara.getByText('Aktiv', { exact: true }).waitFor();
    await a.getByRole('button', { name: 'Aktualisieren' }).click();
    await a.getByText(/^Stand: /).waitFor();
    expect(await clara.getByText('Aktiv', { exact: true }).count()).toBe(1);

    // A: the lock policy for all tablets; out-of-range input cannot be saved.
    const idle = a.getByLabel('Sperren nach Inaktivität (Minuten)');
    await idle.fill('30');
    expect(await a.getByRole('button', { name: 'Speichern', exact: true }).isDisabled()).toBe(true);
    await idle.fill('2');
    await a.getByLabel('Sperren, wenn die App nicht sichtbar ist (Sekunden)').fill('30');
    await a.getByRole('button', { name: 'Speichern', exact: true }).click();
    await a.getByText(/^Gespeichert\. Die Geräte übernehmen/).waitFor();
    expect(await axeViolations(a)).toEqual([]);

    // A: the admin changes her own password later in the settings (issue 21): a weak one is
    // refused with a hint, a strong one is taken.
    await a.getByRole('link', { name: 'Einstellungen' }).click();
    await a.getByRole('button', { name: 'Passwort ändern' }).click();
    await a.getByLabel('Bisheriges Passwort').fill(ADMIN.password);
    await a.getByLabel('Neues Passwort', { exact: true }).fill('password1234');
    await a.getByText(/Stärke: schwach\./).waitFor();
    await a.getByLabel('Neues Passwort wiederholen').fill('password1234');
    await a.getByRole('button', { name: 'Passwort ändern' }).click();
    await a.getByText(/Dieses Passwort ist zu leicht zu erraten/).waitFor();
    expect(await axeViolations(a)).toEqual([]);
    await a.getByLabel('Neues Passwort', { exact: true }).fill('Kaffee am Morgen im Kreishaus');
    await a.getByLabel('Neues Passwort wiederholen').fill('Kaffee am Morgen im Kreishaus');
    await a.getByRole('button', { name: 'Passwort ändern' }).click();
    await a
      .getByText('Das Passwort wurde geändert. Andere Geräte müssen sich neu anmelden.')
      .waitFor();

    await contextA.close();
    await contextB.close();
  });
});
