// The organisation's Ausreiseinformationsschreiben (departure-information letter) as text
// blocks (issue #20). The organisation writes and keeps its text up to date — the app only
// gives it structure, placeholders for the person's data, storage, sync and printing, and
// never supplies legal content of its own. The same schema validates the administrator's
// form, the server's writes and every device's reads.
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { checkPlaceholders, samePlaceholders } from './placeholders';

/**
 * Languages a block may be written in: German (required, authoritative) and the client
 * languages of the app (the same codes as `clientLanguages` in src/i18n, which the domain may
 * not import; a test keeps both lists equal).
 */
export const LETTER_LANGUAGES = [
  'de',
  'en',
  'ar',
  'fa',
  'ps',
  'ckb',
  'kmr',
  'tr',
  'ru',
  'uk',
  'fr',
  'so',
  'ti',
  'sq',
] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** Validation codes; they double as i18n keys of the counsellor UI (locales/<lang>/letters.json). */
export const LETTER_VALIDATION = {
  invalid: 'letters:validation.invalid',
  required: 'letters:validation.required',
  tooLong: 'letters:validation.too-long',
  language: 'letters:validation.language',
  germanText: 'letters:validation.german-text',
  blocks: 'letters:validation.blocks',
  duplicateBlock: 'letters:validation.duplicate-block',
  placeholderUnknown: 'letters:validation.placeholder-unknown',
  placeholderSyntax: 'letters:validation.placeholder-syntax',
  placeholderMismatch: 'letters:validation.placeholder-mismatch',
  headingMissing: 'letters:validation.heading-missing',
  headingExtra: 'letters:validation.heading-extra',
  tooLarge: 'letters:validation.too-large',
  date: 'letters:validation.date',
} as const;
const V = LETTER_VALIDATION;

export const LETTER_LIMITS = {
  minBlocks: 1,
  maxBlocks: 40,
  headingChars: 200,
  textChars: 5_000,
  /**
   * All headings and texts of all languages together. At most 3 bytes per character in
   * UTF-8 (Ethiopic), so a whole letter stays well below the server's 1 MiB request limit.
   */
  totalChars: 240_000,
} as const;

/** Why a heading or text cannot be used, as a validation code; undefined when it can. */
function placeholderProblem(text: string): string | undefined {
  const check = checkPlaceholders(text);
  if (check.malformed) return V.placeholderSyntax;
  if (check.unknown.length > 0) return V.placeholderUnknown;
  return undefined;
}

const blockText = z.strictObject({
  /** Optional: a salutation or closing needs none. Empty counts as none. */
  heading: z
    .string({ error: V.invalid })
    .trim()
    .max(LETTER_LIMITS.headingChars, { error: V.tooLong })
    .optional()
    .transform((h) => (h === '' ? undefined : h)),
  /** Paragraphs are separated by an empty line; single line breaks are kept. */
  text: z
    .string({ error: V.required })
    .trim()
    .min(1, { error: V.required })
    .max(LETTER_LIMITS.textChars, { error: V.tooLong }),
});
export type LetterBlockText = z.infer<typeof blockText>;

const usedIn = (texts: { heading?: string | undefined; text: string }) => [
  ...checkPlaceholders(texts.heading ?? '').used,
  ...checkPlaceholders(texts.text).used,
];

const languageSchema = z.enum(LETTER_LANGUAGES, { error: V.language });

/**
 * One block: its texts per language. German is required; a translation must use exactly the
 * German placeholders (so the same data appears in both parts of the printed letter) and have
 * a heading exactly when the German block has one.
 */
export const letterBlockSchema = z
  .strictObject({
    id: z.uuid({ error: V.invalid }),
    texts: z.partialRecord(languageSchema, blockText, { error: V.language }),
  })
  .superRefine((block, ctx) => {
    const issue = (message: string, lang: string, field: 'heading' | 'text') => {
      ctx.addIssue({ code: 'custom', message, path: ['texts', lang, field] });
    };
    const german = block.texts.de;
    if (!german) issue(V.germanText, 'de', 'text');
    const faulty = new Set<string>();
    for (const [lang, texts] of Object.entries(block.texts)) {
      for (const field of ['heading', 'text'] as const) {
        const problem = placeholderProblem(texts[field] ?? '');
        if (!problem) continue;
        issue(problem, lang, field);
        faulty.add(lang);
      }
    }
    if (!german) return;
    const germanUsed = usedIn(german);
    for (const [lang, texts] of Object.entries(block.texts)) {
      if (lang === 'de') continue;
      if (german.heading !== undefined && texts.heading === undefined) {
        issue(V.headingMissing, lang, 'heading');
      }
      if (german.heading === undefined && texts.heading !== undefined) {
        issue(V.headingExtra, lang, 'heading');
      }
      // Compared only when both sides are readable: a typo is reported as such, not twice.
      if (!faulty.has(lang) && !faulty.has('de') && !samePlaceholders(usedIn(texts), germanUsed)) {
        issue(V.placeholderMismatch, lang, 'text');
      }
    }
  });
export type LetterBlock = z.infer<typeof letterBlockSchema>;

function totalChars(blocks: readonly LetterBlock[]): number {
  return blocks
    .flatMap((b) => Object.values(b.texts))
    .reduce((sum, t) => sum + t.text.length + (t.heading?.length ?? 0), 0);
}

/** The organisation's letter: ordered blocks and the day the administrator last checked it. */
export const departureLetterSchema = z
  .strictObject({
    blocks: z
      .array(letterBlockSchema, { error: V.blocks })
      .min(LETTER_LIMITS.minBlocks, { error: V.blocks })
      .max(LETTER_LIMITS.maxBlocks, { error: V.blocks }),
    /** When the administrator last checked the text against the law and practice. */
    reviewedOn: z.string({ error: V.date }).refine(isIsoDate, { error: V.date }),
  })
  .superRefine((letter, ctx) => {
    const seen = new Set<string>();
    letter.blocks.forEach((block, index) => {
      if (seen.has(block.id)) {
        ctx.addIssue({ code: 'custom', message: V.duplicateBlock, path: ['blocks', index, 'id'] });
      }
      seen.add(block.id);
    });
    if (totalChars(letter.blocks) > LETTER_LIMITS.totalChars) {
      ctx.addIssue({ code: 'custom', message: V.tooLarge, path: ['blocks'] });
    }
  });
export type DepartureLetter = z.infer<typeof departureLetterSchema>;
/** What the administrator sends: the same shape before trimming and defaults. */
export type DepartureLetterInput = z.input<typeof departureLetterSchema>;
