/** Calendar dates are ISO strings (YYYY-MM-DD), as in the domain. */
type IsoDate = string;

const primary = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/** Whether this browser's Intl has data for the language (else it silently uses its own). */
function intlSupports(lang: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([lang]).some((l) => primary(l) === primary(lang));
  } catch {
    return false;
  }
}

/**
 * A calendar date in the client's language via Intl (noon avoids any time-zone shift). When
 * the browser has no data for the language (Chromium lacks some, e.g. Tigrinya), a month
 * name in another language would be wrong: the date is written as digits (21.11.2026).
 */
export function formatClientDate(date: IsoDate, lang: string): string {
  if (!intlSupports(lang)) return formatNumericDate(date);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(`${date}T12:00:00`));
}

/**
 * A calendar date as digits, 21.11.2026: the same in every language and script, for dates
 * that must read alike in a translation and its authoritative German text.
 */
export function formatNumericDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day ?? ''}.${month ?? ''}.${year ?? ''}`;
}

/** A language's name in another language ("Arabisch", "العربية"), or the code. */
export function languageName(code: string, inLanguage: string): string {
  try {
    const name = intlSupports(inLanguage)
      ? new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code)
      : undefined;
    // Without data for the reader's language, the language's own name is the best guess.
    return name ?? new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
