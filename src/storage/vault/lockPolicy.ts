// Auto-lock policy (see app/lock/autoLock.ts for the timers that apply it).
export type AutoLockPolicy = { idleMs: number; hiddenMs: number };

/** The preference key the policy is stored under (written by sync, read by the lock). */
export const AUTO_LOCK_PREFERENCE = 'autoLockPolicy';

export const DEFAULT_AUTO_LOCK: AutoLockPolicy = { idleMs: 5 * 60_000, hiddenMs: 60_000 };

/** Safe bounds an administrator may choose from; anything outside is clamped. */
export const AUTO_LOCK_BOUNDS = {
  idleMs: { min: 60_000, max: 15 * 60_000 },
  hiddenMs: { min: 0, max: 5 * 60_000 },
} as const;

export function clampAutoLockPolicy(policy: Partial<AutoLockPolicy>): AutoLockPolicy {
  const clamp = (value: number | undefined, fallback: number, b: { min: number; max: number }) =>
    value === undefined || !Number.isFinite(value)
      ? fallback
      : Math.min(b.max, Math.max(b.min, Math.round(value)));
  return {
    idleMs: clamp(policy.idleMs, DEFAULT_AUTO_LOCK.idleMs, AUTO_LOCK_BOUNDS.idleMs),
    hiddenMs: clamp(policy.hiddenMs, DEFAULT_AUTO_LOCK.hiddenMs, AUTO_LOCK_BOUNDS.hiddenMs),
  };
}
