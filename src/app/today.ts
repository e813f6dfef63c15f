import type { IsoDate } from '../domain';

/** Today's date on this device (local time zone), as the domain's `asOf`. */
export function todayIso(now = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
