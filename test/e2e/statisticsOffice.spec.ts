// The statistics office's dashboard in the browser: an organisation on the same server opts
// in, its counsellor's conversations of the last quarter arrive by sync, the office's admin
// releases that quarter (after a confirmation: released figures are fixed for good), and the
// office's statistics account sees the released publication — all organisations or one,
// tables, definitions, CSV and the EU returns mapping — and only a notice for a quarter not
// released; axe at zero violations in every state, in German and English.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReportKeys } from '../../src/server/statistics/reportSigning';
import type { Browser, Page } from 'playwright-core';
import { tabletLandscape, tabletPortrait } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { setUpDevice } from './support/device';
import { createOrgWithCli, E2E_ADMIN } from './support/organisation';
import { organisationDataDir } from './support/dataTemplates';
import {
  api,
  counselledCase,
  createUser,
  login,
  pushAll,
  signInStatisticsUser,
  signInWithPassword,
} from './support/statisticsSeed';

const OFFICE_ADMIN = { email: 'amt@e2e.example.org', password: 'Statistikamt Passwort für E2E 1' };

function dataDir(): string {
  const dir = organisationDataDir();
  createOrgWithCli(
    dir,
    {
      name: 'Statistikamt Land',
      kind: 'statistics-office',
      admin: OFFICE_ADMIN,
    },
    { built: true },
  );
  return dir;
}

/** Screenshots to look at, only when PERSPEKTIVE_SCREENSHOTS names a folder. */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.PERSPEKTIVE_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}

/** The E2E organisation's admin opts in on the administration screen (axe-checked). */
async function optInOnAdminScreen(browser: Browser, base: string): Promise<void> {
  const context = await browser.newContext(tabletLandscape);
  const page = await context.newPage();
  await page.goto(base);
  await setUpDevice(page);
  await signInWithPassword(page, E2E_ADMIN, 'Tablet Verwaltung');
  await page.getByRole('link', { name: 'Verwaltung' }).click();
  const join = page.getByRole('button', { name: 'Zahlen an Statistikamt Land liefern' });
  await join.click();
  await page.getByText('Diese Organisation liefert ihre Zahlen.').waitFor();
  await page.getByText('Die Zahlen gehen ab jetzt an Statistikamt Land.').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page
    .getByRole('heading', { name: 'Beitrag zur Statistik über Organisationen' })
    .scrollIntoViewIfNeeded();
  await shoot(page, 'admin-contribution-de-1024x768');
  await context.close();
}

/** A counsellor of the E2E organisation pushes eight conversations of the last quarter. */
async function contribute(base: string): Promise<void> {
  const user = await createUser(base, ['counsellor'], 'Beraterin Amt');
  const clientId = randomUUID();
  const session = await login(base, user.email, user.oneTimePassword, clientId);
  await api(
    base,
    '/api/auth/password',
    { currentPassword: user.oneTimePassword, newPassword: 'Ein neues Passwort 2026' },
    session.token,
  );
  const now = new Date();
  // The first month of the quarter before this one (only an ended quarter can be released).
  const start = new Date(now.getFullYear(), Math.floor(now.getMonth() / 3) * 3 - 3, 1);
  const month = String(start.getMonth() + 1).padStart(2, '0');
  const asOf = `${start.getFullYear()}-${month}-02`;
  const mutations = Array.from({ length: 8 }, (_, i) =>
    counselledCase(
      { nationality: i < 6 ? 'SY' : 'AF', birthDate: '1995-05-01', gender: 'female' },
      asOf,
      `Person ${i}`,
    ),
  ).flat();
  expect(await pushAll(base, { token: session.token, clientId }, mutations)).toBe(true);
}

/** The office's admin releases the last quarter on the dashboard, after the confirmation. */
async function releaseLastQuarter(browser: Browser, base: string): Promise<void> {
  const context = await browser.newContext(tabletLandscape);
  const page = await context.newPage();
  await page.goto(base);
  await setUpDevice(page);
  await signInWithPassword(page, OFFICE_ADMIN, 'Tablet Freigabe');
  await page.getByRole('link', { name: 'Statistik' }).click();
  await page.getByRole('heading', { level: 2, name: /ist noch nicht freigegeben\.$/ }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Quartal freigeben' }).click();
  await page.getByRole('heading', { name: /endgültig freigeben\?$/ }).waitFor();
  await page.getByText(/sind danach für immer festgeschrieben/).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Endgültig freigeben' }).scrollIntoViewIfNeeded();
  await shoot(page, 'office-release-confirm-de-1024x768');
  await page.getByRole('button', { name: 'Endgültig freigeben' }).click();
  await page.getByText(/ist freigegeben\. Die Zahlen sind jetzt festgeschrieben\./).waitFor();
  await page.getByText(/: 1 Organisation\. Schwelle: 5\./).waitFor({ timeout: 20_000 });
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'office-released-de-1024x768');
  await context.close();
}

const section = (page: Page, name: string) =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name }) });

