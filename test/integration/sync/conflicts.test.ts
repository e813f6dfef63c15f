import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordResponseSchema, type RecordState } from '../../../src/protocol';
import { contentHashOf, type FieldMap } from '../../../src/server/replication/decide';
import {
  addUser,
  auth,
  createOrg,
  startTestServer,
  TestDevice,
  type MutationInput,
  type TestServer,
} from './support/fixtures';

let server: TestServer;
let a: TestDevice;
let b: TestDevice;
beforeAll(async () => {
  server = await startTestServer();
  const org = await createOrg(server);
  a = new TestDevice(server, await addUser(server, org));
  b = new TestDevice(server, await addUser(server, org));
});
afterAll(async () => {
  await server.close();
});

const seedCase: FieldMap = { name: 'Ada', note: 'first note', district: 'Nord' };
const seedConsent: FieldMap = {
  template: 'data-processing@1',
  text: 'Ich willige ein …',
  name: 'Ada',
};
const signedHash = contentHashOf(seedConsent);
const otherHash = contentHashOf({ ...seedConsent, text: 'changed' });

async function readRecord(id: string): Promise<RecordState> {
  const res = await server.app.inject({
    method: 'GET',
    url: `/api/records/${id}`,
    headers: auth(a.session),
  });
  return recordResponseSchema.parse(res.json()).record;
}

/**
 * The conflict matrix. Device A creates the record (rev 1) and applies `first`; device B,
 * which last saw rev 1, then sends `then`. (`rev` = the record's rev after B's mutation.)
 *
 * | scenario                         | A first         | B then (base 1)     | B's result            | record afterwards                 |
 * |----------------------------------|-----------------|---------------------|-----------------------|-----------------------------------|
 * | patch/patch disjoint             | patch name      | patch district      | merged, rev 3         | both changes                      |
 * | patch/patch overlapping          | patch note      | patch note          | conflict, rev 2       | A's note kept, conflict row       |
 * | patch/patch overlap, same value  | patch note = x  | patch note = x      | unchanged, rev 2      | x                                 |
 * | overlap + disjoint in one patch  | patch note      | patch note+district | conflict, rev 3       | A's note, B's district            |
 * | edit/delete                      | patch note      | delete              | conflict (delete)     | not deleted                       |
 * | delete/edit                      | delete          | patch note          | rejected deleted      | tombstone                         |
 * | edit of tombstone at its rev     | delete          | patch (base 2)      | rejected deleted      | tombstone                         |
 * | delete at current rev            | —               | delete              | applied, rev 2        | tombstone, fields purged          |
 * | sign/edit                        | sign            | patch               | immutable             | signed, unchanged                 |
 * | sign/delete                      | sign            | delete              | rejected not_deletable | signed                           |
 * | double sign, same hash           | sign            | sign same hash      | unchanged             | signed                            |
 * | double sign, different hash      | sign            | sign other hash     | rejected already_signed | signed with A's hash            |
 * | sign with a wrong hash           | —               | sign other hash     | rejected hash_mismatch | draft                            |
 * | sign a case                      | —               | sign                | rejected not_signable | unchanged                         |
 * | base rev from the future         | —               | patch (base 9)      | rejected invalid_base_rev | unchanged                     |
 * | create of an existing id         | —               | create              | rejected already_exists | unchanged                       |
 */
type Row = {
  scenario: string;
  entity: 'case' | 'consent';
  first: (id: string) => MutationInput[];
  then: (id: string) => MutationInput;
  expected: { status: string; reason?: string; rev?: number };
  check?: (record: RecordState, conflictCount: number) => void;
};

const patch = (
  id: string,
  fields: FieldMap,
  baseRev = 1,
  entity: 'case' | 'consent' = 'case',
): MutationInput => ({
  kind: 'patch',
  entity,
  entityId: id,
  baseRev,
  fields,
});
const del = (id: string, baseRev = 1, entity: 'case' | 'consent' = 'case'): MutationInput => ({
  kind: 'delete',
  entity,
  entityId: id,
  baseRev,
});
const sign = (
  id: string,
  contentHash = signedHash,
  entity: 'case' | 'consent' = 'consent',
): MutationInput => ({
  kind: 'sign',
  entity,
  entityId: id,
  contentHash,
});

