import type { EntityTable } from 'dexie';
import type { z } from 'zod';
import type { CaseRepository, StoredCase } from '../cases/caseRepository';
import { open, seal, type RecordIdentity } from '../crypto/recordCipher';
import type { CaseDigestRow, PerspektiveDb } from '../db';
import type { SessionRepository, StoredSession } from '../sessions/sessionRepository';
import type { Vault } from '../vault/vault';
import {
  openSnapshot,
  readSnapshotRow,
  rememberSnapshot,
  sealSnapshot,
  type SnapshotEntry,
} from './snapshot';

/**
 * One kind of per-case digest (the case list's, the follow-up list's): where its rows and
 * its snapshot live, its format and schema, and how it is computed from a case and its
 * conversations (pure, in src/domain).
 */
export type DigestKind<D extends { id: string }> = {
  /** Its table; every write to a case or session marks its row stale (staleMarks.ts). */
  readonly table: (db: PerspektiveDb) => EntityTable<CaseDigestRow, 'id'>;
  /** Store name in the sealed identity and the vault's cache. */
  readonly store: 'caseDigests' | 'followUpDigests';
  /** Id of its snapshot row in `caseDigestSnapshot`. */
  readonly snapshotId: string;
  readonly format: number;
  readonly schema: z.ZodType<D>;
  readonly build: (record: StoredCase, sessions: readonly StoredSession[]) => D;
};

/**
 * A digest computed from the records because the stored one was missing, stale or unreadable;
 * `seen` is the row as it was read (persist stores the new digest only if it is unchanged).
 * `digest` null: the case no longer exists, the row is removed.
 */
export type RebuiltDigest<D> = {
  readonly caseId: string;
  readonly seen: { readonly stale?: string; readonly version?: string } | undefined;
  readonly digest: D | null;
};

export type DigestRead<D> = {
  /** Every case's digest, in no particular order. */
  readonly digests: readonly D[];
  /** Case ids with changes on this device not yet accepted by the server. */
  readonly pending: ReadonlySet<string>;
  readonly rebuilt: readonly RebuiltDigest<D>[];
  /** Stored digests that were current, with their row version (for the next snapshot). */
  readonly current: readonly SnapshotEntry<D>[];
  /** Something to store: rebuilt digests, or a snapshot that no longer covers every case. */
  readonly needsPersist: boolean;
};

/** Above this many digests to build, one read of all sessions beats one query per case. */
const READ_ALL_SESSIONS_ABOVE = 100;

/**
 * An index of one sealed digest per case (domain/caseList), so a list screen reads and
 * decrypts one small row per case instead of every conversation (caseIndex.ts for the start
 * screen, followUpIndex.ts for the follow-up list). Local only, works offline; it is derived
 * data — deleting it loses nothing, it is built again on next read.
 */