describe('statistics office dashboard', () => {
  const env = browserAndServer({ dataDir });

  it('shows the publication of contributing organisations, filters, exports; axe clean', async () => {
    const base = env.server.url;
    await optInOnAdminScreen(env.browser, base);
    await contribute(base);
    await releaseLastQuarter(env.browser, base);
    const analyst = await createUser(base, ['statistics'], 'Statistik Land', OFFICE_ADMIN);

    for (const [viewport, size] of [
      [tabletLandscape, '1024x768'],
      [tabletPortrait, '768x1024'],
    ] as const) {
      const context = await env.browser.newContext(viewport);
      const page = await context.newPage();
      await page.goto(base);
      await setUpDevice(page);
      if (size === '1024x768') await signInStatisticsUser(page, analyst);
      else {
        // The one-time password is replaced already: a plain sign-in on the second tablet.
        const account = { email: analyst.email, password: 'Statistik Passwort 2026' };
        await signInWithPassword(page, account, 'Tablet hochkant');
      }

      await page.getByRole('link', { name: 'Statistik' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Statistik über Organisationen hinweg' })
        .waitFor();
      await page.getByText(/: 1 Organisation\. Schwelle: 5\./).waitFor({ timeout: 20_000 });
      expect(await axeViolations(page)).toEqual([]);
      await shoot(page, `office-de-${size}`);

      const conversations = section(page, 'Gespräche nach Gesprächsvorlage');
      await conversations.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
      const table = conversations.getByRole('table');
      const row = table.getByRole('row', { name: /Perspektivgespräch/ });
      expect(await row.getByRole('cell').allTextContents()).toEqual(['8']);
      // The definition stands beside the table.
      await conversations
        .getByText(/^Abgeschlossene \(finalisierte\) Beratungsgespräche/)
        .waitFor();

      // The EU returns mapping says what cannot be supplied, and why.
      const eu = section(page, 'EU-Rückkehrstatistik');
      const ordered = eu.getByRole('row', { name: /Ausreiseanordnung/ }).first();
      expect(await ordered.textContent()).toContain('nicht lieferbar');
      expect(await axeViolations(page)).toEqual([]);
      await eu.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
      await shoot(page, `office-de-eu-${size}`);

      // One organisation: its own table; the EU section belongs to the total only.
      await page.getByLabel('Organisation', { exact: true }).selectOption({
        label: 'E2E Ausländerbehörde',
      });
      await section(page, 'EU-Rückkehrstatistik').waitFor({ state: 'detached' });
      expect(await axeViolations(page)).toEqual([]);
      await shoot(page, `office-de-org-${size}`);

      if (size === '1024x768') {
        // A quarter not released shows a notice and no figures, to readers no release button.
        const quarterSelect = page.getByLabel('Quartal', { exact: true });
        const lastQuarter = await quarterSelect.inputValue();
        await quarterSelect.selectOption({ index: 0 });
        await page.getByRole('button', { name: 'Anzeigen', exact: true }).click();
        await page
          .getByRole('heading', { level: 2, name: /ist noch nicht freigegeben\.$/ })
          .waitFor();
        await page.getByText(/läuft noch/).waitFor();
        expect(await page.getByRole('button', { name: 'Quartal freigeben' }).count()).toBe(0);
        expect(await page.getByRole('table').count()).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        await shoot(page, `office-unreleased-de-${size}`);
        await quarterSelect.selectOption(lastQuarter);
        await page.getByRole('button', { name: 'Anzeigen', exact: true }).click();
        await page.getByText(/: 1 Organisation\. Schwelle: 5\./).waitFor({ timeout: 20_000 });
        await page.getByLabel('Organisation', { exact: true }).selectOption({
          label: 'E2E Ausländerbehörde',
        });

        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Zahlen als CSV herunterladen' }).click(),
        ]);
        const csv = await readFile(await download.path(), 'utf8');
        expect(csv.startsWith('\uFEFFQuartal;Kennzahl;Kategorie')).toBe(true);
        expect(csv).toMatch(/;Perspektivgespräch;Gesamt;Gesamt;8\r\n/);
        expect(csv).not.toContain('Person 1');

        // English, too.
        await page.getByRole('link', { name: 'Einstellungen' }).click();
        await page.getByLabel('Sprache der Oberfläche').selectOption('en');
        await page.getByRole('link', { name: 'Statistics' }).click();
        await page
          .getByRole('heading', { level: 1, name: 'Statistics across organisations' })
          .waitFor();
        await page.getByText(/: 1 organisation\. Threshold: 5\./).waitFor({ timeout: 20_000 });
        await section(page, 'EU returns statistics').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await shoot(page, `office-en-${size}`);
      }
      await context.close();
    }

    // The office's admin registers a contributor on another server with its public key.
    const context = await env.browser.newContext(tabletLandscape);
    const page = await context.newPage();
    await page.goto(base);
    await setUpDevice(page);
    await signInWithPassword(page, OFFICE_ADMIN, 'Tablet Statistikamt');
    await page.getByRole('link', { name: 'Verwaltung' }).click();
    await page.getByLabel('Name der Organisation').fill('Kreis C Caritas');
    await page.getByLabel('Kennung der Organisation').fill(randomUUID());
    await page.getByLabel('Öffentlicher Schlüssel').fill('kein Schlüssel');
    await page.getByRole('button', { name: 'Eintragen' }).click();
    await page.getByText('Das ist kein öffentlicher Schlüssel von „statistics-keygen“.').waitFor();
    const { publicKey } = generateReportKeys();
    await page.getByLabel('Öffentlicher Schlüssel').fill(publicKey);
    await page.getByRole('button', { name: 'Eintragen' }).click();
    await page.getByText('Kreis C Caritas ist eingetragen.').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Kreis C Caritas' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('heading', { name: 'Beitragende Organisationen auf anderen Servern' })
      .scrollIntoViewIfNeeded();
    await shoot(page, 'admin-contributors-de-1024x768');
    await context.close();
  });
});