const matrix: Row[] = [
  {
    scenario: 'patch/patch disjoint',
    entity: 'case',
    first: (id) => [patch(id, { name: 'Ada L.' })],
    then: (id) => patch(id, { district: 'Süd' }),
    expected: { status: 'merged', rev: 3 },
    check: (r, c) => {
      expect(r.fields).toEqual({ ...seedCase, name: 'Ada L.', district: 'Süd' });
      expect(c).toBe(0);
    },
  },
  {
    scenario: 'patch/patch overlapping text',
    entity: 'case',
    first: (id) => [patch(id, { note: 'A wrote this' })],
    then: (id) => patch(id, { note: 'B wrote that' }),
    expected: { status: 'conflict', rev: 2 },
    check: (r, c) => {
      expect(r.fields?.note).toBe('A wrote this');
      expect(c).toBe(1);
    },
  },
  {
    scenario: 'patch/patch overlapping with the same value',
    entity: 'case',
    first: (id) => [patch(id, { note: 'same' })],
    then: (id) => patch(id, { note: 'same' }),
    expected: { status: 'unchanged', rev: 2 },
    check: (_r, c) => {
      expect(c).toBe(0);
    },
  },
  {
    scenario: 'overlapping and disjoint fields in one patch',
    entity: 'case',
    first: (id) => [patch(id, { note: 'A' })],
    then: (id) => patch(id, { note: 'B', district: 'Ost' }),
    expected: { status: 'conflict', rev: 3 },
    check: (r, c) => {
      expect(r.fields).toMatchObject({ note: 'A', district: 'Ost' });
      expect(c).toBe(1);
    },
  },
  {
    scenario: 'edit/delete',
    entity: 'case',
    first: (id) => [patch(id, { note: 'A edited' })],
    then: (id) => del(id),
    expected: { status: 'conflict', rev: 2 },
    check: (r, c) => {
      expect(r.deleted).toBe(false);
      expect(c).toBe(1);
    },
  },
  {
    scenario: 'delete/edit',
    entity: 'case',
    first: (id) => [del(id)],
    then: (id) => patch(id, { note: 'B edited' }),
    expected: { status: 'rejected', reason: 'deleted', rev: 2 },
    check: (r) => {
      expect(r.deleted).toBe(true);
      expect(r.fields).toBeUndefined();
    },
  },
  {
    scenario: 'edit of a tombstone at its current rev',
    entity: 'case',
    first: (id) => [del(id)],
    then: (id) => patch(id, { note: 'B edited' }, 2),
    expected: { status: 'rejected', reason: 'deleted', rev: 2 },
  },
  {
    scenario: 'delete at the current rev',
    entity: 'case',
    first: () => [],
    then: (id) => del(id),
    expected: { status: 'applied', rev: 2 },
    check: (r) => {
      expect(r).toMatchObject({ deleted: true, rev: 2 });
      expect(r.fields).toBeUndefined();
    },
  },
  {
    scenario: 'sign/edit',
    entity: 'consent',
    first: (id) => [sign(id)],
    then: (id) => patch(id, { text: 'sneaky change' }, 2, 'consent'),
    expected: { status: 'immutable', rev: 2 },
    check: (r) => {
      expect(r.fields).toEqual(seedConsent);
      expect(r.contentHash).toBe(signedHash);
      expect(r.signedAt).toBeDefined();
    },
  },
  {
    scenario: 'sign/delete',
    entity: 'consent',
    first: (id) => [sign(id)],
    then: (id) => del(id, 2, 'consent'),
    expected: { status: 'rejected', reason: 'not_deletable', rev: 2 },
    check: (r) => {
      expect(r.deleted).toBe(false);
    },
  },
  {
    scenario: 'double sign with the same hash',
    entity: 'consent',
    first: (id) => [sign(id)],
    then: (id) => sign(id),
    expected: { status: 'unchanged', rev: 2 },
  },
  {
    scenario: 'double sign with a different hash',
    entity: 'consent',
    first: (id) => [sign(id)],
    then: (id) => sign(id, otherHash),
    expected: { status: 'rejected', reason: 'already_signed', rev: 2 },
    check: (r) => {
      expect(r.contentHash).toBe(signedHash);
    },
  },
  {
    scenario: 'sign with a hash that does not match the content',
    entity: 'consent',
    first: () => [],
    then: (id) => sign(id, otherHash),
    expected: { status: 'rejected', reason: 'hash_mismatch', rev: 1 },
    check: (r) => {
      expect(r.contentHash).toBeUndefined();
    },
  },
  {
    scenario: 'sign a case',
    entity: 'case',
    first: () => [],
    then: (id) => sign(id, signedHash, 'case'),
    expected: { status: 'rejected', reason: 'not_signable', rev: 1 },
  },
  {
    scenario: 'base rev from the future',
    entity: 'case',
    first: () => [],
    then: (id) => patch(id, { note: 'x' }, 9),
    expected: { status: 'rejected', reason: 'invalid_base_rev', rev: 1 },
  },
  {
    scenario: 'create of an existing id',
    entity: 'case',
    first: () => [],
    then: (id) => ({ kind: 'create', entity: 'case', entityId: id, fields: { other: true } }),
    expected: { status: 'rejected', reason: 'already_exists' },
  },
];

