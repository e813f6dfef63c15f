import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { WrappedKey } from './crypto/keystore';
import type { Sealed } from './crypto/recordCipher';

/** A stored preference of this device (key/value); values are validated by their repository. */
export type PreferenceRow = { key: string; value: unknown; updatedAt: string };

/**
 * The wrapped data key of this device's user. Nothing in it reveals the key: the wrapping
 * key is derived from the passphrase (see crypto/keystore.ts). Written whole, never patched.
 */
export type KeyringRow = { id: 'device'; key: WrappedKey; createdAt: string };

/**
 * An encrypted record. Only the id, the owning case id (a random UUID), the time of the last
 * change and the server revision are plain text: they are what indexes and sync need, and
 * none of them is personal. Everything else is in `data` (AES-256-GCM, identity bound as AAD).
 */
export type SealedRow = {
  id: string;
  caseId: string;
  updatedAt: string;
  /** Revision last confirmed by the server; absent until the record was first pushed. */
  rev?: number;
  schemaVersion: number;
  data: Sealed;
};

/**
 * One offer of the support directory as the server sent it (validated by the directory
 * repository on read). `version` is the directory version it came with.
 */
export type DirectoryRow = { id: string; version: number; offer: unknown };

/**
 * One of the organisation's letters as the server sent it, keyed by kind (today only
 * 'departure-information'); validated by the letter repository on read. `letter` is null when
 * the server said the organisation has none yet; `checkedAt` is when the server last
 * confirmed this version.
 */
export type LetterRow = { kind: string; version: number; checkedAt: string; letter: unknown };

/**
 * A change waiting to be pushed. It holds no values, only WHICH fields changed: at push
 * time the sync client reads the current (encrypted) record. So the outbox never keeps a
 * second, stale copy of personal data, and repeated autosaves of one record collapse into
 * one pending entry. Field names come from our schema and are not personal.
 */
export type OutboxRow = {
  seq?: number;
  mutationId: string;
  entity: 'case' | 'session' | 'consent' | 'consent-revocation' | 'referral' | 'referral-inbox';
  recordId: string;
  caseId: string;
  /**
   * `sign` freezes a consent on the server: it follows the consent's `create` and carries the
   * content hash the server recomputes (the record's `contentHash` field).
   */
  kind: 'create' | 'patch' | 'sign';
  fields: string[];
  createdAt: string;
  /** Set by the sync client while this entry is being pushed; new changes then queue anew. */
  inFlight?: boolean;
  /**
   * Assigned with `inFlight`, in the same transaction: this device's number for the mutation.
   * Kept until the server answered, so a retry after a lost response re-sends the same
   * number and the server returns its stored result instead of applying twice.
   */
  clientSeq?: number;
  /** This change resolves that server conflict (the counsellor chose a value). */
  resolvesConflictId?: string;
};

/**
 * A sync conflict the server recorded (both values), encrypted like a record. `entityId` is
 * the record it concerns; the id is the server's conflict id.
 */
export type ConflictRow = {
  id: string;
  entityId: string;
  updatedAt: string;
  resolved: 0 | 1;
  data: Sealed;
};

/**
 * The case list's digest of one case (domain/caseList), sealed like a record; keyed by case
 * id. `stale` is set, in the same transaction, by every write to the case or one of its
 * conversations (a fresh random token each time): the list then builds the digest again and
 * stores it only if the token is still the one it saw, so a digest never outlives a change.
 * A stale row is only the mark (id and token); its old digest is dropped.
 */
export type CaseDigestRow = {
  id: string;
  stale?: string;
  /** CASE_DIGEST_FORMAT it was built with; another format counts as missing. */
  format?: number;
  /** Random per build: the vault caches the decrypted digest by it. */
  version?: string;
  data?: Sealed;
};

/**
 * All digests of one kind in one sealed row (caseIndex/snapshot.ts): id 'all' for the case
 * list, 'followUps' for the follow-up list. Derived data.
 */
export type CaseDigestSnapshotRow = { id: string; format: number; version: string; data: Sealed };

/**
 * A case the server deleted (retention, an Art. 17 erasure, a counsellor's delete): its id and
 * when this device learnt of it — nothing else. Remembered so that a record of that case
 * arriving later (a page pulled after the tombstone, another device's late push) is not
 * stored, and a form still open on the deleted case cannot write it back (records/purge.ts).
 */
export type TombstoneRow = { id: string; at: string };

/** A record id the current full resync has pulled (storage/sync/resync.ts); ids only. */
export type ResyncSeenRow = { id: string };

