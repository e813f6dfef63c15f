// The catalogue version is a promise to every statistics office: the same name always means
// the same indicators, categories and columns. This fails when the content changes what is
// counted while CATALOGUE_VERSION stays the same — then name a new version (and keep the old
// fingerprint only if this release can still read reports of it).
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_FINGERPRINTS,
  CATALOGUE_VERSION,
  catalogueFingerprint,
  isKnownCatalogueVersion,
} from '../domain';
import { statisticsVocabulary } from './statisticsVocabulary';

describe('statistics catalogue version', () => {
  it('the current catalogue has the fingerprint recorded for its version', () => {
    expect(catalogueFingerprint(statisticsVocabulary())).toBe(
      CATALOGUE_FINGERPRINTS[CATALOGUE_VERSION],
    );
  });

  it('knows only the versions it has fingerprints for', () => {
    expect(isKnownCatalogueVersion(CATALOGUE_VERSION)).toBe(true);
    expect(isKnownCatalogueVersion('perspektive-2099-01')).toBe(false);
    expect(isKnownCatalogueVersion('__proto__')).toBe(false);
  });
});
