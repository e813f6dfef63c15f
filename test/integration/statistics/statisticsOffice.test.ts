// A statistics office across organisations, against real servers on PGlite: three
// organisations on the office's server opt in, a fourth on a second server sends a signed
// quarterly report. The Land table must be the sum of everyone's raw counts (where published),
// a withdrawn opt-in must vanish from the next released quarter, and a forged, altered or
// unknown-catalogue report must be refused without being stored. A released quarter is frozen:
// nothing that happens later changes it (releases.test.ts).
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  combinedRaw,
  countQuarter,
  DIMENSIONS,
  rawTablesOfReport,
  STATISTICS_COLUMNS,
  type OfficeSource,
} from '../../../src/domain';
import { statisticsVocabulary } from '../../../src/content/statisticsVocabulary';
import {
  publicationSchema,
  type Publication,
  type SignedStatisticsReport,
} from '../../../src/protocol';
import { organisationInput } from '../../../src/server/statistics/organisationStatistics';
import {
  organisationReport,
  publicKeyText,
  signReport,
} from '../../../src/server/statistics/reportSigning';
import {
  addUser,
  auth,
  createOrg,
  login,
  startTestServer,
  type TestOrg,
  type TestServer,
} from '../sync/support/fixtures';
import { counselled } from './counselled';

const QUARTER = '2026-Q1';
let land: TestServer;
let remote: TestServer;
beforeAll(async () => {
  [land, remote] = await Promise.all([startTestServer(), startTestServer()]);
}, 90_000);
afterAll(async () => {
  await Promise.all([land.close(), remote.close()]);
});

async function optIn(org: TestOrg, officeId: string, contribute = true) {
  const res = await land.app.inject({
    method: 'PUT',
    url: `/api/admin/statistics-offices/${officeId}/contribution`,
    headers: auth(org.admin),
    payload: { contribute },
  });
  expect(res.statusCode).toBe(204);
}

function publicationResponse(user: { token: string }, quarter = QUARTER) {
  return land.app.inject({
    method: 'GET',
    url: `/api/statistics-office/publication?quarter=${quarter}`,
    headers: auth(user),
  });
}

async function publication(user: { token: string }, quarter = QUARTER): Promise<Publication> {
  const res = await publicationResponse(user, quarter);
  expect(res.statusCode, res.body).toBe(200);
  return publicationSchema.parse(res.json());
}

const release = (admin: { token: string }, quarter = QUARTER) =>
  land.app.inject({
    method: 'POST',
    url: `/api/statistics-office/publications/${quarter}/release`,
    headers: auth(admin),
  });

/** Moves the office server's clock to `iso`; sessions idle that long are gone: sign in again. */
function advanceTo(iso: string) {
  land.clock.advance(new Date(iso).getTime() - land.clock.now().getTime());
}
const signInAgain = (email: string, password = 'admin passphrase 123') =>
  login(land.app, email, password);

const upload = (signed: object) =>
  land.app.inject({ method: 'POST', url: '/api/statistics-office/reports', payload: signed });

const total = (p: Publication, indicator: string, category: string) =>
  p.combined.find((t) => t.indicator === indicator)?.rows.find((r) => r.category === category)
    ?.total;

