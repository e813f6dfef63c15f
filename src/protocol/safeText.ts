import { z } from 'zod';

/**
 * Text that every store on the way can hold unchanged. PostgreSQL refuses NUL characters in
 * text and jsonb (a request carrying one used to fail with a 500), and an unpaired UTF-16
 * surrogate cannot be encoded as UTF-8: the driver stores U+FFFD instead, so what was saved
 * differs from what was sent (and from a signed hash). Both are refused at the boundary.
 */
const UNSAFE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE =
  'must not contain NUL characters or unpaired surrogates (invalid Unicode)';

export function isSafeText(text: string): boolean {
  return !UNSAFE.test(text);
}

/** A string schema that refuses unsafe text (for forms and single fields). */
export const safeString = () => z.string().refine(isSafeText, UNSAFE_TEXT_MESSAGE);

/**
 * The path of the first string or object key in a parsed JSON value that holds unsafe text,
 * or undefined when there is none. Recursive: call it only on values whose nesting depth is
 * bounded (the server's JSON parser refuses deeper bodies before anything else sees them).
 */
export function unsafeTextPath(
  value: unknown,
  path: readonly (string | number)[] = [],
): (string | number)[] | undefined {
  if (typeof value === 'string') return isSafeText(value) ? undefined : [...path];
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = unsafeTextPath(item, [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    // A key's own name is not shown (it is the unsafe text); its position is.
    if (!isSafeText(key)) return [...path, '(key)'];
    const found = unsafeTextPath(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}
