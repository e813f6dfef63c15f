// Readiness and metrics: what an operator's monitoring sees, and that none of it is personal.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/createServer';
import { openTestDatabase } from '../../support/testDatabase';
import type { Database } from '../../../src/server/db/database';
import { latestVersion } from '../../../src/server/db/migrations';
import type { FastifyInstance } from 'fastify';
import {
  addUser,
  auth,
  cheapPasswords,
  createOrg,
  TestDevice,
  testClock,
} from '../sync/support/fixtures';

let db: Database;
let app: FastifyInstance;
beforeAll(async () => {
  db = await openTestDatabase();
  app = await buildApp({ db, passwordParams: cheapPasswords, metrics: true });
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('readiness', () => {
  it('is ready on a database with this release schema, unavailable otherwise', async () => {
    const ready = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
    // A database migrated further than this release (a newer release ran on it).
    await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
      latestVersion + 1,
      'from a newer release',
    ]);
    try {
      const res = await app.inject({ method: 'GET', url: '/api/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'unavailable' });
    } finally {
      await db.query('DELETE FROM schema_migrations WHERE version = $1', [latestVersion + 1]);
    }
  });
});

describe('metrics', () => {
  it('are off unless enabled', async () => {
    const plain = await buildApp({ db, passwordParams: cheapPasswords });
    try {
      expect((await plain.inject({ method: 'GET', url: '/api/metrics' })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });

  it('count requests per route pattern and push results, without ids or personal data', async () => {
    const server = { db, app, clock: testClock(), close: () => Promise.resolve() };
    const org = await createOrg(server, 'Metriken ABH');
    const user = await addUser(server, org);
    const device = new TestDevice(server, user);
    const caseId = randomUUID();
    await device.push({
      entity: 'case',
      entityId: caseId,
      kind: 'create',
      fields: {
        profile: { displayName: 'Geheim Name', pseudonymised: false, createdOn: '2026-03-02' },
      },
    });
    await device.pull();
    await app.inject({ method: 'GET', url: `/api/records/${caseId}`, headers: auth(user) });

    const res = await app.inject({ method: 'GET', url: '/api/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.body;
    expect(text).toMatch(
      /http_request_duration_seconds_count\{[^}]*method="POST"[^}]*route="\/api\/sync\/push"[^}]*status_code="200"[^}]*\} 1/,
    );
    expect(text).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/api\/sync\/pull"/);
    expect(text).toMatch(/route="\/api\/records\/:id"/);
    expect(text).toMatch(/perspektive_push_mutations_total\{status="applied"\} 1/);
    expect(text).toMatch(/perspektive_referral_deliveries_pending 0/);
    for (const secret of [caseId, user.email, user.userId, org.orgId, user.clientId, 'Geheim']) {
      expect(text).not.toContain(secret);
    }
  });
});
