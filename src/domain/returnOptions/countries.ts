// Country lists for return-programme hints. These are the EXAMPLES named in the sources
// (domain.md §3), not complete lists: absence from a list never means "not eligible", only
// "check the current list". Programme lists change often; see returningfromgermany.de.

/** EU member states (ISO 3166-1 alpha-2): REAG/GARP excludes EU citizens. */
// prettier-ignore
export const EU_MEMBER_STATES: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];

/** StarthilfePlus categories since 1.1.2024 with the example countries from the sources. */
export const SHP_CATEGORIES = {
  /** (A) second Starthilfe in the destination country, regular amount. */
  'second-starthilfe-regular': ['RU', 'ML', 'SN', 'SD', 'CN'],
  /** (A) second Starthilfe, reduced where EURP is also available. */
  'second-starthilfe-reduced': ['IQ', 'NG', 'TR', 'PK', 'GH'],
  /** (B) housing support. */
  housing: ['AZ', 'IR', 'LB'],
  /** (C) long-term tolerated persons (≥ 2 years of Duldung): housing and medical support. */
  'long-term-tolerated': ['AL', 'BA', 'GE', 'ME', 'MK', 'RS', 'MD', 'UA'],
} as const satisfies Record<string, readonly string[]>;

export type ShpCategory = keyof typeof SHP_CATEGORIES;

/** EURP example countries named in the sources (about 35 countries in total). */
// prettier-ignore
export const EURP_EXAMPLE_COUNTRIES: readonly string[] = [
  'IQ', 'NG', 'PK', 'TR', 'MA', 'DZ', 'GH', 'GN', 'GM', 'SO', 'BD', 'IN', 'VN',
  'GE', 'AL', 'MK', 'RS', 'MD',
];

/** EURP countries with special rules (domain.md: Georgia, Albania, North Macedonia, Serbia, Moldova). */
export const EURP_SPECIAL_RULES: readonly string[] = ['GE', 'AL', 'MK', 'RS', 'MD'];
