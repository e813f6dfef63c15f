import type { Migration } from '../migrations';

/**
 * Whose each side of a conflict is, and how it was decided (issue 23): `server_by` is the
 * account that last saved the record before the colliding change (the kept value's author),
 * `resolution` says which side the decision took — 'server' kept the stored value, 'client'
 * took the colliding one — so the counsellor whose value was replaced can be told.
 */
export const conflictAuthorsMigration: Migration = {
  version: 9,
  name: 'conflict sides named and decisions recorded',
  sql: `
    ALTER TABLE sync_conflicts ADD COLUMN server_by uuid REFERENCES users (id);
    ALTER TABLE sync_conflicts ADD COLUMN resolution text
      CHECK (resolution IS NULL OR resolution IN ('server', 'client'));
  `,
};
