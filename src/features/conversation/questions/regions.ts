// Countries for the nationality question, named in the interface language by the browser's
// own CLDR data (Intl.DisplayNames), so no country list ships with the app.
//
// Which codes: every two-letter code for which CLDR knows a region name, that is its own
// canonical form (drops deprecated aliases such as BU → MM, DD → DE, UK → GB, YU), minus the
// codes below that are not ISO 3166-1 country codes. XK (Kosovo) is kept on purpose: it is a
// user-assigned code, but Germany and the EU use it, and Kosovo is a common nationality in
// return counselling.
const NOT_COUNTRIES: ReadonlySet<string> = new Set([
  // Exceptionally reserved in ISO 3166-1, not assigned to a country.
  'AC', // Ascension Island (part of SH)
  'CP', // Clipperton Island
  'CQ', // Sark
  'DG', // Diego Garcia
  'EA', // Ceuta and Melilla
  'EU', // European Union
  'EZ', // Eurozone
  'IC', // Canary Islands
  'TA', // Tristan da Cunha (part of SH)
  'UN', // United Nations
  // User-assigned codes CLDR uses for other things.
  'QO', // Outlying Oceania
  'XA', // pseudo-locale
  'XB', // pseudo-locale
  'ZZ', // unknown region
]);

export type Country = { readonly code: string; readonly name: string };

let codes: readonly string[] | undefined;

/** ISO 3166-1 alpha-2 codes known to this browser, plus XK. */
export function countryCodes(): readonly string[] {
  if (codes) return codes;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const found: string[] = [];
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second);
      if (NOT_COUNTRIES.has(code)) continue;
      const name = names.of(code);
      if (name === undefined || name === code) continue;
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      found.push(code);
    }
  }
  codes = found;
  return found;
}

const byLanguage = new Map<string, readonly Country[]>();

/** All countries with their names in `language`, sorted by name in that language. */
export function countries(language: string): readonly Country[] {
  const cached = byLanguage.get(language);
  if (cached) return cached;
  const names = new Intl.DisplayNames([language, 'de'], { type: 'region' });
  const collator = new Intl.Collator([language, 'de']);
  const list = countryCodes()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
  byLanguage.set(language, list);
  return list;
}

/** The name of a language tag in `language`; the tag itself when the browser does not know it. */
export function languageName(tag: string, language: string): string {
  try {
    return new Intl.DisplayNames([language, 'de'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
