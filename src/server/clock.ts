/** The server's time source; tests inject a controllable one (token expiry, throttling). */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/**
 * The calendar day in Germany at `at` (YYYY-MM-DD): consents are dated by the German day,
 * whatever time zone the server runs in.
 */
export function germanDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
