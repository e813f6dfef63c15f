import { describe, expect, it } from 'vitest';
import { canonicalJson, type Mutation } from '../../protocol';
import { contentHashOf, decide, type StoredRecord } from './decide';

const base = { mutationId: '00000000-0000-4000-8000-000000000001', clientSeq: 1 };
const id = '00000000-0000-4000-8000-0000000000aa';

/** A case at rev 3: `name` last changed at rev 3, `note` at rev 1. */
const current: StoredRecord = {
  entity: 'case',
  rev: 3,
  data: { name: 'Ada', note: 'n' },
  fieldRevs: { name: 3, note: 1 },
  deleted: false,
  contentHash: null,
};
const patch = (baseRev: number, fields: Record<string, string>): Mutation => ({
  ...base,
  kind: 'patch',
  entity: 'case',
  entityId: id,
  baseRev,
  fields,
});
const env = { referenceOk: true, roles: ['counsellor' as const], caseHasHistory: false };

describe('decide (pure conflict rules)', () => {
  it('merges a stale patch of a field untouched since its base', () => {
    const d = decide(current, patch(2, { note: 'm' }), env);
    expect(d).toMatchObject({ status: 'merged', rev: 4, conflicts: [] });
    expect(d.write?.data).toEqual({ name: 'Ada', note: 'm' });
    expect(d.write?.fieldRevs).toEqual({ name: 3, note: 4 });
  });

  it('keeps the server value of a field changed since the base and reports a conflict', () => {
    const d = decide(current, patch(2, { name: 'Bea', note: 'm' }), env);
    expect(d.status).toBe('conflict');
    expect(d.write?.data).toEqual({ name: 'Ada', note: 'm' });
    expect(d.conflicts).toEqual([
      {
        kind: 'field',
        field: 'name',
        serverValue: 'Ada',
        clientValue: 'Bea',
        serverRev: 3,
        clientBaseRev: 2,
      },
    ]);
    expect(d.mayResolve).toBe(false);
  });

  it('a field changed at exactly the base rev is not a conflict', () => {
    expect(decide(current, patch(3, { name: 'Bea' }), env).status).toBe('applied');
  });

  it('a new field on a stale base merges', () => {
    expect(decide(current, patch(1, { extra: 'x' }), env).status).toBe('merged');
  });

  it('signs only when the hash matches the merged content', () => {
    const consent: StoredRecord = { ...current, entity: 'consent' };
    const fields = { note: 'final' };
    const hash = contentHashOf({ ...consent.data, ...fields });
    const sign = (contentHash: string): Mutation => ({
      ...base,
      kind: 'sign',
      entity: 'consent',
      entityId: id,
      fields,
      contentHash,
    });
    expect(decide(consent, sign(hash), env)).toMatchObject({ status: 'applied', rev: 4 });
    expect(decide(consent, sign('0'.repeat(64)), env)).toMatchObject({ reason: 'hash_mismatch' });
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined, b: null }] })).toBe(
      '{"a":[{"b":null,"d":2}],"b":1}',
    );
  });
  it('gives equal output for equal content in any key order', () => {
    expect(canonicalJson({ x: 'ä', y: { q: 1, p: 2 } })).toBe(
      canonicalJson({ y: { p: 2, q: 1 }, x: 'ä' }),
    );
  });
  it('refuses values JSON cannot represent', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
  });

  it('a finalised session accepts addenda only; other changes are refused as immutable', () => {
    const finalised: StoredRecord = {
      entity: 'session',
      rev: 5,
      data: { status: 'finalised', answers: { a: 1 }, addenda: [] },
      fieldRevs: { status: 5, answers: 2, addenda: 5 },
      deleted: false,
      contentHash: null,
    };
    const sessionPatch = (baseRev: number, fields: Record<string, unknown>): Mutation => ({
      ...base,
      kind: 'patch',
      entity: 'session',
      entityId: id,
      baseRev,
      fields: fields as Record<string, never>,
    });
    // An offline draft edit based on the draft (rev 3) must not merge into the finalised one.
    expect(decide(finalised, sessionPatch(3, { answers: { a: 2 } }), env)).toMatchObject({
      status: 'immutable',
      rev: 5,
    });
    expect(decide(finalised, sessionPatch(5, { status: 'draft' }), env).status).toBe('immutable');
    // Re-sending the same values changes nothing and is not an error.
    expect(decide(finalised, sessionPatch(5, { answers: { a: 1 } }), env).status).toBe('unchanged');
    const addendum = decide(finalised, sessionPatch(5, { addenda: [{ text: 'x' }] }), env);
    expect(addendum).toMatchObject({ status: 'applied', rev: 6 });
    // A draft session is still edited normally.
    const draft = { ...finalised, data: { ...finalised.data, status: 'draft' } };
    expect(decide(draft, sessionPatch(5, { answers: { a: 2 } }), env).status).toBe('applied');
  });

  describe('deletes through sync (deletion.ts)', () => {
    const del = (entity: Mutation['entity'], baseRev: number): Mutation => ({
      ...base,
      kind: 'delete',
      entity,
      entityId: id,
      baseRev,
    });
    const session = (status: string): StoredRecord => ({
      entity: 'session',
      rev: 2,
      data: { status },
      fieldRevs: {},
      deleted: false,
      contentHash: null,
    });

    it('deletes a draft session or a case without history for a counsellor', () => {
      expect(decide(session('draft'), del('session', 2), env)).toMatchObject({ status: 'applied' });
      expect(decide(current, del('case', 3), env)).toMatchObject({ status: 'applied', rev: 4 });
    });

    it('never deletes a finalised session or a consent; a case with history stays', () => {
      expect(decide(session('finalised'), del('session', 2), env).reason).toBe('not_deletable');
      const consent: StoredRecord = { ...session('draft'), entity: 'consent', data: {} };
      expect(decide(consent, del('consent', 2), env).reason).toBe('not_deletable');
      const history = { ...env, caseHasHistory: true };
      expect(decide(current, del('case', 3), history)).toMatchObject({
        status: 'rejected',
        reason: 'has_history',
        rev: 3,
      });
    });

    it('refuses roles without counsellor, before a stale base becomes a conflict', () => {
      const lead = { ...env, roles: ['team-lead' as const] };
      expect(decide(current, del('case', 1), lead).reason).toBe('delete_forbidden');
      expect(decide(current, del('case', 1), env).status).toBe('conflict');
    });
  });
});
