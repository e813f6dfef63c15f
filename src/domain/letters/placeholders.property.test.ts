// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// Properties of placeholder handling: whatever the administrator writes around the fixed
// placeholders, filling keeps the literal text, fills each placeholder exactly once with its
// value or a blank line, and validation accepts a translation exactly when it uses the
// German placeholders.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlaceholders, LETTER_PLACEHOLDER_IDS, type LetterPlaceholder } from './placeholders';
import { fillText, LETTER_BLANK, renderLetter, type LetterData } from './render';
import { departureLetterSchema, LETTER_LANGUAGES, LETTER_VALIDATION } from './schema';

const format = {
  date: (iso: string) => `D(${iso})`,
  nationality: (code: string) => `N(${code})`,
};
/** Literal text without braces (any other character, RTL and line breaks included). */
const literal = fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/[{}]/g, ''));
const placeholder = fc.constantFrom(...LETTER_PLACEHOLDER_IDS);
/** A text as pieces: literal, placeholder, literal, placeholder, …, literal. */
const pieces = fc.tuple(literal, fc.array(fc.tuple(placeholder, literal), { maxLength: 6 }));
const data: fc.Arbitrary<LetterData> = fc.record(
  Object.fromEntries(
    LETTER_PLACEHOLDER_IDS.map((id) => [id, fc.constantFrom('1990-01-02', 'Wert', '   ')]),
  ) as Record<LetterPlaceholder, fc.Arbitrary<string>>,
  { requiredKeys: [] },
);
const textOf = ([head, rest]: [string, [LetterPlaceholder, string][]], spaced: boolean) =>
  head + rest.map(([p, after]) => (spaced ? `{{ ${p} }}` : `{{${p}}}`) + after).join('');

describe('placeholders (properties)', () => {
  it('filling keeps every literal and fills each placeholder once, with its value or a blank', () => {
    fc.assert(
      fc.property(pieces, data, fc.boolean(), (p, values, spaced) => {
        const segments = fillText(textOf(p, spaced), values, 'de', format);
        const [head, rest] = p;
        const literals = segments
          .filter((s) => s.kind === 'text')
          .map((s) => s.text)
          .join('');
        expect(literals).toBe(head + rest.map(([, after]) => after).join(''));
        const filled = segments.filter((s) => s.kind !== 'text');
        expect(filled.map((s) => s.placeholder)).toEqual(rest.map(([name]) => name));
        for (const s of filled) {
          const raw = values[s.placeholder]?.trim();
          if (!raw) expect(s.kind).toBe('blank');
          else expect(s.kind === 'value' && s.text.includes(raw)).toBe(true);
        }
        // Nothing of the syntax survives, and a literal text is never mistaken for a blank.
        const printed = segments.map((s) => (s.kind === 'blank' ? LETTER_BLANK : s.text)).join('');
        expect(printed.includes('{{')).toBe(false);
      }),
    );
  });

  it('checkPlaceholders finds exactly the placeholders written, nothing unknown or malformed', () => {
    fc.assert(
      fc.property(pieces, fc.boolean(), (p, spaced) => {
        const check = checkPlaceholders(textOf(p, spaced));
        expect(new Set(check.used)).toEqual(new Set(p[1].map(([name]) => name)));
        expect(check.unknown).toEqual([]);
        expect(check.malformed).toBe(false);
      }),
    );
  });

  it('any other name between braces, or a lone brace pair, is refused by the schema', () => {
    const other = fc
      .stringMatching(/^[A-Za-z][A-Za-z0-9]{0,10}$/)
      .filter((name) => !(LETTER_PLACEHOLDER_IDS as string[]).includes(name));
    fc.assert(
      fc.property(pieces, other, fc.constantFrom('unknown', '{{', '}}'), (p, name, kind) => {
        const extra = kind === 'unknown' ? `{{${name}}}` : kind;
        const result = departureLetterSchema.safeParse({
          reviewedOn: '2026-12-01',
          blocks: [
            {
              id: '30000000-0000-4000-8000-000000000001',
              texts: { de: { text: `${textOf(p, false)} ${extra} x` } },
            },
          ],
        });
        expect(result.success).toBe(false);
        const expected =
          kind === 'unknown'
            ? LETTER_VALIDATION.placeholderUnknown
            : LETTER_VALIDATION.placeholderSyntax;
        expect(result.error?.issues.map((i) => i.message)).toEqual([expected]);
      }),
    );
  });

  it('a translation is accepted exactly when it uses the German set of placeholders', () => {
    const subset = fc.subarray(LETTER_PLACEHOLDER_IDS);
    const lang = fc.constantFrom(...LETTER_LANGUAGES.filter((l) => l !== 'de'));
    fc.assert(
      fc.property(subset, subset, lang, (german, translated, code) => {
        const text = (names: readonly string[]) => `x ${names.map((n) => `{{${n}}}`).join(' ')}`;
        const result = departureLetterSchema.safeParse({
          reviewedOn: '2026-12-01',
          blocks: [
            {
              id: '30000000-0000-4000-8000-000000000002',
              texts: {
                de: { text: text(german) },
                [code]: { text: text([...translated].reverse()) },
              },
            },
          ],
        });
        const same =
          german.length === translated.length && german.every((n) => translated.includes(n));
        expect(result.success).toBe(same);
      }),
    );
  });

  it('each block is printed in the language asked for when it has it, else in German', () => {
    const langs = fc.subarray(LETTER_LANGUAGES.filter((l) => l !== 'de'));
    fc.assert(
      fc.property(langs, fc.constantFrom(...LETTER_LANGUAGES), (present, asked) => {
        const letter = departureLetterSchema.parse({
          reviewedOn: '2026-12-01',
          blocks: [
            {
              id: '30000000-0000-4000-8000-000000000003',
              texts: Object.fromEntries(
                ['de', ...present].map((l) => [l, { text: `${l} {{name}}` }]),
              ),
            },
          ],
        });
        const [block] = renderLetter(letter, { name: 'N' }, asked, format).blocks;
        const has = asked === 'de' || present.includes(asked);
        expect(block?.lang).toBe(has ? asked : 'de');
        expect(block?.fallback).toBe(!has);
        expect(block?.paragraphs[0]?.[0]).toEqual({ kind: 'text', text: `${block?.lang ?? ''} ` });
      }),
    );
  });
});
