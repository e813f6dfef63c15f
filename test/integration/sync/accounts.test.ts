import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deviceListResponseSchema,
  loginResponseSchema,
  meResponseSchema,
  userListResponseSchema,
} from '../../../src/protocol';
import { createOrganisationWithAdmin } from '../../../src/server/accounts/bootstrap';
import { verifyPassword } from '../../../src/server/accounts/passwords';
import { sessionPolicy } from '../../../src/server/accounts/sessions';
import { runAdminCli } from '../../../src/server/cli/admin';
import {
  addUser,
  auth,
  createOrg,
  login,
  startTestServer,
  TestDevice,
  uniqueEmail,
  type TestServer,
} from './support/fixtures';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const loginReq = (
  email: string,
  password: string,
  clientId: string = randomUUID(),
  ip = '10.0.0.1',
) =>
  server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    payload: { email, password, clientId, deviceName: 'Tablet' },
  });

describe('bootstrap', () => {
  it('creates an organisation and its first admin with a one-time password', async () => {
    const email = uniqueEmail('first');
    const result = await createOrganisationWithAdmin(
      server.db,
      { name: 'Kreis Beispiel ABH', kind: 'abh', adminEmail: email },
      { clock: server.clock.now, passwordParams: { log2N: 10, r: 8, p: 1 } },
    );
    expect(result.oneTimePassword).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    expect(result.admin.roles).toEqual(['admin']);
    expect(result.admin.mustChangePassword).toBe(true);
    const [row] = await server.db.query<{ password_hash: string }>(
      'SELECT password_hash FROM users WHERE id = $1',
      [result.admin.id],
    );
    // Only a salted scrypt hash is stored, never the password.
    expect(row!.password_hash).toMatch(/^scrypt\$/);
    expect(row!.password_hash).not.toContain(result.oneTimePassword);
    expect(await verifyPassword(result.oneTimePassword!, row!.password_hash)).toBe(true);
    const res = await loginReq(email, result.oneTimePassword!);
    expect(res.statusCode).toBe(200);
    const body = loginResponseSchema.parse(res.json());
    expect(body.organisation).toMatchObject({ name: 'Kreis Beispiel ABH', kind: 'abh' });
    expect(body.user.mustChangePassword).toBe(true);
  });

  it('CLI validates its arguments and explains usage', async () => {
    const err: string[] = [];
    const io = {
      out: () => undefined,
      err: (l: string) => err.push(l),
      readPassword: () => Promise.resolve(''),
    };
    expect(await runAdminCli(['create-org', '--name', 'X', '--kind', 'nope'], {}, io)).toBe(2);
    expect(err.join('\n')).toContain('--kind');
    expect(await runAdminCli([], {}, io)).toBe(2);
  });
});

