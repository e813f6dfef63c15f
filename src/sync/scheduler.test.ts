import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSyncScheduler } from './scheduler';
import type { SyncOutcome } from './syncEngine';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setUp(outcomes: SyncOutcome[]) {
  const runs: number[] = [];
  const seen: SyncOutcome[] = [];
  const scheduler = createSyncScheduler({
    run: () => {
      runs.push(Date.now());
      return Promise.resolve(
        outcomes.shift() ?? { kind: 'done', pushed: 0, pulled: 0, skipped: 0 },
      );
    },
    onPhase: () => undefined,
    onOutcome: (o) => seen.push(o),
    intervalMs: 60_000,
    backoffMs: 1_000,
    maxBackoffMs: 4_000,
  });
  return { scheduler, runs, seen };
}

describe('sync scheduler', () => {
  it('backs off 1 s, 2 s, 4 s, 4 s while offline, then returns to the interval', async () => {
    const offline: SyncOutcome = { kind: 'offline' };
    const { scheduler, runs } = setUp([offline, offline, offline, offline]);
    const start = Date.now();
    await scheduler.trigger();
    for (const step of [1_000, 2_000, 4_000, 4_000]) await vi.advanceTimersByTimeAsync(step);
    expect(runs.map((t) => t - start)).toEqual([0, 1_000, 3_000, 7_000, 11_000]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toHaveLength(6);
    scheduler.stop();
  });

  it('honours Retry-After from the server', async () => {
    const { scheduler, runs } = setUp([{ kind: 'error', code: 'too_many', retryAfterSeconds: 30 }]);
    await scheduler.trigger();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toHaveLength(2);
    scheduler.stop();
  });

  it('a trigger during a run queues exactly one more run; signed out stops the timer', async () => {
    let release: (o: SyncOutcome) => void = () => undefined;
    let calls = 0;
    const scheduler = createSyncScheduler({
      run: () => {
        calls++;
        return new Promise<SyncOutcome>((r) => (release = r));
      },
      onPhase: () => undefined,
      onOutcome: () => undefined,
      intervalMs: 1_000,
    });
    const first = scheduler.trigger();
    void scheduler.trigger();
    void scheduler.trigger();
    release({ kind: 'done', pushed: 0, pulled: 0, skipped: 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(2);
    release({ kind: 'signed-out' });
    await first;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(2);
    scheduler.stop();
  });
});
