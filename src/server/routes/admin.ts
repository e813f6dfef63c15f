import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  createUserRequestSchema,
  devicePolicySchema,
  type DevicePolicyResponse,
  type DeviceListResponse,
  type OneTimePasswordResponse,
  type UserListResponse,
} from '../../protocol';
import type { ServerContext } from '../context';
import type { Queryable } from '../db/database';
import { writeAudit } from '../audit';
import { HttpError, parseBody } from '../http/errors';
import { authOf, recordRoles, requireAuth } from '../accounts/guard';
import { orgKind } from '../statistics/officeStore';
import { generateOneTimePassword, hashPassword } from '../accounts/passwords';
import { revokeDeviceSessions, revokeUserSessions } from '../accounts/sessions';
import { getPolicy, setPolicy } from '../accounts/policy';
import {
  getDevice,
  getUserInOrg,
  insertUser,
  listDevices,
  listUsers,
  publicUser,
} from '../accounts/store';

const userParams = z.strictObject({ userId: z.uuid() });
const deviceParams = z.strictObject({ clientId: z.uuid() });

/**
 * Account administration for the admin role, always within the admin's own organisation:
 * an id from another organisation is "not found" (404), never touched. Every change commits
 * together with its audit row; on failure nothing changes.
 */
export function adminRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db, clock } = ctx;
  const guard = { preHandler: requireAuth(ctx, ['admin']) };

  const audit = (
    tx: Queryable,
    request: FastifyRequest,
    entity: string,
    id: string,
    action: string,
  ) => {
    const auth = authOf(request);
    return writeAudit(tx, {
      at: clock(),
      orgId: auth.orgId,
      userId: auth.userId,
      clientId: auth.clientId,
      entity,
      entityId: id,
      action,
    });
  };

  const userInOrg = async (request: FastifyRequest) => {
    const { userId } = parseBody(userParams, request.params);
    const user = await getUserInOrg(db, authOf(request).orgId, userId);
    if (!user) throw new HttpError(404, 'not_found', 'No such user in your organisation.');
    return user;
  };

  app.get('/api/admin/users', guard, async (request): Promise<UserListResponse> => ({
    users: await listUsers(db, authOf(request).orgId),
  }));

  app.post('/api/admin/users', guard, async (request, reply) => {
    const body = parseBody(createUserRequestSchema, request.body);
    // A statistics office sees aggregates only: its accounts never get a record role.
    if (
      body.roles.some((r) => recordRoles.includes(r)) &&
      (await orgKind(db, authOf(request).orgId)) === 'statistics-office'
    ) {
      throw new HttpError(
        403,
        'role_not_allowed',
        'A statistics office has no access to records: give its accounts the statistics or admin role.',
      );
    }
    const oneTimePassword = generateOneTimePassword();
    const passwordHash = await hashPassword(oneTimePassword, ctx.passwordParams);
    const user = await db.transaction(async (tx) => {
      const created = await insertUser(
        tx,
        { orgId: authOf(request).orgId, ...body, passwordHash, mustChangePassword: true },
        clock(),
      );
      await audit(tx, request, 'user', created.id, 'create-user');
      return created;
    });
    const response: OneTimePasswordResponse = { user, oneTimePassword };
    return reply.code(201).send(response);
  });

  app.post('/api/admin/users/:userId/deactivate', guard, async (request) => {
    const user = await userInOrg(request);
    if (user.id === authOf(request).userId) {
      throw new HttpError(409, 'cannot_deactivate_self', 'You cannot deactivate your own account.');
    }
    const now = clock();
    await db.transaction(async (tx) => {
      await tx.query(
        'UPDATE users SET active = false, deactivated_at = $2 WHERE id = $1 AND active',
        [user.id, now],
      );
      await revokeUserSessions(tx, user.id, now);
      await audit(tx, request, 'user', user.id, 'deactivate-user');
    });
    return { user: publicUser({ ...user, active: false }) };
  });

  app.post('/api/admin/users/:userId/activate', guard, async (request) => {
    const user = await userInOrg(request);
    await db.transaction(async (tx) => {
      await tx.query('UPDATE users SET active = true, deactivated_at = NULL WHERE id = $1', [
        user.id,
      ]);
      await audit(tx, request, 'user', user.id, 'activate-user');
    });
    return { user: publicUser({ ...user, active: true }) };
  });

  app.post(
    '/api/admin/users/:userId/reset-password',
    guard,
    async (request): Promise<OneTimePasswordResponse> => {
      const user = await userInOrg(request);
      const oneTimePassword = generateOneTimePassword();
      const hash = await hashPassword(oneTimePassword, ctx.passwordParams);
      const now = clock();
      await db.transaction(async (tx) => {
        await tx.query(
          'UPDATE users SET password_hash = $2, must_change_password = true WHERE id = $1',
          [user.id, hash],
        );
        await revokeUserSessions(tx, user.id, now);
        await audit(tx, request, 'user', user.id, 'reset-password');
      });
      return { user: publicUser({ ...user, mustChangePassword: true }), oneTimePassword };
    },
  );

  app.get('/api/admin/devices', guard, async (request): Promise<DeviceListResponse> => ({
    devices: await listDevices(db, authOf(request).orgId),
  }));

  app.post('/api/admin/devices/:clientId/revoke', guard, async (request) => {
    const { clientId } = parseBody(deviceParams, request.params);
    const orgId = authOf(request).orgId;
    const now = clock();
    const revoked = await db.transaction(async (tx) => {
      // The org_id condition is the isolation: another organisation's device is "not found".
      const rows = await tx.query(
        `UPDATE devices SET revoked_at = coalesce(revoked_at, $3)
          WHERE client_id = $1 AND org_id = $2 RETURNING client_id`,
        [clientId, orgId, now],
      );
      if (rows.length === 0) return false;
      await revokeDeviceSessions(tx, clientId, now);
      await audit(tx, request, 'device', clientId, 'revoke-device');
      return true;
    });
    if (!revoked) throw new HttpError(404, 'not_found', 'No such device in your organisation.');
    return { device: await getDevice(db, clientId) };
  });

  app.get('/api/admin/policy', guard, async (request): Promise<DevicePolicyResponse> => ({
    policy: await getPolicy(db, authOf(request).orgId),
  }));

  // Devices receive the new policy with their next pull (every page carries it).
  app.post('/api/admin/policy', guard, async (request): Promise<DevicePolicyResponse> => {
    const policy = parseBody(devicePolicySchema, request.body);
    const auth = authOf(request);
    await db.transaction(async (tx) => {
      await setPolicy(tx, auth.orgId, policy, auth.userId, clock());
      await audit(tx, request, 'organisation', auth.orgId, 'set-device-policy');
    });
    return { policy };
  });
}
