// Text ⇄ value conversions for the free-text inputs of the fact questions. Anything that does
// not parse is passed on unchanged, so the CaseFacts schema reports it with its own message.

export { formatDateText, parseDateText } from '../../../ui/dateText';

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
