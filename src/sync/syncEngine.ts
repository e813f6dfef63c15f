import { authErrorCodes, syncErrorCodes, syncLimits, type PullResponse } from '../protocol';
import type { AccountStore } from '../storage/sync/account';
import type { Replica } from '../storage/sync/replica';
import { SyncHttpError, type SyncTransport } from './transport';
import type { DocumentSync } from './documentSync';
import { recordDeviceError } from '../storage/diagnostics/errorLog';

/**
 * How one sync run ended. `error` carries a code for the status line (never a value):
 * the UI turns it into plain German with what to do.
 */
export type SyncOutcome =
  | { kind: 'done'; pushed: number; pulled: number; skipped: number }
  | { kind: 'signed-out' }
  /** The account may not hold case data (administration or statistics only). */
  | { kind: 'no-records' }
  | { kind: 'password-change' }
  | { kind: 'revoked' }
  | { kind: 'offline' }
  | { kind: 'error'; code: string; retryAfterSeconds?: number };

export type SyncEngineDeps = {
  transport: SyncTransport;
  replica: Replica;
  accounts: AccountStore;
  /** Called when the server says this device is revoked: must delete all local data. */
  onRevoked: () => Promise<void>;
  now?: () => Date;
  /** Refreshes the support directory after a successful pull (see directorySync.ts). */
  directory?: DocumentSync;
  /** Refreshes the organisation's departure-information letter likewise (letterSync.ts). */
  departureLetter?: DocumentSync;
  /** Refreshes the organisation's details for consents likewise (consentControllerSync.ts). */
  consentController?: DocumentSync;
};

const MAX_PUSH_ROUNDS = 50;
/** Statuses with which the server refuses a whole push without applying any of it. */
const BATCH_REFUSED: ReadonlySet<number> = new Set([400, 409, 413]);
/** Roles the server lets push and pull records (see server accounts/guard.ts). */
const RECORD_ROLES: ReadonlySet<string> = new Set(['counsellor', 'team-lead']);
const MAX_PULL_PAGES = 1_000;

/**
 * One sync run: push every pending change (in numbered batches), then pull every change after
 * the checkpoint. Pushing first means the pull already contains the server's combined state
 * of what we sent. Offline or on any failure the run stops; everything done so far is
 * committed locally and the next run continues from there (see storage/sync/replica.ts).
 */
export async function syncOnce(deps: SyncEngineDeps): Promise<SyncOutcome> {
  const { transport, replica, accounts } = deps;
  const account = await accounts.get();
  if (!account) return { kind: 'signed-out' };
  if (!account.roles.some((role) => RECORD_ROLES.has(role))) return { kind: 'no-records' };
  try {
    let pushed = 0;
    // A batch the server refused as a whole (400/409/413: nothing of it was applied) stays
    // queued and is reported, but must not also keep the device from receiving changes.
    let refused: SyncHttpError | undefined;
    for (let round = 0; round < MAX_PUSH_ROUNDS; round++) {
      const batch = await replica.takeBatch(syncLimits.maxMutationsPerPush);
      if (!batch) break;
      try {
        const response = await transport.push(account.token, batch);
        await replica.completeBatch(batch, response);
        pushed += batch.mutations.length;
      } catch (error) {
        if (!(error instanceof SyncHttpError) || !BATCH_REFUSED.has(error.status)) throw error;
        refused = error;
        break;
      }
    }

    await replica.rewindIfSettled();
    // After an app update, records the old version could not read are pulled again.
    await replica.retrySkipped();
    let pulled = 0;
    let skipped = 0;
    const state = await replica.state();
    let checkpoint = state.checkpoint;
    let resyncing = state.resync !== undefined; // an interrupted full resync continues
    let next = prefetch(deps, account.token, checkpoint, resyncing);
    for (let page = 0; page < MAX_PULL_PAGES; page++) {
      const fetched = await next;
      const response = await pageOf(fetched, deps, account.token);
      if (!fetched.ok) resyncing = true; // pageOf returns after a failure only on reset_required
      if (checkpoint > 0 && state.serverId && response.serverId !== state.serverId) {
        // A different (restored or replaced) server database: start over from 0, and number
        // the next pushes after the last one that database knows from this device.
        await replica.resetCheckpoint(response.serverId);
        await replica.realignClientSeq(response.lastClientSeq);
        state.serverId = response.serverId;
        checkpoint = 0;
        resyncing = false;
        next = prefetch(deps, account.token, checkpoint);
        continue;
      }
      // The next page is requested while this one is checked, sealed and written: a first
      // sync is 24 pages, and the network and the server then work beside the device. It is
      // only used after this page is committed; if applying fails, it is dropped unread.
      if (response.hasMore) {
        next = prefetch(deps, account.token, response.checkpoint, resyncing);
      }
      const result = await replica.applyPulled(response);
      pulled += result.applied;
      skipped += result.skipped;
      checkpoint = response.checkpoint;
      if (!response.hasMore) break;
    }
    // The organisation's documents are extra: a failure (offline midway, a bad answer) must
    // not fail the record sync. The device keeps its old copy and the next run tries again.
    for (const refresh of [deps.directory, deps.departureLetter, deps.consentController]) {
      await refresh?.(account.token).catch(() => undefined);
    }
    if (refused) throw refused;
    await replica.markSynced((deps.now?.() ?? new Date()).toISOString());
    return { kind: 'done', pushed, pulled, skipped };
  } catch (error) {
    return outcomeOf(error, deps, account.token);
  }
}

