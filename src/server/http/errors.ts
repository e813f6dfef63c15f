import type { z } from 'zod';

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

/** Validates a request body; a malformed one is a 400 that names the paths, not the values. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues
    .slice(0, 5)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
  throw new HttpError(400, 'invalid_request', `Invalid request: ${detail}`);
}