/**
 * The device database. STORE NAMES AND VERSIONS ARE APPEND-ONLY: renaming a store or
 * editing a shipped version() without an upgrade function deletes counsellors' data.
 * Add a new version() with an upgrade instead, and a test in db.test.ts.
 */
export class PerspektiveDb extends Dexie {
  preferences!: EntityTable<PreferenceRow, 'key'>;
  keyring!: EntityTable<KeyringRow, 'id'>;
  cases!: EntityTable<SealedRow, 'id'>;
  sessions!: EntityTable<SealedRow, 'id'>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  conflicts!: EntityTable<ConflictRow, 'id'>;
  /** Signed consents and confidentiality waivers: written once, never updated. */
  consents!: EntityTable<SealedRow, 'id'>;
  /** Withdrawals of consents: append-only events. */
  revocations!: EntityTable<SealedRow, 'id'>;
  /** Referrals this organisation sent (sealed; the server adds the recipient's answer). */
  referrals!: EntityTable<SealedRow, 'id'>;
  /** Referrals other organisations sent to this one (sealed; written by the server only). */
  incomingReferrals!: EntityTable<SealedRow, 'id'>;
  /**
   * The organisation's support directory (offers of counselling and help). Plain, not sealed:
   * it is public information meant to be printed on flyers and holds no client data, and it
   * must be searchable on a locked-out field visit too. Replaced whole from the server.
   */
  directory!: EntityTable<DirectoryRow, 'id'>;
  /**
   * The organisation's own letters (Ausreiseinformationsschreiben). Plain like the directory:
   * the organisation's printed text, no client data; the person's data is filled in only on
   * screen and on paper, never stored here. Replaced whole from the server.
   */
  letters!: EntityTable<LetterRow, 'kind'>;
  /** Derived from cases and sessions: may be deleted at any time and is built again. */
  caseDigests!: EntityTable<CaseDigestRow, 'id'>;
  caseDigestSnapshot!: EntityTable<CaseDigestSnapshotRow, 'id'>;
  /** The follow-up list's digests (caseIndex/followUpIndex.ts); derived like caseDigests. */
  followUpDigests!: EntityTable<CaseDigestRow, 'id'>;
  /** Ids of cases deleted on the server (records/purge.ts). */
  tombstones!: EntityTable<TombstoneRow, 'id'>;
  /** Ids pulled by a full resync under way (sync/resync.ts); empty otherwise. */
  resyncSeen!: EntityTable<ResyncSeenRow, 'id'>;

  /** `options`: tests pass another IndexedDB implementation (a browser profile of their own). */
  constructor(name = 'perspektive', options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      preferences: 'key',
    });
    this.version(2).stores({
      keyring: 'id',
      cases: 'id, updatedAt',
      sessions: 'id, caseId, updatedAt',
      outbox: '++seq, &mutationId, recordId, caseId',
    });
    this.version(3).stores({
      conflicts: 'id, entityId, resolved',
    });
    this.version(4).stores({
      consents: 'id, caseId, updatedAt',
      revocations: 'id, caseId, updatedAt',
    });
    this.version(5).stores({
      referrals: 'id, caseId, updatedAt',
      incomingReferrals: 'id, caseId, updatedAt',
      directory: 'id',
    });
    this.version(6).stores({
      caseDigests: 'id',
      caseDigestSnapshot: 'id',
    });
    // Issue #20: the organisation's letters. A new store only, no upgrade of existing data.
    this.version(7).stores({
      letters: 'kind',
    });
    // Issue #24: the follow-up index. A new derived table only: nothing to migrate (it is
    // built on first read).
    this.version(8).stores({
      followUpDigests: 'id',
    });
    // Issue #26: deletion that reaches every device. Two new stores of ids only, nothing to
    // migrate: the deleted cases this device remembers (`at` indexed, to forget old ones) and
    // the ids a full resync has pulled so far.
    this.version(9).stores({
      tombstones: 'id, at',
      resyncSeen: 'id',
    });
    // Issue #24: the follow-up list reads which digest rows are current from an index of
    // their versions (keys only) instead of every row with its texts. An index only: Dexie
    // builds it from the existing rows; stale marks have no version and stay out of it.
    this.version(10).stores({
      followUpDigests: 'id, version',
    });
  }
}

let shared: PerspektiveDb | undefined;

/** The app's database, opened lazily on first use. */
export function getDb(): PerspektiveDb {
  shared ??= new PerspektiveDb();
  return shared;
}
