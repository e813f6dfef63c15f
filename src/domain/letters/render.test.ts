// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { TEST_BLOCK_IDS, TEST_LETTER } from './letters.fixtures';
import {
  blockTextFor,
  fillText,
  LETTER_BLANK,
  renderLetter,
  segmentsText,
  type LetterFormatters,
} from './render';
import { departureLetterSchema, type DepartureLetter } from './schema';

const letter = departureLetterSchema.parse(TEST_LETTER);
/** Formatters that show what was asked for, so the test sees language and raw value. */
const format: LetterFormatters = {
  date: (iso, lang) => `${lang}:${iso}`,
  nationality: (code, lang) => (code === 'XX' ? undefined : `${lang}:${code}`),
};
const data = {
  name: 'Amal Beispiel',
  birthDate: '1990-04-01',
  nationality: 'SY',
  fileNumber: 'AZ-1',
  departureDeadline: '2027-01-15',
  handedOutOn: '2026-12-04',
  organisation: 'Test-ABH',
};

describe('renderLetter', () => {
  it('fills every placeholder, keeps the order of blocks and paragraphs', () => {
    const de = renderLetter(letter, data, 'de', format);
    expect(de.blocks.map((b) => b.id)).toEqual([...TEST_BLOCK_IDS]);
    const [first, second, third] = de.blocks;
    expect(segmentsText(first?.heading ?? [])).toBe('Testschreiben für Amal Beispiel');
    expect(first?.paragraphs.map(segmentsText)).toEqual([
      'Erfundener Testtext ohne rechtliche Bedeutung.\nGeboren am de:1990-04-01, Staatsangehörigkeit de:SY.',
      'Aktenzeichen AZ-1.',
    ]);
    expect(second?.heading).toBeUndefined();
    expect(segmentsText(second?.paragraphs[0] ?? [])).toBe(
      'Testfrist: de:2027-01-15. Ausgehändigt am de:2026-12-04.',
    );
    expect(third?.paragraphs[0]).toEqual([
      { kind: 'text', text: 'Erfundener Gruß von ' },
      { kind: 'value', placeholder: 'organisation', text: 'Test-ABH' },
      { kind: 'text', text: '.' },
    ]);
    expect(de.blocks.every((b) => !b.fallback && b.lang === 'de')).toBe(true);
  });

  it('uses the translation where there is one and German, marked, where not', () => {
    const ar = renderLetter(letter, data, 'ar', format);
    expect(ar.blocks.map((b) => [b.lang, b.fallback])).toEqual([
      ['ar', false],
      ['de', true],
      ['ar', false],
    ]);
    // A German fallback block formats its values in German too.
    expect(segmentsText(ar.blocks[1]?.paragraphs[0] ?? [])).toContain('de:2027-01-15');
    expect(segmentsText(ar.blocks[0]?.paragraphs[0] ?? [])).toContain('ar:1990-04-01');
  });

  it('leaves a blank line for every missing or blank value', () => {
    const rendered = renderLetter(
      letter,
      { name: '  ', nationality: 'XX', organisation: 'Test-ABH' },
      'de',
      format,
    );
    const text = rendered.blocks.flatMap((b) => b.paragraphs.map(segmentsText)).join('\n');
    expect(text).toContain(`Geboren am ${LETTER_BLANK}, Staatsangehörigkeit ${LETTER_BLANK}.`);
    expect(text).toContain(`Testfrist: ${LETTER_BLANK}. Ausgehändigt am ${LETTER_BLANK}.`);
    expect(segmentsText(rendered.blocks[0]?.heading ?? [])).toBe(
      `Testschreiben für ${LETTER_BLANK}`,
    );
    expect(rendered.blocks[0]?.heading?.[1]).toEqual({ kind: 'blank', placeholder: 'name' });
  });

  it('prints a name that is not a placeholder as written (only a letter that skipped validation)', () => {
    expect(fillText('a {{ foo }} b', {}, 'de', format)).toEqual([
      { kind: 'text', text: 'a {{foo}} b' },
    ]);
  });

  it('refuses a block without German (never a validated letter)', () => {
    const broken = {
      reviewedOn: '2026-12-01',
      blocks: [{ id: TEST_BLOCK_IDS[0], texts: { en: { text: 'x' } } }],
    } as unknown as DepartureLetter;
    expect(() => renderLetter(broken, {}, 'fr', format)).toThrow(RangeError);
    expect(blockTextFor(letter.blocks[1]!, 'de')).toMatchObject({ lang: 'de', fallback: false });
  });
});
