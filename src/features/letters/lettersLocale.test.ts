// The letter's counsellor texts (namespace `letters`) exist in German and English with the
// same keys, for every validation code and placeholder the domain has; the domain's list of
// letter languages is the app's list of client languages.
import { describe, expect, it } from 'vitest';
import { LETTER_LANGUAGES, LETTER_PLACEHOLDER_IDS, LETTER_VALIDATION } from '../../domain/letters';
import { clientLanguages } from '../../i18n/languages';
import de from '../../../locales/de/letters.json';
import en from '../../../locales/en/letters.json';

function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leaves(value, prefix === '' ? key : `${prefix}.${key}`),
  );
}
const lookup = (root: unknown, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);

describe('letters locale', () => {
  it('German and English have the same keys', () => {
    expect(leaves(en).sort()).toEqual(leaves(de).sort());
  });

  it.each([
    ['de', de],
    ['en', en],
  ] as const)('%s has a text for every validation code and placeholder', (_lang, texts) => {
    for (const key of Object.values(LETTER_VALIDATION)) {
      expect(lookup(texts, key.replace('letters:', '')), key).toEqual(expect.any(String));
    }
    for (const id of LETTER_PLACEHOLDER_IDS) {
      expect(lookup(texts, `placeholders.meaning.${id}`), id).toEqual(expect.any(String));
      expect(lookup(texts, `placeholders.short.${id}`), id).toEqual(expect.any(String));
    }
  });

  it('offers translations in exactly the client languages', () => {
    expect([...LETTER_LANGUAGES].sort()).toEqual(clientLanguages.map((l) => l.code).sort());
  });
});
