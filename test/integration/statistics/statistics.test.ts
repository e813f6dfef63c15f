// Statistics against the real server and database: a counsellor's device pushes cases,
// conversations and consents through /api/sync/push; a statistics-only user then gets the
// suppressed aggregates of exactly that organisation and a 403 for every record route.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statisticsResponseSchema, type StatisticsResponse } from '../../../src/protocol';
import { STATISTICS_COLUMNS } from '../../../src/domain';
import {
  addUser,
  auth,
  createOrg,
  startTestServer,
  TestDevice,
  type MutationInput,
  type TestServer,
} from '../sync/support/fixtures';
import { caseMutation, consentMutations, sessionMutation, type Person } from './records';

let server: TestServer;
// Starting PGlite and migrating can take a while on a busy machine.
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(async () => {
  await server.close();
});

async function statistics(token: { token: string }, query = 'from=2026-Q1&to=2026-Q2') {
  return server.app.inject({
    method: 'GET',
    url: `/api/statistics?${query}`,
    headers: auth(token),
  });
}

const table = (body: StatisticsResponse, period: string, indicator: string) =>
  body.buckets.find((b) => b.period === period)?.tables.find((t) => t.indicator === indicator);

describe('statistics on the server', () => {
  it('a statistics-only user gets suppressed aggregates of its own organisation and 403 on records', async () => {
    const orgA = await createOrg(server, 'Beratungsstelle A');
    const orgB = await createOrg(server, 'Beratungsstelle B');
    const counsellor = await addUser(server, orgA, ['counsellor']);
    const device = new TestDevice(server, counsellor);
    const analyst = await addUser(server, orgA, ['statistics']);
    const analystB = await addUser(server, orgB, ['statistics']);

    // Six Syrian women born 1995 and two Afghan men born 2001, one conversation each in Q1.
    const people: Person[] = [
      ...Array.from({ length: 6 }, () => ({
        nationality: 'SY',
        birthDate: '1995-06-01',
        gender: 'female',
      })),
      ...Array.from({ length: 2 }, () => ({
        nationality: 'AF',
        birthDate: '2001-06-01',
        gender: 'male',
      })),
    ];
    const caseIds = people.map(() => randomUUID());
    const mutations: MutationInput[] = [
      ...people.map((p, i) => caseMutation(caseIds[i]!, p)),
      ...caseIds.map((id, i) => sessionMutation(id, `2026-0${1 + (i % 3)}-1${i}`)),
      // Not counted: a draft, an invalid session, an unsigned consent, a deleted case.
      sessionMutation(caseIds[0]!, '2026-02-20', 'draft'),
      {
        kind: 'create',
        entity: 'session',
        entityId: randomUUID(),
        fields: { note: 'not a session' },
      },
      ...caseIds.slice(0, 5).flatMap((id) => consentMutations(id, true)),
      ...consentMutations(caseIds[5]!, false),
    ];
    const results = await device.push(...mutations);
    expect(results.results.every((r) => r.status === 'applied')).toBe(true);

    const res = await statistics(analyst);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = statisticsResponseSchema.parse(res.json());
    expect(body.threshold).toBe(5);
    expect(body.skippedRecords).toBe(1);
    expect(body.buckets.map((b) => b.period)).toEqual(['2026-Q1', '2026-Q2']);

    const conversations = table(body, '2026-Q1', 'conversations')!;
    // 8 conversations are shown with every fixed column. The six Syrian women show; the two
    // Afghan men are hidden among the zeros of every other column (hiding who, not only how
    // many). Everyone is female or male and 18–26 or 27–44, so those columns are hidden too.
    const hidden = (d: keyof typeof STATISTICS_COLUMNS) =>
      Object.fromEntries(STATISTICS_COLUMNS[d].map((c) => [c, null]));
    expect(body.columns).toEqual(STATISTICS_COLUMNS);
    expect(conversations.rows.find((r) => r.category === 'perspektivgespraech')).toEqual({
      category: 'perspektivgespraech',
      total: 8,
      by: {
        nationality: { ...hidden('nationality'), SY: 6 },
        ageBand: { ...hidden('ageBand'), '27-44': 6 },
        gender: { ...hidden('gender'), female: 6 },
      },
    });
    expect(
      table(body, '2026-Q1', 'topics')!.rows.find(
        (r) => r.category === 'perspektivgespraech/return',
      )?.total,
    ).toBe(8);
    expect(
      table(body, '2026-Q1', 'return-interest')!.rows.find(
        (r) => r.category === 'return-interest:wants-counselling',
      )?.total,
    ).toBe(8);
    expect(
      table(body, '2026-Q1', 'actions')!.rows.find((r) => r.category === 'agreed')?.total,
    ).toBe(8);
    // Five signed consents are shown (5 ≥ 5); the unsigned one is not a consent.
    const consents = table(body, '2026-Q1', 'consents')!.rows.find(
      (r) => r.category === 'data-consent',
    )!;
    expect(consents.total).toBe(5);
    // All five are Syrian: "Syrien 5" beside zeros would say so of each of them.
    expect(consents.by.nationality).toEqual(hidden('nationality'));
    // Q2 is empty and everything is 0.
    expect(table(body, '2026-Q2', 'conversations')!.rows.every((r) => r.total === 0)).toBe(true);

    // No ids, names or free text leave the server.
    const raw = res.body;
    for (const id of caseIds) expect(raw).not.toContain(id);
    expect(raw).not.toContain('Person ');
    expect(raw).not.toContain('Termin wahrnehmen');
    expect(raw).not.toContain('Beraterin');

    // The statistics role reads no records, by any route.
    const pull = await server.app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: auth(analyst),
      payload: { checkpoint: 0, limit: 10 },
    });
    expect(pull.statusCode).toBe(403);
    expect(pull.json()).toMatchObject({ error: 'forbidden' });
    const record = await server.app.inject({
      method: 'GET',
      url: `/api/records/${caseIds[0]!}`,
      headers: auth(analyst),
    });
    expect(record.statusCode).toBe(403);
    const push = await new TestDevice(server, analyst).pushRaw([]);
    expect(push.statusCode).toBe(403);

    // Organisation isolation: B's statistics user sees none of A's conversations.
    const other = statisticsResponseSchema.parse((await statistics(analystB)).json());
    expect(table(other, '2026-Q1', 'conversations')!.rows.every((r) => r.total === 0)).toBe(true);
    expect(table(other, '2026-Q1', 'consents')!.rows.every((r) => r.total === 0)).toBe(true);
  });

  it('counts a case closed with an outcome in the quarter of its closing day', async () => {
    const org = await createOrg(server, 'Beratungsstelle Abschluss');
    const device = new TestDevice(server, await addUser(server, org, ['counsellor']));
    const lead = await addUser(server, org, ['team-lead']);
    const person = { nationality: 'SY', birthDate: '1995-06-01', gender: 'female' };
    const ids = Array.from({ length: 6 }, () => randomUUID());
    await device.push(...ids.map((id) => caseMutation(id, person)));
    // Six cases closed in Q2 with a departure under REAG/GARP (one of them reopened: it no
    // longer counts), through the same patch the app sends when a counsellor closes a case.
    const closing = {
      kind: 'closed',
      on: '2026-04-20',
      outcome: 'voluntary-departure-programme',
      detail: 'reag-garp',
    };
    const { results } = await device.push(
      ...ids.map((id, i): MutationInput => ({
        kind: 'patch',
        entity: 'case',
        entityId: id,
        baseRev: 1,
        fields: {
          lifecycle: i === 5 ? [closing, { kind: 'reopened', on: '2026-04-21' }] : [closing],
        },
      })),
    );
    expect(results.every((r) => r.status === 'applied')).toBe(true);
    const res = await statistics(lead);
    expect(res.statusCode).toBe(200);
    const body = statisticsResponseSchema.parse(res.json());
    expect(body.indicators).toContainEqual({
      id: 'outcomes',
      unit: 'case',
      definitionKey: 'statistics:definitions.outcomes',
    });
    const q2 = table(body, '2026-Q2', 'outcomes')!;
    const row = (category: string) => q2.rows.find((r) => r.category === category);
    expect(row('voluntary-departure-programme')?.total).toBe(5);
    expect(row('voluntary-departure-programme/reag-garp')?.total).toBe(5);
    // All five are Syrian: the column alone would say so, so it is suppressed like any other.
    expect(row('voluntary-departure-programme/reag-garp')?.by.nationality.SY).toBeNull();
    // The same suppression: a fixed set of rows, zeros beside nothing hidden.
    expect(row('deportation')?.total).toBe(0);
    expect(q2.rows.map((r) => r.category)).toContain('residence-title/aufenthg-25b');
    expect(table(body, '2026-Q1', 'outcomes')!.rows.every((r) => r.total === 0)).toBe(true);
  });

  it('counsellors get 403, anonymous callers 401, and malformed periods 400', async () => {
    const org = await createOrg(server);
    const counsellor = await addUser(server, org, ['counsellor']);
    const lead = await addUser(server, org, ['team-lead']);
    expect((await statistics(counsellor)).statusCode).toBe(403);
    expect((await statistics(lead)).statusCode).toBe(200);
    expect((await statistics(org.admin)).statusCode).toBe(200);
    const anonymous = await server.app.inject({
      method: 'GET',
      url: '/api/statistics?from=2026-Q1&to=2026-Q1',
    });
    expect(anonymous.statusCode).toBe(401);
    for (const query of [
      'from=2026-01&to=2026-Q1',
      'from=2026-Q3&to=2026-Q1',
      'from=2020-Q1&to=2026-Q1',
      'from=2026-Q1&to=2026-Q1&threshold=2',
    ]) {
      const res = await statistics(lead, query);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalid_request' });
    }
  });
});
