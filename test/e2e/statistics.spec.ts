// The statistics dashboard in the browser: a counsellor's conversations reach the server by
// real sync pushes, a statistics-only account signs in on its own tablet and sees the
// organisation's figures — small groups suppressed — as charts, tables and a CSV export,
// and every state of the screen passes axe (WCAG 2.2 A/AA).
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { setUpDevice } from './support/device';
import { bootstrapDataDir, E2E_ADMIN } from './support/organisation';

async function api<T>(base: string, path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

type Login = { token: string };
const login = (base: string, email: string, password: string, clientId = randomUUID()) =>
  api<Login>(base, '/api/auth/login', { email, password, clientId, deviceName: 'E2E' });

async function createUser(base: string, roles: string[], displayName: string) {
  const admin = await login(base, E2E_ADMIN.email, E2E_ADMIN.password);
  const email = `${randomUUID().slice(0, 8)}@e2e.example.org`;
  const { oneTimePassword } = await api<{ oneTimePassword: string }>(
    base,
    '/api/admin/users',
    { email, displayName, roles },
    admin.token,
  );
  return { email, oneTimePassword };
}

/** The current quarter's second day (local time), so the conversations land in it. */
function dayInCurrentQuarter(): string {
  const now = new Date();
  const month = Math.floor(now.getMonth() / 3) * 3 + 1;
  return `${now.getFullYear()}-${String(month).padStart(2, '0')}-02`;
}

/**
 * A counsellor's tablet pushes 13 cases with one finalised conversation each: six Syrian
 * women, six Afghan men and one Iraqi woman — through /api/sync/push, as the app would.
 */
async function seedConversations(base: string): Promise<void> {
  const user = await createUser(base, ['counsellor'], 'Beraterin Statistik');
  const clientId = randomUUID();
  const session = await login(base, user.email, user.oneTimePassword, clientId);
  const password = 'Ein neues Passwort 2026';
  await api(
    base,
    '/api/auth/password',
    {
      currentPassword: user.oneTimePassword,
      newPassword: password,
    },
    session.token,
  );
  const people = [
    ...Array.from({ length: 6 }, () => ({
      nationality: 'SY',
      birthDate: '1995-05-01',
      gender: 'female',
    })),
    ...Array.from({ length: 6 }, () => ({
      nationality: 'AF',
      birthDate: '2002-05-01',
      gender: 'male',
    })),
    { nationality: 'IQ', birthDate: '1990-05-01', gender: 'female' },
  ];
  const asOf = dayInCurrentQuarter();
  const mutations = people.flatMap((person, i) => {
    const caseId = randomUUID();
    return [
      {
        kind: 'create',
        entity: 'case',
        entityId: caseId,
        fields: { displayName: `Person ${i}`, pseudonymised: false, createdOn: asOf, ...person },
      },
      {
        kind: 'create',
        entity: 'session',
        entityId: randomUUID(),
        fields: {
          caseId,
          scriptVersion: 'perspektivgespraech@2026-11-1',
          rulesetVersion: 'e2e',
          asOf,
          participants: [],
          answers: { 'return-interest': ['wants-information'] },
          topicsCovered: ['return', 'support'],
          status: 'finalised',
          finalisation: {
            finalisedAt: `${asOf}T10:00:00+01:00`,
            finalisedBy: 'Beraterin Statistik',
            contentHash: 'c'.repeat(64),
            factsSnapshot: {},
          },
          addenda: [],
        },
      },
    ];
  });
  const { results } = await api<{ results: { status: string }[] }>(
    base,
    '/api/sync/push',
    {
      clientId,
      mutations: mutations.map((m, i) => ({ ...m, mutationId: randomUUID(), clientSeq: i + 1 })),
    },
    session.token,
  );
  expect(results.every((r) => r.status === 'applied')).toBe(true);
}

/** Signs the statistics account in on the tablet and replaces its one-time password. */
async function signInStatisticsUser(page: Page, user: { email: string; oneTimePassword: string }) {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByLabel('E-Mail-Adresse').fill(user.email);
  await page.getByLabel('Passwort', { exact: true }).fill(user.oneTimePassword);
  await page.getByLabel('Name dieses Geräts').fill('Tablet Statistik');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByLabel(/^Bisheriges Passwort/).fill(user.oneTimePassword);
  await page.getByLabel('Neues Passwort', { exact: true }).fill('Statistik Passwort 2026');
  await page.getByLabel('Neues Passwort wiederholen').fill('Statistik Passwort 2026');
  await page.getByRole('button', { name: 'Passwort festlegen' }).click();
  await page
    .getByRole('button', { name: 'Passwort festlegen' })
    .waitFor({ state: 'detached', timeout: 20_000 });
  await page.getByText(/^Angemeldet als/).waitFor();
}

/** One indicator's section, found by its heading. */
const section = (page: Page, name: string) =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name }) });

