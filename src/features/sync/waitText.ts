import type { TFunction } from 'i18next';

/**
 * How long to wait, in words ("30 Sekunden", "2 Minuten"), from the server's Retry-After
 * seconds; without one, "einige Minuten". Minutes are rounded up, so the user never tries
 * again too early.
 */
export function waitText(t: TFunction<'sync'>, seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) {
    return t('wait.unknown');
  }
  if (seconds < 60) return t('wait.seconds', { count: Math.ceil(seconds) });
  return t('wait.minutes', { count: Math.ceil(seconds / 60) });
}
