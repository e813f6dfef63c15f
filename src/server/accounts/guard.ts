import type { FastifyRequest } from 'fastify';
import type { Role } from '../../protocol';
import type { ServerContext } from '../context';
import { HttpError } from '../http/errors';
import { authenticate, type AuthContext } from './sessions';

const contexts = new WeakMap<FastifyRequest, AuthContext>();

const failureMessages = {
  unauthenticated: 'Please sign in.',
  session_expired: 'Your session has expired. Please sign in again.',
  device_revoked: 'This device has been revoked by an administrator.',
} as const;

/**
 * preHandler that requires `Authorization: Bearer <token>` and, if given, one of `roles`.
 * 401 with `unauthenticated` / `session_expired` / `device_revoked`; 403 `forbidden` for a
 * valid session lacking the role; 403 `password_change_required` while the user still has
 * a one-time password (only `/api/auth/me|password|logout` pass, via `allowPendingPassword`).
 */
export function requireAuth(
  ctx: ServerContext,
  roles?: readonly Role[],
  opts: { allowPendingPassword?: boolean } = {},
) {
  return async (request: FastifyRequest): Promise<void> => {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
    if (!match?.[1]) throw new HttpError(401, 'unauthenticated', failureMessages.unauthenticated);
    const result = await authenticate(ctx.db, match[1], ctx.clock());
    if (typeof result === 'string') throw new HttpError(401, result, failureMessages[result]);
    if (result.mustChangePassword && !opts.allowPendingPassword) {
      throw new HttpError(
        403,
        'password_change_required',
        'Please replace your one-time password first.',
      );
    }
    if (roles && !roles.some((r) => result.roles.includes(r))) {
      throw new HttpError(403, 'forbidden', 'Your role does not allow this.');
    }
    contexts.set(request, result);
  };
}

/** The authenticated caller; only valid in handlers behind `requireAuth`. */
export function authOf(request: FastifyRequest): AuthContext {
  const auth = contexts.get(request);
  if (!auth) throw new Error('route is missing requireAuth');
  return auth;
}

/** Roles that may read and write counselling records. */
export const recordRoles: readonly Role[] = ['counsellor', 'team-lead'];
