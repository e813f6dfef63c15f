import type { FastifyInstance } from 'fastify';

type ThrownError = {
  name?: string;
  statusCode?: number;
  code?: unknown;
  message: string;
  stack?: string;
  headers?: Record<string, string>;
};

/**
 * The stack without its first line(s): the message there can quote values (a database's
 * "invalid input syntax for type uuid: …"), and the log must never hold request data.
 */
export function stackFrames(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return frames.length > 0 ? frames.join('\n') : undefined;
}

/**
 * Every error becomes `{ error, message }`. A 4xx keeps its code and message (written to
 * name the field, never the value). A 5xx always answers `internal_error` with a fixed
 * message — never a database code or message — and the log gets the error's name, code and
 * stack frames only, so an operator can find the cause without personal data in the log.
 * Every API answer, errors included, is `Cache-Control: no-store` (see security.ts).
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: ThrownError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error(
        {
          err: {
            name: error.name,
            code: typeof error.code === 'string' ? error.code : undefined,
            stack: stackFrames(error.stack),
          },
        },
        'request failed',
      );
      return reply
        .code(status)
        .send({ error: 'internal_error', message: 'Internal server error.' });
    }
    if (error.headers) void reply.headers(error.headers);
    return reply.code(status).send({
      error: typeof error.code === 'string' ? error.code : 'bad_request',
      message: error.message,
    });
  });
}
