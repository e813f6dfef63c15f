// Text ⇄ ISO date for the TT.MM.JJJJ date inputs (ui/DateInput). Anything that does not parse
// is passed on unchanged, so the form's schema reports it with its own message.
import { formatIsoDate, isIsoDate } from '../domain';

/** D.M.YYYY with `.`, `/`, `-`, `,` or a space between the parts (tablet keypads differ). */
const DAY_MONTH_YEAR = /^(\d{1,2})[./\-, ](\d{1,2})[./\-, ](\d{4})$/;
/** DDMMYYYY without separators: iPad's numeric keypad has no full stop. */
const COMPACT = /^(\d{2})(\d{2})(\d{4})$/;

/**
 * Reads a typed date: `TT.MM.JJJJ` (also `T.M.JJJJ`, `TTMMJJJJ`) or ISO `YYYY-MM-DD`.
 * Returns the ISO date when it is a real calendar date, `undefined` for blank text, and
 * otherwise the text as typed (so validation shows "please enter a valid date").
 */
export function parseDateText(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (isIsoDate(trimmed)) return trimmed;
  const match = DAY_MONTH_YEAR.exec(trimmed) ?? COMPACT.exec(trimmed);
  if (match) {
    const iso = formatIsoDate({
      year: Number(match[3]),
      month: Number(match[2]),
      day: Number(match[1]),
    });
    if (isIsoDate(iso)) return iso;
  }
  return text;
}

/** Shows a stored value: an ISO date as `TT.MM.JJJJ`, raw (invalid) text as it is. */
export function formatDateText(value: unknown): string {
  if (isIsoDate(value)) {
    const [year, month, day] = value.split('-');
    return `${day ?? ''}.${month ?? ''}.${year ?? ''}`;
  }
  return typeof value === 'string' ? value : '';
}