describe('login', () => {
  it('returns token, user, organisation and device; /me answers with the token', async () => {
    const org = await createOrg(server);
    const res = await server.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: auth(org.admin),
    });
    expect(res.statusCode).toBe(200);
    const me = meResponseSchema.parse(res.json());
    expect(me.organisation.id).toBe(org.orgId);
    expect(me.device.clientId).toBe(org.admin.clientId);
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const org = await createOrg(server);
    const wrong = await loginReq(org.adminEmail, 'not the password', randomUUID(), '10.0.1.1');
    const unknown = await loginReq(uniqueEmail('ghost'), 'whatever', randomUUID(), '10.0.1.1');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        error: 'invalid_credentials',
        message: 'E-mail address or password is wrong.',
      });
    }
  });

  it('rejects malformed bodies with 400 and writes nothing', async () => {
    const before = await server.db.query('SELECT count(*)::int AS n FROM devices');
    for (const payload of [
      {},
      { email: 'not-an-email', password: 'x', clientId: randomUUID(), deviceName: 'T' },
      { email: 'a@b.de', password: 'x', clientId: 'not-a-uuid', deviceName: 'T' },
      { email: 'a@b.de', password: 'x', clientId: randomUUID(), deviceName: 'T', extra: 1 },
    ]) {
      const res = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: string }>().error).toBe('invalid_request');
    }
    expect(await server.db.query('SELECT count(*)::int AS n FROM devices')).toEqual(before);
  });

  it('answers 429 after 5 failed attempts from one address, and only there', async () => {
    const org = await createOrg(server);
    const ip = '10.0.2.1';
    for (let i = 0; i < 5; i++) {
      expect((await loginReq(org.adminEmail, 'wrong', randomUUID(), ip)).statusCode).toBe(401);
    }
    const blocked = await loginReq(org.adminEmail, 'admin passphrase 123', randomUUID(), ip);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json<{ error: string }>().error).toBe('too_many_attempts');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected (see throttle.test.ts for the whole scheme).
    expect(
      (await loginReq(org.adminEmail, 'admin passphrase 123', randomUUID(), '10.0.2.2')).statusCode,
    ).toBe(200);
    server.clock.advance(15 * 60 * 1000 + 1000);
    expect(
      (await loginReq(org.adminEmail, 'admin passphrase 123', randomUUID(), ip)).statusCode,
    ).toBe(200);
  });

  it('counts parallel guesses too', async () => {
    const org = await createOrg(server);
    const ip = '10.0.3.1';
    const results = await Promise.all(
      Array.from({ length: 12 }, () => loginReq(org.adminEmail, 'wrong', randomUUID(), ip)),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(7);
  });
});

const me = (token: string) =>
  server.app.inject({
    method: 'GET',
    url: '/api/auth/me',
    headers: { authorization: `Bearer ${token}` },
  });

describe('sessions', () => {
  it('401 without or with a malformed or unknown token', async () => {
    expect((await server.app.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await me('short')).statusCode).toBe(401);
    const res = await me('x'.repeat(43));
    expect(res.statusCode).toBe(401);
    expect(res.json<{ error: string }>().error).toBe('unauthenticated');
  });

  it('expires after 12 h idle', async () => {
    const org = await createOrg(server);
    server.clock.advance(sessionPolicy.idleSeconds * 1000 - 60_000);
    expect((await me(org.admin.token)).statusCode).toBe(200); // touch
    server.clock.advance(sessionPolicy.idleSeconds * 1000 - 60_000);
    expect((await me(org.admin.token)).statusCode).toBe(200);
    server.clock.advance(sessionPolicy.idleSeconds * 1000);
    const res = await me(org.admin.token);
    expect(res.statusCode).toBe(401);
    expect(res.json<{ error: string }>().error).toBe('session_expired');
  });

  it('expires 7 days after login even when used', async () => {
    const org = await createOrg(server);
    for (let day = 0; day < 6; day++) {
      server.clock.advance(11 * 60 * 60 * 1000);
      expect((await me(org.admin.token)).statusCode).toBe(200);
      server.clock.advance(11 * 60 * 60 * 1000);
      expect((await me(org.admin.token)).statusCode).toBe(200);
    }
    server.clock.advance(sessionPolicy.absoluteSeconds * 1000 - 12 * 11 * 60 * 60 * 1000);
    expect((await me(org.admin.token)).json<{ error: string }>().error).toBe('session_expired');
  });

  it('logout revokes the token', async () => {
    const org = await createOrg(server);
    const out = await server.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: auth(org.admin),
    });
    expect(out.statusCode).toBe(204);
    expect((await me(org.admin.token)).statusCode).toBe(401);
  });

  it('stores only the SHA-256 of tokens', async () => {
    const org = await createOrg(server);
    const rows = await server.db.query('SELECT token_sha256 FROM sessions');
    expect(JSON.stringify(rows)).not.toContain(org.admin.token);
  });

  it('a password change keeps this session and ends the others', async () => {
    const org = await createOrg(server);
    const other = await login(server.app, org.adminEmail, 'admin passphrase 123');
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: auth(org.admin),
      payload: { currentPassword: 'admin passphrase 123', newPassword: 'a new long passphrase' },
    });
    expect(res.statusCode).toBe(204);
    expect((await me(org.admin.token)).statusCode).toBe(200);
    expect((await me(other.token)).statusCode).toBe(401);
    await login(server.app, org.adminEmail, 'a new long passphrase');
  });
});

