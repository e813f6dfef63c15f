import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../db/database';

/**
 * Sign-in throttling: slows password guessing without letting a stranger lock the owner out
 * (threat model in ARCHITECTURE.md "Accounts"). Kept in the database (survives restarts,
 * shared by several server processes, follows the injectable clock in tests).
 *
 * Every attempt counts against one or more keys:
 * - from a **known device** of the account (its clientId is registered to this user and not
 *   revoked): only (account, device). Nobody without that tablet's id can slow it down;
 * - from anywhere else: (account, address), (account, any unknown device) and (address, any
 *   account) — the address is the client IP (see TRUST_PROXY for proxies).
 * Each key allows `free` failures, then each further attempt must wait a delay that starts at
 * `baseSeconds` after the last failure and doubles per failure up to `maxSeconds`. A key
 * forgets its failures after a quiet day. A success clears the account keys of its attempt;
 * the address key only gets that one attempt back (an attacker with an account of their own
 * must not reset it).
 *
 * An attempt is reserved *before* the password is checked — counted as a failure until it
 * succeeds — under a row lock per key, so parallel guesses are counted exactly.
 */
export type ThrottleRule = { free: number; baseSeconds: number; maxSeconds: number };

export const throttleRules = {
  /** One account from one device or one address: typing mistakes, then 30 s, 1 min, … 15 min. */
  source: { free: 5, baseSeconds: 30, maxSeconds: 15 * 60 },
  /** One account from all unknown devices together: a guesser with many addresses. */
  account: { free: 20, baseSeconds: 60, maxSeconds: 15 * 60 },
  /** One address against all accounts (password spraying); known devices are exempt. */
  address: { free: 50, baseSeconds: 60, maxSeconds: 15 * 60 },
} as const satisfies Record<string, ThrottleRule>;

export const FORGET_AFTER_SECONDS = 24 * 60 * 60;

export type ThrottleKind = keyof typeof throttleRules;
export type ThrottleKey = { kind: ThrottleKind; key: string };

const digest = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\u0001'), 'utf8').digest('hex');

/**
 * The keys an attempt counts against. `knownDevice`: the attempt comes from a device of this
 * account (see `isKnownDevice`); the e-mail address stands for the account, so an unknown
 * address is throttled exactly like a known one (no hint which exist).
 */
export function attemptKeys(a: {
  email: string;
  ip: string;
  clientId: string;
  knownDevice: boolean;
}): ThrottleKey[] {
  if (a.knownDevice) return [{ kind: 'source', key: digest('device', a.email, a.clientId) }];
  return [
    { kind: 'source', key: digest('address', a.email, a.ip) },
    { kind: 'account', key: digest('account', a.email) },
    { kind: 'address', key: digest('spray', a.ip) },
  ];
}

/** Whether `clientId` is a registered, unrevoked device of the user with this e-mail. */
export async function isKnownDevice(
  db: Queryable,
  email: string,
  clientId: string,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM devices d JOIN users u ON u.id = d.user_id
      WHERE d.client_id = $1 AND u.email = $2 AND d.revoked_at IS NULL`,
    [clientId, email],
  );
  return rows.length > 0;
}

type Row = { key: string; failures: number; last_failure_at: Date };

/** Seconds until `rule` allows the next attempt on a key in this state (0: now). */
export function waitSeconds(
  rule: ThrottleRule,
  state: { failures: number; lastFailureAt: Date } | undefined,
  now: Date,
): number {
  if (!state) return 0;
  const since = (now.getTime() - state.lastFailureAt.getTime()) / 1000;
  if (since >= FORGET_AFTER_SECONDS || state.failures < rule.free) return 0;
  const delay = Math.min(rule.maxSeconds, rule.baseSeconds * 2 ** (state.failures - rule.free));
  return Math.max(0, Math.ceil(delay - since));
}

export type Reservation = { wait: number } | { wait: 0; failures: number };

/**
 * Reserves one attempt on every key (one short transaction, rows locked in key order so two
 * attempts never deadlock): when any key must still wait, nothing is counted and the longest
 * wait is returned; else every key counts one more failure (undone by `clearAttempts` on
 * success) and `failures` is the count of the first key. On a database error nothing is
 * counted and the request fails (the client may retry).
 */
export async function reserveAttempt(
  db: Database,
  keys: readonly ThrottleKey[],
  now: Date,
): Promise<Reservation> {
  const sorted = [...keys].sort((a, b) => (a.key < b.key ? -1 : 1));
  return db.transaction(async (tx) => {
    const rows = new Map<string, Row>();
    for (const { key } of sorted) {
      await tx.query(
        `INSERT INTO login_throttle (key, failures, last_failure_at) VALUES ($1, 0, $2)
         ON CONFLICT (key) DO NOTHING`,
        [key, now],
      );
      const [row] = await tx.query<Row>(
        'SELECT key, failures, last_failure_at FROM login_throttle WHERE key = $1 FOR UPDATE',
        [key],
      );
      if (row) rows.set(key, row);
    }
    const state = (key: string) => {
      const row = rows.get(key);
      return row ? { failures: row.failures, lastFailureAt: row.last_failure_at } : undefined;
    };
    const wait = Math.max(
      0,
      ...keys.map((k) => waitSeconds(throttleRules[k.kind], state(k.key), now)),
    );
    if (wait > 0) return { wait };
    const counted: number[] = [];
    for (const k of keys) {
      const [row] = await tx.query<{ failures: number }>(
        `UPDATE login_throttle
            SET failures = CASE WHEN last_failure_at <= $3 THEN 1 ELSE failures + 1 END,
                last_failure_at = $2
          WHERE key = $1 RETURNING failures`,
        [k.key, now, new Date(now.getTime() - FORGET_AFTER_SECONDS * 1000)],
      );
      counted.push(row?.failures ?? 1);
    }
    return { wait: 0, failures: counted[0] ?? 1 };
  });
}

/**
 * After a successful check: forgets the failures of this attempt's account keys, gives the
 * address key back the one attempt reserved for this success (never more: an attacker with
 * an account of their own must not wipe it), and prunes keys quiet for a day. On a database
 * error the counts simply stay; the caller goes on.
 */
export async function clearAttempts(
  db: Queryable,
  keys: readonly ThrottleKey[],
  now: Date,
): Promise<void> {
  const own = keys.filter((k) => k.kind !== 'address').map((k) => k.key);
  const address = keys.filter((k) => k.kind === 'address').map((k) => k.key);
  await db.query(
    'DELETE FROM login_throttle WHERE key = ANY($1::text[]) OR last_failure_at <= $2',
    [own, new Date(now.getTime() - FORGET_AFTER_SECONDS * 1000)],
  );
  if (address.length > 0) {
    await db.query(
      'UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE key = ANY($1::text[])',
      [address],
    );
  }
}

/** "2 Minuten" style wording is the client's job; the server names the seconds (Retry-After). */
export function waitWords(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
