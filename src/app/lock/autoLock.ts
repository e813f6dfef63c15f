/**
 * Automatic lock: after `idleMs` without user input, and `hiddenMs` after the app went to
 * the background (tab switched, tablet screen off). Timers in a hidden tab are throttled by
 * the browser, so on return we also compare the wall clock and lock if the time has passed.
 */
import type { AutoLockPolicy } from '../../storage/vault/lockPolicy';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

type Environment = {
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  now: () => number;
};

/** Starts the timers; returns a function that stops them. `lock` is called at most once. */
export function startAutoLock(
  policy: AutoLockPolicy,
  lock: () => void,
  env: Environment = { target: window, document, now: () => Date.now() },
): () => void {
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  let lastActivity = env.now();
  let hiddenSince: number | undefined;
  let done = false;

  const fire = () => {
    if (done) return;
    stop();
    lock();
  };
  const armIdle = () => {
    clearTimeout(idleTimer);
    lastActivity = env.now();
    idleTimer = setTimeout(fire, policy.idleMs);
  };
  const onVisibility = () => {
    if (env.document.visibilityState === 'hidden') {
      hiddenSince = env.now();
      clearTimeout(hiddenTimer);
      hiddenTimer = setTimeout(fire, policy.hiddenMs);
      return;
    }
    clearTimeout(hiddenTimer);
    const now = env.now();
    const overdueHidden = hiddenSince !== undefined && now - hiddenSince >= policy.hiddenMs;
    const overdueIdle = now - lastActivity >= policy.idleMs;
    hiddenSince = undefined;
    if (overdueHidden || overdueIdle) fire();
  };

  for (const name of ACTIVITY_EVENTS) {
    env.target.addEventListener(name, armIdle, { passive: true, capture: true });
  }
  env.document.addEventListener('visibilitychange', onVisibility);
  armIdle();
  if (env.document.visibilityState === 'hidden') onVisibility();

  function stop() {
    done = true;
    clearTimeout(idleTimer);
    clearTimeout(hiddenTimer);
    for (const name of ACTIVITY_EVENTS) {
      env.target.removeEventListener(name, armIdle, { capture: true });
    }
    env.document.removeEventListener('visibilitychange', onVisibility);
  }
  return stop;
}
