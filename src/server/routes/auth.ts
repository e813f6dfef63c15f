import type { FastifyInstance } from 'fastify';
import {
  changePasswordRequestSchema,
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
import { clearLoginAttempts, recordLoginAttempt, throttleKey } from '../accounts/loginThrottle';
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
    const key = throttleKey(request.ip, body.email);
    const wait = await recordLoginAttempt(db, key, now);
    if (wait !== undefined) {
      throw new HttpError(
        429,
        'too_many_attempts',
        'Too many failed sign-in attempts. Please wait and try again.',
        { 'retry-after': String(wait) },
      );
    }
    const user = await findUserByEmail(db, body.email);
    // Verify against a dummy hash for unknown users so timing doesn't reveal who exists.
    const ok = await verifyPassword(
      body.password,
      user?.passwordHash ?? (await dummyPasswordHash(ctx.passwordParams)),
    );
    if (!user || !ok || !user.active) {
      throw new HttpError(401, 'invalid_credentials', 'E-mail address or password is wrong.');
    }
    await clearLoginAttempts(db, key, now);
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
      if (!user || !(await verifyPassword(body.currentPassword, user.passwordHash))) {
        throw new HttpError(401, 'invalid_credentials', 'The current password is wrong.');
      }
      const hash = await hashPassword(body.newPassword, ctx.passwordParams);
      const now = clock();
      // New hash, other sessions ended, audit row: all or nothing.
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
