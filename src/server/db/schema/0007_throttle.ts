import type { Migration } from '../migrations';

/**
 * Sign-in throttling by key instead of one counter per (IP, e-mail) (see
 * accounts/loginThrottle.ts). One row per key: failures so far and the last one; the next
 * attempt on a key is allowed only after a delay that doubles with each failure beyond the
 * free ones. Keys are SHA-256 digests of what they are made of (account, device, address),
 * so the table holds no e-mail address and no IP address.
 */
export const throttleMigration: Migration = {
  version: 7,
  name: 'sign-in throttling per key with growing delays',
  sql: `
    DROP TABLE login_attempts;
    CREATE TABLE login_throttle (
      key text PRIMARY KEY CHECK (key ~ '^[0-9a-f]{64}$'),
      failures integer NOT NULL CHECK (failures >= 0),
      last_failure_at timestamptz NOT NULL
    );
    CREATE INDEX login_throttle_last_idx ON login_throttle (last_failure_at);
  `,
};
