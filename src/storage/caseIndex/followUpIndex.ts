import {
  FOLLOW_UP_DIGEST_FORMAT,
  FOLLOW_UP_ORDER_FORMAT,
  FollowUpDigestSchema,
  FollowUpOrderSchema,
  countByUrgency,
  decodeOrder,
  encodeOrder,
  followUpAt,
  followUpDigestOf,
  mergeRefs,
  refsOf,
  type FollowUp,
  type FollowUpDigest,
  type FollowUpOrder,
  type FollowUpRef,
  type FollowUpUrgency,
  type IsoDate,
} from '../../domain';
import type { CaseRepository } from '../cases/caseRepository';
import { open, seal, type RecordIdentity } from '../crypto/recordCipher';
import type { CaseDigestSnapshotRow } from '../db';
import type { SessionRepository } from '../sessions/sessionRepository';
import type { Vault } from '../vault/vault';
import { digestIndex, type DigestKind } from './digestIndex';

const FOLLOW_UPS: DigestKind<FollowUpDigest> = {
  table: (db) => db.followUpDigests,
  store: 'followUpDigests',
  snapshotId: 'followUps',
  format: FOLLOW_UP_DIGEST_FORMAT,
  schema: FollowUpDigestSchema,
  build: followUpDigestOf,
};

/** The row of `caseDigestSnapshot` holding the sealed order (domain/caseList/followUpOrder). */
const ORDER_ID = 'followUpOrder';
const orderIdentity: RecordIdentity = {
  store: 'caseDigestSnapshot',
  id: ORDER_ID,
  schemaVersion: FOLLOW_UP_ORDER_FORMAT,
};

/** A digest with the version of the row it is (or will be) stored as. */
type Known = { readonly digest: FollowUpDigest; readonly version: string | undefined };

export type FollowUpRead = {
  /** The first `limit` entries of the list on `asOf`, most urgent first, with their texts. */
  readonly followUps: readonly FollowUp[];
  readonly total: number;
  readonly counts: Readonly<Record<FollowUpUrgency, number>>;
  /** Case id → name, for the cases of `followUps`. */
  readonly names: ReadonlyMap<string, string>;
  /** Conversation id → its date, for the conversations `followUps` refer to. */
  readonly sessionDates: ReadonlyMap<string, string>;
  /** For persist: what was built from the records, and the order to store. */
  readonly pending: {
    readonly rebuilt: readonly {
      caseId: string;
      seen: { stale: string | undefined; version: string | undefined };
      digest: FollowUpDigest | null;
    }[];
    readonly covered: readonly { id: string; version: string | undefined }[];
    readonly order: readonly FollowUpRef[];
    readonly needed: boolean;
  };
};

/**
 * The follow-up list's index: per case a sealed digest of its open actions, next appointment
 * and reminders (domain/caseList/followUpDigest.ts), kept current like the case list's (every
 * write to a case or conversation replaces its row by a stale mark in the same transaction,
 * staleMarks.ts), and ONE sealed row with the whole list's order as small references
 * (followUpOrder.ts). Opening the list reads the rows' keys and versions only (an index), the
 * order row, and the digests of the cases on screen — not the texts of every entry.
 * Derived data: losing it loses nothing, it is built again from the records. Offline all
 * local; a failure to persist only means it is built again next time.
 */