describe('statistics office across organisations and servers', () => {
  it('adds up three local organisations and a signed report; withdrawals and forgeries fail', async () => {
    const office = await createOrg(land, 'Statistikamt Land', 'statistics-office');
    const analyst = await addUser(land, office, ['statistics']);
    const locals = await Promise.all(
      ['Kreis A ABH', 'Kreis A Diakonie', 'Kreis B ABH'].map((name) => createOrg(land, name)),
    );
    const caseIds = [
      ...(await counselled(land, locals[0]!, 6, 1)),
      ...(await counselled(land, locals[1]!, 5, 2)),
      ...(await counselled(land, locals[2]!, 7, 3)),
    ];
    for (const org of locals) await optIn(org, office.orgId);

    // The fourth organisation lives on another server; its admin made a key pair, the
    // office's admin registered the public key.
    const farAway = await createOrg(remote, 'Kreis C Caritas');
    await counselled(remote, farAway, 8, 4);
    const keys = generateKeyPairSync('ed25519');
    const register = await land.app.inject({
      method: 'POST',
      url: '/api/statistics-office/contributors',
      headers: auth(office.admin),
      payload: {
        orgId: farAway.orgId,
        name: 'Kreis C Caritas',
        publicKey: publicKeyText(keys.publicKey),
      },
    });
    expect(register.statusCode, register.body).toBe(201);
    const signed = await organisationReport(remote.db, {
      orgId: farAway.orgId,
      quarter: QUARTER,
      threshold: 5,
      now: new Date('2026-04-02T08:00:00Z'),
      privateKey: keys.privateKey,
    });

    // Forged (another key), altered (a count changed after signing), unknown catalogue.
    const other = generateKeyPairSync('ed25519');
    const forged = signReport(signed.report, other.privateKey);
    const altered: SignedStatisticsReport = structuredClone(signed);
    const firstRow = altered.report.tables[0]!.rows[0]! as { total: number };
    firstRow.total += 1;
    const future = signReport(
      { ...signed.report, catalogueVersion: 'perspektive-2099-01' },
      keys.privateKey,
    );
    for (const [bad, status, error] of [
      [forged, 403, 'signature_invalid'],
      [altered, 403, 'signature_invalid'],
      [future, 422, 'unknown_catalogue_version'],
      [{ ...signed, signature: 'x' }, 400, 'invalid_request'],
    ] as const) {
      const res = await upload(bad);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json()).toMatchObject({ error });
    }
    expect((await upload(future)).json<{ message: string }>().message).toContain(
      'perspektive-2026-12',
    );
    const stored = await land.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM statistics_reports',
    );
    expect(stored[0]?.n).toBe(0);

    const accepted = await upload(signed);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toEqual({ quarter: QUARTER, replaced: false, affectsRelease: true });

    // Nobody sees a quarter before its release, and it cannot be released before it ends.
    expect((await publicationResponse(analyst)).json()).toMatchObject({ error: 'not_released' });
    expect((await publicationResponse(analyst)).statusCode).toBe(404);
    const early = await release(office.admin);
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json()).toMatchObject({ error: 'quarter_not_ended' });
    advanceTo('2026-04-10T08:00:00Z');
    const officeAdmin = await signInAgain(office.adminEmail);
    const reader = await signInAgain(analyst.email, analyst.password);
    const released = await release(officeAdmin);
    expect(released.statusCode, released.body).toBe(201);
    expect(released.json()).toMatchObject({ quarter: QUARTER });

    // The Land table is the sum of every organisation's raw counts, wherever it shows one.
    const vocabulary = statisticsVocabulary();
    const rawSources: OfficeSource[] = [];
    for (const org of locals) {
      const { input } = await organisationInput(land.db, org.orgId);
      rawSources.push({
        key: org.orgId,
        threshold: 5,
        tables: countQuarter(input, QUARTER, vocabulary),
      });
    }
    rawSources.push({
      key: farAway.orgId,
      threshold: 5,
      tables: rawTablesOfReport(signed.report.tables, vocabulary),
    });
    const truth = combinedRaw(rawSources);
    const pub = await publication(reader);
    expect(pub.organisations.map((o) => [o.name, o.source])).toEqual([
      ['Kreis A ABH', 'server'],
      ['Kreis A Diakonie', 'server'],
      ['Kreis B ABH', 'server'],
      ['Kreis C Caritas', 'report'],
    ]);
    expect(total(pub, 'conversations', 'perspektivgespraech')).toBe(6 + 5 + 7 + 8);
    let compared = 0;
    pub.combined.forEach((table, i) => {
      table.rows.forEach((row, j) => {
        const raw = truth[i]![j]!;
        expect(row.category).toBe(raw.category);
        if (row.total !== null) expect(row.total).toBe(raw.total);
        for (const d of DIMENSIONS) {
          for (const c of STATISTICS_COLUMNS[d]) {
            const v = row.by[d][c];
            if (v === null || v === undefined) continue;
            expect(v).toBe(raw.by[d].get(c) ?? 0);
            compared += 1;
          }
        }
      });
    });
    expect(compared).toBeGreaterThan(100);
    // Nothing that names a person or a record.
    for (const id of caseIds) expect(JSON.stringify(pub)).not.toContain(id);
    expect(JSON.stringify(pub)).not.toContain('Person ');
    expect(JSON.stringify(pub)).not.toContain('Termin wahrnehmen');

    // A corrected report for the same quarter replaces the first; both stay in the history,
    // but the released quarter is frozen and the answer says so.
    const releasedBody = (await publicationResponse(reader)).body;
    await counselled(remote, farAway, 2, 5);
    const corrected = await organisationReport(remote.db, {
      orgId: farAway.orgId,
      quarter: QUARTER,
      threshold: 5,
      now: new Date('2026-04-09T08:00:00Z'),
      privateKey: keys.privateKey,
    });
    const replaced = await upload(corrected);
    expect(replaced.json()).toEqual({ quarter: QUARTER, replaced: true, affectsRelease: false });
    expect((await upload(signed)).statusCode).toBe(409); // the older one cannot come back
    expect((await upload(corrected)).statusCode).toBe(200); // the same again changes nothing
    const history = await land.db.query<{ superseded: boolean }>(
      'SELECT superseded_at IS NOT NULL AS superseded FROM statistics_reports ORDER BY received_at',
    );
    expect(history.map((h) => h.superseded)).toEqual([true, false]);
    expect(total(await publication(reader), 'conversations', 'perspektivgespraech')).toBe(26);

    // Withdrawing an opt-in takes the organisation out of the next released quarter; the
    // released one stays as it was, byte for byte.
    await optIn(
      { ...locals[2]!, admin: await signInAgain(locals[2]!.adminEmail) },
      office.orgId,
      false,
    );
    expect((await publicationResponse(reader)).body).toBe(releasedBody);
    advanceTo('2026-07-03T08:00:00Z');
    const nextAdmin = await signInAgain(office.adminEmail);
    expect((await release(nextAdmin, '2026-Q2')).statusCode).toBe(201);
    const nextReader = await signInAgain(analyst.email, analyst.password);
    const after = await publication(nextReader, '2026-Q2');
    expect(after.organisations.map((o) => o.name)).toEqual(['Kreis A ABH', 'Kreis A Diakonie']);
    expect((await publicationResponse(nextReader)).body).toBe(releasedBody);
    const audit = await land.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'statistics-contribution' AND org_id = $1
        ORDER BY id`,
      [locals[2]!.orgId],
    );
    expect(audit.map((a) => a.action)).toEqual(['opt-in', 'withdraw']);

    // Office accounts never get records, nor a record role; others get no publication.
    const pull = await land.app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: auth(nextReader),
      payload: { checkpoint: 0, limit: 10 },
    });
    expect(pull.statusCode).toBe(403);
    const counsellorInOffice = await land.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: auth(nextAdmin),
      payload: { email: 'c@example.org', displayName: 'C', roles: ['counsellor'] },
    });
    expect(counsellorInOffice.statusCode).toBe(403);
    expect(counsellorInOffice.json()).toMatchObject({ error: 'role_not_allowed' });
    const outsider = await addUser(
      land,
      { ...locals[0]!, admin: await signInAgain(locals[0]!.adminEmail) },
      ['statistics'],
    );
    const refused = await land.app.inject({
      method: 'GET',
      url: `/api/statistics-office/publication?quarter=${QUARTER}`,
      headers: auth(outsider),
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'not_statistics_office' });
  });
});
