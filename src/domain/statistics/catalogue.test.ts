// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// The catalogue version is a contract between servers: its fingerprint must be the documented
// hash of what is counted, so another release (or another implementation) computes the same.
// The fingerprint of the real catalogue is checked in src/content/statisticsCatalogue.test.ts.
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_FINGERPRINTS,
  CATALOGUE_VERSION,
  catalogueFingerprint,
  catalogueShape,
  isKnownCatalogueVersion,
} from './catalogue';
import { STATISTICS_COLUMNS } from './columns';
import { vocabulary } from './statistics.fixtures';

/** FNV-1a, 64 bit, over UTF-16 code units, written out independently of catalogue.ts. */
function fnv1a64(text: string): string {
  let hash = BigInt('14695981039346656037');
  for (const unit of Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))) {
    hash = BigInt.asUintN(64, (hash ^ BigInt(unit)) * BigInt('1099511628211'));
  }
  return hash.toString(16).padStart(16, '0');
}

describe('catalogue fingerprint', () => {
  it('the reference hash gives the published FNV-1a test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('is the FNV-1a hash of the catalogue shape as JSON', () => {
    const fingerprint = catalogueFingerprint(vocabulary);
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint).toBe(fnv1a64(JSON.stringify(catalogueShape(vocabulary))));
  });

  it('changes when a category changes, even if only its id', () => {
    const renamed = {
      ...vocabulary,
      templates: vocabulary.templates.map((t, i) =>
        i === 0 ? { ...t, sections: [{ id: 'begin', labelKey: 'x' }, ...t.sections.slice(1)] } : t,
      ),
    };
    expect(catalogueFingerprint(renamed)).not.toBe(catalogueFingerprint(vocabulary));
    // Labels are not part of the contract: renaming one keeps the fingerprint.
    const relabelled = {
      ...vocabulary,
      checklists: {
        ...vocabulary.checklists,
        'support-needs': vocabulary.checklists['support-needs']!.map((c) => ({
          ...c,
          labelKey: 'other.label',
        })),
      },
    };
    expect(catalogueFingerprint(relabelled)).toBe(catalogueFingerprint(vocabulary));
  });
});

describe('catalogue shape', () => {
  it('fixes the columns, and per indicator its unit and category ids in order', () => {
    const shape = catalogueShape(vocabulary);
    expect(shape.columns).toEqual(STATISTICS_COLUMNS);
    const conversations = shape.indicators.find((d) => d.id === 'conversations');
    expect(conversations).toEqual({
      id: 'conversations',
      unit: 'conversation',
      categories: ['perspektivgespraech', 'fruehe-rueckkehrberatung', 'other-template'],
    });
    expect(shape.indicators.find((d) => d.id === 'support-needs')?.categories).toEqual([
      'support-needs:travel-costs',
      'support-needs:housing',
    ]);
  });
});

describe('catalogue versions', () => {
  it('knows its own version and no other name, not even one inherited from Object', () => {
    expect(isKnownCatalogueVersion(CATALOGUE_VERSION)).toBe(true);
    expect(Object.keys(CATALOGUE_FINGERPRINTS)).toEqual([CATALOGUE_VERSION]);
    expect(isKnownCatalogueVersion('perspektive-2026-11')).toBe(false);
    expect(isKnownCatalogueVersion('constructor')).toBe(false);
    expect(isKnownCatalogueVersion('__proto__')).toBe(false);
  });
});
