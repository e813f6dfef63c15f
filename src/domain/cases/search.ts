// Case search on the device. Counsellors type names as they hear them: "Muller" must find
// "Müller", "Strasse" must find "Straße", and the order of words must not matter.
import type { CaseRecord } from './schema';

/** What search looks at: a full case record, or the case list's digest of one. */
export type SearchableCase = {
  readonly profile: Pick<CaseRecord['profile'], 'displayName' | 'fileNumber'>;
  readonly facts: Pick<CaseRecord['facts'], 'nationality'>;
};

/** Lower case without diacritics (NFD, combining marks removed); ß becomes ss. */
export function normaliseForSearch(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

/**
 * True if every whitespace-separated token of `query` occurs in the display name, the file
 * number, the nationality code or (if `nationalityLabel` is given) the nationality's name.
 * An empty query matches every case.
 */
export function caseMatchesQuery(
  record: SearchableCase,
  query: string,
  nationalityLabel?: (code: string) => string,
): boolean {
  const tokens = normaliseForSearch(query)
    .split(/\s+/)
    .filter((t) => t !== '');
  if (tokens.length === 0) return true;
  const nationality = record.facts.nationality;
  const fields = [
    record.profile.displayName,
    record.profile.fileNumber ?? '',
    nationality ?? '',
    nationality !== undefined && nationalityLabel ? nationalityLabel(nationality) : '',
  ].map(normaliseForSearch);
  return tokens.every((token) => fields.some((field) => field.includes(token)));
}
