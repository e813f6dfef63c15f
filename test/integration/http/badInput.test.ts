// Bad input at the HTTP boundary (issue 21): every malformed request gets a 4xx that names
// the field (never its value), never a 500; a 500 never shows a database code or message,
// and its log line holds the error's name, code and stack frames only.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/createServer';
import {
  addUser,
  auth,
  cheapPasswords,
  createOrg,
  startTestServer,
  TestDevice,
  type TestOrg,
  type TestServer,
} from '../sync/support/fixtures';

let server: TestServer;
let org: TestOrg;
beforeAll(async () => {
  server = await startTestServer();
  org = await createOrg(server);
});
afterAll(async () => {
  await server.close();
});

const NUL = 'Tab\u0000let';
const LONE = 'Tab\uD800let';

function expectFieldRefused(
  res: { statusCode: number; json: () => unknown },
  field: string,
  what: RegExp = /NUL characters or unpaired surrogates/,
) {
  expect(res.statusCode).toBe(400);
  const body = res.json() as { error: string; message: string };
  expect(body.error).toBe('invalid_request');
  expect(body.message).toContain(`${field}:`);
  expect(body.message).toMatch(what);
  // The value itself is never echoed.
  expect(body.message).not.toMatch(/Tab.let/su);
}

const loginWith = (deviceName: string) =>
  server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: {
      email: org.adminEmail,
      password: 'admin passphrase 123',
      clientId: randomUUID(),
      deviceName,
    },
  });

const createUserWith = (payload: Record<string, unknown>) =>
  server.app.inject({
    method: 'POST',
    url: '/api/admin/users',
    headers: auth(org.admin),
    payload: {
      email: `${randomUUID().slice(0, 8)}@example.org`,
      roles: ['counsellor'],
      ...payload,
    },
  });

const offer = (name: string) => ({
  kind: 'legal-advice',
  name,
  coverage: { scope: 'federal' },
  languages: ['de'],
  contact: { email: 'test@example.org' },
  descriptions: { de: 'Beratung' },
  example: false,
  reviewedOn: '2026-11-01',
});

describe('unsafe text is refused with the field named', () => {
  it('a NUL character in the device name at sign-in', async () => {
    const devices = await server.db.query('SELECT count(*)::int AS n FROM devices');
    expectFieldRefused(await loginWith(NUL), 'deviceName');
    expect(await server.db.query('SELECT count(*)::int AS n FROM devices')).toEqual(devices);
  });

  it('an unpaired surrogate in the device name at sign-in', async () => {
    expectFieldRefused(await loginWith(LONE), 'deviceName');
  });

  it("a NUL character in a user's display name", async () => {
    expectFieldRefused(await createUserWith({ displayName: NUL }), 'displayName');
  });

  it("an unpaired surrogate in a user's display name", async () => {
    expectFieldRefused(await createUserWith({ displayName: LONE }), 'displayName');
  });

  it("a NUL character and an unpaired surrogate in a directory offer's name", async () => {
    for (const name of [NUL, LONE]) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/admin/directory/offers',
        headers: auth(org.admin),
        payload: offer(name),
      });
      expectFieldRefused(res, 'name');
    }
  });

  it('in a nested field and in an object key, with the path named', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/admin/directory/offers',
      headers: auth(org.admin),
      payload: { ...offer('Beratung'), descriptions: { de: `x${LONE}` } },
    });
    expectFieldRefused(res, 'descriptions.de');
    const key = await server.app.inject({
      method: 'POST',
      url: '/api/admin/policy',
      headers: auth(org.admin),
      payload: { idleLockMinutes: 5, hiddenLockSeconds: 60, [NUL]: 1 },
    });
    expectFieldRefused(key, '(key)');
  });

  it('a field value of a pushed mutation: that mutation is rejected, the others apply', async () => {
    const device = new TestDevice(server, await addUser(server, org));
    const bad = randomUUID();
    const good = randomUUID();
    const { results } = await device.push(
      { kind: 'create', entity: 'case', entityId: bad, fields: { note: { text: NUL } } },
      { kind: 'create', entity: 'case', entityId: randomUUID(), fields: { note: LONE } },
      { kind: 'create', entity: 'case', entityId: good, fields: { note: 'fine' } },
    );
    // The field is named (its path; never its value), as at every other boundary.
    expect(results.map((r) => [r.status, r.reason, r.field])).toEqual([
      ['rejected', 'invalid', 'note.text'],
      ['rejected', 'invalid', 'note'],
      ['applied', undefined, undefined],
    ]);
    const stored = await server.db.query<{ id: string }>(
      'SELECT id FROM records WHERE id = ANY($1::uuid[])',
      [[bad, good]],
    );
    expect(stored.map((r) => r.id)).toEqual([good]);
  });
});