type Fetched = { ok: true; response: PullResponse } | { ok: false; error: unknown };

/**
 * Starts one pull request. It never rejects, so a request left behind by a failed run is not
 * an unhandled rejection; its error is raised when (and if) the page is used.
 */
function prefetch(
  deps: SyncEngineDeps,
  token: string,
  checkpoint: number,
  resyncing = false,
): Promise<Fetched> {
  return deps.transport
    .pull(token, {
      checkpoint,
      // The largest page the server gives: fewer pages, fewer IndexedDB commits on the
      // tablet. The server ends a page early at PULL_PAGE_BYTES, so large records (signed
      // consents) do not make a page too big to hold in memory.
      limit: syncLimits.maxPullLimit,
      // During a full resync every later page says so: its checkpoint may lie below the
      // server's pruned horizon, which would otherwise be answered 410 again.
      ...(resyncing && checkpoint > 0 ? { resync: true } : {}),
    })
    .then(
      (response) => ({ ok: true as const, response }),
      (error: unknown) => ({ ok: false as const, error }),
    );
}

/**
 * The pulled page, or, when the server no longer holds the changes after our checkpoint
 * (reset_required), the first page from 0 after the local checkpoint was reset. The reset
 * happens here, in order, never while a page is being applied.
 */
async function pageOf(
  fetched: Fetched,
  deps: SyncEngineDeps,
  token: string,
): Promise<PullResponse> {
  if (fetched.ok) return fetched.response;
  const { error } = fetched;
  if (!(error instanceof SyncHttpError && error.code === syncErrorCodes.resetRequired)) throw error;
  // A full resync: the records the server no longer holds (their tombstones pruned) are
  // removed at its end (storage/sync/resync.ts).
  await deps.replica.resetCheckpoint(undefined, { fullResync: true });
  const fromStart = await prefetch(deps, token, 0);
  if (!fromStart.ok) throw fromStart.error;
  return fromStart.response;
}

async function outcomeOf(
  error: unknown,
  deps: SyncEngineDeps,
  token: string,
): Promise<SyncOutcome> {
  if (!(error instanceof SyncHttpError)) {
    // A failure on this device (storage, encryption, an unreadable answer): its name goes
    // to the device's error log, so support can tell them apart; the status line says "local".
    recordDeviceError('sync', error);
    return { kind: 'error', code: 'local' };
  }
  if (error.offline) return { kind: 'offline' };
  if (error.status === 401 && error.code === authErrorCodes.deviceRevoked) {
    // The administrator revoked this device (lost or retired tablet): the server accepts
    // nothing from it any more, so the data on it is deleted now.
    await deps.onRevoked();
    return { kind: 'revoked' };
  }
  if (error.status === 401) {
    await deps.accounts.clear(token); // the token is dead; data stays, sign in again to sync
    return { kind: 'signed-out' };
  }
  if (error.status === 403 && error.code === 'password_change_required') {
    return { kind: 'password-change' };
  }
  recordDeviceError('sync', error, { code: error.code });
  return {
    kind: 'error',
    code: error.code,
    ...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
  };
}
