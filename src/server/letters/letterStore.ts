import type { Queryable } from '../db/database';
import type { DepartureLetter } from '../../domain/letters';

/** Kinds of letter an organisation keeps (the table's CHECK lists the same). */
export type LetterKind = 'departure-information';

export type StoredLetter = { version: number; letter: Record<string, unknown> };

/**
 * The organisation's letter of `kind` as stored (validated when written), or undefined while
 * the administrator never saved one. `forUpdate` locks the row until the caller's transaction
 * ends, so a concurrent save waits and then sees the new version.
 */
export async function readLetter(
  db: Queryable,
  orgId: string,
  kind: LetterKind,
  { forUpdate = false } = {},
): Promise<StoredLetter | undefined> {
  const [row] = await db.query<StoredLetter>(
    `SELECT version, letter FROM letter_templates WHERE org_id = $1 AND kind = $2${
      forUpdate ? ' FOR UPDATE' : ''
    }`,
    [orgId, kind],
  );
  return row;
}

/**
 * Stores the letter with a new version from the server-wide sequence, only if the stored
 * version is still `baseVersion` (0: none stored yet). Returns the new version, or undefined
 * when someone else saved in between (nothing was written).
 */
export async function writeLetter(
  tx: Queryable,
  orgId: string,
  kind: LetterKind,
  letter: DepartureLetter,
  baseVersion: number,
  by: string,
  at: Date,
): Promise<number | undefined> {
  const json = JSON.stringify(letter);
  const rows =
    baseVersion === 0
      ? await tx.query<{ version: number }>(
          `INSERT INTO letter_templates (org_id, kind, letter, version, updated_at, updated_by)
           VALUES ($1, $2, $3::jsonb, nextval('letter_version_seq'), $4, $5)
           ON CONFLICT (org_id, kind) DO NOTHING
           RETURNING version`,
          [orgId, kind, json, at, by],
        )
      : await tx.query<{ version: number }>(
          `UPDATE letter_templates
           SET letter = $3::jsonb, version = nextval('letter_version_seq'), updated_at = $4, updated_by = $5
           WHERE org_id = $1 AND kind = $2 AND version = $6
           RETURNING version`,
          [orgId, kind, json, at, by, baseVersion],
        );
  return rows[0]?.version;
}
