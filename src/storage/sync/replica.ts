import {
  syncLimits,
  type JsonValue,
  type Mutation,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../protocol';
import { canonicalJson } from '../../protocol/canonicalJson';
import type { OutboxRow } from '../db';
import {
  sealedStore,
  type Entity,
  type Fields,
  type SealedStore,
  type StoredRecord,
} from '../records/sealedStore';
import type { Vault } from '../vault/vault';
import { checkRemoteRecord, type RemoteCheck } from './remoteFields';
import { writePulledPage, type PulledEntry } from './pullPage';
import { recordPushAnswer } from './pushAck';
import { syncStateStore } from './syncState';
import { recordDeviceError } from '../diagnostics/errorLog';
import { retryAfterUpdate, withoutSkipped, type SkippedRecord } from './skipped';
import { withdrawnNoticeOf, type WithdrawnIncomingNotice } from '../referrals/withdrawnNotices';
import { resyncMarker } from './resync';

/**
 * The device side of sync: turns outbox entries into numbered mutations, records the
 * server's answers, and writes pulled records. No network here (see src/sync); every step is
 * a local transaction, so an interruption at any point (tab closed, crash, lost response)
 * leaves a state from which the next sync continues without loss or duplication:
 * - entries are numbered (clientSeq) and marked in flight in ONE transaction; until the
 *   server answered, the same entries are re-sent with the same numbers;
 * - a batch's answer (confirmed revisions, removed outbox entries) is ONE transaction;
 * - a pulled page's records and the checkpoint past them are ONE transaction.
 */
/** Leaves room under the server's body limit for the envelope and JSON escaping. */
const PUSH_BUDGET_BYTES = Math.floor(syncLimits.maxPushBytes * 0.6);

export type ReplicaOptions = {
  /** This app's version (`__APP_VERSION__`): skipped records are pulled again when it changes. */
  appVersion?: string;
  /**
   * How pulled records are validated. Only tests pass another: a stricter check stands in
   * for an older app version that does not know a field yet.
   */
  checkRecord?: typeof checkRemoteRecord;
};

export function replica(vault: Vault, options: ReplicaOptions = {}) {
  const appVersion = options.appVersion ?? 'unversioned';
  const checkRecord = options.checkRecord ?? checkRemoteRecord;
  const db = vault.db;
  const state = syncStateStore(db);
  const stores: Record<Entity, SealedStore<Fields>> = {
    case: sealedStore<Fields>(vault, 'cases', 'case'),
    session: sealedStore<Fields>(vault, 'sessions', 'session'),
    consent: sealedStore<Fields>(vault, 'consents', 'consent'),
    'consent-revocation': sealedStore<Fields>(vault, 'revocations', 'consent-revocation'),
    referral: sealedStore<Fields>(vault, 'referrals', 'referral'),
    'referral-inbox': sealedStore<Fields>(vault, 'incomingReferrals', 'referral-inbox'),
  };

  /** The local store of an entity type; undefined for types this app version does not hold. */
  const storeOf = (entity: string): SealedStore<Fields> | undefined =>
    Object.hasOwn(stores, entity) ? stores[entity as Entity] : undefined;

  /**
   * Pending entries in outbox order, up to the first that repeats a record (a consent's
   * `sign` must reach the server after its `create`, and a revocation after the consent it
   * withdraws, so the order is kept strictly), at most `max`.
   */
  async function candidates(max: number): Promise<OutboxRow[]> {
    const all = await db.outbox.orderBy('seq').toArray();
    if (all.some((e) => e.inFlight === true)) return [];
    const chosen: OutboxRow[] = [];
    const records = new Set<string>();
    for (const entry of all) {
      if (chosen.length >= max || records.has(entry.recordId)) break;
      records.add(entry.recordId);
      chosen.push(entry);
    }
    return chosen;
  }

  /**
   * Entries to (re-)send: those in flight, else `wanted` (if they are still the pending
   * head of the outbox; another tab may have claimed them meanwhile → nothing, retry later).
   */
  async function claimEntries(wanted: readonly OutboxRow[]): Promise<OutboxRow[]> {
    return db.transaction('rw', db.outbox, db.preferences, async () => {
      const all = await db.outbox.orderBy('seq').toArray();
      const inFlight = all.filter((e) => e.inFlight === true && e.clientSeq !== undefined);
      if (inFlight.length > 0)
        return inFlight.sort((a, b) => (a.clientSeq ?? 0) - (b.clientSeq ?? 0));
      const bySeq = new Map(all.map((e) => [e.seq, e]));
      const chosen = wanted
        .map((w) => bySeq.get(w.seq))
        .filter((e): e is OutboxRow => e !== undefined && e.inFlight !== true);
      if (chosen.length === 0) return [];
      let next = (await state.read()).nextClientSeq;
      const claimed = chosen.map((e) => ({ ...e, inFlight: true, clientSeq: next++ }));
      await db.outbox.bulkPut(claimed);
      await state.update((s) => ({ ...s, nextClientSeq: next }));
      return claimed;
    });
  }

  /**
   * The stored records of `entries`, read with one bulkGet per store (not one read per
   * entry) and decrypted (mostly from the vault's cache: they were just written).
   */
  async function readRecords(entries: readonly OutboxRow[]) {
    const byStore = new Map<SealedStore<Fields>, string[]>();
    for (const entry of entries) {
      const ids = byStore.get(stores[entry.entity]) ?? [];
      ids.push(entry.recordId);
      byStore.set(stores[entry.entity], ids);
    }
    const found = new Map<SealedStore<Fields>, Map<string, StoredRecord<Fields>>>();
    await Promise.all(
      [...byStore].map(async ([store, ids]) => {
        const records = await store.getMany(ids);
        found.set(store, new Map(records.flatMap((r) => (r ? [[r.id, r] as const] : []))));
      }),
    );
    return (entry: OutboxRow) => found.get(stores[entry.entity])?.get(entry.recordId);
  }

  async function toMutations(entries: readonly OutboxRow[]): Promise<Mutation[]> {
    const recordOf = await readRecords(entries);
    return entries.map((entry) => toMutation(entry, recordOf(entry)));
  }

  function toMutation(entry: OutboxRow, stored: StoredRecord<Fields> | undefined): Mutation {
    const base = {
      mutationId: entry.mutationId,
      clientSeq: entry.clientSeq ?? 0,
      entity: entry.entity,
      entityId: entry.recordId,
    };
    if (!stored) {
      // The record was removed here meanwhile (deleted on the server): the number must still
      // be used, so send a no-op the server will reject as deleted/not found.
      return { ...base, kind: 'patch', baseRev: 1, fields: {} };
    }
    // A consent's hash is not one of its fields: the server recomputes it from them.
    const { contentHash, ...consentFields } = stored.value as Record<string, unknown>;
    const value = entry.entity === 'consent' ? consentFields : stored.value;
    // Values were JSON when encrypted; a removed field travels as null.
    const json = (v: unknown) => JSON.parse(JSON.stringify(v ?? null)) as JsonValue;
    if (entry.kind === 'sign' && typeof contentHash === 'string') {
      // The fields again, so the server's hash covers exactly what was signed here.
      return {
        ...base,
        kind: 'sign',
        fields: json(value) as Record<string, JsonValue>,
        contentHash,
      };
    }
    if (entry.kind === 'create' || stored.rev === undefined) {
      // Never confirmed by the server: send everything (a create is idempotent per id).
      return { ...base, kind: 'create', fields: json(value) as Record<string, JsonValue> };
    }
    const fields = Object.fromEntries(entry.fields.map((name) => [name, json(value[name])]));
    return {
      ...base,
      kind: 'patch',
      baseRev: stored.rev,
      fields,
      ...(entry.resolvesConflictId ? { resolvesConflictId: entry.resolvesConflictId } : {}),
    };
  }

  return {
    state: () => state.read(),

    /** Changes not yet accepted by the server (readable while locked: no values). */
    pendingCount: () => db.outbox.count(),

    /**
     * The next batch to push, or undefined when nothing is pending. Needs the unlocked key.
     * A new batch holds at most `max` mutations and about `maxBytes` of JSON (at least one
     * mutation), so signatures and photos never make a push exceed the server's body limit.
     */
    async takeBatch(
      max: number = syncLimits.maxMutationsPerPush,
      maxBytes: number = PUSH_BUDGET_BYTES,
    ): Promise<PushRequest | undefined> {
      vault.requireKey();
      const wanted: OutboxRow[] = [];
      let bytes = 0;
      const next = await candidates(max);
      const sizes = (await toMutations(next)).map((m) => JSON.stringify(m).length);
      for (const [i, entry] of next.entries()) {
        const size = sizes[i] ?? 0;
        if (wanted.length > 0 && bytes + size > maxBytes) break;
        wanted.push(entry);
        bytes += size;
      }
      const entries = await claimEntries(wanted);
      if (entries.length === 0) return undefined;
      const { clientId } = await state.read();
      // Built again, not reused from the size estimate: an autosave may have changed the
      // record's values since, and a batch always sends what is stored when it is claimed.
      return { clientId, mutations: await toMutations(entries) };
    },

    /**
     * Records the server's answer to `batch` (confirmed revisions, rejections, done entries)
     * in one transaction: see pushAck.ts.
     */
    async completeBatch(batch: PushRequest, response: PushResponse): Promise<void> {
      for (const result of response.results) {
        const mutation = batch.mutations.find((m) => m.mutationId === result.mutationId);
        if (result.status === 'rejected' && mutation?.entity === 'referral') {
          // The server refused to send it (e.g. the consent was withdrawn meanwhile on
          // another device): the counsellor must see that it did not go out. Rare, so it
          // keeps its own write, before the answer is recorded (as it always did).
          await markRefused(mutation.entityId);
        }
      }
      await recordPushAnswer(vault, state, storeOf, batch, response);
    },

    /**
     * Writes one pulled page and moves the checkpoint past it, in one transaction
     * (pullPage.ts). Records are validated first: a record that fails is skipped and noted
     * (skipped.ts), never stored. A failure rejects before the checkpoint moves.
     */
    async applyPulled(page: PullResponse): Promise<{ applied: number; skipped: number }> {
      vault.requireKey();
      const withdrawn: WithdrawnIncomingNotice[] = [];
      const checked = await Promise.all(
        page.records.map(async (record) => {
          const store = storeOf(record.entity);
          // A type a later app version introduced: skipped now; a pull from the start after
          // the update brings it (LOCAL_ENTITIES in syncState.ts).
          if (!store) return undefined;
          const { entityId: id, rev, seq } = record;
          if (record.deleted) {
            // A received referral that is withdrawn says so instead of vanishing.
            if (record.entity === 'referral-inbox') {
              const local = await store.get(id).catch(() => undefined);
              const notice = withdrawnNoticeOf(id, local?.value, new Date().toISOString());
              if (notice) withdrawn.push(notice);
            }
            return { entry: { store, seq, item: { id, caseId: id, value: undefined, rev } } };
          }
          const check = await checkRecord(record);
          if (!check.ok || !(await agreesWithLocal(record, check))) {
            return { skip: { entity: record.entity, id, seq } };
          }
          const item = { id, caseId: check.caseId, value: check.value, rev };
          return { entry: { store, seq, item } };
        }),
      );
      const entries: PulledEntry[] = [];
      const skippedHere: SkippedRecord[] = [];
      for (const outcome of checked) {
        if (outcome?.skip) skippedHere.push(outcome.skip);
        if (outcome?.entry) entries.push(outcome.entry);
      }
      await writePulledPage(vault, state, page, entries, skippedHere, appVersion, withdrawn);
      for (const skip of skippedHere) {
        recordDeviceError('pull', undefined, {
          code: 'record-not-readable',
          store: skip.entity,
          recordId: skip.id,
        });
      }
      return { applied: entries.length, skipped: skippedHere.length };
    },

    /**
     * Once nothing is pending any more, moves the checkpoint back to before the records whose
     * local changes were kept at an earlier pull, so the next pull brings their server state
     * (merged, or as a conflict decided). Pulling a page twice is harmless.
     */
    async rewindIfSettled(): Promise<void> {
      await db.transaction('rw', db.outbox, db.preferences, async () => {
        const current = await state.read();
        if (current.rewindTo === undefined || (await db.outbox.count()) > 0) return;
        const { rewindTo, ...rest } = current;
        await state.update(() => ({ ...rest, checkpoint: Math.min(rest.checkpoint, rewindTo) }));
      });
    },

    /**
     * After an app update: moves the checkpoint back to the first record an earlier version
     * skipped (skipped.ts), so the next pull brings it. One local transaction; nothing to do
     * offline or without a note.
     */
    async retrySkipped(): Promise<void> {
      await state.update((s) => retryAfterUpdate(s, appVersion));
    },

    /**
     * Starts the pull from the beginning: for a new server database (`serverId`), or as a
     * full resync when the server no longer holds the changes after the checkpoint
     * (`fullResync`, 410 reset_required): then the pull notes what it brings and its last
     * page removes what the server no longer holds (resync.ts). One local transaction.
     */
    async resetCheckpoint(serverId?: string, options: { fullResync?: boolean } = {}) {
      await db.transaction('rw', db.preferences, db.outbox, db.resyncSeen, async () => {
        await db.resyncSeen.clear();
        // Everything is pulled again, so a note of skipped records is moot.
        await state.update((s) => {
          const marker = options.fullResync ? resyncMarker(s) : undefined;
          const next = { ...withoutSkipped(s), checkpoint: 0, ...(serverId ? { serverId } : {}) };
          delete next.resync;
          return marker ? { ...next, resync: marker } : next;
        });
      });
    },

    /**
     * After the server's data was replaced by an older backup (a new serverId): the server
     * may know fewer of this device's numbers than the device used, and would refuse every
     * later push as a gap. When the entries in flight (or the next new one) start beyond the
     * server's `lastClientSeq` + 1, they are numbered again from there — the server never
     * applied them in its restored state, so nothing is applied twice. Entries the server
     * does know (numbers ≤ its last) keep theirs and get their stored results. One local
     * transaction; offline nothing happens until the next pull.
     */
    async realignClientSeq(serverLast: number): Promise<void> {
      await db.transaction('rw', db.outbox, db.preferences, async () => {
        const current = await state.read();
        const inFlight = (await db.outbox.toArray())
          .filter((e) => e.inFlight === true && e.clientSeq !== undefined)
          .sort((a, b) => (a.clientSeq ?? 0) - (b.clientSeq ?? 0));
        const first = inFlight[0]?.clientSeq ?? current.nextClientSeq;
        if (first <= serverLast + 1) return;
        let next = serverLast + 1;
        await db.outbox.bulkPut(inFlight.map((e) => ({ ...e, clientSeq: next++ })));
        await state.update((s) => ({ ...s, nextClientSeq: next }));
      });
    },

    async markSynced(at: string): Promise<void> {
      await state.update((s) => ({ ...s, lastSyncAt: at }));
    },
  };

  /**
   * A signed consent and a revocation never change: a pulled version that differs from the
   * one stored here is refused, so what this device holds as signed cannot be replaced.
   */
  async function agreesWithLocal(
    record: PullResponse['records'][number],
    check: Extract<RemoteCheck, { ok: true }>,
  ): Promise<boolean> {
    if (record.entity !== 'consent' && record.entity !== 'consent-revocation') return true;
    const local = await storeOf(record.entity)?.get(record.entityId);
    return local === undefined || canonicalJson(local.value) === canonicalJson(check.value);
  }

  /** A referral the server refused stays on file here, marked as not sent. */
  async function markRefused(id: string): Promise<void> {
    const store = stores.referral;
    const local = await store.get(id);
    if (local?.value.state !== 'sent') return;
    await store.applyRemote(id, local.caseId, { ...local.value, state: 'refused' }, 0);
  }
}
export type Replica = ReturnType<typeof replica>;
