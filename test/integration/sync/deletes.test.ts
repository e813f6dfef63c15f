// Deletes through sync (issue 21): a counsellor's device — or a stolen token, or a buggy
// client — must not destroy finalised documentation. Finalised sessions, consents,
// revocations and cases with such history are refused with a reason code, and a second
// device pulling from the start still receives all of it intact. A draft session and a case
// without history may be deleted by a counsellor (tombstone + audit row), by nobody else.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordState } from '../../../src/protocol';
import { contentHashOf, type FieldMap } from '../../../src/server/replication/decide';
import {
  addUser,
  createOrg,
  startTestServer,
  TestDevice,
  type MutationInput,
  type TestOrg,
  type TestServer,
} from './support/fixtures';

let server: TestServer;
let org: TestOrg;
let counsellor: TestDevice;
let colleague: TestDevice;
beforeAll(async () => {
  server = await startTestServer();
  org = await createOrg(server);
  counsellor = new TestDevice(server, await addUser(server, org));
  colleague = new TestDevice(server, await addUser(server, org));
});
afterAll(async () => {
  await server.close();
});

const sessionFields = (caseId: string, status: 'draft' | 'finalised'): FieldMap => ({
  caseId,
  status,
  answers: { topic: 'return' },
  addenda: [],
});

/** A case with a finalised session, a draft session, a signed consent and a revocation. */
async function caseWithHistory() {
  const ids = {
    case: randomUUID(),
    finalised: randomUUID(),
    draft: randomUUID(),
    consent: randomUUID(),
    revocation: randomUUID(),
  };
  const consent = { caseId: ids.case, text: 'Ich willige ein …', name: 'Ada' };
  const { results } = await colleague.push(
    { kind: 'create', entity: 'case', entityId: ids.case, fields: { name: 'Ada' } },
    {
      kind: 'create',
      entity: 'session',
      entityId: ids.finalised,
      fields: sessionFields(ids.case, 'finalised'),
    },
    {
      kind: 'create',
      entity: 'session',
      entityId: ids.draft,
      fields: sessionFields(ids.case, 'draft'),
    },
    { kind: 'create', entity: 'consent', entityId: ids.consent, fields: consent },
    {
      kind: 'sign',
      entity: 'consent',
      entityId: ids.consent,
      contentHash: contentHashOf(consent),
    },
    {
      kind: 'create',
      entity: 'consent-revocation',
      entityId: ids.revocation,
      fields: { caseId: ids.case, consentId: ids.consent },
    },
  );
  expect(results.every((r) => r.status === 'applied')).toBe(true);
  return ids;
}

/** A case whose only session is a draft: no history. */
async function caseWithDraft() {
  const caseId = randomUUID();
  const draftId = randomUUID();
  await colleague.push(
    { kind: 'create', entity: 'case', entityId: caseId, fields: { name: 'Cem' } },
    {
      kind: 'create',
      entity: 'session',
      entityId: draftId,
      fields: sessionFields(caseId, 'draft'),
    },
  );
  return { caseId, draftId };
}

const deleteBoth = (caseId: string, draftId: string): MutationInput[] => [
  { kind: 'delete', entity: 'session', entityId: draftId, baseRev: 1 },
  { kind: 'delete', entity: 'case', entityId: caseId, baseRev: 1 },
];

/** Every record of the organisation as a fresh device receives it (pull from 0). */
async function pulledFromStart(device: TestDevice): Promise<Map<string, RecordState>> {
  const { pages } = await device.pullAll(0);
  return new Map(pages.flatMap((p) => p.records).map((r) => [r.entityId, r]));
}

const auditActions = async (id: string) =>
  (
    await server.db.query<{ action: string; user_id: string }>(
      'SELECT action, user_id FROM audit_log WHERE entity_id = $1 ORDER BY id',
      [id],
    )
  ).map((r) => r.action);

