import { z } from 'zod';
import {
  apiErrorSchema,
  loginResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  recordStateSchema,
  type JsonValue,
  type LoginRequest,
  type LoginResponse,
  type ChangePasswordRequest,
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../protocol';

/**
 * A non-2xx answer of the server (`status` and the protocol's error `code`), or no answer at
 * all (`status` 0: offline, DNS, connection reset, timeout). Messages never contain values.
 */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
  get offline(): boolean {
    return this.status === 0;
  }
}

/** What the sync engine needs from the server; tests can wrap it to drop responses. */
export type SyncTransport = {
  login(request: LoginRequest): Promise<LoginResponse>;
  logout(token: string): Promise<void>;
  changePassword(token: string, request: ChangePasswordRequest): Promise<void>;
  push(token: string, request: PushRequest): Promise<PushResponse>;
  pull(token: string, request: PullRequest): Promise<PullResponse>;
};

/** Logout answers 204 (no body); nothing to validate. */
const anything = z.unknown();

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export type ApiCall = <T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  schema: z.ZodType<T>,
  body?: unknown,
  token?: string,
) => Promise<T>;

/**
 * One JSON request to the organisation's server (same origin in the app). Every response is
 * validated with the shared protocol schemas; a malformed answer is an error, never trusted
 * data. Requests time out after `timeoutMs` (a hanging field-visit connection must not block
 * the next attempt forever). No cookies are sent: the token travels as a Bearer header.
 */
export function apiCaller(
  baseUrl: string,
  fetchFn: Fetch = (input, init) => fetch(input, init),
  timeoutMs = 30_000,
): ApiCall {
  return async (method, path, schema, body, token) => {
    // GET and DELETE carry no body (a JSON content type without one is a 400 on the server).
    const hasBody = method === 'POST' || method === 'PUT';
    let response: Response;
    try {
      response = await fetchFn(`${baseUrl}${path}`, {
        method,
        headers: {
          ...(hasBody ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        ...(hasBody ? { body: JSON.stringify(body ?? {}) } : {}),
        credentials: 'omit',
        cache: 'no-store',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new SyncHttpError(0, 'offline', 'The server could not be reached.');
    }
    const payload: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = apiErrorSchema.safeParse(payload);
      const retryAfter = Number(response.headers.get('retry-after'));
      throw new SyncHttpError(
        response.status,
        error.success ? error.data.error : 'http_error',
        error.success ? error.data.message : `HTTP ${response.status}`,
        Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
      );
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      throw new SyncHttpError(response.status, 'bad_response', 'The server answered unexpectedly.');
    }
    return parsed.data;
  };
}

/**
 * A pull page as the client checks it: the protocol's schema, except that a record's field
 * values are not walked by `z.json()`. They come from `response.json()`, so they are JSON by
 * construction, and every record's fields are checked next against the domain's own schemas
 * before anything is stored (storage/sync/remoteFields.ts). The deep walk cost ≈ 10 ms of
 * main thread per page of 200 conversations (jitless zod), beside the page being applied.
 */
const pulledPageSchema = pullResponseSchema.extend({
  records: z.array(
    recordStateSchema.extend({
      fields: z
        .record(
          z.string(),
          z.custom<JsonValue>(() => true),
        )
        .optional(),
    }),
  ),
});

/** The sync transport over HTTP (see apiCaller). */
export function httpTransport(baseUrl: string, fetchFn?: Fetch, timeoutMs?: number): SyncTransport {
  const call = apiCaller(baseUrl, fetchFn, timeoutMs);
  return {
    login: (request) => call('POST', '/api/auth/login', loginResponseSchema, request),
    logout: async (token) => {
      await call('POST', '/api/auth/logout', anything, {}, token);
    },
    changePassword: async (token, request) => {
      await call('POST', '/api/auth/password', anything, request, token);
    },
    push: (token, request) => call('POST', '/api/sync/push', pushResponseSchema, request, token),
    pull: (token, request) => call('POST', '/api/sync/pull', pulledPageSchema, request, token),
  };
}
