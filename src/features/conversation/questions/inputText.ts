// Text ⇄ value conversions for the free-text inputs of the fact questions. Anything that does
// not parse is passed on unchanged, so the CaseFacts schema reports it with its own message.
import { formatIsoDate, isIsoDate } from '../../../domain';

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

const NUMBER = /^[+-]?\d+([.,]\d+)?$/;

/** A number (decimal comma or point), `undefined` for blank text, else the text as typed. */
export function parseNumberText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return NUMBER.test(trimmed) ? Number(trimmed.replace(',', '.')) : text;
}

/** Shows a stored number with the decimal separator of the interface language. */
export function formatNumberText(value: unknown, language: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const text = String(value);
    return language.startsWith('de') ? text.replace('.', ',') : text;
  }
  return typeof value === 'string' ? value : '';
}

/** Language tags typed into one field, separated by commas, semicolons or spaces. */
export function parseLanguageTags(text: string): string[] {
  return text.split(/[\s,;]+/).filter((tag) => tag !== '');
}

/** The strings of an array value; anything else counts as no entries. */
export function stringsOf(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

export function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
