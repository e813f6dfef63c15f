import { createHash } from 'node:crypto';
import {
  canonicalJson,
  type EntityType,
  type JsonValue,
  type Mutation,
  type MutationStatus,
  type RejectReason,
} from '../../protocol';
import { deletionRefusal, type DeletionFacts } from './deletion';

/**
 * The conflict rules, as a pure function of (current record, mutation). The caller loads the
 * record under the organisation's counter lock and writes what this returns.
 *
 * | mutation | record state                          | outcome                                   |
 * |----------|----------------------------------------|-------------------------------------------|
 * | create   | absent                                 | applied, rev 1                            |
 * | create   | exists                                 | rejected already_exists                   |
 * | any else | absent                                 | rejected not_found                        |
 * | any else | other entity type                      | rejected entity_mismatch                  |
 * | any else | consent-revocation                     | rejected append_only                      |
 * | any      | baseRev > rev                          | rejected invalid_base_rev                 |
 * | patch    | baseRev = rev                          | applied (unchanged if values equal)       |
 * | patch    | baseRev < rev, fields untouched since  | merged                                    |
 * | patch    | baseRev < rev, a field changed since   | conflict: server value kept, conflict row |
 * |          |   to a different value                 |   per field; other fields still applied   |
 * | patch    | tombstone                              | rejected deleted                          |
 * | patch    | signed consent                         | immutable                                 |
 * | patch    | finalised session, a field other than  | immutable (a finalised conversation is    |
 * |          |   `addenda` to a different value       |   corrected by addenda only)              |
 * | delete   | tombstone                              | unchanged                                 |
 * | delete   | not deletable through sync (finalised  | rejected not_deletable / has_history /    |
 * |          |   session, consent, case with history, |   delete_forbidden (see deletion.ts)      |
 * |          |   caller without the counsellor role)  |                                           |
 * | delete   | baseRev < rev (edited since)           | conflict (kind delete), record kept       |
 * | delete   | baseRev = rev                          | applied: tombstone, fields purged         |
 * | sign     | not a consent                          | rejected not_signable                     |
 * | sign     | tombstone                              | rejected deleted                          |
 * | sign     | draft, hash = sha256(canonical fields) | applied: frozen (DB trigger from now on)  |
 * | sign     | draft, hash differs                    | rejected hash_mismatch                    |
 * | sign     | signed with the same hash              | unchanged (idempotent)                    |
 * | sign     | signed with another hash               | rejected already_signed                   |
 *
 * Overlapping changes of any field type are treated like text: never overwritten silently.
 */

export type Json = JsonValue;
export type FieldMap = Record<string, Json>;

export type StoredRecord = {
  entity: EntityType;
  rev: number;
  data: FieldMap;
  fieldRevs: Record<string, number>;
  deleted: boolean;
  contentHash: string | null;
};

export type ConflictDraft = {
  kind: 'field' | 'delete';
  field: string | null;
  serverValue: Json | null;
  clientValue: Json | null;
  serverRev: number;
  clientBaseRev: number;
};

export type RecordWrite = {
  rev: number;
  data: FieldMap;
  fieldRevs: Record<string, number>;
  deleted: boolean;
  contentHash: string | null;
};

export type Decision = {
  status: MutationStatus;
  reason?: RejectReason;
  /** The record's rev afterwards, when it exists. */
  rev?: number;
  write?: RecordWrite;
  conflicts: ConflictDraft[];
  /** A `resolvesConflictId` may be honoured: the mutation went through without new conflict. */
  mayResolve: boolean;
};

export function contentHashOf(fields: FieldMap): string {
  return createHash('sha256').update(canonicalJson(fields), 'utf8').digest('hex');
}

const same = (a: Json | undefined, b: Json | undefined): boolean =>
  a === undefined || b === undefined ? a === b : canonicalJson(a) === canonicalJson(b);

const reject = (reason: RejectReason, rev?: number): Decision => ({
  status: 'rejected',
  reason,
  ...(rev === undefined ? {} : { rev }),
  conflicts: [],
  mayResolve: false,
});

/** Facts the caller loads for the rules: a revocation's consent exists; who deletes what. */
export type DecideEnv = { referenceOk: boolean } & DeletionFacts;

