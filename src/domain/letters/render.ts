// Filling the organisation's letter with the person's data, in one language. Pure: dates and
// nationalities are written by formatters the caller passes in (the screen's Intl), so the
// domain needs no locale data and no clock.
import type { DepartureLetter, LetterBlock, LetterBlockText } from './schema';
import {
  LETTER_PLACEHOLDERS,
  isLetterPlaceholder,
  splitPlaceholders,
  type LetterPlaceholder,
} from './placeholders';

/**
 * The values to fill in, as stored: dates as ISO dates, the nationality as its code, names
 * and numbers as written. A value that is missing or blank leaves a line to write on.
 */
export type LetterData = Partial<Record<LetterPlaceholder, string>>;

export type LetterFormatters = {
  /** An ISO date as the printed letter shows it in `lang`. */
  date: (iso: string, lang: string) => string;
  /** A nationality code in `lang`; undefined leaves the line blank (e.g. 'unknown'). */
  nationality: (code: string, lang: string) => string | undefined;
};

/** What a missing value prints as: a line long enough to write a date or a name on. */
export const LETTER_BLANK = '__________';

/** A run of a filled text: literal text, a filled value (to be isolated), or a blank line. */
export type LetterSegment =
  | { kind: 'text'; text: string }
  | { kind: 'value'; placeholder: LetterPlaceholder; text: string }
  | { kind: 'blank'; placeholder: LetterPlaceholder };

export type RenderedBlock = {
  id: string;
  /** The language the block is printed in: the one asked for, or German as the fallback. */
  lang: string;
  /** True when the block has no text in the language asked for and German is printed. */
  fallback: boolean;
  heading: LetterSegment[] | undefined;
  /** Paragraphs (split at empty lines); a paragraph keeps its single line breaks. */
  paragraphs: LetterSegment[][];
};

export type RenderedLetter = { lang: string; blocks: RenderedBlock[] };

/** The block's text in `lang`, or German when it has none (as `descriptionFor` does for offers). */
export function blockTextFor(
  block: LetterBlock,
  lang: string,
): { texts: LetterBlockText; lang: string; fallback: boolean } {
  const own = (block.texts as Partial<Record<string, LetterBlockText>>)[lang];
  if (own) return { texts: own, lang, fallback: false };
  const german = block.texts.de;
  // The schema requires German; a block without it cannot come from a validated letter.
  if (!german) throw new RangeError(`Letter block ${block.id} has no German text`);
  return { texts: german, lang: 'de', fallback: lang !== 'de' };
}

function valueOf(
  name: LetterPlaceholder,
  data: LetterData,
  lang: string,
  format: LetterFormatters,
): string | undefined {
  const raw = data[name]?.trim();
  if (!raw) return undefined;
  switch (LETTER_PLACEHOLDERS[name]) {
    case 'date':
      return format.date(raw, lang);
    case 'nationality':
      return format.nationality(raw, lang);
    case 'text':
      return raw;
  }
}

/** Fills one text; literal pieces next to each other are merged. */
export function fillText(
  text: string,
  data: LetterData,
  lang: string,
  format: LetterFormatters,
): LetterSegment[] {
  const out: LetterSegment[] = [];
  const literal = (value: string) => {
    const previous = out[out.length - 1];
    if (previous?.kind === 'text') previous.text += value;
    else if (value !== '') out.push({ kind: 'text', text: value });
  };
  for (const piece of splitPlaceholders(text)) {
    if (piece.kind === 'text') {
      literal(piece.text);
    } else if (!isLetterPlaceholder(piece.name)) {
      // Only a letter that bypassed the schema gets here: print it as written, fill nothing.
      literal(`{{${piece.name}}}`);
    } else {
      const value = valueOf(piece.name, data, lang, format)?.trim();
      out.push(
        value
          ? { kind: 'value', placeholder: piece.name, text: value }
          : { kind: 'blank', placeholder: piece.name },
      );
    }
  }
  return out;
}

/**
 * The letter in `lang` with `data` filled in: every block in the administrator's order; a
 * block without a text in `lang` is printed in German and marked (`fallback`).
 */
export function renderLetter(
  letter: DepartureLetter,
  data: LetterData,
  lang: string,
  format: LetterFormatters,
): RenderedLetter {
  return {
    lang,
    blocks: letter.blocks.map((block) => {
      const chosen = blockTextFor(block, lang);
      const fill = (text: string) => fillText(text, data, chosen.lang, format);
      return {
        id: block.id,
        lang: chosen.lang,
        fallback: chosen.fallback,
        heading: chosen.texts.heading === undefined ? undefined : fill(chosen.texts.heading),
        paragraphs: chosen.texts.text
          .split(/\n[ \t]*\n\s*/)
          .map((p) => p.trim())
          .filter((p) => p !== '')
          .map(fill),
      };
    }),
  };
}

/** A filled text as plain characters (blanks as lines): for tests and accessible names. */
export function segmentsText(segments: readonly LetterSegment[]): string {
  return segments.map((s) => (s.kind === 'blank' ? LETTER_BLANK : s.text)).join('');
}