describe('admin API and roles', () => {
  it('creates, lists, deactivates users and resets passwords within the organisation', async () => {
    const org = await createOrg(server);
    const counsellor = await addUser(server, org, ['counsellor']);
    const list = userListResponseSchema.parse(
      (
        await server.app.inject({
          method: 'GET',
          url: '/api/admin/users',
          headers: auth(org.admin),
        })
      ).json(),
    );
    expect(list.users.map((u) => u.email).sort()).toEqual(
      [org.adminEmail, counsellor.email].sort(),
    );

    const reset = await server.app.inject({
      method: 'POST',
      url: `/api/admin/users/${counsellor.userId}/reset-password`,
      headers: auth(org.admin),
    });
    expect(reset.statusCode).toBe(200);
    const newPassword = reset.json<{ oneTimePassword: string }>().oneTimePassword;
    // A reset ends existing sessions; the old password no longer works.
    expect((await me(counsellor.token)).statusCode).toBe(401);
    expect(
      (await loginReq(counsellor.email, counsellor.password, randomUUID(), '10.9.0.1')).statusCode,
    ).toBe(401);
    const again = await login(server.app, counsellor.email, newPassword);

    const deactivate = await server.app.inject({
      method: 'POST',
      url: `/api/admin/users/${counsellor.userId}/deactivate`,
      headers: auth(org.admin),
    });
    expect(deactivate.statusCode).toBe(200);
    expect((await me(again.token)).statusCode).toBe(401);
    expect(
      (await loginReq(counsellor.email, newPassword, randomUUID(), '10.9.0.2')).statusCode,
    ).toBe(401);
    const self = await server.app.inject({
      method: 'POST',
      url: `/api/admin/users/${org.admin.userId}/deactivate`,
      headers: auth(org.admin),
    });
    expect(self.statusCode).toBe(409);
  });

  it('a one-time password allows nothing but changing it', async () => {
    const org = await createOrg(server);
    const email = uniqueEmail('fresh');
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: auth(org.admin),
      payload: { email, displayName: 'Fresh', roles: ['counsellor', 'admin'] },
    });
    expect(created.statusCode).toBe(201);
    const otp = created.json<{ oneTimePassword: string }>().oneTimePassword;
    const session = await login(server.app, email, otp);
    expect((await me(session.token)).json()).toMatchObject({ user: { mustChangePassword: true } });
    const device = new TestDevice(server, session);
    const mutation = device.next({
      kind: 'create',
      entity: 'case',
      entityId: randomUUID(),
      fields: {},
    });
    const blocked = await device.pushRaw([mutation]);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ error: 'password_change_required' });
    const admin = await server.app.inject({
      method: 'GET',
      url: '/api/admin/users',
      headers: auth(session),
    });
    expect(admin.statusCode).toBe(403);
    const tooShort = await server.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: auth(session),
      payload: { currentPassword: otp, newPassword: 'short' },
    });
    expect(tooShort.statusCode).toBe(400);
    const change = await server.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: auth(session),
      payload: { currentPassword: otp, newPassword: 'my own long passphrase' },
    });
    expect(change.statusCode).toBe(204);
    expect((await device.pushRaw([mutation])).statusCode).toBe(200);
  });

  it('refuses a duplicate e-mail with 409', async () => {
    const org = await createOrg(server);
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: auth(org.admin),
      payload: { email: org.adminEmail.toUpperCase(), displayName: 'Dup', roles: ['counsellor'] },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: string }>().error).toBe('email_taken');
  });

  it('counsellors and statistics get 403 on the admin API', async () => {
    const org = await createOrg(server);
    for (const role of ['counsellor', 'statistics', 'team-lead'] as const) {
      const user = await addUser(server, org, [role]);
      for (const [method, url] of [
        ['GET', '/api/admin/users'],
        ['GET', '/api/admin/devices'],
        ['POST', `/api/admin/users/${org.admin.userId}/deactivate`],
      ] as const) {
        const res = await server.app.inject({ method, url, headers: auth(user) });
        expect(res.statusCode, `${role} ${url}`).toBe(403);
      }
    }
  });

  it('statistics and admin-only accounts get 403 on sync and records', async () => {
    const org = await createOrg(server);
    const stats = await addUser(server, org, ['statistics']);
    for (const user of [stats, org.admin]) {
      const device = new TestDevice(server, user);
      const push = await device.pushRaw([
        device.next({ kind: 'create', entity: 'case', entityId: randomUUID(), fields: {} }),
      ]);
      expect(push.statusCode).toBe(403);
      const pull = await server.app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        headers: auth(user),
        payload: { checkpoint: 0 },
      });
      expect(pull.statusCode).toBe(403);
      const read = await server.app.inject({
        method: 'GET',
        url: `/api/records/${randomUUID()}`,
        headers: auth(user),
      });
      expect(read.statusCode).toBe(403);
    }
  });

  it('an admin of org B cannot see or touch org A users and devices (404)', async () => {
    const a = await createOrg(server, 'Org A');
    const b = await createOrg(server, 'Org B');
    const counsellorA = await addUser(server, a);
    for (const url of [
      `/api/admin/users/${counsellorA.userId}/deactivate`,
      `/api/admin/users/${counsellorA.userId}/reset-password`,
      `/api/admin/devices/${counsellorA.clientId}/revoke`,
    ]) {
      const res = await server.app.inject({ method: 'POST', url, headers: auth(b.admin) });
      expect(res.statusCode, url).toBe(404);
    }
    const devices = deviceListResponseSchema.parse(
      (
        await server.app.inject({
          method: 'GET',
          url: '/api/admin/devices',
          headers: auth(b.admin),
        })
      ).json(),
    );
    expect(devices.devices.map((d) => d.clientId)).toEqual([b.admin.clientId]);
    expect((await me(counsellorA.token)).statusCode).toBe(200);
  });
});

