/**
 * Translating keys that are data — a script item's title, a rule's text, a validation message
 * carried by a form error, a code from a list. The compiler checks every literal key against
 * the German texts (resources.d.ts); a key computed at run time cannot be checked there, so it
 * goes through this plainly typed function, and the locale tests check that those keys exist
 * (questionsLocales, summaryLocale, clientLocales, the script's key validation, …).
 */
export type RuntimeT = (key: string, options?: Record<string, unknown>) => string;

/** `t` of any namespace, for a key that is data (see above). */
export function runtimeT(t: unknown): RuntimeT {
  return t as RuntimeT;
}
