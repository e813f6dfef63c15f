// Statistics are published per calendar quarter only. Quarters never overlap and a quarter's
// figures do not depend on the range asked for, so no two answers can be subtracted from each
// other to isolate a smaller group. Months or years would be sums or parts of quarters and
// would open exactly that door (see suppress.ts), so they are not offered.
import { isIsoDate, type IsoDate } from '../dates';

/** `YYYY-Qn`, e.g. `2026-Q1`. */
export type Quarter = string;

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** At most this many quarters per request: five years is plenty for a report. */
export const MAX_QUARTERS = 20;

export function isQuarter(value: unknown): value is Quarter {
  return typeof value === 'string' && QUARTER.test(value);
}

function parts(q: Quarter): { year: number; n: number } {
  const m = QUARTER.exec(q);
  if (!m) throw new RangeError('not a quarter');
  return { year: Number(m[1]), n: Number(m[2]) };
}

/** The quarter of a date (`YYYY-MM-DD`) or of an ISO datetime's local date part. */
export function quarterOf(dateOrDateTime: string): Quarter | undefined {
  const date = dateOrDateTime.slice(0, 10);
  if (!isIsoDate(date)) return undefined;
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  const x = parts(a);
  const y = parts(b);
  return x.year - y.year || x.n - y.n;
}

/** Every quarter from `from` to `to` inclusive (empty when `to` is before `from`). */
export function quartersBetween(from: Quarter, to: Quarter): Quarter[] {
  const result: Quarter[] = [];
  let { year, n } = parts(from);
  while (compareQuarters(`${year}-Q${n}`, to) <= 0 && result.length <= MAX_QUARTERS) {
    result.push(`${year}-Q${n}`);
    n += 1;
    if (n > 4) {
      n = 1;
      year += 1;
    }
  }
  return result;
}

/** The quarter `n` quarters after (or, negative, before) `q`. */
export function addQuarters(q: Quarter, n: number): Quarter {
  const { year, n: index } = parts(q);
  const total = year * 4 + index - 1 + n;
  return `${Math.floor(total / 4)}-Q${(total % 4) + 1}`;
}

/** First and last day of a quarter. */
export function quarterBounds(q: Quarter): { first: IsoDate; last: IsoDate } {
  const { year, n } = parts(q);
  const firstMonth = (n - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const pad = (v: number) => String(v).padStart(2, '0');
  const lastDay = lastMonth === 3 || lastMonth === 12 ? 31 : 30;
  return { first: `${year}-${pad(firstMonth)}-01`, last: `${year}-${pad(lastMonth)}-${lastDay}` };
}
