import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors';

/**
 * Deepest nesting of objects and arrays a request body may have. Real bodies stay far below
 * (a push is body → mutations → mutation → fields → a consent's content, about 10 levels);
 * a body thousands of levels deep used to overflow the stack in validation (a 500).
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether `text` opens more than `max` objects/arrays at once. A linear scan of the raw
 * text (brackets inside strings don't count), so nothing recursive ever sees a deep body.
 */
export function jsonTooDeep(text: string, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/**
 * Replaces Fastify's JSON body parser with one that first refuses bodies nested deeper than
 * MAX_JSON_DEPTH (400 `invalid_request`), then parses with Fastify's own parser (which keeps
 * its protection against `__proto__` and `constructor` keys). Route body limits still apply.
 */
export function registerJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonTooDeep(text)) {
      done(
        new HttpError(
          400,
          'invalid_request',
          `Invalid request: JSON nested deeper than ${MAX_JSON_DEPTH} levels.`,
        ),
        undefined,
      );
      return;
    }
    void parse(request, text, done);
  });
}
