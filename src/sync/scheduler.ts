import type { SyncOutcome } from './syncEngine';

export type SyncPhase = 'idle' | 'syncing';

export type SchedulerOptions = {
  /** One sync run (see syncOnce). */
  run: () => Promise<SyncOutcome>;
  onPhase: (phase: SyncPhase) => void;
  onOutcome: (outcome: SyncOutcome) => void;
  /** Regular interval when all is well. */
  intervalMs?: number;
  /** First retry delay after an error or offline; doubles up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Runs exclusively across tabs (Web Locks); without it (tests, old browsers) runs directly. */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T | undefined>;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
};

/**
 * Decides WHEN to sync: now, on `trigger()` (start, network back, app visible, changes),
 * and periodically — every `intervalMs` when the last run succeeded, with doubling back-off
 * after errors or while offline. Runs never overlap; a trigger during a run queues exactly
 * one follow-up run. Signed out or revoked: no timer until triggered again.
 */
export function createSyncScheduler(options: SchedulerOptions) {
  const intervalMs = options.intervalMs ?? 5 * 60_000;
  const backoffMs = options.backoffMs ?? 30_000;
  const maxBackoffMs = options.maxBackoffMs ?? 15 * 60_000;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer =
    options.clearTimer ??
    ((h) => {
      clearTimeout(h as ReturnType<typeof setTimeout>);
    });
  const exclusive = options.exclusive ?? ((task) => task());
  let timer: unknown;
  let running = false;
  let again = false;
  let failures = 0;
  let stopped = false;

  function schedule(ms: number) {
    if (timer !== undefined) clearTimer(timer);
    timer = stopped ? undefined : setTimer(() => void trigger(), ms);
  }

  async function trigger(): Promise<void> {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    options.onPhase('syncing');
    let outcome: SyncOutcome | undefined;
    try {
      outcome = await exclusive(options.run);
    } catch {
      outcome = { kind: 'error', code: 'local' };
    } finally {
      running = false;
      options.onPhase('idle');
    }
    if (outcome === undefined) {
      schedule(intervalMs); // another tab is syncing right now
    } else {
      options.onOutcome(outcome);
      if (outcome.kind === 'done') {
        failures = 0;
        schedule(intervalMs);
      } else if (outcome.kind === 'offline' || outcome.kind === 'error') {
        failures++;
        const retry = outcome.kind === 'error' ? (outcome.retryAfterSeconds ?? 0) * 1000 : 0;
        schedule(Math.max(retry, Math.min(maxBackoffMs, backoffMs * 2 ** (failures - 1))));
      } else if (timer !== undefined) {
        clearTimer(timer);
        timer = undefined;
      }
    }
    if (again) {
      again = false;
      await trigger();
    }
  }

  return {
    trigger,
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
    },
  };
}

/** Web Locks: only one tab of this origin syncs at a time; others skip their turn. */
export function webLockExclusive<T>(task: () => Promise<T>): Promise<T | undefined> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return task();
  return locks.request('perspektive-sync', { ifAvailable: true }, async (lock) =>
    lock ? task() : undefined,
  );
}
