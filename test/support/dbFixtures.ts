import { Dexie } from 'dexie';
import type { PerspektiveDb } from '../../src/storage/db';

/**
 * The device database as every earlier release shipped it, for upgrade tests: the stores of
 * each `version(n)` (git history of src/storage/db.ts) and the sync entities of that time.
 * Version 6 shipped twice: first with the case digests only (803ff56), then — the same
 * number — with their snapshot too (733bc73); a tablet may hold either.
 */
type Schema = Record<string, string>;
export type HistoricalVersion = {
  readonly label: string;
  readonly verno: number;
  /** `stores()` of every version up to this one, in order. */
  readonly versions: readonly Schema[];
  /** Outbox entities a device of that version could queue. */
  readonly entities: readonly string[];
};

const V1: Schema = { preferences: 'key' };
const V2: Schema = {
  keyring: 'id',
  cases: 'id, updatedAt',
  sessions: 'id, caseId, updatedAt',
  outbox: '++seq, &mutationId, recordId, caseId',
};
const V3: Schema = { conflicts: 'id, entityId, resolved' };
const V4: Schema = { consents: 'id, caseId, updatedAt', revocations: 'id, caseId, updatedAt' };
const V5: Schema = {
  referrals: 'id, caseId, updatedAt',
  incomingReferrals: 'id, caseId, updatedAt',
  directory: 'id',
};
const V6_FIRST: Schema = { caseDigests: 'id' };
const V6: Schema = { caseDigests: 'id', caseDigestSnapshot: 'id' };
const V7: Schema = { letters: 'kind' };
const V8: Schema = { followUpDigests: 'id' };
const V9: Schema = { tombstones: 'id, at', resyncSeen: 'id' };

const CASE_ENTITIES = ['case', 'session'];
const WITH_CONSENTS = [...CASE_ENTITIES, 'consent', 'consent-revocation'];
const WITH_REFERRALS = [...WITH_CONSENTS, 'referral', 'referral-inbox'];

export const HISTORY: readonly HistoricalVersion[] = [
  { label: '1', verno: 1, versions: [V1], entities: [] },
  { label: '2', verno: 2, versions: [V1, V2], entities: CASE_ENTITIES },
  { label: '3', verno: 3, versions: [V1, V2, V3], entities: CASE_ENTITIES },
  { label: '4', verno: 4, versions: [V1, V2, V3, V4], entities: WITH_CONSENTS },
  { label: '5', verno: 5, versions: [V1, V2, V3, V4, V5], entities: WITH_REFERRALS },
  {
    label: '6 (digests only)',
    verno: 6,
    versions: [V1, V2, V3, V4, V5, V6_FIRST],
    entities: WITH_REFERRALS,
  },
  { label: '6', verno: 6, versions: [V1, V2, V3, V4, V5, V6], entities: WITH_REFERRALS },
  { label: '7', verno: 7, versions: [V1, V2, V3, V4, V5, V6, V7], entities: WITH_REFERRALS },
  { label: '8', verno: 8, versions: [V1, V2, V3, V4, V5, V6, V7, V8], entities: WITH_REFERRALS },
  {
    label: '9',
    verno: 9,
    versions: [V1, V2, V3, V4, V5, V6, V7, V8, V9],
    entities: WITH_REFERRALS,
  },
];

/** Every row of every store of `db`, by store name. */
export async function rowsByStore(db: PerspektiveDb): Promise<Map<string, unknown[]>> {
  const rows = new Map<string, unknown[]>();
  for (const table of db.tables) rows.set(table.name, await table.toArray());
  return rows;
}

/**
 * Creates database `name` with the schema of `version` and writes into each of its stores
 * the given rows (the row shapes — sealed record, outbox entry, wrapped key, digest — have
 * not changed since they were introduced), the outbox only with entries of entities that
 * version knew. Closed afterwards: the next open is the upgrade.
 */
export async function writeFixture(
  name: string,
  version: HistoricalVersion,
  rows: ReadonlyMap<string, readonly unknown[]>,
): Promise<Map<string, unknown[]>> {
  const db = new Dexie(name);
  version.versions.forEach((stores, i) => db.version(i + 1).stores(stores));
  const written = new Map<string, unknown[]>();
  await db.open();
  for (const table of db.tables) {
    let own = [...(rows.get(table.name) ?? [])];
    if (table.name === 'outbox') {
      own = own.filter((e) => version.entities.includes((e as { entity: string }).entity));
    }
    await table.bulkAdd(own);
    written.set(table.name, own);
  }
  db.close();
  return written;
}
