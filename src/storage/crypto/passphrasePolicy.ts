/**
 * Passphrase rules for unlocking the device key. A 6-digit PIN has 10^6 possibilities; at
 * 600,000 PBKDF2 iterations that is crackable offline on GPUs within hours, so a PIN alone
 * must not pass. We require length (≥ 12) and more than one kind of character, and reject
 * passphrases made of one repeated character or a plain digit sequence.
 */
export type PassphraseProblem = 'too-short' | 'digits-only' | 'one-kind' | 'repetitive';

export const MIN_PASSPHRASE_LENGTH = 12;

export function checkPassphrase(passphrase: string): PassphraseProblem[] {
  const problems: PassphraseProblem[] = [];
  // Grapheme clusters, so "ä" typed as a + combining mark counts as one character.
  const chars = Array.from(
    new Intl.Segmenter('de', { granularity: 'grapheme' }).segment(passphrase),
    (s) => s.segment,
  );
  if (chars.length < MIN_PASSPHRASE_LENGTH) problems.push('too-short');
  if (/^\d*$/.test(passphrase)) problems.push('digits-only');
  else {
    const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\d/, /[^\p{L}\d]/u].filter((re) => re.test(passphrase));
    if (kinds.length < 2) problems.push('one-kind');
  }
  if (chars.length > 0 && new Set(chars).size <= 3) problems.push('repetitive');
  return problems;
}
