// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { TEST_LETTER } from './letters.fixtures';
import {
  departureLetterSchema,
  LETTER_LIMITS,
  LETTER_VALIDATION as V,
  type DepartureLetterInput,
} from './schema';

type BlockInput = DepartureLetterInput['blocks'][number];
const id = (n: number) => `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const block = (texts: BlockInput['texts'], n = 1): BlockInput => ({ id: id(n), texts });

/** "path: code" of every issue of a letter with the given blocks. */
function issues(blocks: BlockInput[], reviewedOn = '2026-12-01'): string[] {
  const result = departureLetterSchema.safeParse({ blocks, reviewedOn });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('departureLetterSchema', () => {
  it('accepts the test letter and trims texts; an empty heading counts as none', () => {
    const parsed = departureLetterSchema.parse(TEST_LETTER);
    expect(parsed.blocks).toHaveLength(3);
    const spaced = departureLetterSchema.parse({
      reviewedOn: '2026-12-01',
      blocks: [block({ de: { heading: '  ', text: '  Text  ' } })],
    });
    expect(spaced.blocks[0]?.texts.de).toEqual({ heading: undefined, text: 'Text' });
  });

  it('requires German in every block, names the block, and refuses unknown languages', () => {
    expect(issues([block({ de: { text: 'a' } }), block({ ar: { text: 'نص' } }, 2)])).toEqual([
      `blocks.1.texts.de.text: ${V.germanText}`,
    ]);
    expect(issues([block({ de: { text: '  ' } })])).toEqual([
      `blocks.0.texts.de.text: ${V.required}`,
    ]);
    expect(
      issues([block({ de: { text: 'a' }, xx: { text: 'b' } } as BlockInput['texts'])]),
    ).toEqual([`blocks.0.texts: ${V.language}`]);
  });

  it('refuses unknown and malformed placeholders where they are written', () => {
    expect(issues([block({ de: { text: 'Hallo {{vorname}}' } })])).toEqual([
      `blocks.0.texts.de.text: ${V.placeholderUnknown}`,
    ]);
    expect(issues([block({ de: { heading: 'Für {{name}', text: 'x' } })])).toEqual([
      `blocks.0.texts.de.heading: ${V.placeholderSyntax}`,
    ]);
    expect(issues([block({ de: { text: 'ok {{name}}' }, ar: { text: '{{nam}}' } }, 3)])).toEqual([
      `blocks.0.texts.ar.text: ${V.placeholderUnknown}`,
    ]);
  });

  it('requires a translation to use exactly the German placeholders', () => {
    const de = { heading: 'An {{name}}', text: 'Frist {{departureDeadline}}' };
    expect(
      issues([block({ de, ar: { heading: '{{name}}', text: '{{departureDeadline}}' } })]),
    ).toEqual([]);
    // Order and repetition do not matter; heading and text count together.
    expect(
      issues([
        block({ de, fr: { heading: 'À', text: '{{departureDeadline}} {{name}} {{name}}' } }),
      ]),
    ).toEqual([]);
    expect(issues([block({ de, ar: { heading: '{{name}}', text: 'بدون' } })])).toEqual([
      `blocks.0.texts.ar.text: ${V.placeholderMismatch}`,
    ]);
    expect(
      issues([
        block({ de, tr: { heading: '{{name}}', text: '{{departureDeadline}} {{fileNumber}}' } }),
      ]),
    ).toEqual([`blocks.0.texts.tr.text: ${V.placeholderMismatch}`]);
  });

  it('requires a heading in a translation exactly when German has one', () => {
    expect(issues([block({ de: { heading: 'Titel', text: 'a' }, en: { text: 'a' } })])).toEqual([
      `blocks.0.texts.en.heading: ${V.headingMissing}`,
    ]);
    expect(issues([block({ de: { text: 'a' }, en: { heading: 'Title', text: 'a' } })])).toEqual([
      `blocks.0.texts.en.heading: ${V.headingExtra}`,
    ]);
  });

  it('keeps the number of blocks, their ids, sizes and the review date in bounds', () => {
    expect(issues([])).toEqual([`blocks: ${V.blocks}`]);
    const many = Array.from({ length: LETTER_LIMITS.maxBlocks + 1 }, (_, i) =>
      block({ de: { text: 'a' } }, i + 1),
    );
    expect(issues(many)).toEqual([`blocks: ${V.blocks}`]);
    expect(issues(many.slice(1))).toEqual([]);
    expect(issues([block({ de: { text: 'a' } }), block({ de: { text: 'b' } })])).toEqual([
      `blocks.1.id: ${V.duplicateBlock}`,
    ]);
    expect(issues([block({ de: { text: 'x'.repeat(LETTER_LIMITS.textChars + 1) } })])).toEqual([
      `blocks.0.texts.de.text: ${V.tooLong}`,
    ]);
    const big = Array.from({ length: 40 }, (_, i) =>
      block(
        {
          de: { text: 'x'.repeat(LETTER_LIMITS.textChars) },
          en: { text: 'y'.repeat(LETTER_LIMITS.textChars) },
        },
        i + 1,
      ),
    );
    expect(issues(big)).toEqual([`blocks: ${V.tooLarge}`]);
    expect(issues([block({ de: { text: 'a' } })], '2026-02-30')).toEqual([`reviewedOn: ${V.date}`]);
    expect(issues([{ id: 'nope', texts: { de: { text: 'a' } } }])).toEqual([
      `blocks.0.id: ${V.invalid}`,
    ]);
  });

  it('refuses unknown fields', () => {
    expect(departureLetterSchema.safeParse({ ...TEST_LETTER, secret: 1 }).success).toBe(false);
    expect(
      departureLetterSchema.safeParse({
        ...TEST_LETTER,
        blocks: [{ ...block({ de: { text: 'a', note: 'x' } as never }) }],
      }).success,
    ).toBe(false);
  });
});
