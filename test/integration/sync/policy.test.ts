import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEVICE_POLICY, pullResponseSchema } from '../../../src/protocol';
import { addUser, auth, createOrg, startTestServer, type TestServer } from './support/fixtures';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const setPolicy = (token: string, payload: unknown) =>
  server.app.inject({
    method: 'POST',
    url: '/api/admin/policy',
    headers: auth({ token }),
    payload: payload as Record<string, unknown>,
  });

const pullPolicy = async (token: string) => {
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/sync/pull',
    headers: auth({ token }),
    payload: { checkpoint: 0 },
  });
  return pullResponseSchema.parse(res.json()).policy;
};

describe('device policy (auto-lock)', () => {
  it('starts with the defaults; an admin sets it; devices get it with every pull', async () => {
    const org = await createOrg(server);
    const counsellor = await addUser(server, org);
    expect(await pullPolicy(counsellor.token)).toEqual(DEFAULT_DEVICE_POLICY);

    const res = await setPolicy(org.admin.token, { idleLockMinutes: 2, hiddenLockSeconds: 0 });
    expect(res.statusCode).toBe(200);
    expect(await pullPolicy(counsellor.token)).toEqual({
      idleLockMinutes: 2,
      hiddenLockSeconds: 0,
    });
    const get = await server.app.inject({
      method: 'GET',
      url: '/api/admin/policy',
      headers: auth(org.admin),
    });
    expect(get.json()).toEqual({ policy: { idleLockMinutes: 2, hiddenLockSeconds: 0 } });

    const audit = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE org_id = $1 AND action = 'set-device-policy'`,
      [org.orgId],
    );
    expect(audit[0]?.n).toBe(1);

    // Another organisation is not affected.
    const other = await createOrg(server);
    expect(await pullPolicy((await addUser(server, other)).token)).toEqual(DEFAULT_DEVICE_POLICY);
  });

  it('refuses values outside the safe bounds with 400 and keeps the old policy', async () => {
    const org = await createOrg(server);
    await setPolicy(org.admin.token, { idleLockMinutes: 10, hiddenLockSeconds: 120 });
    for (const bad of [
      { idleLockMinutes: 0, hiddenLockSeconds: 60 },
      { idleLockMinutes: 16, hiddenLockSeconds: 60 },
      { idleLockMinutes: 5, hiddenLockSeconds: 301 },
      { idleLockMinutes: 5.5, hiddenLockSeconds: 60 },
      { idleLockMinutes: 5 },
      { idleLockMinutes: 5, hiddenLockSeconds: 60, extra: true },
    ]) {
      expect((await setPolicy(org.admin.token, bad)).statusCode).toBe(400);
    }
    const counsellor = await addUser(server, org);
    expect(await pullPolicy(counsellor.token)).toEqual({
      idleLockMinutes: 10,
      hiddenLockSeconds: 120,
    });
  });

  it('only administrators may read or set it', async () => {
    const org = await createOrg(server);
    const counsellor = await addUser(server, org);
    expect((await setPolicy(counsellor.token, DEFAULT_DEVICE_POLICY)).statusCode).toBe(403);
    const get = await server.app.inject({
      method: 'GET',
      url: '/api/admin/policy',
      headers: auth(counsellor),
    });
    expect(get.statusCode).toBe(403);
  });

  it('the database itself refuses an unsafe value', async () => {
    const org = await createOrg(server);
    await expect(
      server.db.query(
        `INSERT INTO org_policies (org_id, idle_lock_minutes, hidden_lock_seconds, updated_at, updated_by)
         VALUES ($1, 60, 0, now(), $2)`,
        [org.orgId, org.admin.userId],
      ),
    ).rejects.toThrow();
  });
});