describe('deletes through sync', () => {
  it('refuses to delete a finalised session, a signed consent, a revocation and a case with history; every device still gets them', async () => {
    const ids = await caseWithHistory();
    const before = await pulledFromStart(colleague);
    const { results } = await counsellor.push(
      { kind: 'delete', entity: 'session', entityId: ids.finalised, baseRev: 1 },
      { kind: 'delete', entity: 'consent', entityId: ids.consent, baseRev: 2 },
      { kind: 'delete', entity: 'consent-revocation', entityId: ids.revocation, baseRev: 1 },
      { kind: 'delete', entity: 'case', entityId: ids.case, baseRev: 1 },
    );
    expect(results.map((r) => [r.status, r.reason, r.rev])).toEqual([
      ['rejected', 'not_deletable', 1],
      ['rejected', 'not_deletable', 2],
      ['rejected', 'append_only', 1],
      ['rejected', 'has_history', 1],
    ]);

    // Nothing changed: a second device pulling from the start receives every record as it
    // was, with content, and no tombstone; no delete was audited.
    const after = await pulledFromStart(colleague);
    for (const id of [ids.case, ids.finalised, ids.consent, ids.revocation]) {
      expect(after.get(id), id).toEqual(before.get(id));
      expect(after.get(id)?.deleted).toBe(false);
      expect(Object.keys(after.get(id)?.fields ?? {}).length).toBeGreaterThan(0);
      expect(await auditActions(id)).not.toContain('delete');
    }
    expect(after.get(ids.consent)?.contentHash).toBe(before.get(ids.consent)?.contentHash);
  });

  it('a case keeps its history even when only a signed consent refers to it', async () => {
    const caseId = randomUUID();
    const consentId = randomUUID();
    const consent = { caseId, text: 'Ich willige ein …' };
    await colleague.push(
      { kind: 'create', entity: 'case', entityId: caseId, fields: { name: 'Bea' } },
      { kind: 'create', entity: 'consent', entityId: consentId, fields: consent },
      { kind: 'sign', entity: 'consent', entityId: consentId, contentHash: contentHashOf(consent) },
    );
    const { results } = await counsellor.push({
      kind: 'delete',
      entity: 'case',
      entityId: caseId,
      baseRev: 1,
    });
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'has_history' });
    expect((await pulledFromStart(colleague)).get(caseId)?.deleted).toBe(false);
  });

  it('lets a counsellor delete a draft session and a case without history, with an audit row', async () => {
    const { caseId, draftId } = await caseWithDraft();
    const { results } = await counsellor.push(...deleteBoth(caseId, draftId));
    expect(results.map((r) => [r.status, r.rev])).toEqual([
      ['applied', 2],
      ['applied', 2],
    ]);
    const pulled = await pulledFromStart(colleague);
    expect(pulled.get(draftId)).toMatchObject({ deleted: true });
    expect(pulled.get(draftId)?.fields).toBeUndefined();
    expect(pulled.get(caseId)).toMatchObject({ deleted: true });
    const [audit] = await server.db.query<{ user_id: string; client_id: string }>(
      `SELECT user_id, client_id FROM audit_log WHERE entity_id = $1 AND action = 'delete'`,
      [draftId],
    );
    expect(audit).toEqual({
      user_id: counsellor.session.userId,
      client_id: counsellor.session.clientId,
    });
  });

  it('refuses deletes by a team lead without the counsellor role (403-like reason)', async () => {
    const lead = new TestDevice(server, await addUser(server, org, ['team-lead']));
    const { caseId, draftId } = await caseWithDraft();
    const { results } = await lead.push(...deleteBoth(caseId, draftId));
    expect(results.map((r) => r.reason)).toEqual(['delete_forbidden', 'delete_forbidden']);
    expect((await pulledFromStart(colleague)).get(draftId)?.deleted).toBe(false);
  });

  it('refuses to delete an unsigned consent draft (consents are never deleted through sync)', async () => {
    const consentId = randomUUID();
    await colleague.push({
      kind: 'create',
      entity: 'consent',
      entityId: consentId,
      fields: { text: 'Entwurf' },
    });
    const { results } = await counsellor.push({
      kind: 'delete',
      entity: 'consent',
      entityId: consentId,
      baseRev: 1,
    });
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'not_deletable' });
  });
});
