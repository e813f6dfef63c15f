import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutoLock } from './autoLock';
import { clampAutoLockPolicy, DEFAULT_AUTO_LOCK } from '../../storage/vault/lockPolicy';
import { openVault } from '../../storage/vault/vault';

/** A fake document whose visibility the test controls. */
function fakeDocument() {
  const events = new EventTarget();
  const doc = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    setVisibility(state: DocumentVisibilityState) {
      doc.visibilityState = state;
      events.dispatchEvent(new Event('visibilitychange'));
    },
  };
  return doc;
}

describe('auto-lock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setUp() {
    const target = new EventTarget();
    const doc = fakeDocument();
    const lock = vi.fn();
    const stop = startAutoLock(DEFAULT_AUTO_LOCK, lock, {
      target: target as unknown as Window,
      document: doc as unknown as Document,
      now: () => Date.now(),
    });
    return { target, doc, lock, stop };
  }

  it('locks after 5 minutes without input, not before', () => {
    const { lock } = setUp();
    vi.advanceTimersByTime(5 * 60_000 - 1);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('input restarts the idle timer', () => {
    const { target, lock } = setUp();
    vi.advanceTimersByTime(4 * 60_000);
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(4 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks 60 s after the app is hidden; returning earlier cancels it', () => {
    const { doc, lock } = setUp();
    doc.setVisibility('hidden');
    vi.advanceTimersByTime(30_000);
    doc.setVisibility('visible');
    vi.advanceTimersByTime(45_000);
    expect(lock).not.toHaveBeenCalled();
    doc.setVisibility('hidden');
    vi.advanceTimersByTime(60_000);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks on return when a throttled timer did not fire in time', () => {
    const { doc, lock } = setUp();
    doc.setVisibility('hidden');
    // Simulate a throttled background tab: the clock moves, timers do not run.
    vi.setSystemTime(Date.now() + 2 * 60_000);
    doc.setVisibility('visible');
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('stop() cancels every timer', () => {
    const { lock, stop } = setUp();
    stop();
    vi.advanceTimersByTime(60 * 60_000);
    expect(lock).not.toHaveBeenCalled();
  });

  it('drops the key and the decrypted cache of the vault when the timer fires', async () => {
    vi.useRealTimers();
    const vault = openVault(`autolock-${crypto.randomUUID()}`, { iterations: 1_000 });
    await vault.setUp('Ein langer Satz 42!');
    vault.remember('cases', 'a', 't1', { displayName: 'SENTINEL' });
    vi.useFakeTimers();
    const target = new EventTarget();
    startAutoLock(
      DEFAULT_AUTO_LOCK,
      () => {
        vault.lock();
      },
      {
        target: target as unknown as Window,
        document: fakeDocument() as unknown as Document,
        now: () => Date.now(),
      },
    );
    expect(vault.isUnlocked).toBe(true);
    vi.advanceTimersByTime(DEFAULT_AUTO_LOCK.idleMs);
    expect(vault.isUnlocked).toBe(false);
    expect(vault.cached('cases', 'a', 't1')).toBeUndefined();
    expect(() => vault.requireKey()).toThrow(/locked/);
  });
});

describe('auto-lock policy bounds', () => {
  it('clamps administrator settings into safe bounds', () => {
    expect(clampAutoLockPolicy({ idleMs: 10, hiddenMs: -5 })).toEqual({
      idleMs: 60_000,
      hiddenMs: 0,
    });
    expect(clampAutoLockPolicy({ idleMs: 24 * 3_600_000, hiddenMs: 3_600_000 })).toEqual({
      idleMs: 15 * 60_000,
      hiddenMs: 5 * 60_000,
    });
    expect(clampAutoLockPolicy({ idleMs: Number.NaN })).toEqual(DEFAULT_AUTO_LOCK);
    expect(clampAutoLockPolicy({})).toEqual(DEFAULT_AUTO_LOCK);
  });
});
