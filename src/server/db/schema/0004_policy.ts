import type { Migration } from '../migrations';

/**
 * Per-organisation device policy (auto-lock). The bounds are enforced by the database too,
 * so no code path can store an unsafe value. No row means the defaults (5 min, 60 s).
 */
export const policyMigration: Migration = {
  version: 4,
  name: 'organisation device policy',
  sql: `
    CREATE TABLE org_policies (
      org_id uuid PRIMARY KEY REFERENCES organisations (id),
      idle_lock_minutes integer NOT NULL CHECK (idle_lock_minutes BETWEEN 1 AND 15),
      hidden_lock_seconds integer NOT NULL CHECK (hidden_lock_seconds BETWEEN 0 AND 300),
      updated_at timestamptz NOT NULL,
      updated_by uuid NOT NULL REFERENCES users (id)
    );
  `,
};
