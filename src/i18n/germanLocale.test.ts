// The German interface is German: every text of locales/de is checked against a list of
// common English words (test/support/englishWords.ts), so that English left in a German text
// ("version until 31.12.2025", "Land task") fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishWordsIn } from '../../test/support/englishWords';

function* texts(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      // `_meta` describes the file's translation status in English, for translators.
      if (key !== '_meta') yield* texts(child, path ? `${path}.${key}` : key);
    }
  }
}

describe('German interface texts', () => {
  it('finds English words in a text', () => {
    expect(englishWordsIn('Fassung version until 31.12.2025')).toEqual(['version', 'until']);
    expect(englishWordsIn('Land task nach § 61 AufenthG')).toEqual(['task']);
    expect(englishWordsIn('Please wählen Sie {{name}}')).toEqual(['Please']);
    expect(englishWordsIn('Was die Person tun kann, so wie Programme es vorsehen')).toEqual([]);
    // A command name quoted on its own is a name, not prose; the same words in prose are not.
    expect(englishWordsIn('erzeugt mit „statistics-keygen“')).toEqual([]);
    expect(englishWordsIn('erzeugt mit statistics keygen')).toEqual(['statistics']);
    // Codes are not words: a checksum's hex groups, letters joined to digits.
    expect(englishWordsIn('von Ben Yilmaz; Prüfsumme dca4 f2be faa be')).toEqual([]);
    expect(englishWordsIn('Aktenzeichen f2be, Fassung version 2')).toEqual(['version']);
  });

  it('has no English words in any German locale file', () => {
    const found: string[] = [];
    for (const file of readdirSync('locales/de').filter((f) => f.endsWith('.json'))) {
      const data: unknown = JSON.parse(readFileSync(`locales/de/${file}`, 'utf8'));
      for (const [key, text] of texts(data, '')) {
        const words = englishWordsIn(text);
        if (words.length > 0) found.push(`${file} ${key}: ${words.join(', ')}`);
      }
    }
    expect(found).toEqual([]);
  });
});
