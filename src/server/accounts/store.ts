import type { Device, Organisation, OrganisationKind, Role, User } from '../../protocol';
import type { Queryable } from '../db/database';
import { HttpError } from '../http/errors';

/** Row mappers and plain reads/writes of the account tables. Callers scope by org_id. */

type UserRow = {
  id: string;
  org_id: string;
  email: string;
  display_name: string;
  roles: Role[];
  active: boolean;
  must_change_password: boolean;
  password_hash: string;
};

type DeviceRow = {
  client_id: string;
  user_id: string;
  name: string;
  registered_at: Date;
  revoked_at: Date | null;
  last_seen_at: Date | null;
  last_client_seq: number;
};

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles,
    active: row.active,
    mustChangePassword: row.must_change_password,
  };
}

/** Strips server-only properties (password hash, org id) before a user goes on the wire. */
export function publicUser(u: User): User {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    roles: u.roles,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
  };
}

export function toDevice(row: DeviceRow): Device {
  return {
    clientId: row.client_id,
    userId: row.user_id,
    name: row.name,
    registeredAt: row.registered_at.toISOString(),
    revokedAt: iso(row.revoked_at),
    lastSeenAt: iso(row.last_seen_at),
    lastClientSeq: row.last_client_seq,
  };
}

const USER_COLUMNS =
  'id, org_id, email, display_name, roles, active, must_change_password, password_hash';
const DEVICE_COLUMNS =
  'client_id, user_id, name, registered_at, revoked_at, last_seen_at, last_client_seq';

/** Creates an organisation and its feed counter. Fails (and rolls back with the caller's
 * transaction) on invalid name/kind. */
export async function insertOrganisation(
  tx: Queryable,
  org: { name: string; kind: OrganisationKind },
  now: Date,
): Promise<Organisation> {
  const [row] = await tx.query<{ id: string }>(
    'INSERT INTO organisations (name, kind, created_at) VALUES ($1, $2, $3) RETURNING id',
    [org.name, org.kind, now],
  );
  if (!row) throw new Error('organisation insert returned nothing');
  await tx.query('INSERT INTO org_counter (org_id, seq) VALUES ($1, 0)', [row.id]);
  return { id: row.id, name: org.name, kind: org.kind };
}

export async function getOrganisation(db: Queryable, orgId: string): Promise<Organisation> {
  const [row] = await db.query<Organisation>(
    'SELECT id, name, kind FROM organisations WHERE id = $1',
    [orgId],
  );
  if (!row) throw new HttpError(404, 'not_found', 'Organisation not found.');
  return row;
}

/** Inserts a user; a taken e-mail is a 409 (the unique index decides, also under races). */
export async function insertUser(
  tx: Queryable,
  u: {
    orgId: string;
    email: string;
    displayName: string;
    roles: readonly Role[];
    passwordHash: string;
    mustChangePassword: boolean;
  },
  now: Date,
): Promise<User> {
  try {
    const [row] = await tx.query<UserRow>(
      `INSERT INTO users (org_id, email, display_name, roles, password_hash, must_change_password, created_at)
       VALUES ($1, $2, $3, $4::text[], $5, $6, $7) RETURNING ${USER_COLUMNS}`,
      [u.orgId, u.email, u.displayName, [...u.roles], u.passwordHash, u.mustChangePassword, now],
    );
    if (!row) throw new Error('user insert returned nothing');
    return toUser(row);
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new HttpError(409, 'email_taken', 'A user with this e-mail address already exists.');
    }
    throw error;
  }
}

export async function findUserByEmail(
  db: Queryable,
  email: string,
): Promise<(User & { orgId: string; passwordHash: string }) | undefined> {
  const [row] = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE email = $1`, [
    email,
  ]);
  return row ? { ...toUser(row), orgId: row.org_id, passwordHash: row.password_hash } : undefined;
}

export async function getUserInOrg(
  db: Queryable,
  orgId: string,
  userId: string,
): Promise<(User & { passwordHash: string }) | undefined> {
  const [row] = await db.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM users WHERE org_id = $1 AND id = $2`,
    [orgId, userId],
  );
  return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
}

export async function listUsers(db: Queryable, orgId: string): Promise<User[]> {
  const rows = await db.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM users WHERE org_id = $1 ORDER BY display_name, email`,
    [orgId],
  );
  return rows.map(toUser);
}

export async function getDevice(db: Queryable, clientId: string): Promise<Device | undefined> {
  const [row] = await db.query<DeviceRow>(
    `SELECT ${DEVICE_COLUMNS} FROM devices WHERE client_id = $1`,
    [clientId],
  );
  return row ? toDevice(row) : undefined;
}

export async function listDevices(db: Queryable, orgId: string): Promise<Device[]> {
  const rows = await db.query<DeviceRow>(
    `SELECT ${DEVICE_COLUMNS} FROM devices WHERE org_id = $1 ORDER BY registered_at, client_id`,
    [orgId],
  );
  return rows.map(toDevice);
}

/**
 * Registers the device on first login or renames it on later ones. A clientId already bound
 * to another user is refused (409) — its outbox numbering belongs to that user; a revoked
 * device stays revoked (403): the app must wipe itself and start with a new clientId.
 * Runs in the caller's transaction; on failure nothing is registered.
 */
export async function registerDevice(
  tx: Queryable,
  d: { clientId: string; userId: string; orgId: string; name: string },
  now: Date,
): Promise<Device> {
  await tx.query(
    `INSERT INTO devices (client_id, user_id, org_id, name, registered_at, last_seen_at)
     VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (client_id) DO NOTHING`,
    [d.clientId, d.userId, d.orgId, d.name, now],
  );
  const [row] = await tx.query<DeviceRow>(
    `SELECT ${DEVICE_COLUMNS} FROM devices WHERE client_id = $1 FOR UPDATE`,
    [d.clientId],
  );
  if (!row) throw new Error('device row missing after insert');
  if (row.user_id !== d.userId) {
    throw new HttpError(
      409,
      'device_of_other_user',
      'This device is registered to another user. Reset the app on this device first.',
    );
  }
  if (row.revoked_at) {
    throw new HttpError(403, 'device_revoked', 'This device has been revoked by an administrator.');
  }
  const [updated] = await tx.query<DeviceRow>(
    `UPDATE devices SET name = $2, last_seen_at = $3 WHERE client_id = $1 RETURNING ${DEVICE_COLUMNS}`,
    [d.clientId, d.name, now],
  );
  return toDevice(updated ?? row);
}
