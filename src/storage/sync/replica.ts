import {
  syncLimits,
  type Conflict,
  type DevicePolicy,
  type JsonValue,
  type Mutation,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../protocol';
import { seal } from '../crypto/recordCipher';
import type { OutboxRow } from '../db';
import { sealedStore, type Fields } from '../records/sealedStore';
import type { Vault } from '../vault/vault';
import { AUTO_LOCK_PREFERENCE, type AutoLockPolicy } from '../vault/lockPolicy';
import { checkRemoteCase, checkRemoteSession } from './remoteFields';
import { syncStateStore, type SyncState } from './syncState';

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
export function replica(vault: Vault) {
  const db = vault.db;
  const state = syncStateStore(db);
  const stores = {
    case: sealedStore<Fields>(vault, 'cases', 'case'),
    session: sealedStore<Fields>(vault, 'sessions', 'session'),
  };

  /** Entries to (re-)send: those in flight, else up to `max` pending ones, one per record. */
  async function claimEntries(max: number): Promise<OutboxRow[]> {
    return db.transaction('rw', db.outbox, db.preferences, async () => {
      const all = await db.outbox.orderBy('seq').toArray();
      const inFlight = all.filter((e) => e.inFlight === true && e.clientSeq !== undefined);
      if (inFlight.length > 0)
        return inFlight.sort((a, b) => (a.clientSeq ?? 0) - (b.clientSeq ?? 0));
      const chosen: OutboxRow[] = [];
      const records = new Set<string>();
      for (const entry of all) {
        if (chosen.length >= max) break;
        if (records.has(entry.recordId)) continue;
        records.add(entry.recordId);
        chosen.push(entry);
      }
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
    const value = stored.value as Record<string, unknown>;
    // Values were JSON when encrypted; a removed field travels as null.
    const json = (v: unknown) => JSON.parse(JSON.stringify(v ?? null)) as JsonValue;
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

    /** The next batch to push, or undefined when nothing is pending. Needs the unlocked key. */
    async takeBatch(
      max: number = syncLimits.maxMutationsPerPush,
    ): Promise<PushRequest | undefined> {
      vault.requireKey();
      const entries = await claimEntries(max);
      if (entries.length === 0) return undefined;
      const { clientId } = await state.read();
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
          if (mutation.entity === 'case' || mutation.entity === 'session') {
            await stores[mutation.entity].confirmRev(mutation.entityId, result.rev);
          }
        }
        if (
          result.status === 'rejected' &&
          result.reason === 'deleted' &&
          (mutation.entity === 'case' || mutation.entity === 'session')
        ) {
          // Deleted on the server (by an administrator or another device): final here too.
          await db.outbox.where('mutationId').equals(mutation.mutationId).delete();
          await stores[mutation.entity].applyRemote(
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

    /** Writes one pulled page, then moves the checkpoint past it. */
    async applyPulled(page: PullResponse): Promise<{ applied: number; skipped: number }> {
      vault.requireKey();
      let applied = 0;
      let skipped = 0;
      let rewindTo: number | undefined;
      for (const record of page.records) {
        if (record.entity !== 'case' && record.entity !== 'session') continue; // later features
        const store = stores[record.entity];
        if (record.deleted) {
          await store.applyRemote(record.entityId, record.entityId, undefined, record.rev);
          applied++;
          continue;
        }
        const check =
          record.entity === 'case'
            ? checkRemoteCase(record.entityId, record.fields ?? {})
            : checkRemoteSession(record.fields ?? {});
        if (!check.ok) {
          skipped++;
          continue;
        }
        const result = await store.applyRemote(
          record.entityId,
          check.caseId,
          check.value,
          record.rev,
        );
        if (result === 'kept-local') {
          // Local changes won for now; once they are pushed, this record must be pulled
          // again (a conflict leaves it where it is in the feed, behind our checkpoint).
          rewindTo = Math.min(rewindTo ?? Infinity, record.seq - 1);
        }
        applied++;
      }
      await storeConflicts(page.conflicts);
      if (page.policy) await storePolicy(page.policy);
      await state.update((s) => ({
        ...s,
        checkpoint: page.checkpoint,
        serverId: page.serverId,
        ...(rewindTo !== undefined ? { rewindTo: Math.min(s.rewindTo ?? Infinity, rewindTo) } : {}),
      }));
      return { applied, skipped };
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

    /** Starts the pull from the beginning (new server database, or told to by the server). */
    async resetCheckpoint(serverId?: string): Promise<void> {
      await state.update((s) => ({
        ...s,
        checkpoint: 0,
        ...(serverId ? { serverId } : {}),
      }));
    },

    async markSynced(at: string): Promise<void> {
      await state.update((s) => ({ ...s, lastSyncAt: at }));
    },
  };

  /** The administrator's auto-lock policy, read by the lock timers (clamped again there). */
  async function storePolicy(policy: DevicePolicy): Promise<void> {
    const value: AutoLockPolicy = {
      idleMs: policy.idleLockMinutes * 60_000,
      hiddenMs: policy.hiddenLockSeconds * 1_000,
    };
    await db.preferences.put({
      key: AUTO_LOCK_PREFERENCE,
      value,
      updatedAt: new Date().toISOString(),
    });
  }

  async function storeConflicts(conflicts: readonly Conflict[]): Promise<void> {
    const key = vault.requireKey();
    for (const conflict of conflicts) {
      const data = await seal(
        key,
        { store: 'conflicts', id: conflict.id, schemaVersion: 1 },
        conflict,
      );
      await db.conflicts.put({
        id: conflict.id,
        entityId: conflict.entityId,
        updatedAt: new Date().toISOString(),
        resolved: conflict.resolved ? 1 : 0,
        data,
      });
    }
  }
}
export type Replica = ReturnType<typeof replica>;
