// The statistics dashboard in the browser: a counsellor's conversations reach the server by
// real sync pushes, a statistics-only account signs in on its own tablet and sees the
// organisation's figures — small groups suppressed — as charts, tables and a CSV export,
// and every state of the screen passes axe (WCAG 2.2 A/AA).
import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { setUpDevice } from './support/device';
import {} from './support/organisation';
import { organisationDataDir } from './support/dataTemplates';
import {
  api,
  conversation,
  counselledCase,
  createUser,
  login,
  pushAll,
  signInStatisticsUser,
} from './support/statisticsSeed';
import { canonicalJson } from '../../src/protocol';

/** The second day of the current quarter (or of the one before), local time. */
function dayInQuarter(back = 0): string {
  const now = new Date();
  const first = new Date(now.getFullYear(), Math.floor(now.getMonth() / 3) * 3 - 3 * back, 2);
  return `${first.getFullYear()}-${String(first.getMonth() + 1).padStart(2, '0')}-02`;
}
const dayInCurrentQuarter = () => dayInQuarter(0);

/** "2. Quartal 2026" for a day, as the dashboard names quarters. */
const quarterLabel = (day: string) =>
  `${String(Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1)}. Quartal ${day.slice(0, 4)}`;

/**
 * A counsellor's tablet pushes 13 cases with one finalised conversation each this quarter: six
 * Syrian women, six Afghan men and one Iraqi woman — through /api/sync/push, as the app would.
 * In the quarter before, one Iraqi woman aged 27–44 is the only person counted: a
 * conversation, a signed consent and its revocation.
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
  const mutations: Record<string, unknown>[] = people.flatMap((person, i) =>
    counselledCase(person, asOf, `Person ${i}`),
  );
  mutations.push(...loneIraqiWoman(dayInQuarter(1)));
  expect(await pushAll(base, { token: session.token, clientId }, mutations)).toBe(true);
}

/** The only person of a quarter: a conversation, a signed consent, and its revocation. */
function loneIraqiWoman(asOf: string) {
  const caseId = randomUUID();
  const consentId = randomUUID();
  const consent = { caseId, kind: 'data-consent', signedAt: `${asOf}T11:00:00+01:00` };
  const hash = createHash('sha256').update(canonicalJson(consent), 'utf8').digest('hex');
  const person = { nationality: 'IQ', birthDate: '1994-05-01', gender: 'female' };
  return [
    {
      kind: 'create',
      entity: 'case',
      entityId: caseId,
      fields: { displayName: 'Person Irak', pseudonymised: false, createdOn: asOf, ...person },
    },
    conversation(caseId, asOf),
    { kind: 'create', entity: 'consent', entityId: consentId, fields: consent },
    { kind: 'sign', entity: 'consent', entityId: consentId, contentHash: hash },
    {
      kind: 'create',
      entity: 'consent-revocation',
      entityId: randomUUID(),
      fields: { caseId, consentId, receivedOn: asOf },
    },
  ];
}

/** One indicator's section, found by its heading. */
const section = (page: Page, name: string) =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name }) });

describe('statistics dashboard', () => {
  const env = browserAndServer({ dataDir: organisationDataDir });

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

    // The table alternative, broken down by nationality: every fixed column, whoever was
    // counted. The single Iraqi woman is hidden among the other columns (hidden, not 0).
    expect(await conversations.getByRole('table').count()).toBe(0); // hidden until asked for
    await conversations.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
    const breakdown = conversations.getByLabel('Aufschlüsselung');
    await breakdown.selectOption('nationality');
    const byColumn = async (quarter: string) => {
      const table = conversations.getByRole('table', { name: new RegExp(quarter) });
      const header = await table.getByRole('columnheader').allTextContents();
      const row = table.getByRole('row', { name: /Perspektivgespräch/ });
      const cells = await row.getByRole('cell').allTextContents();
      return Object.fromEntries(header.slice(1).map((h, i) => [h, cells[i]]));
    };
    const hidden = 'gesperrt';
    expect(await byColumn(quarterLabel(dayInCurrentQuarter()))).toEqual({
      Afghanistan: '6',
      Georgien: hidden,
      Irak: hidden,
      Iran: hidden,
      Nigeria: hidden,
      Serbien: hidden,
      Russland: hidden,
      Syrien: '6',
      Türkei: hidden,
      staatenlos: hidden,
      Sonstige: hidden,
      'ungeklärt oder nicht erfragt': hidden,
      Gesamt: '13',
    });
    expect(await axeViolations(page)).toEqual([]);

    // The quarter before counted one Iraqi woman aged 27–44 and nobody else: no breakdown
    // names her nationality, age band or gender — every column is there, every cell hidden.
    const before = quarterLabel(dayInQuarter(1));
    for (const [dimension, columns] of [
      ['nationality', 12],
      ['ageBand', 6],
      ['gender', 5],
    ] as const) {
      await breakdown.selectOption(dimension);
      const cells = await byColumn(before);
      expect(Object.keys(cells)).toHaveLength(columns + 1);
      expect(new Set(Object.values(cells))).toEqual(new Set([hidden]));
    }

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
    // The lone Iraqi woman's quarter: every line of the tables that count her is hidden, zeros
    // included, and each breakdown lists all its columns, not only hers.
    const lonely = csv
      .split('\r\n')
      .filter((l) => l.startsWith(`${before};`))
      .filter((l) => /;(Gespräche nach Gesprächsvorlage|Einwilligungen, Schweigepf)/.test(l));
    // Four template rows (three templates, "other") and three consent rows, 24 lines each.
    expect(lonely.length).toBe((4 + 3) * (1 + 12 + 6 + 5));
    expect(lonely.filter((l) => !l.endsWith(';gesperrt'))).toEqual([]);
    expect(
      lonely.filter((l) => l.includes(';Widerruf eingegangen;Staatsangehörigkeit;')),
    ).toHaveLength(12);
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
