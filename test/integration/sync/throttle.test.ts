// Sign-in throttling and the password policy (issue 21), on the real server: guessing is
// slowed per account and address, a stranger cannot lock the owner out, password-change
// guessing with a stolen token is throttled and ends the session, weak and reused passwords
// are refused, and only listed proxies may name the client address.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/createServer';
import { loadConfig } from '../../../src/server/config';
import {
  addUser,
  auth,
  cheapPasswords,
  createOrg,
  login,
  startTestServer,
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

const ADMIN_PASSWORD = 'admin passphrase 123';

const loginFrom = (
  ip: string,
  email: string,
  password: string,
  clientId: string = randomUUID(),
  app = server.app,
  headers: Record<string, string> = {},
) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    headers,
    payload: { email, password, clientId, deviceName: 'Tablet' },
  });

const retryAfter = (res: { headers: Record<string, unknown> }) =>
  Number(res.headers['retry-after']);

describe('sign-in throttling', () => {
  it('six wrong passwords from one address do not stop the owner signing in from another address or a known device', async () => {
    const org = await createOrg(server);
    const attacker = '10.20.0.1';
    for (let i = 0; i < 6; i++) await loginFrom(attacker, org.adminEmail, `guess ${i}`);
    const blocked = await loginFrom(attacker, org.adminEmail, ADMIN_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    // From another address the owner signs in at once.
    expect((await loginFrom('10.20.0.2', org.adminEmail, ADMIN_PASSWORD)).statusCode).toBe(200);
    // And from the attacker's own address (an office behind one proxy), on a device the owner
    // has used before.
    const known = await loginFrom(attacker, org.adminEmail, ADMIN_PASSWORD, org.admin.clientId);
    expect(known.statusCode).toBe(200);
  });

  it('slows guessing from one address with delays that grow and says how long to wait', async () => {
    const org = await createOrg(server);
    const ip = '10.21.0.1';
    for (let i = 0; i < 5; i++) {
      expect((await loginFrom(ip, org.adminEmail, `guess ${i}`)).statusCode).toBe(401);
    }
    const first = await loginFrom(ip, org.adminEmail, 'guess 5');
    expect(first.statusCode).toBe(429);
    expect(retryAfter(first)).toBe(30);
    expect(first.json()).toEqual({
      error: 'too_many_attempts',
      message: 'Too many wrong passwords. Try again in 30 seconds.',
    });
    server.clock.advance(30_000);
    expect((await loginFrom(ip, org.adminEmail, 'guess 6')).statusCode).toBe(401);
    expect(retryAfter(await loginFrom(ip, org.adminEmail, 'guess 7'))).toBe(60);
    server.clock.advance(60_000);
    expect((await loginFrom(ip, org.adminEmail, 'guess 8')).statusCode).toBe(401);
    const third = await loginFrom(ip, org.adminEmail, ADMIN_PASSWORD);
    expect(retryAfter(third)).toBe(120);
    expect(third.json<{ message: string }>().message).toContain('2 minutes');
    server.clock.advance(120_000);
    expect((await loginFrom(ip, org.adminEmail, ADMIN_PASSWORD)).statusCode).toBe(200);
    // A success forgets the failures of that address.
    expect((await loginFrom(ip, org.adminEmail, 'typo')).statusCode).toBe(401);
  });

  it('counts parallel guesses exactly', async () => {
    const org = await createOrg(server);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => loginFrom('10.22.0.1', org.adminEmail, `guess ${i}`)),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 401)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(7);
  });

  it('slows a guesser with many addresses on unknown devices, never the known device', async () => {
    const org = await createOrg(server);
    for (let i = 0; i < 20; i++) await loginFrom(`10.23.${i}.1`, org.adminEmail, `guess ${i}`);
    const fresh = await loginFrom('10.23.99.1', org.adminEmail, ADMIN_PASSWORD);
    expect(fresh.statusCode).toBe(429);
    expect(retryAfter(fresh)).toBe(60);
    const known = await loginFrom('10.23.99.1', org.adminEmail, ADMIN_PASSWORD, org.admin.clientId);
    expect(known.statusCode).toBe(200);
  });

  it('slows password spraying from one address across accounts, except on known devices', async () => {
    const ip = '10.24.0.1';
    for (let i = 0; i < 50; i++) await loginFrom(ip, uniqueEmail('spray'), 'Sommer2026!');
    const org = await createOrg(server);
    expect((await loginFrom(ip, org.adminEmail, ADMIN_PASSWORD)).statusCode).toBe(429);
    expect(
      (await loginFrom(ip, org.adminEmail, ADMIN_PASSWORD, org.admin.clientId)).statusCode,
    ).toBe(200);
  });

  it('keeps no e-mail address or IP address in the throttle table', async () => {
    const org = await createOrg(server);
    await loginFrom('10.25.0.1', org.adminEmail, 'wrong');
    const dump = JSON.stringify(await server.db.query('SELECT * FROM login_throttle'));
    expect(dump).not.toContain(org.adminEmail);
    expect(dump).not.toContain('10.25.0.1');
  });
});

