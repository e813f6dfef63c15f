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
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