describe('conflict matrix', () => {
  it.each(matrix)('$scenario', async (row) => {
    const id = randomUUID();
    const seed = row.entity === 'case' ? seedCase : seedConsent;
    await a.push(
      { kind: 'create', entity: row.entity, entityId: id, fields: seed },
      ...row.first(id),
    );
    const { results } = await b.push(row.then(id));
    expect(results[0]).toMatchObject(row.expected);
    const conflicts = await server.db.query('SELECT id FROM sync_conflicts WHERE entity_id = $1', [
      id,
    ]);
    expect(results[0]!.conflictIds ?? []).toEqual(conflicts.map((c) => c.id));
    row.check?.(await readRecord(id), conflicts.length);
  });
});

describe('conflict records', () => {
  it('hold both values and revs, reach both devices, and are resolved by a patch', async () => {
    const id = randomUUID();
    const { checkpoint } = await b.pullAll();
    await a.push(
      { kind: 'create', entity: 'case', entityId: id, fields: seedCase },
      patch(id, { note: 'A' }),
    );
    const { results } = await b.push(patch(id, { note: 'B' }));
    const conflictId = results[0]!.conflictIds![0]!;
    for (const device of [a, b]) {
      const { pages } = await device.pullAll(checkpoint);
      const conflict = pages.flatMap((p) => p.conflicts).find((c) => c.id === conflictId);
      expect(conflict).toMatchObject({
        entity: 'case',
        entityId: id,
        kind: 'field',
        field: 'note',
        serverValue: 'A',
        clientValue: 'B',
        serverRev: 2,
        clientBaseRev: 1,
        createdBy: b.session.userId,
        // Whose each side is: A saved the kept value, B sent the other.
        serverBy: a.session.userId,
        serverByName: expect.any(String) as string,
        resolved: false,
      });
    }
    // B resolves by choosing a merged text at the current rev.
    const resolved = await b.push({
      ...patch(id, { note: 'A and B' }, 2),
      resolvesConflictId: conflictId,
    } as MutationInput);
    expect(resolved.results[0]).toMatchObject({ status: 'applied', rev: 3 });
    const { pages } = await a.pullAll(checkpoint);
    const after = pages.flatMap((p) => p.conflicts).find((c) => c.id === conflictId);
    // Resolved, and the personal values are purged from the conflict row. A learns that B's
    // decision replaced the value A had saved.
    expect(after).toMatchObject({
      resolved: true,
      serverValue: null,
      clientValue: null,
      resolution: 'client',
      resolvedBy: b.session.userId,
      serverBy: a.session.userId,
    });
    expect((await readRecord(id)).fields?.note).toBe('A and B');
  });

  it('keeping the server value: an empty patch resolves the conflict', async () => {
    const id = randomUUID();
    await a.push(
      { kind: 'create', entity: 'case', entityId: id, fields: seedCase },
      patch(id, { note: 'A' }),
    );
    const conflictId = (await b.push(patch(id, { note: 'B' }))).results[0]!.conflictIds![0]!;
    const res = await b.push({
      ...patch(id, {}, 2),
      resolvesConflictId: conflictId,
    } as MutationInput);
    expect(res.results[0]).toMatchObject({ status: 'unchanged', rev: 2 });
    const [row] = await server.db.query<{ resolved_at: Date | null }>(
      'SELECT resolved_at FROM sync_conflicts WHERE id = $1',
      [conflictId],
    );
    expect(row!.resolved_at).not.toBeNull();
    const { pages } = await a.pullAll();
    expect(pages.flatMap((p) => p.conflicts).find((c) => c.id === conflictId)).toMatchObject({
      resolved: true,
      resolution: 'server',
    });
  });
});

