// Offline search of the support directory by postcode or municipality. Pure: the device's
// copy of the directory comes in, the matching offers go out in a stable, documented order.
import { SUPPORT_OFFER_KINDS, type SupportOffer, type SupportOfferKind } from './schema';

export type DirectoryQuery = {
  /** A 5-digit postcode, or (the start of) a municipality's name; empty: every offer. */
  readonly query: string;
  /** Only these kinds (empty or absent: all). */
  readonly kinds?: readonly SupportOfferKind[];
  /** Only offers where this language is spoken (ISO code). */
  readonly language?: string;
};

export type DirectoryMatch = {
  readonly offer: SupportOffer;
  /** Why it matched: a local area, or it covers the whole state or country. */
  readonly reason: 'postcode' | 'municipality' | 'state' | 'federal' | 'all';
  /** The municipalities of the offer that matched the query (local offers). */
  readonly municipalities: readonly string[];
};

/** Digits only: a postcode or its beginning ("591" finds 59174 and 59192). */
const POSTCODE = /^\d{1,5}$/;
const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Text for comparing place names: lower case, "ä/ö/ü/ß" spelled "ae/oe/ue/ss", other
 * diacritics removed, punctuation as spaces: "Lünen" and "LUENEN" both become "luenen".
 */
export function foldPlaceName(value: string): string {
  return value
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUTS[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The same name with umlauts simply stripped ("Lünen" → "lunen"), the other common spelling. */
function stripPlaceName(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `name` or one of its words starts with the query (both spellings of umlauts). */
function namePrefixMatches(name: string, query: string): boolean {
  const q = [foldPlaceName(query), stripPlaceName(query)];
  const candidates = [foldPlaceName(name), stripPlaceName(name)];
  return candidates.some((c) =>
    q.some((w) => w !== '' && (c.startsWith(w) || c.split(' ').some((part) => part.startsWith(w)))),
  );
}

const SCOPE_RANK = { local: 0, state: 1, federal: 2 } as const;

/**
 * Offers for a query, in this order:
 * 1. local offers whose areas match — by postcode (digits: the postcode or its beginning) or
 *    by municipality name
 *    (prefix of the name or of one of its words, case- and diacritics-insensitive,
 *    "ü" = "ue" = "u");
 * 2. then offers for the whole state, 3. then the whole country — these always appear for a
 *    non-empty query, because they help wherever the person lives;
 * within each group by kind (catalogue order) and then by name (German collation), ties by id.
 * An empty query lists every offer in the same order. Kind and language filters apply to all.
 */
export function searchOffers(
  offers: readonly SupportOffer[],
  { query, kinds, language }: DirectoryQuery,
): DirectoryMatch[] {
  const q = query.trim();
  const matches: DirectoryMatch[] = [];
  for (const offer of offers) {
    if (kinds && kinds.length > 0 && !kinds.includes(offer.kind)) continue;
    if (language && !offer.languages.includes(language)) continue;
    const match = matchOne(offer, q);
    if (match) matches.push(match);
  }
  const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
  return matches.sort(
    (a, b) =>
      SCOPE_RANK[a.offer.coverage.scope] - SCOPE_RANK[b.offer.coverage.scope] ||
      SUPPORT_OFFER_KINDS.indexOf(a.offer.kind) - SUPPORT_OFFER_KINDS.indexOf(b.offer.kind) ||
      collator.compare(a.offer.name, b.offer.name) ||
      (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0),
  );
}

function matchOne(offer: SupportOffer, q: string): DirectoryMatch | undefined {
  const { coverage } = offer;
  if (coverage.scope !== 'local') {
    return { offer, reason: q === '' ? 'all' : coverage.scope, municipalities: [] };
  }
  if (q === '') return { offer, reason: 'all', municipalities: [] };
  if (POSTCODE.test(q)) {
    const areas = coverage.areas.filter((a) => a.postcodes.some((p) => p.startsWith(q)));
    return areas.length > 0
      ? { offer, reason: 'postcode', municipalities: areas.map((a) => a.municipality) }
      : undefined;
  }
  const areas = coverage.areas.filter((a) => namePrefixMatches(a.municipality, q));
  return areas.length > 0
    ? { offer, reason: 'municipality', municipalities: areas.map((a) => a.municipality) }
    : undefined;
}

/** Every municipality named in the directory, sorted (for the search field's suggestions). */
export function directoryMunicipalities(offers: readonly SupportOffer[]): string[] {
  const names = new Set<string>();
  for (const offer of offers) {
    if (offer.coverage.scope === 'local') {
      for (const area of offer.coverage.areas) names.add(area.municipality);
    }
  }
  const collator = new Intl.Collator('de');
  return [...names].sort((a, b) => collator.compare(a, b));
}