export function followUpIndex(
  vault: Vault,
  repositories: { cases: CaseRepository; sessions: SessionRepository },
) {
  const db = vault.db;
  const table = db.followUpDigests;
  const digests = digestIndex(vault, repositories, FOLLOW_UPS);

  async function openOrder(row: CaseDigestSnapshotRow | undefined) {
    if (!row || row.format !== FOLLOW_UP_ORDER_FORMAT) return undefined;
    const cached = vault.cached('caseDigestSnapshot', ORDER_ID, row.version) as
      FollowUpOrder | undefined;
    if (cached) return cached;
    try {
      const parsed = FollowUpOrderSchema.safeParse(
        await open(vault.requireKey(), orderIdentity, row.data),
      );
      if (!parsed.success) return undefined;
      vault.remember('caseDigestSnapshot', ORDER_ID, row.version, parsed.data);
      return parsed.data;
    } catch {
      return undefined; // altered: the rows are used, and the next persist rewrites it
    }
  }

  /** The digests of `ids` from their stored rows (undefined where not current or readable). */
  async function openStored(ids: readonly string[]) {
    const rows = await table.bulkGet([...ids]);
    return Promise.all(
      rows.map(async (row) => {
        if (!row?.version) return undefined;
        const digest = await digests.openRow(row);
        return digest && { digest, version: row.version };
      }),
    );
  }

  return {
    /**
     * The list on `asOf`, its counts, and the texts of its first `limit` entries. Pure read,
     * usable as a live query: the keys read first (cases, and the index of current digest
     * rows) cover every change to cases, conversations and digests, so the reads after
     * decryption need no tracking of their own. Locked vault: rejects, nothing is written.
     */
    async read(asOf: IsoDate, limit: number): Promise<FollowUpRead> {
      vault.requireKey();
      const { caseIds, current, rowIds, staleOf, orderRow } = await db.transaction(
        'r',
        [db.cases, table, db.caseDigestSnapshot],
        async () => {
          const [cases, ids, versions, rows, snapshot] = await Promise.all([
            db.cases.toCollection().primaryKeys(),
            table.orderBy('version').primaryKeys(),
            table.orderBy('version').keys(),
            table.toCollection().primaryKeys(),
            db.caseDigestSnapshot.get(ORDER_ID),
          ]);
          const versionOf = new Map(
            ids.flatMap((id, i) => {
              const version = versions[i];
              return typeof version === 'string' ? [[id, version] as const] : [];
            }),
          );
          // Stale marks (small rows): a digest built now is stored only if its row still
          // carries the same mark, read BEFORE the records it is built from.
          const stale = await table.bulkGet(rows.filter((id) => !versionOf.has(id)));
          return {
            caseIds: cases,
            current: versionOf,
            rowIds: rows,
            staleOf: new Map(stale.flatMap((row) => (row ? [[row.id, row.stale]] : []))),
            orderRow: snapshot,
          };
        },
      );
      const seenOf = (id: string) => ({ stale: staleOf.get(id), version: current.get(id) });
      const order = await openOrder(orderRow);
      const isCase = new Set(caseIds);
      const keep = (c: { id: string; version: string }) =>
        isCase.has(c.id) && current.get(c.id) === c.version;
      const coveredCases = (order?.cases ?? []).filter(keep);
      const covered = new Set(coveredCases.map((c) => c.id));

      // Cases the order does not cover: their stored digest if current, else built anew.
      const others = caseIds.filter((id) => !covered.has(id));
      const stored = await openStored(others.filter((id) => current.has(id)));
      const known = new Map<string, Known>();
      for (const entry of stored) if (entry) known.set(entry.digest.id, entry);
      const built = await digests.build(others.filter((id) => !known.has(id)));
      const rebuilt: FollowUpRead['pending']['rebuilt'][number][] = [];
      for (const [caseId, digest] of built) {
        rebuilt.push({ caseId, seen: seenOf(caseId), digest });
        if (digest) known.set(caseId, { digest, version: undefined });
      }
      // Rows of cases that are gone (deleted on the server) are removed.
      for (const id of rowIds) {
        if (!isCase.has(id)) rebuilt.push({ caseId: id, seen: seenOf(id), digest: null });
      }

      const fromOrder = order ? decodeOrder(order, keep) : [];
      const merged = mergeRefs([fromOrder, ...[...known.values()].map((k) => refsOf(k.digest))]);
      const shown = merged.slice(0, limit);
      const missing = [...new Set(shown.map((r) => r.caseId))].filter((id) => !known.has(id));
      for (const entry of await openStored(missing)) {
        // Only the digest the order's positions refer to: a row rewritten since the keys were
        // read holds other entries (the live query runs again for it anyway).
        if (entry && entry.version === current.get(entry.digest.id)) {
          known.set(entry.digest.id, entry);
        }
      }

      const names = new Map<string, string>();
      const sessionDates = new Map<string, string>();
      const followUps: FollowUp[] = [];
      for (const ref of shown) {
        const digest = known.get(ref.caseId)?.digest;
        const followUp = digest && followUpAt(digest, ref, asOf);
        if (!digest || !followUp) continue;
        followUps.push(followUp);
        names.set(digest.id, digest.displayName);
        const date = digest.sessionDates[followUp.sessionId];
        if (date) sessionDates.set(followUp.sessionId, date);
      }
      const coveredAll = [
        ...coveredCases,
        ...others.flatMap((id) => {
          const k = known.get(id);
          return k ? [{ id, version: k.version }] : [];
        }),
      ];
      return {
        followUps,
        total: merged.length,
        counts: countByUrgency(merged, asOf),
        names,
        sessionDates,
        pending: {
          rebuilt,
          covered: coveredAll,
          order: merged,
          needed:
            others.length > 0 || rebuilt.length > 0 || coveredCases.length !== order?.cases.length,
        },
      };
    },

    /**
     * Stores the digests built from the records and the new order. Everything is sealed first
     * (awaiting WebCrypto would end an IndexedDB transaction); then in ONE transaction each
     * digest is written only if its row is still as it was read (a write meanwhile set a new
     * stale mark: it is built again next time), and the order row is replaced. The order
     * names each case's digest version; a digest not written never matches, so its entries
     * are taken from its row or the records next time, never from an outdated order.
     * On failure (locked, quota) nothing is written and the next read builds again.
     */
    async persist({ pending }: FollowUpRead): Promise<void> {
      if (!pending.needed) return;
      const sealed = await Promise.all(
        pending.rebuilt.map(async (item) => ({
          item,
          row: item.digest ? await digests.sealRow(item.caseId, item.digest) : undefined,
        })),
      );
      const newVersion = new Map(
        sealed.flatMap(({ row }) => (row?.version ? [[row.id, row.version]] : [])),
      );
      const cases = pending.covered.flatMap(({ id, version }) => {
        const v = version ?? newVersion.get(id);
        return v ? [{ id, version: v }] : [];
      });
      const listed = new Set(cases.map((c) => c.id));
      const order = encodeOrder(
        cases,
        pending.order.filter((ref) => listed.has(ref.caseId)),
      );
      const orderRow: CaseDigestSnapshotRow = {
        id: ORDER_ID,
        format: FOLLOW_UP_ORDER_FORMAT,
        version: globalThis.crypto.randomUUID(),
        data: await seal(vault.requireKey(), orderIdentity, order),
      };
      const written = await db.transaction('rw', table, db.caseDigestSnapshot, async () => {
        const now = await table.bulkGet(pending.rebuilt.map((r) => r.caseId));
        const unchanged = sealed.filter(
          ({ item }, i) =>
            now[i]?.stale === item.seen.stale && now[i]?.version === item.seen.version,
        );
        await table.bulkDelete(unchanged.filter((s) => !s.row).map((s) => s.item.caseId));
        await table.bulkPut(unchanged.flatMap((s) => (s.row ? [s.row] : [])));
        await db.caseDigestSnapshot.put(orderRow);
        // The snapshot of full digests an earlier version kept: the order replaces it.
        await db.caseDigestSnapshot.delete(FOLLOW_UPS.snapshotId);
        return unchanged;
      });
      vault.remember('caseDigestSnapshot', ORDER_ID, orderRow.version, order);
      for (const { item, row } of written) {
        if (row?.version && item.digest)
          vault.remember(FOLLOW_UPS.store, row.id, row.version, item.digest);
      }
    },
  };
}
export type FollowUpIndex = ReturnType<typeof followUpIndex>;