describe('consent revocations', () => {
  it('are append-only and must reference a signed consent of the organisation', async () => {
    const consentId = randomUUID();
    const draftId = randomUUID();
    const revocationId = randomUUID();
    await a.push(
      { kind: 'create', entity: 'consent', entityId: consentId, fields: seedConsent },
      sign(consentId),
      { kind: 'create', entity: 'consent', entityId: draftId, fields: seedConsent },
    );
    const { results } = await a.push(
      {
        kind: 'create',
        entity: 'consent-revocation',
        entityId: randomUUID(),
        fields: { consentId: draftId },
      },
      {
        kind: 'create',
        entity: 'consent-revocation',
        entityId: revocationId,
        fields: { consentId },
      },
      {
        kind: 'patch',
        entity: 'consent-revocation',
        entityId: revocationId,
        baseRev: 1,
        fields: { consentId: draftId },
      },
      { kind: 'delete', entity: 'consent-revocation', entityId: revocationId, baseRev: 1 },
    );
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ['rejected', 'invalid_reference'],
      ['applied', undefined],
      ['rejected', 'append_only'],
      ['rejected', 'append_only'],
    ]);
  });
});

describe('the database itself enforces immutability', () => {
  it('refuses raw UPDATE and DELETE of a signed consent, a revocation and the audit log', async () => {
    const consentId = randomUUID();
    const revocationId = randomUUID();
    await a.push(
      { kind: 'create', entity: 'consent', entityId: consentId, fields: seedConsent },
      sign(consentId),
      {
        kind: 'create',
        entity: 'consent-revocation',
        entityId: revocationId,
        fields: { consentId },
      },
    );
    const statements: [string, unknown[]][] = [
      [`UPDATE records SET data = '{"text":"forged"}'::jsonb WHERE id = $1`, [consentId]],
      [`UPDATE records SET content_hash = $2 WHERE id = $1`, [consentId, otherHash]],
      [`UPDATE records SET deleted = true, data = '{}'::jsonb WHERE id = $1`, [consentId]],
      ['DELETE FROM records WHERE id = $1', [consentId]],
      [`UPDATE records SET data = '{}'::jsonb WHERE id = $1`, [revocationId]],
      ['DELETE FROM records WHERE id = $1', [revocationId]],
      [`UPDATE audit_log SET action = 'x' WHERE entity_id = $1`, [consentId]],
      ['DELETE FROM audit_log WHERE entity_id = $1', [consentId]],
      ['TRUNCATE audit_log', []],
    ];
    for (const [sql, params] of statements) {
      await expect(server.db.query(sql, params), sql).rejects.toThrow(/immutable|append-only/);
    }
    const record = await readRecord(consentId);
    expect(record.fields).toEqual(seedConsent);
    expect(record.contentHash).toBe(signedHash);
  });

  it('still allows ordinary updates of a draft consent', async () => {
    const id = randomUUID();
    await a.push({ kind: 'create', entity: 'consent', entityId: id, fields: seedConsent });
    await expect(
      server.db.query(`UPDATE records SET updated_at = updated_at WHERE id = $1`, [id]),
    ).resolves.toEqual([]);
  });
});