export function decide(current: StoredRecord | undefined, m: Mutation, env: DecideEnv): Decision {
  if (m.kind === 'create') {
    if (current) return reject('already_exists');
    if (m.entity === 'consent-revocation' && !env.referenceOk) return reject('invalid_reference');
    const fieldRevs = Object.fromEntries(Object.keys(m.fields).map((f) => [f, 1]));
    return {
      status: 'applied',
      rev: 1,
      write: { rev: 1, data: m.fields, fieldRevs, deleted: false, contentHash: null },
      conflicts: [],
      mayResolve: true,
    };
  }
  if (!current) return reject('not_found');
  if (current.entity !== m.entity) return reject('entity_mismatch');
  if (current.entity === 'consent-revocation') return reject('append_only', current.rev);
  if (m.baseRev !== undefined && m.baseRev > current.rev) {
    return reject('invalid_base_rev', current.rev);
  }
  switch (m.kind) {
    case 'patch':
      return decidePatch(current, m.baseRev, m.fields);
    case 'delete':
      return decideDelete(current, m.baseRev, env);
    case 'sign':
      return decideSign(current, m.fields ?? {}, m.contentHash);
  }
}

function decidePatch(current: StoredRecord, baseRev: number, fields: FieldMap): Decision {
  if (current.deleted) return reject('deleted', current.rev);
  if (current.contentHash !== null || changesFinalisedSession(current, fields)) {
    return { status: 'immutable', rev: current.rev, conflicts: [], mayResolve: false };
  }
  const newRev = current.rev + 1;
  const data = { ...current.data };
  const fieldRevs = { ...current.fieldRevs };
  const conflicts: ConflictDraft[] = [];
  let changed = false;
  for (const [field, value] of Object.entries(fields)) {
    if (same(current.data[field], value)) continue;
    const changedSinceBase = (current.fieldRevs[field] ?? 0) > baseRev;
    if (changedSinceBase) {
      conflicts.push({
        kind: 'field',
        field,
        serverValue: current.data[field] ?? null,
        clientValue: value,
        serverRev: current.rev,
        clientBaseRev: baseRev,
      });
      continue;
    }
    data[field] = value;
    fieldRevs[field] = newRev;
    changed = true;
  }
  const rev = changed ? newRev : current.rev;
  const status: MutationStatus =
    conflicts.length > 0
      ? 'conflict'
      : !changed
        ? 'unchanged'
        : baseRev < current.rev
          ? 'merged'
          : 'applied';
  return {
    status,
    rev,
    ...(changed ? { write: { rev, data, fieldRevs, deleted: false, contentHash: null } } : {}),
    conflicts,
    mayResolve: conflicts.length === 0,
  };
}

/**
 * A finalised session's content carries a hash on every device; only its addenda may grow.
 * A draft edit made offline before the device learnt of the finalisation must not merge in.
 */
function changesFinalisedSession(current: StoredRecord, fields: FieldMap): boolean {
  if (current.entity !== 'session' || current.data.status !== 'finalised') return false;
  return Object.entries(fields).some(
    ([name, value]) => name !== 'addenda' && !same(current.data[name], value),
  );
}

function decideDelete(current: StoredRecord, baseRev: number, facts: DeletionFacts): Decision {
  if (current.deleted) {
    return { status: 'unchanged', rev: current.rev, conflicts: [], mayResolve: true };
  }
  const refusal = deletionRefusal(current, facts);
  if (refusal) return reject(refusal, current.rev);
  if (baseRev < current.rev) {
    return {
      status: 'conflict',
      rev: current.rev,
      conflicts: [
        {
          kind: 'delete',
          field: null,
          serverValue: null,
          clientValue: null,
          serverRev: current.rev,
          clientBaseRev: baseRev,
        },
      ],
      mayResolve: false,
    };
  }
  const rev = current.rev + 1;
  return {
    status: 'applied',
    rev,
    // A tombstone keeps id, org, type and rev; every personal field is purged.
    write: { rev, data: {}, fieldRevs: {}, deleted: true, contentHash: null },
    conflicts: [],
    mayResolve: true,
  };
}

function decideSign(current: StoredRecord, fields: FieldMap, contentHash: string): Decision {
  if (current.entity !== 'consent') return reject('not_signable', current.rev);
  if (current.deleted) return reject('deleted', current.rev);
  if (current.contentHash !== null) {
    return current.contentHash === contentHash
      ? { status: 'unchanged', rev: current.rev, conflicts: [], mayResolve: false }
      : reject('already_signed', current.rev);
  }
  const data = { ...current.data, ...fields };
  if (contentHashOf(data) !== contentHash) return reject('hash_mismatch', current.rev);
  const rev = current.rev + 1;
  const fieldRevs = { ...current.fieldRevs };
  for (const [field, value] of Object.entries(fields)) {
    if (!same(current.data[field], value)) fieldRevs[field] = rev;
  }
  return {
    status: 'applied',
    rev,
    write: { rev, data, fieldRevs, deleted: false, contentHash },
    conflicts: [],
    mayResolve: true,
  };
}