describe('trusted proxies', () => {
  it('takes the client address from X-Forwarded-For only when a listed proxy sends it', async () => {
    const org = await createOrg(server);
    const app = await buildApp({
      db: server.db,
      clock: server.clock.now,
      passwordParams: cheapPasswords,
      trustProxy: loadConfig({ TRUST_PROXY: '10.30.0.0/16, 127.0.0.1' }).trustProxy,
    });
    try {
      const viaProxy = (client: string, password: string) =>
        loginFrom('10.30.0.5', org.adminEmail, password, randomUUID(), app, {
          'x-forwarded-for': client,
        });
      for (let i = 0; i < 6; i++) await viaProxy('192.0.2.10', `guess ${i}`);
      expect((await viaProxy('192.0.2.10', ADMIN_PASSWORD)).statusCode).toBe(429);
      // Another client behind the same proxy is another address: not blocked.
      expect((await viaProxy('192.0.2.11', ADMIN_PASSWORD)).statusCode).toBe(200);
      // A peer that is not a listed proxy cannot choose its address with the header.
      const direct = (client: string, password: string) =>
        loginFrom('198.51.100.7', org.adminEmail, password, randomUUID(), app, {
          'x-forwarded-for': client,
        });
      for (let i = 0; i < 6; i++) await direct(`203.0.113.${i}`, `guess ${i}`);
      expect((await direct('203.0.113.99', ADMIN_PASSWORD)).statusCode).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('refuses a TRUST_PROXY that would trust everyone or is not an address', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: 'loopback,::1,fd00::/8' }).trustProxy).toEqual([
      'loopback',
      '::1',
      'fd00::/8',
    ]);
    for (const bad of ['true', '*', '10.0.0.0/33', 'proxy.example.org', '10.0.0.1/8/2']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
  });
});

const changePassword = (token: { token: string }, currentPassword: string, newPassword: string) =>
  server.app.inject({
    method: 'POST',
    url: '/api/auth/password',
    headers: auth(token),
    payload: { currentPassword, newPassword },
  });
const me = (token: { token: string }) =>
  server.app.inject({ method: 'GET', url: '/api/auth/me', headers: auth(token) });

describe('password change', () => {
  it('throttles guessing with a stolen token and ends the session after five wrong passwords', async () => {
    const org = await createOrg(server);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push(
        (await changePassword(org.admin, `guess ${i}`, 'eine ganz neue Passphrase')).statusCode,
      );
    }
    expect(codes).toEqual([401, 401, 401, 401, 429]);
    expect((await me(org.admin)).statusCode).toBe(401);
    // Signing in again from that device must wait too; from another device it works.
    const again = await loginFrom('10.40.0.1', org.adminEmail, ADMIN_PASSWORD, org.admin.clientId);
    expect(again.statusCode).toBe(429);
    expect((await loginFrom('10.40.0.1', org.adminEmail, ADMIN_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses weak passwords, with the reason', async () => {
    const org = await createOrg(server);
    for (const weak of ['aaaaaaaaaaaa', 'password1234', 'Passwort12345', 'perspektive2026']) {
      const res = await changePassword(org.admin, ADMIN_PASSWORD, weak);
      expect(res.statusCode, weak).toBe(400);
      expect(res.json<{ error: string }>().error).toBe('weak_password');
    }
    const own = await changePassword(org.admin, ADMIN_PASSWORD, `${org.adminEmail}2026`);
    expect(own.json<{ error: string }>().error).toBe('weak_password');
    expect(
      (await changePassword(org.admin, ADMIN_PASSWORD, 'Sonnenblume Kaffee 2024')).statusCode,
    ).toBe(204);
  });

  it('refuses the current password as the new one', async () => {
    const org = await createOrg(server);
    const res = await changePassword(org.admin, ADMIN_PASSWORD, ADMIN_PASSWORD);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: string }>().error).toBe('password_reused');
  });

  it('refuses the one-time password as the new one, and the one-time password dies at the change', async () => {
    const org = await createOrg(server);
    const email = uniqueEmail('fresh');
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: auth(org.admin),
      payload: { email, displayName: 'Fresh Person', roles: ['counsellor'] },
    });
    const otp = created.json<{ oneTimePassword: string }>().oneTimePassword;
    const session = await login(server.app, email, otp);
    const reused = await changePassword(session, otp, otp);
    expect(reused.json<{ error: string }>().error).toBe('password_reused');
    expect((await changePassword(session, otp, 'mein eigener langer Satz')).statusCode).toBe(204);
    expect((await loginFrom('10.41.0.1', email, otp)).statusCode).toBe(401);
    expect((await loginFrom('10.41.0.1', email, 'mein eigener langer Satz')).statusCode).toBe(200);
  });

  it('a user added through the fixtures still works (its password is strong)', async () => {
    const org = await createOrg(server);
    const user = await addUser(server, org);
    expect((await me(user)).statusCode).toBe(200);
  });
});
