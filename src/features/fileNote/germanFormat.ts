// The file note is a German document: its dates are formatted the German way whatever the
// UI language is. Calendar dates (`YYYY-MM-DD`) carry no time zone and are formatted in
// UTC so they never shift by a day; instants (ISO datetimes) in German legal time.
import type { FileNoteParams } from '../../domain';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const DATE = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const DATE_TIME = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Berlin',
});

/** `2026-11-10` → `10.11.2026`; anything unparseable is returned as it is. */
export function germanDate(iso: string): string {
  const instant = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(instant) ? iso : DATE.format(instant);
}

/** `2026-11-20T13:05:00Z` → `20.11.2026, 14:05` (Europe/Berlin). */
export function germanDateTime(iso: string): string {
  const instant = Date.parse(iso);
  return Number.isNaN(instant) ? iso : DATE_TIME.format(instant);
}

/** A param value as it should appear in the German text: ISO dates and datetimes formatted. */
export function germanValue(value: string | number): string | number {
  if (typeof value !== 'string') return value;
  if (ISO_DATE.test(value)) return germanDate(value);
  if (ISO_DATETIME.test(value)) return germanDateTime(value);
  return value;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['de'], { type: 'language', fallback: 'code' });

/** `ar` → `Arabisch`; a tag the runtime does not know (or an invalid one) stays as it is. */
export function germanLanguageName(tag: string): string {
  try {
    return LANGUAGE_NAMES.of(tag) ?? tag;
  } catch {
    return tag; // not a well-formed language tag
  }
}

/** Params in German: dates formatted, a `language` param (a language tag) named. */
export function germanParams(params: FileNoteParams | undefined): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([name, value]) => [
      name,
      name === 'language' && typeof value === 'string'
        ? germanLanguageName(value)
        : germanValue(value),
    ]),
  );
}
