import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHashOf } from '../../../src/server/replication/decide';
import {
  addUser,
  createOrg,
  startTestServer,
  TestDevice,
  type TestServer,
} from './support/fixtures';

let server: TestServer;
let device: TestDevice;
beforeAll(async () => {
  server = await startTestServer();
  const org = await createOrg(server);
  device = new TestDevice(server, await addUser(server, org));
});
afterAll(async () => {
  await server.close();
});

type AuditRow = {
  org_id: string;
  user_id: string;
  client_id: string;
  entity: string;
  entity_id: string;
  action: string;
  rev: number | null;
  mutation_id: string | null;
};

const auditOf = (id: string) =>
  server.db.query<AuditRow>(
    'SELECT org_id, user_id, client_id, entity, entity_id, action, rev, mutation_id FROM audit_log WHERE entity_id = $1 ORDER BY id',
    [id],
  );

describe('audit log', () => {
  it('has exactly one row per applied change, with who/device/org/rev and no values', async () => {
    const caseId = randomUUID();
    const consentId = randomUUID();
    const consent = { text: 'Einwilligung', name: 'Secret Name' };
    const res = await device.push(
      { kind: 'create', entity: 'case', entityId: caseId, fields: { name: 'Secret Name' } },
      { kind: 'patch', entity: 'case', entityId: caseId, baseRev: 1, fields: { note: 'private' } },
      { kind: 'patch', entity: 'case', entityId: caseId, baseRev: 2, fields: { note: 'private' } }, // unchanged
      { kind: 'patch', entity: 'case', entityId: randomUUID(), baseRev: 1, fields: { a: 1 } }, // rejected
      { kind: 'delete', entity: 'case', entityId: caseId, baseRev: 2 },
      { kind: 'create', entity: 'consent', entityId: consentId, fields: consent },
      { kind: 'sign', entity: 'consent', entityId: consentId, contentHash: contentHashOf(consent) },
    );
    expect(res.results.map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'unchanged',
      'rejected',
      'applied',
      'applied',
      'applied',
    ]);
    const caseAudit = await auditOf(caseId);
    expect(caseAudit.map((r) => [r.action, r.rev])).toEqual([
      ['create', 1],
      ['patch', 2],
      ['delete', 3],
    ]);
    for (const row of caseAudit) {
      expect(row).toMatchObject({
        org_id: device.session.orgId,
        user_id: device.session.userId,
        client_id: device.session.clientId,
        entity: 'case',
      });
    }
    expect(caseAudit.map((r) => r.mutation_id)).toHaveLength(3);
    expect((await auditOf(consentId)).map((r) => r.action)).toEqual(['create', 'sign']);
    const all = JSON.stringify(await server.db.query('SELECT * FROM audit_log'));
    expect(all).not.toContain('Secret Name');
    expect(all).not.toContain('private');
  });

  it('a change whose audit row fails leaves neither (same transaction)', async () => {
    const doomed = randomUUID();
    // Simulate a failing audit insert for one record only.
    await server.db.exec(`
      CREATE FUNCTION test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.entity_id = '${doomed}' THEN RAISE EXCEPTION 'audit store unavailable'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_log
        FOR EACH ROW EXECUTE FUNCTION test_fail_audit();
    `);
    try {
      const fine = randomUUID();
      const res = await device.push(
        { kind: 'create', entity: 'case', entityId: doomed, fields: { a: 1 } },
        { kind: 'create', entity: 'case', entityId: fine, fields: { a: 1 } },
      );
      expect(res.results.map((r) => [r.status, r.reason])).toEqual([
        ['rejected', 'invalid'],
        ['applied', undefined],
      ]);
      expect(await server.db.query('SELECT 1 FROM records WHERE id = $1', [doomed])).toEqual([]);
      expect(await auditOf(doomed)).toEqual([]);
      expect(await auditOf(fine)).toHaveLength(1);
      // The refusal is final and stored like any result: a re-send does not retry it.
      const { pages } = await device.pullAll();
      expect(pages.flatMap((p) => p.records).some((r) => r.entityId === doomed)).toBe(false);
    } finally {
      await server.db.exec(`
        DROP TRIGGER test_fail_audit ON audit_log;
        DROP FUNCTION test_fail_audit();
      `);
    }
  });

  it('a failing record write leaves no audit row and no feed entry', async () => {
    const doomed = randomUUID();
    await server.db.exec(`
      CREATE FUNCTION test_fail_record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.id = '${doomed}' THEN RAISE EXCEPTION 'disk full (simulated)'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_fail_record BEFORE INSERT ON records
        FOR EACH ROW EXECUTE FUNCTION test_fail_record();
    `);
    try {
      const [{ seq: before }] = (await server.db.query<{ seq: number }>(
        'SELECT seq FROM org_counter WHERE org_id = $1',
        [device.session.orgId],
      )) as [{ seq: number }];
      const res = await device.push({
        kind: 'create',
        entity: 'case',
        entityId: doomed,
        fields: {},
      });
      expect(res.results[0]).toMatchObject({ status: 'rejected', reason: 'invalid' });
      expect(await auditOf(doomed)).toEqual([]);
      const [{ seq: after }] = (await server.db.query<{ seq: number }>(
        'SELECT seq FROM org_counter WHERE org_id = $1',
        [device.session.orgId],
      )) as [{ seq: number }];
      expect(after).toBe(before); // the savepoint rolled the counter back too
    } finally {
      await server.db.exec(`
        DROP TRIGGER test_fail_record ON records;
        DROP FUNCTION test_fail_record();
      `);
    }
  });

  it('logs sign-ins and admin actions', async () => {
    const org = await createOrg(server);
    const user = await addUser(server, org);
    const rows = await server.db.query<{ action: string }>(
      'SELECT action FROM audit_log WHERE org_id = $1 ORDER BY id',
      [org.orgId],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'bootstrap',
      'login',
      'create-user',
      'login',
      'change-password',
    ]);
    expect(user.userId).toBeDefined();
  });
});
