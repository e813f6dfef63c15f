import type { z } from 'zod';
import { UNSAFE_TEXT_MESSAGE, unsafeTextPath } from '../../protocol';

/**
 * An error that becomes `{ error: code, message }` with the given HTTP status through the
 * app's error handler. Messages are shown to users and logged: they never contain values
 * from the request (personal data), only what was wrong.
 */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  constructor(statusCode: number, code: string, message: string, headers = {}) {
    super(message);
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.code = code;
    this.headers = headers;
  }
}

const badRequest = (detail: string) =>
  new HttpError(400, 'invalid_request', `Invalid request: ${detail}`);

/**
 * Validates a request body, query or params; a malformed one is a 400 that names the paths,
 * not the values. Before the schema, every string and key anywhere in the input is checked
 * for NUL characters and unpaired surrogates (see protocol/safeText.ts), so no field of any
 * request — present or added later — can reach the database with them. `checkText: false`
 * only where the caller checks per item instead (a push: one bad value must not block a
 * device's whole queue, see replication/push.ts).
 */
export function parseBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
  opts: { checkText?: boolean } = {},
): z.output<S> {
  if (opts.checkText !== false) {
    const path = unsafeTextPath(body);
    if (path)
      throw badRequest(`${path.length > 0 ? path.join('.') : '(body)'}: ${UNSAFE_TEXT_MESSAGE}`);
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues
    .slice(0, 5)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
  throw badRequest(detail);
}
