// The indicator catalogue as a versioned contract between organisations. A quarterly report
// (report.ts) names the catalogue version it was counted with; a statistics office adds up
// only reports of the version it knows, because two versions may count different things
// under the same id. The version is a name chosen by hand; its fingerprint (below) is derived
// from what the catalogue actually contains, and a test in src/content fails when the
// catalogue changes while the version stays the same.
import { STATISTICS_COLUMNS } from './columns';
import { indicatorCatalogue, type StatisticsVocabulary } from './indicators';

/** The catalogue this release counts with. A new catalogue is a new version, never an edit. */
export const CATALOGUE_VERSION = 'perspektive-2026-12';

/** Fingerprints of the catalogue versions this release can read (only its own for now). */
export const CATALOGUE_FINGERPRINTS: Readonly<Record<string, string>> = {
  'perspektive-2026-12': 'b11f3d95afd42a3f',
};

/** What a catalogue version fixes: the indicators, their categories and every column. */
export function catalogueShape(vocabulary: StatisticsVocabulary) {
  return {
    columns: STATISTICS_COLUMNS,
    indicators: indicatorCatalogue(vocabulary).map((d) => ({
      id: d.id,
      unit: d.unit,
      categories: d.categories.map((c) => c.id),
    })),
  };
}

/**
 * A 64-bit FNV-1a hash of the shape as JSON (keys in a fixed order), as 16 hex digits. Not a
 * security measure — reports are signed — only a check that a version name means one shape.
 */
export function catalogueFingerprint(vocabulary: StatisticsVocabulary): string {
  const text = JSON.stringify(catalogueShape(vocabulary));
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Whether this release can add up reports of `version`. */
export function isKnownCatalogueVersion(version: string): boolean {
  return Object.hasOwn(CATALOGUE_FINGERPRINTS, version);
}