describe('devices', () => {
  it('a revoked device gets 401 device_revoked on push and pull, and cannot log in again', async () => {
    const org = await createOrg(server);
    const user = await addUser(server, org);
    const device = new TestDevice(server, user);
    await device.push({ kind: 'create', entity: 'case', entityId: randomUUID(), fields: { a: 1 } });
    const revoke = await server.app.inject({
      method: 'POST',
      url: `/api/admin/devices/${user.clientId}/revoke`,
      headers: auth(org.admin),
    });
    expect(revoke.statusCode).toBe(200);
    const push = await device.pushRaw([
      device.next({ kind: 'create', entity: 'case', entityId: randomUUID(), fields: {} }),
    ]);
    expect(push.statusCode).toBe(401);
    expect(push.json<{ error: string }>().error).toBe('device_revoked');
    const pull = await server.app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: auth(user),
      payload: { checkpoint: 0 },
    });
    expect(pull.json<{ error: string }>().error).toBe('device_revoked');
    const relogin = await loginReq(user.email, user.password, user.clientId, '10.8.0.1');
    expect(relogin.statusCode).toBe(403);
    expect(relogin.json<{ error: string }>().error).toBe('device_revoked');
    // A fresh installation (new clientId) may sign in.
    expect((await loginReq(user.email, user.password, randomUUID(), '10.8.0.1')).statusCode).toBe(
      200,
    );
  });

  it('a clientId stays with its first user', async () => {
    const org = await createOrg(server);
    const a = await addUser(server, org);
    const b = await addUser(server, org);
    const res = await loginReq(b.email, b.password, a.clientId, '10.7.0.1');
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: string }>().error).toBe('device_of_other_user');
  });

  it("push with another device's clientId is refused", async () => {
    const org = await createOrg(server);
    const a = await addUser(server, org);
    const b = await addUser(server, org);
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: auth(a),
      payload: {
        clientId: b.clientId,
        mutations: [
          {
            mutationId: randomUUID(),
            clientSeq: 1,
            kind: 'create',
            entity: 'case',
            entityId: randomUUID(),
            fields: {},
          },
        ],
      },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ error: string }>().error).toBe('client_mismatch');
  });
});
