import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database';

/**
 * Login throttling in the database (not @fastify/rate-limit): it counts failures per
 * IP + e-mail, survives restarts, works with several server processes on one PostgreSQL,
 * and follows the injectable clock in tests.
 *
 * Each attempt is recorded *before* the password is checked and the count includes it, so
 * parallel guesses can't slip through between check and record; a successful login deletes
 * the key's rows. Hence: at most 5 attempts per 15 minutes fail before answers become 429.
 */
export const loginThrottlePolicy = { maxAttempts: 5, windowSeconds: 15 * 60 } as const;

export function throttleKey(ip: string, email: string): string {
  return createHash('sha256').update(`${ip}|${email}`, 'utf8').digest('hex');
}

/**
 * Records an attempt; returns seconds to wait when over the limit, else undefined. A refused
 * attempt is not kept, so hammering does not extend the lock-out beyond the window.
 */
export async function recordLoginAttempt(
  db: Queryable,
  key: string,
  now: Date,
): Promise<number | undefined> {
  const windowStart = new Date(now.getTime() - loginThrottlePolicy.windowSeconds * 1000);
  const [inserted] = await db.query<{ id: string }>(
    'INSERT INTO login_attempts (key, at) VALUES ($1, $2) RETURNING id::text AS id',
    [key, now],
  );
  const [row] = await db.query<{ n: number; oldest: Date | null }>(
    `SELECT count(*)::int AS n, min(at) AS oldest FROM login_attempts WHERE key = $1 AND at > $2`,
    [key, windowStart],
  );
  if (!row || row.n <= loginThrottlePolicy.maxAttempts) return undefined;
  await db.query('DELETE FROM login_attempts WHERE id = $1::bigint', [inserted?.id]);
  const oldest = row.oldest ?? now;
  const wait = oldest.getTime() + loginThrottlePolicy.windowSeconds * 1000 - now.getTime();
  return Math.max(1, Math.ceil(wait / 1000));
}

/** After a successful login; also prunes everyone's rows older than the window. */
export async function clearLoginAttempts(db: Queryable, key: string, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - loginThrottlePolicy.windowSeconds * 1000);
  await db.query('DELETE FROM login_attempts WHERE key = $1 OR at <= $2', [key, windowStart]);
}
