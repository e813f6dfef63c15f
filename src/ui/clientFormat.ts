/** Calendar dates are ISO strings (YYYY-MM-DD), as in the domain. */
type IsoDate = string;

/**
 * A calendar date in the client's language via Intl (noon avoids any time-zone shift). An
 * engine without data for the locale falls back to its default; the date stays readable.
 */
export function formatClientDate(date: IsoDate, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(`${date}T12:00:00`));
}

/** A language's name in another language ("Arabisch", "العربية"), or the code. */
export function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