export function digestIndex<D extends { id: string }>(
  vault: Vault,
  repositories: { cases: CaseRepository; sessions: SessionRepository },
  kind: DigestKind<D>,
) {
  const db = vault.db;
  const table = kind.table(db);
  const identity = (id: string): RecordIdentity => ({
    store: kind.store,
    id,
    schemaVersion: kind.format,
  });
  const isCurrent = (row: CaseDigestRow | undefined): row is CaseDigestRow & { version: string } =>
    row !== undefined &&
    row.stale === undefined &&
    row.format === kind.format &&
    row.data !== undefined &&
    row.version !== undefined;

  /** The stored digest, or undefined when it cannot be used (then it is built again). */
  async function openDigest(row: CaseDigestRow & { version: string }) {
    const cached = vault.cached(kind.store, row.id, row.version) as D | undefined;
    if (cached) return cached;
    if (!row.data) return undefined;
    try {
      const parsed = kind.schema.safeParse(
        await open(vault.requireKey(), identity(row.id), row.data),
      );
      if (!parsed.success || parsed.data.id !== row.id) return undefined;
      vault.remember(kind.store, row.id, row.version, parsed.data);
      return parsed.data;
    } catch {
      return undefined; // altered or foreign row: rebuilt from the records, which stay intact
    }
  }

  /** Reads the cases and their conversations and computes their digests. */
  async function build(caseIds: readonly string[]): Promise<Map<string, D | null>> {
    const { cases, sessions } = repositories;
    const wanted = new Set(caseIds);
    const [records, own] = await Promise.all([
      Promise.all(caseIds.map((id) => cases.get(id))),
      caseIds.length > READ_ALL_SESSIONS_ABOVE
        ? sessions.all().then((all) => all.filter((s) => wanted.has(s.caseId)))
        : Promise.all(caseIds.map((id) => sessions.byCase(id))).then((lists) => lists.flat()),
    ]);
    const byCase = new Map<string, StoredSession[]>();
    for (const session of own) {
      const list = byCase.get(session.caseId);
      if (list) list.push(session);
      else byCase.set(session.caseId, [session]);
    }
    return new Map(
      caseIds.map((id, i) => {
        const record = records[i];
        return [id, record ? kind.build(record, byCase.get(id) ?? []) : null] as const;
      }),
    );
  }

  /** A digest as a new row of this index (sealed before any transaction: see persist). */
  async function sealRow(caseId: string, digest: D): Promise<CaseDigestRow> {
    return {
      id: caseId,
      format: kind.format,
      version: globalThis.crypto.randomUUID(),
      data: await seal(vault.requireKey(), identity(caseId), digest),
    };
  }

  return {
    /** The digest of a stored row if it is current and readable (cached by its version). */
    openRow: (row: CaseDigestRow): Promise<D | undefined> =>
      isCurrent(row) ? openDigest(row) : Promise.resolve(undefined),
    /** Digests computed from the records; null where the case no longer exists. */
    build,
    sealRow,
    /**
     * Every case's digest, newest change first, plus the digests that had to be built (hand
     * them to `persist`). Pure read, so it can run as a live query: every IndexedDB read
     * starts before any decryption, which keeps Dexie's change tracking intact. The stale
     * marks live in the digest table, so watching it covers changes to cases and sessions.
     * Locked vault: rejects (VaultLockedError); nothing is written.
     */
    async read(): Promise<DigestRead<D>> {
      vault.requireKey();
      const [rows, caseIds, pendingIds, snapshotRow] = await Promise.all([
        table.toArray(),
        db.cases.toCollection().primaryKeys(),
        db.outbox.orderBy('caseId').uniqueKeys(),
        readSnapshotRow(db, kind.snapshotId),
      ]);
      const rowById = new Map(rows.map((row) => [row.id, row]));
      const isCase = new Set(caseIds);
      const toBuild = caseIds.filter((id) => !isCurrent(rowById.get(id)));
      const builds = build(toBuild);
      const current = caseIds.flatMap((id) => {
        const row = rowById.get(id);
        return isCurrent(row) ? [row] : [];
      });
      const snapshot = await openSnapshot(vault, kind, snapshotRow);
      let fromSnapshot = 0;
      const opened = await Promise.all(
        current.map((row) => {
          const copy = snapshot.get(row.id);
          if (copy?.version !== row.version) return openDigest(row);
          fromSnapshot += 1;
          return Promise.resolve(copy.digest);
        }),
      );
      // Unreadable digests are built now; those reads are not tracked, but the persisted
      // replacement changes the table and so refreshes the query anyway.
      const unreadable = current.filter((_, i) => opened[i] === undefined).map((row) => row.id);
      const [built, builtLate] = await Promise.all([builds, build(unreadable)]);

      const pending = new Set(pendingIds.map(String));
      const rebuilt: RebuiltDigest<D>[] = [];
      const digests: D[] = [];
      for (const [caseId, digest] of [...built, ...builtLate]) {
        const row = rowById.get(caseId);
        rebuilt.push({ caseId, seen: row && { stale: row.stale, version: row.version }, digest });
        if (digest) digests.push(digest);
      }
      const currentEntries: SnapshotEntry<D>[] = [];
      opened.forEach((digest, i) => {
        const version = current[i]?.version;
        if (!digest || version === undefined) return;
        digests.push(digest);
        currentEntries.push({ version, digest });
      });
      // Rows of cases that are gone (deleted on the server) are removed.
      for (const row of rows) {
        if (!isCase.has(row.id)) {
          rebuilt.push({
            caseId: row.id,
            seen: { stale: row.stale, version: row.version },
            digest: null,
          });
        }
      }
      const needsPersist =
        rebuilt.length > 0 || fromSnapshot !== current.length || snapshot.size !== current.length;
      return { digests, pending, rebuilt, current: currentEntries, needsPersist };
    },

    /**
     * Stores rebuilt digests and a new snapshot of all of them. Everything is sealed first
     * (awaiting WebCrypto would end an IndexedDB transaction), then in ONE transaction each
     * digest is written only if its row is still as it was read — a record written meanwhile
     * has set a new stale mark, and its digest is built again next time.
     * Offline this is all local. On failure (locked, quota) nothing is written and the list
     * simply builds the digests again on its next read; no record data is at risk.
     */
    async persist({ rebuilt, current, needsPersist }: DigestRead<D>): Promise<void> {
      if (!needsPersist) return;
      const sealed = await Promise.all(
        rebuilt.map(async (item) => ({
          item,
          row: item.digest ? await sealRow(item.caseId, item.digest) : undefined,
        })),
      );
      // The snapshot assumes every rebuilt row gets written; one that is not (changed
      // meanwhile) keeps its stale mark, so its snapshot entry never matches and is ignored.
      const snapshot = await sealSnapshot(vault, kind, [
        ...current,
        ...sealed.flatMap(({ item, row }) =>
          row?.version && item.digest ? [{ version: row.version, digest: item.digest }] : [],
        ),
      ]);
      const written = await db.transaction('rw', table, db.caseDigestSnapshot, async () => {
        const now = await table.bulkGet(rebuilt.map((r) => r.caseId));
        const unchanged = sealed.filter(
          ({ item }, i) =>
            now[i]?.stale === item.seen?.stale && now[i]?.version === item.seen?.version,
        );
        await table.bulkDelete(unchanged.filter((s) => !s.row).map((s) => s.item.caseId));
        const rows = unchanged.flatMap((s) => (s.row ? [s.row] : []));
        await table.bulkPut(rows);
        await db.caseDigestSnapshot.put(snapshot.row);
        return unchanged;
      });
      rememberSnapshot(vault, kind, snapshot);
      for (const { item, row } of written) {
        if (row?.version && item.digest) {
          vault.remember(kind.store, row.id, row.version, item.digest);
        }
      }
    },
  };
}
export type DigestIndex<D extends { id: string }> = ReturnType<typeof digestIndex<D>>;
