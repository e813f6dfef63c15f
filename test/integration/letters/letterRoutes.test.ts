// The organisation's Ausreiseinformationsschreiben on the server: saved by the admin only,
// validated by the domain schema, versioned, audited without texts, isolated per organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  auth,
  createOrg,
  startTestServer,
  type TestOrg,
  type TestServer,
} from '../sync/support/fixtures';
import { departureLetterSchema } from '../../../src/domain/letters';
import { TEST_BLOCK_IDS, TEST_LETTER } from '../../../src/domain/letters/letters.fixtures';

const URL = '/api/letters/departure-information';
const ADMIN_URL = '/api/admin/letters/departure-information';

describe('departure-information letter routes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const get = (token: { token: string }, since?: number) =>
    server.app.inject({
      method: 'GET',
      url: since === undefined ? URL : `${URL}?since=${String(since)}`,
      headers: auth(token),
    });
  const put = (token: { token: string }, baseVersion: number, letter: unknown) =>
    server.app.inject({
      method: 'PUT',
      url: ADMIN_URL,
      headers: auth(token),
      payload: { baseVersion, letter },
    });
  const auditRows = (orgId: string) =>
    server.db.query<{ entity: string; entity_id: string; action: string; rev: number }>(
      `SELECT entity, entity_id, action, rev FROM audit_log
       WHERE org_id = $1 AND entity LIKE 'departure-letter%' ORDER BY id`,
      [orgId],
    );

  it('lets the admin save the letter; counsellors and team leads read it, then only ask whether it changed', async () => {
    const org = await createOrg(server);
    const counsellor = await addUser(server, org);
    const lead = await addUser(server, org, ['team-lead']);
    expect((await get(counsellor)).json()).toEqual({ version: 0, letter: null });
    expect((await get(counsellor, 0)).json()).toEqual({ version: 0, unchanged: true });

    const saved = await put(org.admin, 0, TEST_LETTER);
    expect(saved.statusCode).toBe(200);
    const { version, letter } = saved.json<{ version: number; letter: unknown }>();
    expect(version).toBeGreaterThan(0);
    expect(letter).toEqual(JSON.parse(JSON.stringify(departureLetterSchema.parse(TEST_LETTER))));
    expect((await get(counsellor)).json()).toEqual({ version, letter });
    expect((await get(lead)).json()).toEqual({ version, letter });
    expect((await get(counsellor, version)).json()).toEqual({ version, unchanged: true });

    const rows = await auditRows(org.orgId);
    expect(rows).toEqual([
      {
        entity: 'departure-letter',
        entity_id: org.orgId,
        action: 'save-departure-letter',
        rev: version,
      },
      ...TEST_BLOCK_IDS.map((id) => ({
        entity: 'departure-letter-block',
        entity_id: id,
        action: 'create-letter-block',
        rev: version,
      })),
    ]);
    // No text of the letter reaches the audit log, in any column.
    const dump = JSON.stringify(
      await server.db.query('SELECT * FROM audit_log WHERE org_id = $1', [org.orgId]),
    );
    expect(dump).not.toContain('Testschreiben');
    expect(dump).not.toContain('Erfundener');
  });

  it('audits created, changed and removed blocks of a later save by id; a new order alone changes no block', async () => {
    const org = await createOrg(server);
    const v1 = (await put(org.admin, 0, TEST_LETTER)).json<{ version: number }>().version;
    const [first, second] = TEST_LETTER.blocks;
    const added = '10000000-0000-4000-8000-000000000004';
    const next = {
      reviewedOn: '2026-12-02',
      blocks: [
        { ...second!, texts: { de: { text: 'Geänderter Testtext {{handedOutOn}}' } } },
        first!,
        { id: added, texts: { de: { text: 'Neuer Testabschnitt.' } } },
      ],
    };
    const res = await put(org.admin, v1, next);
    expect(res.statusCode).toBe(200);
    const v2 = res.json<{ version: number }>().version;
    expect(v2).toBeGreaterThan(v1);
    const later = (await auditRows(org.orgId)).filter((r) => r.rev === v2);
    expect(later.map((r) => [r.entity_id, r.action])).toEqual([
      [org.orgId, 'save-departure-letter'],
      [TEST_BLOCK_IDS[1], 'update-letter-block'],
      [added, 'create-letter-block'],
      [TEST_BLOCK_IDS[2], 'delete-letter-block'],
    ]);

    const v3 = (await put(org.admin, v2, { ...next, blocks: [...next.blocks].reverse() })).json<{
      version: number;
    }>().version;
    expect((await auditRows(org.orgId)).filter((r) => r.rev === v3)).toHaveLength(1);
    const stored = (await get(org.admin)).json<{ letter: { blocks: { id: string }[] } }>();
    expect(stored.letter.blocks.map((b) => b.id)).toEqual([
      added,
      TEST_BLOCK_IDS[0],
      TEST_BLOCK_IDS[1],
    ]);
  });

  it('refuses a save from a stale version and changes nothing', async () => {
    const org = await createOrg(server);
    const v1 = (await put(org.admin, 0, TEST_LETTER)).json<{ version: number }>().version;
    const v2 = (await put(org.admin, v1, TEST_LETTER)).json<{ version: number }>().version;
    for (const base of [0, v1]) {
      const stale = await put(org.admin, base, { ...TEST_LETTER, reviewedOn: '2020-01-01' });
      expect(stale.statusCode, String(base)).toBe(409);
      expect(stale.json()).toMatchObject({ error: 'letter_changed' });
    }
    // Two administrators saving from the same version at once: one wins, the other is told.
    const race = await Promise.all([
      put(org.admin, v2, TEST_LETTER),
      put(org.admin, v2, TEST_LETTER),
    ]);
    expect(race.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const v3 = Math.max(...race.map((r) => r.json<{ version?: number }>().version ?? 0));
    expect((await get(org.admin)).json()).toMatchObject({
      version: v3,
      letter: { reviewedOn: '2026-12-01' },
    });
    expect(
      (await auditRows(org.orgId)).filter((r) => r.entity === 'departure-letter'),
    ).toHaveLength(3);
  });

  it('refuses invalid letters with the block and the reason, never the text', async () => {
    const org = await createOrg(server);
    const [first] = TEST_LETTER.blocks;
    const mismatch = {
      ...TEST_LETTER,
      blocks: [
        {
          ...first!,
          texts: { de: first!.texts.de, ar: { heading: 'رسالة {{name}}', text: 'بدون بيانات' } },
        },
      ],
    };
    const res = await put(org.admin, 0, mismatch);
    expect(res.statusCode).toBe(400);
    const message = res.json<{ message: string }>().message;
    expect(message).toContain(
      'letter.blocks.0.texts.ar.text: letters:validation.placeholder-mismatch',
    );
    expect(message).not.toContain('بدون');

    const unknown = await put(org.admin, 0, {
      ...TEST_LETTER,
      blocks: [{ id: TEST_BLOCK_IDS[0], texts: { de: { text: 'Hallo {{passwort}}' } } }],
    });
    expect(unknown.json<{ message: string }>().message).toContain(
      'letter.blocks.0.texts.de.text: letters:validation.placeholder-unknown',
    );
    const malformed: unknown[] = [
      { baseVersion: 0, letter: { ...TEST_LETTER, blocks: [] } },
      { letter: TEST_LETTER },
      { baseVersion: -1, letter: TEST_LETTER },
      { baseVersion: 0, letter: TEST_LETTER, extra: true },
    ];
    for (const payload of malformed) {
      const bad = await server.app.inject({
        method: 'PUT',
        url: ADMIN_URL,
        headers: auth(org.admin),
        payload: payload as object,
      });
      expect(bad.statusCode, JSON.stringify(payload).slice(0, 60)).toBe(400);
    }
    expect((await get(org.admin)).json()).toEqual({ version: 0, letter: null });
    expect(await auditRows(org.orgId)).toEqual([]);
  });

  it('lets only the admin save, and only readers read', async () => {
    const org = await createOrg(server);
    const counsellor = await addUser(server, org);
    const lead = await addUser(server, org, ['team-lead']);
    const statistics = await addUser(server, org, ['statistics']);
    expect((await put(counsellor, 0, TEST_LETTER)).statusCode).toBe(403);
    expect((await put(lead, 0, TEST_LETTER)).statusCode).toBe(403);
    expect((await get(statistics)).statusCode).toBe(403);
    const anonymous = await server.app.inject({ method: 'GET', url: URL });
    expect(anonymous.statusCode).toBe(401);
    const anonymousPut = await server.app.inject({
      method: 'PUT',
      url: ADMIN_URL,
      payload: { baseVersion: 0, letter: TEST_LETTER },
    });
    expect(anonymousPut.statusCode).toBe(401);
    expect((await get(counsellor)).json()).toEqual({ version: 0, letter: null });
  });

  it('keeps organisations apart and never gives two the same version', async () => {
    const one: TestOrg = await createOrg(server);
    const two: TestOrg = await createOrg(server, 'Second ABH');
    const a = (await put(one.admin, 0, TEST_LETTER)).json<{ version: number }>().version;
    expect((await get(two.admin)).json()).toEqual({ version: 0, letter: null });
    // Organisation one's version means nothing to organisation two.
    expect((await put(two.admin, a, TEST_LETTER)).statusCode).toBe(409);
    const changed = { ...TEST_LETTER, reviewedOn: '2026-11-30' };
    const b = (await put(two.admin, 0, changed)).json<{ version: number }>().version;
    expect(b).not.toBe(a);
    // A device of organisation two still holding organisation one's version gets its own letter.
    expect((await get(two.admin, a)).json()).toMatchObject({
      version: b,
      letter: { reviewedOn: '2026-11-30' },
    });
    expect((await get(one.admin)).json()).toMatchObject({
      version: a,
      letter: { reviewedOn: '2026-12-01' },
    });
    expect(await auditRows(two.orgId)).toHaveLength(1 + TEST_BLOCK_IDS.length);
  });
});
