import type { SyncState } from './syncState';

/**
 * Pulled records this app version could not validate — typically written by a newer app
 * version (a field this one does not know). The pull skips them and moves its checkpoint on,
 * so without a note they would never arrive. What is noted: the app version that skipped,
 * the ids (no values: the note is plain text, readable while locked) and the feed position
 * to pull again from. After an update (another app version) the next sync moves the
 * checkpoint back there once and pulls everything since again — the simplest way that also
 * brings every later change of those records; records already here are written again
 * unchanged (records with local changes pending keep them, see remoteBatch.ts). A record
 * the new version still cannot validate is noted again under the new version.
 */
export type Skipped = NonNullable<SyncState['skipped']>;
export type SkippedRecord = { entity: string; id: string; seq: number };

/** Ids kept for support; beyond this only the position is kept (`more`). */
export const MAX_SKIPPED_IDS = 200;

/**
 * The note after a pulled page: this page's skipped records added (under `appVersion`),
 * records that arrived valid in this page removed. Undefined when nothing is left to fetch.
 */
export function noteSkipped(
  previous: Skipped | undefined,
  appVersion: string,
  skipped: readonly SkippedRecord[],
  applied: ReadonlySet<string>,
): Skipped | undefined {
  const records = (previous?.records ?? []).filter((r) => !applied.has(r.id));
  let more = previous?.more ?? false;
  for (const s of skipped) {
    if (!records.some((r) => r.id === s.id)) records.push({ entity: s.entity, id: s.id });
  }
  if (records.length > MAX_SKIPPED_IDS) {
    records.length = MAX_SKIPPED_IDS;
    more = true;
  }
  if (records.length === 0 && !more) return undefined;
  return {
    appVersion: skipped.length > 0 || !previous ? appVersion : previous.appVersion,
    fromSeq: Math.min(previous?.fromSeq ?? Infinity, ...skipped.map((s) => Math.max(0, s.seq - 1))),
    records,
    more,
  };
}

export function withoutSkipped(state: SyncState): SyncState {
  const copy = { ...state };
  delete copy.skipped;
  return copy;
}

/** The sync state after an update: the checkpoint moved back to the first skipped record. */
export function retryAfterUpdate(state: SyncState, appVersion: string): SyncState {
  if (!state.skipped || state.skipped.appVersion === appVersion) return state;
  return {
    ...withoutSkipped(state),
    checkpoint: Math.min(state.checkpoint, state.skipped.fromSeq),
  };
}
