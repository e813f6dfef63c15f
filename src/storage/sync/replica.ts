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
import { sealedStore, type Entity, type Fields, type SealedStore } from '../records/sealedStore';
import type { RemoteItem } from '../records/remoteBatch';
import type { Vault } from '../vault/vault';
import { checkRemoteRecord, type RemoteCheck } from './remoteFields';
import { storeConflicts, storePolicy } from './pulledState';
import { syncStateStore, type SyncState } from './syncState';
import { storePartners } from '../referrals/partners';
import {
  withdrawnNoticeOf,
  withdrawnNotices,
  type WithdrawnIncomingNotice,
} from '../referrals/withdrawnNotices';
import { noteSkipped, retryAfterUpdate, withoutSkipped, type SkippedRecord } from './skipped';

/**
 * The device side of sync: turns outbox entries into numbered mutations, records the
 * server's answers, and writes pulled records. No network here (see src/sync); every step is
 * a local transaction, so an interruption at any point (tab closed, crash, lost response)
 * leaves a state from which the next sync continues without loss or duplication:
 * - entries are numbered (clientSeq) and marked in flight in ONE transaction; until the
 *   server answered, the same entries are re-sent with the same numbers;
 * - a confirmed revision is stored before its outbox entry is removed;
 * - pulled records are written before the checkpoint moves past them.
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

  async function toMutation(entry: OutboxRow): Promise<Mutation> {
    const base = {
      mutationId: entry.mutationId,
      clientSeq: entry.clientSeq ?? 0,
      entity: entry.entity,
      entityId: entry.recordId,
    };
    const stored = await stores[entry.entity].get(entry.recordId);
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
      for (const entry of await candidates(max)) {
        const size = JSON.stringify(await toMutation(entry)).length;
        if (wanted.length > 0 && bytes + size > maxBytes) break;
        wanted.push(entry);
        bytes += size;
      }
      const entries = await claimEntries(wanted);
      if (entries.length === 0) return undefined;
      const { clientId } = await state.read();
      // Built again, not reused from the size estimate: an autosave may have changed the
      // record's values since, and a batch always sends what is stored when it is claimed.
      return { clientId, mutations: await Promise.all(entries.map(toMutation)) };
    },

    /** Records the server's answer to `batch`: confirmed revisions, rejections, done entries. */
    async completeBatch(batch: PushRequest, response: PushResponse): Promise<void> {
      const results = new Map(response.results.map((r) => [r.mutationId, r]));
      const rejected: SyncState['rejected'] = [];
      let refetch = false;
      for (const mutation of batch.mutations) {
        const result = results.get(mutation.mutationId);
        if (!result) continue; // not answered: stays in flight and is re-sent
        // Only "applied" means the server now holds exactly this device's state at `rev`;
        // after a merge or conflict the next pull brings the combined state and its rev.
        if (result.status === 'applied' && result.rev !== undefined) {
          await storeOf(mutation.entity)?.confirmRev(mutation.entityId, result.rev);
        }
        if (result.status === 'rejected' && result.reason === 'deleted') {
          // Deleted on the server (by an administrator or another device): final here too.
          await db.outbox.where('mutationId').equals(mutation.mutationId).delete();
          await storeOf(mutation.entity)?.applyRemote(
            mutation.entityId,
            mutation.entityId,
            undefined,
            0,
          );
        }
        if (
          result.status === 'immutable' ||
          (result.status === 'rejected' && result.reason !== 'deleted')
        ) {
          // The server kept its state and will not send the record again (nothing changed
          // there): pull everything once more so this device does not keep the refused values.
          refetch = true;
        }
        if (result.status === 'rejected' && mutation.entity === 'referral') {
          // The server refused to send it (e.g. the consent was withdrawn meanwhile on
          // another device): the counsellor must see that it did not go out.
          await markRefused(mutation.entityId);
        }
        if (result.status === 'rejected') {
          rejected.push({
            entity: mutation.entity,
            id: mutation.entityId,
            reason: result.reason ?? 'invalid',
          });
        }
        await db.outbox.where('mutationId').equals(mutation.mutationId).delete();
      }
      if (rejected.length > 0 || refetch) {
        await state.update((s) => ({
          ...s,
          rejected: [...s.rejected, ...rejected].slice(-100),
          ...(refetch ? { rewindTo: 0 } : {}),
        }));
      }
    },

    /**
     * Writes one pulled page, then moves the checkpoint past it. Records are validated first
     * (a record that fails is skipped, never stored), then written per store in one batch
     * (see remoteBatch.ts); a failure rejects before the checkpoint moves.
     */
    async applyPulled(page: PullResponse): Promise<{ applied: number; skipped: number }> {
      vault.requireKey();
      let rewindTo: number | undefined;
      const batches = new Map<SealedStore<Fields>, { seq: number; item: RemoteItem<Fields> }[]>();
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
            return { store, seq, item: { id, caseId: id, value: undefined, rev } };
          }
          const check = await checkRecord(record);
          if (!check.ok || !(await agreesWithLocal(record, check))) {
            return { skip: { entity: record.entity, id, seq } };
          }
          return { store, seq, item: { id, caseId: check.caseId, value: check.value, rev } };
        }),
      );
      const skippedHere: SkippedRecord[] = [];
      for (const entry of checked) {
        if (entry === undefined) continue;
        if (entry.skip) {
          skippedHere.push(entry.skip);
          continue;
        }
        const batch = batches.get(entry.store) ?? [];
        batch.push({ seq: entry.seq, item: entry.item });
        batches.set(entry.store, batch);
      }
      let applied = 0;
      for (const [store, entries] of batches) {
        const outcomes = await store.applyRemoteBatch(entries.map((e) => e.item));
        for (const { seq, item } of entries) {
          applied++;
          if (outcomes.get(item.id) === 'kept-local') {
            // Local changes won for now; once they are pushed, this record must be pulled
            // again (a conflict leaves it where it is in the feed, behind our checkpoint).
            rewindTo = Math.min(rewindTo ?? Infinity, seq - 1);
          }
        }
      }
      await storeConflicts(vault, page.conflicts);
      await withdrawnNotices(db).add(withdrawn);
      if (page.policy) await storePolicy(db, page.policy);
      if (page.partners) await storePartners(db, page.partners);
      const valid = new Set([...batches.values()].flat().map((e) => e.item.id));
      await state.update((s) => {
        const skipped = noteSkipped(s.skipped, appVersion, skippedHere, valid);
        return {
          ...withoutSkipped(s),
          checkpoint: page.checkpoint,
          serverId: page.serverId,
          ...(skipped ? { skipped } : {}),
          ...(rewindTo !== undefined
            ? { rewindTo: Math.min(s.rewindTo ?? Infinity, rewindTo) }
            : {}),
        };
      });
      return { applied, skipped: skippedHere.length };
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

    /** Starts the pull from the beginning (new server database, or told to by the server). */
    async resetCheckpoint(serverId?: string): Promise<void> {
      // Everything is pulled again, so a note of skipped records is moot.
      await state.update((s) => ({
        ...withoutSkipped(s),
        checkpoint: 0,
        ...(serverId ? { serverId } : {}),
      }));
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
