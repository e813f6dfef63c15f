// Reads what a PDF printed by Chromium says — its text and its fonts — with poppler's
// pdftotext and pdffonts (Debian package poppler-utils), the same check a person does by
// opening the file, made repeatable. pdftotext reorders right-to-left text into logical
// order, which pdf.js in Node does not do for Chromium's glyph-positioned output.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type PdfContent = { pages: number; text: string; fonts: PdfFont[] };
export type PdfFont = { name: string; type: string; embedded: boolean };

export function pdfContent(data: Uint8Array): PdfContent {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, data);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return { pages: text.split('\f').length - 1, text, fonts: fontsOf(file) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fontsOf(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object, id.
      const parts = line.trim().split(/\s+/);
      const emb = parts[parts.length - 5];
      return {
        name: parts[0] ?? '',
        type: parts.slice(1, parts.length - 6).join(' '),
        embedded: emb === 'yes',
      };
    });
}

/**
 * Text comparable across extraction quirks: compatibility forms folded (Arabic presentation
 * forms → letters), bidi controls removed.
 */
function normalised(text: string): string {
  return text.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g, '');
}

/**
 * An Arabic-script word without vowel marks and without lam and alef: the lam-alef ligature
 * comes back from extraction in either order (لا / ال), so both letters are left out.
 */
const skeleton = (word: string) => word.replace(/[\u064b-\u065f\u0670لاأإآ]/g, '');

const RTL = /[\u0590-\u08ff]/;

/**
 * Whether `needle` is printed in the PDF. Left-to-right text must appear as written (line
 * breaks ignored). For right-to-left text pdftotext keeps each run in logical order but
 * orders the runs of a line around punctuation and numbers visually, and may split a word
 * where the font positions glyphs apart; so there every word of the needle must occur in the
 * text with all spaces and punctuation removed.
 */
export function pdfHas(content: PdfContent, needle: string): boolean {
  const text = normalised(content.text);
  if (!RTL.test(needle)) {
    const squash = (s: string) => s.replace(/\s+/g, '');
    return squash(text).includes(squash(normalised(needle)));
  }
  const letters = (s: string) => skeleton(s.replace(/[^\p{L}\p{M}]+/gu, ''));
  const printed = letters(text);
  const wanted = normalised(needle)
    .split(/[^\p{L}\p{M}]+/u)
    .map(skeleton)
    .filter((w) => w.length > 1);
  return wanted.length > 0 && wanted.every((word) => printed.includes(word));
}