describe('structure and ranges', () => {
  it('a push body thousands of levels deep is a 400, not a stack overflow', async () => {
    const device = new TestDevice(server, await addUser(server, org));
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const mutation = JSON.stringify(
      device.next({ kind: 'create', entity: 'case', entityId: randomUUID(), fields: { x: 0 } }),
    ).replace('"x":0', `"x":${deep}`);
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { ...auth(device.session), 'content-type': 'application/json' },
      payload: `{"clientId":"${device.session.clientId}","mutations":[${mutation}]}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: 'invalid_request',
      message: 'Invalid request: JSON nested deeper than 64 levels.',
    });
  });

  it('statistics quarters outside 2000–2099 are a 400 with the valid range', async () => {
    const reader = await addUser(server, org, ['statistics']);
    for (const [from, to] of [
      ['0000-Q1', '0000-Q2'],
      ['0999-Q1', '1000-Q1'],
      ['9999-Q4', '9999-Q4'],
      ['2098-Q1', '9999-Q4'],
    ]) {
      const res = await server.app.inject({
        method: 'GET',
        url: `/api/statistics?from=${from}&to=${to}`,
        headers: auth(reader),
      });
      expect(res.statusCode, `${from}..${to}`).toBe(400);
      expect(res.json<{ message: string }>().message).toContain('from 2000 to 2099');
    }
  });

  it('duplicate roles are refused, and nothing is created', async () => {
    const email = `${randomUUID().slice(0, 8)}@example.org`;
    const res = await createUserWith({
      email,
      displayName: 'Doppelt',
      roles: ['counsellor', 'counsellor'],
    });
    expectFieldRefused(res, 'roles', /each role may be given only once/);
    expect(await server.db.query('SELECT 1 FROM users WHERE email = $1', [email])).toEqual([]);
  });
});

describe('a server error', () => {
  it('answers a bare 500 and logs name, code and stack frames only', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const app = await buildApp({
      db: server.db,
      clock: server.clock.now,
      passwordParams: cheapPasswords,
      logger: stream,
    });
    // A broken database: a table the request needs is gone (renamed back below).
    await server.db.exec('ALTER TABLE org_policies RENAME TO org_policies_away');
    try {
      const res = await app.inject({
        method: 'GET',
        url: '/api/admin/policy',
        headers: auth(org.admin),
      });
      expect(res.statusCode, res.body).toBe(500);
      expect(res.json()).toEqual({ error: 'internal_error', message: 'Internal server error.' });
      expect(res.body).not.toMatch(/42P01|org_policies|relation/);
    } finally {
      await server.db.exec('ALTER TABLE org_policies_away RENAME TO org_policies');
      await app.close();
    }
    const failure = lines
      .map((l) => JSON.parse(l) as { msg: string; err?: Record<string, unknown> })
      .find((l) => l.msg === 'request failed');
    expect(failure?.err?.code).toBe('42P01');
    expect(failure?.err?.stack).toMatch(/^\s+at /);
    expect(Object.keys(failure?.err ?? {}).sort()).toEqual(['code', 'name', 'stack']);
    expect(lines.join('\n')).not.toMatch(/org_policies|does not exist/);
  });
});
