// Placeholders of the organisation's letters: `{{name}}` in an administrator's text stands for
// a value of the conversation's person. The list is fixed here (the app fills only what it
// knows); the administrator's texts may use any of them, in any order, as often as needed.

/**
 * What each placeholder stands for and how it is written. APPEND-ONLY: stored templates use
 * the ids, so an id is never renamed or removed. `date` values are ISO dates formatted by the
 * caller; `nationality` is a NationalitySchema code named by the caller; `text` is printed as
 * it is.
 */
export const LETTER_PLACEHOLDERS = {
  name: 'text',
  birthDate: 'date',
  nationality: 'nationality',
  fileNumber: 'text',
  departureDeadline: 'date',
  handedOutOn: 'date',
  organisation: 'text',
} as const;
export type LetterPlaceholder = keyof typeof LETTER_PLACEHOLDERS;
export type LetterPlaceholderKind = (typeof LETTER_PLACEHOLDERS)[LetterPlaceholder];

/** The placeholder ids in display order (the editor lists them with their meaning). */
export const LETTER_PLACEHOLDER_IDS = Object.keys(LETTER_PLACEHOLDERS) as LetterPlaceholder[];

export function isLetterPlaceholder(name: string): name is LetterPlaceholder {
  return Object.hasOwn(LETTER_PLACEHOLDERS, name);
}

/** `{{ name }}`: two braces, an optional space, the name, the closing braces. */
const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** A piece of a text: literal text, or a placeholder (known or not) to fill in. */
export type TextPiece = { kind: 'text'; text: string } | { kind: 'placeholder'; name: string };

/** Splits a text into literal pieces and placeholders, in order. */
export function splitPlaceholders(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) pieces.push({ kind: 'text', text: text.slice(last, match.index) });
    pieces.push({ kind: 'placeholder', name: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
  return pieces;
}

export type PlaceholderCheck = {
  /** Known placeholders used, each once, in order of first use. */
  used: LetterPlaceholder[];
  /** Names between braces that are not placeholders of the list. */
  unknown: string[];
  /** A single or unmatched `{{` / `}}` is left: probably a typo in a placeholder. */
  malformed: boolean;
};

/** What a text uses: the editor and the schema both ask this. */
export function checkPlaceholders(text: string): PlaceholderCheck {
  const used: LetterPlaceholder[] = [];
  const unknown: string[] = [];
  for (const piece of splitPlaceholders(text)) {
    if (piece.kind !== 'placeholder') continue;
    if (!isLetterPlaceholder(piece.name)) unknown.push(piece.name);
    else if (!used.includes(piece.name)) used.push(piece.name);
  }
  const rest = text.replace(TOKEN, '');
  return { used, unknown, malformed: rest.includes('{{') || rest.includes('}}') };
}

/** Whether two texts use the same set of placeholders (order and repetition do not matter). */
export function samePlaceholders(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((name) => right.has(name));
}
