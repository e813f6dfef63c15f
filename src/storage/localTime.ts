/**
 * An instant as an ISO datetime in the device's local time with its offset
 * (`2026-11-21T00:30:00.000+01:00`). Session timestamps are written this way so that their
 * date part is the local calendar day the counsellor sees — a UTC timestamp would put a
 * conversation finalised at 00:30 in Germany on the previous day.
 */
export function localIsoDateTime(instant: Date): string {
  const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');
  const offset = -instant.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}` +
    `T${pad(instant.getHours())}:${pad(instant.getMinutes())}:${pad(instant.getSeconds())}` +
    `.${pad(instant.getMilliseconds(), 3)}${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}
