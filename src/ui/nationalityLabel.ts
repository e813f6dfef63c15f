/**
 * Display name of a nationality value ('DE', 'stateless', 'unknown') in `language`, via
 * Intl so no country list has to be translated by hand. `special` supplies the texts for
 * the two non-country values.
 */
export function nationalityLabel(
  code: string | undefined,
  language: string,
  special: { stateless: string; unknown: string },
): string {
  if (code === undefined) return '';
  if (code === 'stateless') return special.stateless;
  if (code === 'unknown') return special.unknown;
  try {
    return regionNames(language).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One Intl.DisplayNames per language: the case list labels thousands of rows. */
const namesByLanguage = new Map<string, Intl.DisplayNames>();
function regionNames(language: string): Intl.DisplayNames {
  let names = namesByLanguage.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region' });
    namesByLanguage.set(language, names);
  }
  return names;
}
