import type { Table } from 'dexie';
import { z } from 'zod';
import type { PerspektiveDb } from '../db';
import { AUTO_LOCK_PREFERENCE } from '../vault/lockPolicy';
import { PARTNERS_PREFERENCE } from '../referrals/partners';
import { SEALED_STORES } from '../records/purge';
import { currentFormat, RECORD_UPGRADES } from '../records/upgrades';
import type { StoreName } from '../records/sealedStore';
import { BackupError } from './container';
import { BACKUP_PREFERENCE } from './reminder';

/**
 * What a device backup holds (the plaintext inside the container, as JSON): every record
 * DECRYPTED — so a restore re-encrypts it under the new tablet's own device key — with its
 * plain columns and the record format it was sealed in (records/upgrades.ts: an old backup
 * upgrades on read like any old row), the conflicts, the changes not yet pushed (field names
 * only, as in the outbox), the ids of deleted cases, the organisation's directory and
 * letters, and the settings that belong to the organisation or the counsellor.
 *
 * Never in it: the device key (the new tablet has its own passphrase), this device's sync
 * identity and counters (`syncState`: the new tablet is another device towards the server),
 * the sealed account token (sign in again), the unlock back-off, and derived data (the lists'
 * digests are built again).
 */
export const CONTENTS_KIND = 'perspektive-device-backup';
export const CONTENTS_FORMAT = 1;

/**
 * Settings a backup carries. The keys belong to their repositories: counselling defaults
 * and the consent controller (preferencesRepository.ts), the directory's version
 * (directory/directoryRepository.ts), the partner list, the lock policy, the backup reminder.
 */
export const BACKED_UP_PREFERENCES = [
  'counsellingDefaults',
  'consentController',
  'directory',
  PARTNERS_PREFERENCE,
  AUTO_LOCK_PREFERENCE,
  BACKUP_PREFERENCE,
] as const;

/** The stores a backup reads (in one transaction) and a restore writes (in one, + keyring). */
export function backedUpTables(db: PerspektiveDb): Table[] {
  return [
    ...SEALED_STORES.map((store) => db[store]),
    db.conflicts,
    db.outbox,
    db.tombstones,
    db.preferences,
    db.directory,
    db.letters,
  ];
}

const id = z.string().min(1).max(200);
const time = z.string().min(1).max(40);
const value = z.record(z.string(), z.unknown());

const recordSchema = z.strictObject({
  id,
  caseId: id,
  updatedAt: time,
  rev: z.number().int().nonnegative().optional(),
  schemaVersion: z.number().int().min(1),
  value,
});
export type BackupRecord = z.infer<typeof recordSchema>;

const records = z.strictObject(
  Object.fromEntries(SEALED_STORES.map((store) => [store, z.array(recordSchema)])) as Record<
    StoreName,
    z.ZodArray<typeof recordSchema>
  >,
);

export const contentsSchema = z.strictObject({
  kind: z.literal(CONTENTS_KIND),
  format: z.literal(CONTENTS_FORMAT),
  createdAt: time,
  appVersion: z.string().max(100),
  /** The server the records were last synced with, if any (sync/resync.ts after restore). */
  source: z.strictObject({
    serverId: z.uuid().optional(),
    checkpoint: z.number().int().nonnegative(),
  }),
  records,
  conflicts: z.array(
    z.strictObject({
      id,
      entityId: id,
      updatedAt: time,
      resolved: z.union([z.literal(0), z.literal(1)]),
      value,
    }),
  ),
  outbox: z.array(
    z.strictObject({
      entity: z.enum([
        'case',
        'session',
        'consent',
        'consent-revocation',
        'referral',
        'referral-inbox',
      ]),
      recordId: id,
      caseId: id,
      kind: z.enum(['create', 'patch', 'sign']),
      fields: z.array(z.string().max(200)).max(2_000),
      createdAt: time,
      resolvesConflictId: id.optional(),
    }),
  ),
  tombstones: z.array(z.strictObject({ id, at: time })),
  preferences: z.array(
    z.strictObject({ key: z.enum(BACKED_UP_PREFERENCES), value: z.unknown(), updatedAt: time }),
  ),
  directory: z.array(z.strictObject({ id, version: z.number().int(), offer: z.unknown() })),
  letters: z.array(
    z.strictObject({ kind: id, version: z.number().int(), checkedAt: time, letter: z.unknown() }),
  ),
});
export type BackupContents = z.infer<typeof contentsSchema>;

/**
 * The contents of a decrypted backup, checked whole before anything is written: JSON of this
 * format, no record twice, and no record in a format newer than this app reads (then the
 * app must be updated first). Throws a BackupError otherwise.
 */
export function parseContents(plain: Uint8Array): BackupContents {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    throw new BackupError('damaged');
  }
  const head = z.object({ kind: z.literal(CONTENTS_KIND), format: z.number() }).safeParse(json);
  if (!head.success) throw new BackupError('damaged');
  if (head.data.format !== CONTENTS_FORMAT) throw new BackupError('unknown-format');
  const parsed = contentsSchema.safeParse(json);
  if (!parsed.success) throw new BackupError('damaged');
  const contents = parsed.data;
  const keyed = [
    ...SEALED_STORES.map((store) => contents.records[store].map((r) => r.id)),
    contents.conflicts.map((c) => c.id),
    contents.tombstones.map((t) => t.id),
    contents.preferences.map((p) => p.key),
    contents.directory.map((d) => d.id),
    contents.letters.map((l) => l.kind),
  ];
  if (keyed.some((keys) => new Set(keys).size !== keys.length)) throw new BackupError('damaged');
  for (const store of SEALED_STORES) {
    const newest = currentFormat(RECORD_UPGRADES, store);
    if (contents.records[store].some((r) => r.schemaVersion > newest)) {
      throw new BackupError('newer-app');
    }
  }
  return contents;
}
