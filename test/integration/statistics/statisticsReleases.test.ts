// A statistics office's quarter is released once and frozen. Before this rule the office's
// publication was computed on every request, so two answers for the same quarter — before and
// after an opt-in, a withdrawal or a corrected report — differed in exactly one source and
// could be subtracted cell by cell to give that source's raw counts away. Here everything that
// used to change the answer happens after the release, and the answer must stay identical.
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicationSchema } from '../../../src/protocol';
import { officePublication } from '../../../src/server/statistics/officePublication';
import { organisationReport, publicKeyText } from '../../../src/server/statistics/reportSigning';
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
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 90_000);
afterAll(async () => {
  await server.close();
});

const get = (url: string, user: { token: string }) =>
  server.app.inject({ method: 'GET', url, headers: auth(user) });
const release = (user: { token: string }, quarter = QUARTER) =>
  server.app.inject({
    method: 'POST',
    url: `/api/statistics-office/publications/${quarter}/release`,
    headers: auth(user),
  });
const contribution = (admin: { token: string }, officeId: string, contribute: boolean) =>
  server.app.inject({
    method: 'PUT',
    url: `/api/admin/statistics-offices/${officeId}/contribution`,
    headers: auth(admin),
    payload: { contribute },
  });
const signInAgain = (org: TestOrg) => login(server.app, org.adminEmail, 'admin passphrase 123');

describe('released statistics publications', () => {
  it('stay identical after an opt-in, a withdrawal and a corrected report', async () => {
    const office = await createOrg(server, 'Statistikamt Kreis', 'statistics-office');
    const analyst = await addUser(server, office, ['statistics']);
    const [a, b, c, far] = await Promise.all(
      ['Kreis ABH', 'Kreis Diakonie', 'Kreis AWO', 'Kreis Caritas'].map((n) =>
        createOrg(server, n),
      ),
    );
    await counselled(server, a!, 6, 1);
    await counselled(server, b!, 7, 2);
    await counselled(server, c!, 5, 3);
    await counselled(server, far!, 8, 4);
    for (const org of [a!, b!]) {
      expect((await contribution(org.admin, office.orgId, true)).statusCode).toBe(204);
    }
    // A contributor that reports by signed file (its report is counted from this database for
    // brevity; the office only checks the signature against the registered key).
    const keys = generateKeyPairSync('ed25519');
    const registered = await server.app.inject({
      method: 'POST',
      url: '/api/statistics-office/contributors',
      headers: auth(office.admin),
      payload: {
        orgId: far!.orgId,
        name: 'Kreis Caritas',
        publicKey: publicKeyText(keys.publicKey),
      },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const report = (at: string) =>
      organisationReport(server.db, {
        orgId: far!.orgId,
        quarter: QUARTER,
        threshold: 5,
        now: new Date(at),
        privateKey: keys.privateKey,
      });
    const upload = async (at: string) =>
      server.app.inject({
        method: 'POST',
        url: '/api/statistics-office/reports',
        payload: await report(at),
      });
    expect((await upload('2026-04-02T08:00:00Z')).json()).toMatchObject({ affectsRelease: true });

    server.clock.advance(new Date('2026-04-10T08:00:00Z').getTime() - server.clock.now().getTime());
    const admin = await signInAgain(office);
    const reader = await login(server.app, analyst.email, analyst.password);
    const released = await release(admin);
    expect(released.statusCode, released.body).toBe(201);
    const url = `/api/statistics-office/publication?quarter=${QUARTER}`;
    const first = await get(url, reader);
    expect(first.statusCode, first.body).toBe(200);
    const before = publicationSchema.parse(first.json());
    expect(before.organisations.map((o) => o.name)).toEqual([
      'Kreis ABH',
      'Kreis Diakonie',
      'Kreis Caritas',
    ]);

    // Everything that used to change the answer: a new source, a withdrawn one, a correction.
    expect((await contribution(await signInAgain(c!), office.orgId, true)).statusCode).toBe(204);
    expect((await contribution(await signInAgain(b!), office.orgId, false)).statusCode).toBe(204);
    await counselled(server, { ...far!, admin: await signInAgain(far!) }, 3, 5);
    const corrected = await upload('2026-04-11T08:00:00Z');
    expect(corrected.json()).toEqual({ quarter: QUARTER, replaced: true, affectsRelease: false });

    const later = await get(url, reader);
    expect(later.statusCode).toBe(200);
    expect(publicationSchema.parse(later.json())).toEqual(before);
    expect(later.body).toBe(first.body);
    // The old behaviour (computing on request) would have answered differently now.
    const recomputed = await officePublication(server.db, office.orgId, QUARTER, 5);
    expect(recomputed.organisations.map((o) => o.name)).toEqual([
      'Kreis ABH',
      'Kreis AWO',
      'Kreis Caritas',
    ]);
    expect(recomputed).not.toEqual(before);

    // Released once only; listed for the dashboard; audited without figures.
    const again = await release(admin);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'already_released' });
    const list = await get('/api/statistics-office/publications', reader);
    expect(list.json()).toMatchObject({ releases: [{ quarter: QUARTER }] });
    const audit = await server.db.query<{ action: string; entity_id: string }>(
      `SELECT action, entity_id::text AS entity_id FROM audit_log
        WHERE entity = 'statistics-publication' AND org_id = $1`,
      [office.orgId],
    );
    expect(audit.map((r) => r.action)).toEqual(['release']);

    // The database itself refuses to change or delete a release.
    for (const sql of [
      `UPDATE statistics_publications SET body = '{}'::jsonb`,
      `UPDATE statistics_publications SET released_at = now()`,
      'DELETE FROM statistics_publications',
      'TRUNCATE statistics_publications',
    ]) {
      await expect(server.db.query(sql)).rejects.toThrow(/frozen/);
    }
    expect((await get(url, reader)).body).toBe(first.body);
  });

  it('are released only by an office admin, after the quarter, and read only when released', async () => {
    const office = await createOrg(server, 'Statistikamt Land', 'statistics-office');
    const analyst = await addUser(server, office, ['statistics']);
    const other = await createOrg(server, 'Eine ABH');
    const statistician = await addUser(server, other, ['statistics']);

    // The clock stands in 2026-Q1 or later; the quarter after it has certainly not ended.
    const now = server.clock.now();
    const open = `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
    const notEnded = await release(office.admin, open);
    expect(notEnded.statusCode, notEnded.body).toBe(409);
    expect(notEnded.json()).toMatchObject({ error: 'quarter_not_ended' });

    for (const [user, error] of [
      [analyst, 'forbidden'],
      [other.admin, 'not_statistics_office'],
      [statistician, 'forbidden'],
    ] as const) {
      const res = await release(user, '2025-Q4');
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json()).toMatchObject({ error });
    }
    const bad = await release(office.admin, '2025-Q5');
    expect(bad.statusCode).toBe(400);

    const unreleased = await get('/api/statistics-office/publication?quarter=2025-Q4', analyst);
    expect(unreleased.statusCode).toBe(404);
    expect(unreleased.json()).toMatchObject({ error: 'not_released' });
    expect((await get('/api/statistics-office/publications', analyst)).json()).toEqual({
      releases: [],
    });
    const outsider = await get('/api/statistics-office/publications', other.admin);
    expect(outsider.statusCode).toBe(403);
    const rows = await server.db.query(
      'SELECT 1 FROM statistics_publications WHERE office_org_id = $1',
      [office.orgId],
    );
    expect(rows).toHaveLength(0);
  });
});
