// Every API answer is Cache-Control: no-store (issue 21): login carries a token, the others
// personal data; no browser, proxy or service worker cache may keep any of them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  auth,
  createOrg,
  startTestServer,
  TestDevice,
  type TestServer,
} from '../sync/support/fixtures';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('Cache-Control: no-store', () => {
  it('on login, /me, pull, push, records, conflicts, admin, directory, statistics and errors', async () => {
    const org = await createOrg(server);
    const user = await addUser(server, org, ['counsellor', 'team-lead']);
    const device = new TestDevice(server, user);
    const caseId = randomUUID();
    await device.push({ kind: 'create', entity: 'case', entityId: caseId, fields: { a: 1 } });
    const requests = [
      {
        method: 'POST' as const,
        url: '/api/auth/login',
        payload: {
          email: user.email,
          password: user.password,
          clientId: randomUUID(),
          deviceName: 'Tablet',
        },
      },
      { method: 'GET' as const, url: '/api/auth/me', headers: auth(user) },
      {
        method: 'POST' as const,
        url: '/api/sync/pull',
        headers: auth(user),
        payload: { checkpoint: 0 },
      },
      { method: 'GET' as const, url: `/api/records/${caseId}`, headers: auth(user) },
      { method: 'GET' as const, url: `/api/records/${randomUUID()}`, headers: auth(user) },
      { method: 'GET' as const, url: `/api/conflicts/${randomUUID()}`, headers: auth(user) },
      { method: 'GET' as const, url: '/api/admin/users', headers: auth(org.admin) },
      { method: 'GET' as const, url: '/api/admin/devices', headers: auth(org.admin) },
      { method: 'GET' as const, url: '/api/directory', headers: auth(user) },
      {
        method: 'GET' as const,
        url: '/api/statistics?from=2026-Q1&to=2026-Q1',
        headers: auth(user),
      },
      { method: 'GET' as const, url: '/api/auth/me' },
      { method: 'GET' as const, url: '/api/health' },
    ];
    const statuses: number[] = [];
    for (const request of requests) {
      const res = await server.app.inject(request);
      statuses.push(res.statusCode);
      expect(res.headers['cache-control'], request.url).toBe('no-store');
    }
    expect(statuses).toEqual([200, 200, 200, 200, 404, 404, 200, 200, 200, 200, 401, 200]);
  });
});