describe('statistics dashboard', () => {
  const env = browserAndServer({ dataDir: bootstrapDataDir });

  it('a statistics account sees suppressed figures as charts and tables and exports them', async () => {
    await seedConversations(env.server.url);
    const analyst = await createUser(env.server.url, ['statistics'], 'Statistik Landkreis');
    const context = await env.browser.newContext(tabletLandscape);
    const page = await context.newPage();
    await page.goto(env.server.url);
    await setUpDevice(page);
    await signInStatisticsUser(page, analyst);

    await page.getByRole('link', { name: 'Statistik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor();
    await page
      .getByText(/^Quelle: Server der Organisation\. Schwelle: 5\./)
      .waitFor({ timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);

    // The chart: 13 Perspektivgespräche in this quarter (the last bar of the group).
    const conversations = section(page, 'Gespräche nach Gesprächsvorlage');
    const group = conversations
      .getByRole('listitem')
      .filter({ hasText: 'Perspektivgespräch' })
      .first();
    expect(await group.locator('.bar-chart__value').last().textContent()).toBe('13');

    // The table alternative, broken down by nationality: the single Iraqi woman is hidden,
    // and so are the six Afghan men, or 13 − 6 − 6 would give her away.
    await conversations.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
    await conversations.getByLabel('Aufschlüsselung').selectOption('nationality');
    const table = conversations.getByRole('table').last();
    const row = table.getByRole('row', { name: /Perspektivgespräch/ });
    const header = await table.getByRole('columnheader').allTextContents();
    const cells = await row.getByRole('cell').allTextContents();
    const byColumn = Object.fromEntries(header.slice(1).map((h, i) => [h, cells[i]]));
    expect(byColumn).toEqual({
      Afghanistan: 'gesperrt',
      Irak: 'gesperrt',
      Syrien: '6',
      Gesamt: '13',
    });
    expect(await axeViolations(page)).toEqual([]);

    // CSV export: UTF-8 with BOM, semicolons, suppressed cells marked, no names.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Zahlen als CSV herunterladen' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(
      csv.startsWith('\uFEFFQuartal;Kennzahl;Kategorie;Aufschlüsselung;Ausprägung;Anzahl'),
    ).toBe(true);
    expect(csv).toMatch(/;Perspektivgespräch;Staatsangehörigkeit;Irak;gesperrt\r\n/);
    expect(csv).toMatch(/;Perspektivgespräch;Staatsangehörigkeit;Syrien;6\r\n/);
    expect(csv).not.toContain('Person 1');
    const [definitions] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Definitionen als CSV herunterladen' }).click(),
    ]);
    expect(await readFile(await definitions.path(), 'utf8')).toContain(
      'Gespräche nach Gesprächsvorlage;Gespräche;Abgeschlossene (finalisierte) Beratungsgespräche',
    );

    // This tablet itself holds no conversations; the period filter refuses a reversed range.
    await page.getByLabel('Nur dieses Gerät').check();
    await page.getByText(/^Quelle: dieses Gerät\./).waitFor();
    await section(page, 'Gespräche nach Gesprächsvorlage')
      .getByText('Im gewählten Zeitraum wurde hierzu nichts gezählt.')
      .waitFor();
    const from = page.getByLabel('Von (Quartal)');
    const options = await from.locator('option').allTextContents();
    await from.selectOption({ label: options[0]! });
    await page.getByLabel('Bis (Quartal)').selectOption({ label: options[1]! });
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.getByText('Das Ende darf nicht vor dem Anfang liegen.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await context.close();
  });
});
