// Released publications of a statistics office (migration 0013): one row per office and
// quarter, written once and frozen by the database (a trigger refuses UPDATE, DELETE and
// TRUNCATE). The office's accounts read only these rows, never a fresh computation: two
// computations of the same quarter that differ in one source would give that source away.
import { compareQuarters, quarterBounds, addQuarters, type Quarter } from '../../domain';
import type { Publication } from '../../protocol';
import type { Queryable } from '../db/database';

/**
 * Whether `quarter` is over at `now`: from the first day of the next quarter, read in UTC,
 * which is never earlier than in German local time.
 */
export function quarterEnded(quarter: Quarter, now: Date): boolean {
  const nextStarts = quarterBounds(addQuarters(quarter, 1)).first;
  return now.toISOString().slice(0, 10) >= nextStarts;
}

/**
 * Stores a release. Returns its id, or undefined when the quarter is released already (the
 * unique key decides, so two admins releasing at once cannot both succeed).
 */
export async function insertRelease(
  tx: Queryable,
  r: { officeId: string; publication: Publication; userId: string; now: Date },
): Promise<string | undefined> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO statistics_publications
       (office_org_id, quarter, catalogue_version, body, released_at, released_by)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6)
     ON CONFLICT (office_org_id, quarter) DO NOTHING
     RETURNING id::text AS id`,
    [
      r.officeId,
      r.publication.quarter,
      r.publication.catalogueVersion,
      JSON.stringify(r.publication),
      r.now,
      r.userId,
    ],
  );
  return row?.id;
}

/** The released publication of a quarter as stored, or undefined before its release. */
export async function releasedPublication(
  db: Queryable,
  officeId: string,
  quarter: Quarter,
): Promise<unknown> {
  const [row] = await db.query<{ body: string }>(
    `SELECT body::text AS body FROM statistics_publications
      WHERE office_org_id = $1 AND quarter = $2`,
    [officeId, quarter],
  );
  return row ? (JSON.parse(row.body) as unknown) : undefined;
}

export type ReleaseRow = { quarter: Quarter; releasedAt: Date; catalogueVersion: string };

/** Every released quarter of an office, newest first. */
export async function listReleases(db: Queryable, officeId: string): Promise<ReleaseRow[]> {
  const rows = await db.query<ReleaseRow>(
    `SELECT quarter, released_at AS "releasedAt", catalogue_version AS "catalogueVersion"
       FROM statistics_publications WHERE office_org_id = $1`,
    [officeId],
  );
  return rows.sort((a, b) => compareQuarters(b.quarter, a.quarter));
}

/** Whether the office has released `quarter` already. */
export async function isReleased(db: Queryable, officeId: string, quarter: Quarter) {
  const rows = await db.query(
    'SELECT 1 FROM statistics_publications WHERE office_org_id = $1 AND quarter = $2',
    [officeId, quarter],
  );
  return rows.length > 0;
}
