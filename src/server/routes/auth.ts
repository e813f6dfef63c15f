import type { FastifyInstance } from 'fastify';
import {
  assessPassword,
  authErrorCodes,
  changePasswordRequestSchema,
  knownWords,
  loginRequestSchema,
  type LoginResponse,
  type MeResponse,
} from '../../protocol';
import type { ServerContext } from '../context';
import { writeAudit } from '../audit';
import { HttpError, parseBody } from '../http/errors';
import { authOf, requireAuth } from '../accounts/guard';
import {
  dummyPasswordHash,
  hashPassword,
  needsRehash,
  verifyPassword,
} from '../accounts/passwords';
import {
  attemptKeys,
  clearAttempts,
  isKnownDevice,
  reserveAttempt,
  throttleRules,
  waitWords,
} from '../accounts/loginThrottle';
import { createSession, revokeSession, sessionPolicy } from '../accounts/sessions';
import {
  findUserByEmail,
  getDevice,
  getOrganisation,
  getUserInOrg,
  publicUser,
  registerDevice,
} from '../accounts/store';

/** Login, logout, current session, own password change. */
export function authRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db, clock } = ctx;

  app.post('/api/auth/login', async (request): Promise<LoginResponse> => {
    const body = parseBody(loginRequestSchema, request.body);
    const now = clock();
    const keys = attemptKeys({
      email: body.email,
      ip: request.ip,
      clientId: body.clientId,
      knownDevice: await isKnownDevice(db, body.email, body.clientId),
    });
    const reservation = await reserveAttempt(db, keys, now);
    if (reservation.wait > 0) throw tooManyAttempts(reservation.wait);
    const user = await findUserByEmail(db, body.email);
    // Verify against a dummy hash for unknown users so timing doesn't reveal who exists.
    const ok = await verifyPassword(
      body.password,
      user?.passwordHash ?? (await dummyPasswordHash(ctx.passwordParams)),
    );
    if (!user || !ok || !user.active) {
      throw new HttpError(401, 'invalid_credentials', 'E-mail address or password is wrong.');
    }
    await clearAttempts(db, keys, now);
    const rehash = needsRehash(user.passwordHash, ctx.passwordParams)
      ? await hashPassword(body.password, ctx.passwordParams)
      : undefined;
    // Device, session and audit row commit together; on failure the client just retries.
    const { device, session } = await db.transaction(async (tx) => {
      const device = await registerDevice(
        tx,
        { clientId: body.clientId, userId: user.id, orgId: user.orgId, name: body.deviceName },
        now,
      );
      const session = await createSession(tx, { userId: user.id, clientId: device.clientId }, now);
      if (rehash) {
        await tx.query('UPDATE users SET password_hash = $2 WHERE id = $1', [user.id, rehash]);
      }
      await writeAudit(tx, {
        at: now,
        orgId: user.orgId,
        userId: user.id,
        clientId: device.clientId,
        entity: 'user',
        entityId: user.id,
        action: 'login',
      });
      return { device, session };
    });
    return {
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      idleTimeoutSeconds: sessionPolicy.idleSeconds,
      user: publicUser(user),
      organisation: await getOrganisation(db, user.orgId),
      device,
    };
  });

  app.post(
    '/api/auth/logout',
    { preHandler: requireAuth(ctx, undefined, { allowPendingPassword: true }) },
    async (_request, reply) => {
      const auth = authOf(_request);
      await revokeSession(db, auth.sessionId, clock());
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    { preHandler: requireAuth(ctx, undefined, { allowPendingPassword: true }) },
    async (request): Promise<MeResponse> => {
      const auth = authOf(request);
      const user = await getUserInOrg(db, auth.orgId, auth.userId);
      const device = await getDevice(db, auth.clientId);
      if (!user || !device) throw new HttpError(401, 'unauthenticated', 'Please sign in.');
      return {
        user: publicUser(user),
        organisation: await getOrganisation(db, auth.orgId),
        device,
        expiresAt: auth.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/api/auth/password',
    { preHandler: requireAuth(ctx, undefined, { allowPendingPassword: true }) },
    async (request, reply) => {
      const auth = authOf(request);
      const body = parseBody(changePasswordRequestSchema, request.body);
      const user = await getUserInOrg(db, auth.orgId, auth.userId);
      if (!user) throw new HttpError(401, 'unauthenticated', 'Please sign in.');
      const now = clock();
      // Guesses with a stolen token count like sign-in attempts from this session's device,
      // and the session ends when they run out (see loginThrottle.ts).
      const keys = attemptKeys({
        email: user.email,
        ip: request.ip,
        clientId: auth.clientId,
        knownDevice: true,
      });
      const reservation = await reserveAttempt(db, keys, now);
      if (reservation.wait > 0) throw tooManyAttempts(reservation.wait);
      if (!(await verifyPassword(body.currentPassword, user.passwordHash))) {
        if ('failures' in reservation && reservation.failures >= throttleRules.source.free) {
          await revokeSession(db, auth.sessionId, now);
          throw tooManyAttempts(throttleRules.source.baseSeconds, 'This session has ended.');
        }
        throw new HttpError(401, 'invalid_credentials', 'The current password is wrong.');
      }
      await clearAttempts(db, keys, now);
      await assertAcceptablePassword(body, user, await getOrganisation(db, auth.orgId));
      const hash = await hashPassword(body.newPassword, ctx.passwordParams);
      // New hash (the old or one-time password no longer verifies), other sessions ended,
      // audit row: all or nothing.
      await db.transaction(async (tx) => {
        await tx.query(
          'UPDATE users SET password_hash = $2, must_change_password = false WHERE id = $1',
          [auth.userId, hash],
        );
        // Other sessions end (a leaked old password must not keep a device signed in).
        await tx.query(
          'UPDATE sessions SET revoked_at = $3 WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL',
          [auth.userId, auth.sessionId, now],
        );
        await writeAudit(tx, {
          at: now,
          orgId: auth.orgId,
          userId: auth.userId,
          clientId: auth.clientId,
          entity: 'user',
          entityId: auth.userId,
          action: 'change-password',
        });
      });
      return reply.code(204).send();
    },
  );
}

/** 429 with Retry-After in seconds; the app says in words how long to wait. */
function tooManyAttempts(wait: number, prefix = ''): HttpError {
  return new HttpError(
    429,
    authErrorCodes.tooManyAttempts,
    `${prefix ? `${prefix} ` : ''}Too many wrong passwords. Try again in ${waitWords(wait)}.`,
    { 'retry-after': String(wait) },
  );
}

/**
 * The password policy (protocol/passwordPolicy.ts), authoritative here: a new password must
 * differ from the current one (at first sign-in the one-time password) and be strong enough
 * for someone who knows the account's e-mail, name and organisation.
 */
async function assertAcceptablePassword(
  body: { currentPassword: string; newPassword: string },
  user: { email: string; displayName: string },
  organisation: { name: string },
): Promise<void> {
  if (body.newPassword.normalize('NFC') === body.currentPassword.normalize('NFC')) {
    throw new HttpError(
      400,
      authErrorCodes.passwordReused,
      'The new password must differ from the current (or one-time) password.',
    );
  }
  const verdict = await assessPassword(
    body.newPassword,
    knownWords({ ...user, organisationName: organisation.name }),
  );
  if (!verdict.ok) {
    throw new HttpError(
      400,
      authErrorCodes.weakPassword,
      'The new password is too easy to guess. A short sentence of your own is better.',
    );
  }
}
