import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  auth,
  createOrg,
  startTestServer,
  type TestServer,
} from '../sync/support/fixtures';
import { KREIS_UNNA_EXAMPLE } from '../../../src/content/directory/kreisUnnaExample';

const input = {
  kind: 'legal-advice',
  name: 'Rechtsberatung Test',
  coverage: { scope: 'local', areas: [{ municipality: 'Kamen', postcodes: ['59174'] }] },
  languages: ['de', 'ar'],
  contact: { email: 'test@example.org' },
  descriptions: { de: 'Beratung', ar: 'استشارة' },
  example: false,
  reviewedOn: '2026-11-01',
};

describe('support directory routes', () => {
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
      url: since === undefined ? '/api/directory' : `/api/directory?since=${String(since)}`,
      headers: auth(token),
    });
  const auditCount = async (orgId: string) =>
    (
      await server.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_log WHERE org_id = $1 AND entity = 'directory-offer'",
        [orgId],
      )
    )[0]?.n;

  it('lets the admin create, change and delete offers, each with a new version and audit row', async () => {
    const org = await createOrg(server);
    const counsellor = await addUser(server, org);
    expect((await get(counsellor)).json()).toEqual({ version: 0, offers: [] });

    const created = await server.app.inject({
      method: 'POST',
      url: '/api/admin/directory/offers',
      headers: auth(org.admin),
      payload: input,
    });
    expect(created.statusCode).toBe(201);
    const { version, offer } = created.json<{ version: number; offer: { id: string } }>();
    expect(version).toBeGreaterThan(0);
    expect((await get(counsellor)).json()).toEqual({ version, offers: [offer] });
    expect((await get(counsellor, version)).json()).toEqual({ version, unchanged: true });

    const changed = await server.app.inject({
      method: 'PUT',
      url: `/api/admin/directory/offers/${offer.id}`,
      headers: auth(org.admin),
      payload: { ...input, name: 'Neu' },
    });
    const v2 = changed.json<{ version: number }>().version;
    expect(v2).toBeGreaterThan(version);
    expect(changed.json()).toMatchObject({ offer: { id: offer.id, name: 'Neu' } });

    const deleted = await server.app.inject({
      method: 'DELETE',
      url: `/api/admin/directory/offers/${offer.id}`,
      headers: auth(org.admin),
    });
    const v3 = deleted.json<{ version: number }>().version;
    expect(v3).toBeGreaterThan(v2);
    expect((await get(counsellor, v2)).json()).toEqual({ version: v3, offers: [] });
    expect(await auditCount(org.orgId)).toBe(3);
  });

  it('never gives two organisations the same directory version', async () => {
    const one = await createOrg(server);
    const two = await createOrg(server, 'Second ABH');
    const create = (org: typeof one) =>
      server.app.inject({
        method: 'POST',
        url: '/api/admin/directory/offers',
        headers: auth(org.admin),
        payload: input,
      });
    const a = (await create(one)).json<{ version: number }>().version;
    const b = (await create(two)).json<{ version: number }>().version;
    expect(b).not.toBe(a);
    // A device of organisation two still holding organisation one's version gets the offers.
    expect((await get(two.admin, a)).json()).toMatchObject({ version: b });
  });

  it('refuses invalid offers, other roles and other organisations', async () => {
    const org = await createOrg(server);
    const other = await createOrg(server, 'Other ABH');
    const counsellor = await addUser(server, org);
    const statistics = await addUser(server, org, ['statistics']);

    const invalid = await server.app.inject({
      method: 'POST',
      url: '/api/admin/directory/offers',
      headers: auth(org.admin),
      payload: { ...input, descriptions: { en: 'no German' } },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json<{ message: string }>().message).toContain('german-description');

    const byCounsellor = await server.app.inject({
      method: 'POST',
      url: '/api/admin/directory/offers',
      headers: auth(counsellor),
      payload: input,
    });
    expect(byCounsellor.statusCode).toBe(403);
    expect((await get(statistics)).statusCode).toBe(403);

    const created = await server.app.inject({
      method: 'POST',
      url: '/api/admin/directory/offers',
      headers: auth(org.admin),
      payload: input,
    });
    const id = created.json<{ offer: { id: string } }>().offer.id;
    for (const method of ['PUT', 'DELETE'] as const) {
      const res = await server.app.inject({
        method,
        url: `/api/admin/directory/offers/${id}`,
        headers: auth(other.admin),
        ...(method === 'PUT' ? { payload: input } : {}),
      });
      expect(res.statusCode, method).toBe(404);
    }
    expect((await get(other.admin)).json()).toEqual({ version: 0, offers: [] });
    expect(await auditCount(other.orgId)).toBe(0);
  });

  it('loads the example data once (idempotent)', async () => {
    const org = await createOrg(server);
    const load = () =>
      server.app.inject({
        method: 'POST',
        url: '/api/admin/directory/example',
        headers: auth(org.admin),
      });
    const first = (await load()).json<{ version: number; loaded: number }>();
    expect(first.loaded).toBe(KREIS_UNNA_EXAMPLE.length);
    expect(first.version).toBeGreaterThan(0);
    expect((await load()).json()).toEqual({ version: first.version, loaded: 0 });
    const body = (await get(org.admin)).json<{ offers: unknown[] }>();
    expect(body.offers).toHaveLength(KREIS_UNNA_EXAMPLE.length);
    expect(await auditCount(org.orgId)).toBe(KREIS_UNNA_EXAMPLE.length);
  });
});
