import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../protocol';
import type { Queryable } from '../db/database';

/**
 * Session policy. A session ends 12 h after its last request (a working day, so the morning
 * login lasts the day; an idle tablet left behind is useless by the next morning) and at
 * the latest 7 days after login. The app works offline without a session; only sync needs
 * one, so expiry never blocks counselling.
 */
export const sessionPolicy = {
  idleSeconds: 12 * 60 * 60,
  absoluteSeconds: 7 * 24 * 60 * 60,
  /** last_used_at is written at most this often, so reads don't all become writes. */
  touchEverySeconds: 60,
} as const;

/** Tokens are 256 random bits; only their SHA-256 is stored, so a DB leak yields no token. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export async function createSession(
  tx: Queryable,
  s: { userId: string; clientId: string },
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionPolicy.absoluteSeconds * 1000);
  await tx.query(
    `INSERT INTO sessions (token_sha256, user_id, client_id, created_at, last_used_at, expires_at)
     VALUES ($1, $2, $3, $4, $4, $5)`,
    [tokenDigest(token), s.userId, s.clientId, now, expiresAt],
  );
  return { token, expiresAt };
}

export type AuthContext = {
  sessionId: string;
  userId: string;
  orgId: string;
  roles: Role[];
  clientId: string;
  expiresAt: Date;
  /** Signed in with a one-time password that has not been replaced yet. */
  mustChangePassword: boolean;
};

export type AuthFailure = 'unauthenticated' | 'session_expired' | 'device_revoked';

/**
 * Resolves a bearer token to the user, organisation and device it was issued for. Revoked
 * sessions, deactivated users and unknown tokens are all `unauthenticated` (no hint which);
 * a revoked device is reported as such so the app can wipe its local data.
 */
export async function authenticate(
  db: Queryable,
  token: string,
  now: Date,
): Promise<AuthContext | AuthFailure> {
  const [row] = await db.query<{
    id: string;
    user_id: string;
    client_id: string;
    last_used_at: Date;
    expires_at: Date;
    revoked_at: Date | null;
    org_id: string;
    roles: Role[];
    active: boolean;
    must_change_password: boolean;
    device_revoked_at: Date | null;
  }>(
    `SELECT s.id, s.user_id, s.client_id, s.last_used_at, s.expires_at, s.revoked_at,
            u.org_id, u.roles, u.active, u.must_change_password, d.revoked_at AS device_revoked_at
       FROM sessions s
       JOIN users u ON u.id = s.user_id
       JOIN devices d ON d.client_id = s.client_id
      WHERE s.token_sha256 = $1`,
    [tokenDigest(token)],
  );
  if (!row) return 'unauthenticated';
  if (row.device_revoked_at) return 'device_revoked';
  if (row.revoked_at || !row.active) return 'unauthenticated';
  const t = now.getTime();
  if (t >= row.expires_at.getTime()) return 'session_expired';
  if (t - row.last_used_at.getTime() >= sessionPolicy.idleSeconds * 1000) return 'session_expired';
  if (t - row.last_used_at.getTime() >= sessionPolicy.touchEverySeconds * 1000) {
    // Best effort: if this write fails the request fails with a 500 and the client retries.
    await db.query('UPDATE sessions SET last_used_at = $2 WHERE id = $1', [row.id, now]);
  }
  return {
    sessionId: row.id,
    userId: row.user_id,
    orgId: row.org_id,
    roles: row.roles,
    clientId: row.client_id,
    expiresAt: row.expires_at,
    mustChangePassword: row.must_change_password,
  };
}

export async function revokeSession(db: Queryable, sessionId: string, now: Date): Promise<void> {
  await db.query('UPDATE sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [
    sessionId,
    now,
  ]);
}

export async function revokeUserSessions(tx: Queryable, userId: string, now: Date): Promise<void> {
  await tx.query('UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [
    userId,
    now,
  ]);
}

export async function revokeDeviceSessions(
  tx: Queryable,
  clientId: string,
  now: Date,
): Promise<void> {
  await tx.query(
    'UPDATE sessions SET revoked_at = $2 WHERE client_id = $1 AND revoked_at IS NULL',
    [clientId, now],
  );
}
