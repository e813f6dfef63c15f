// The statistics office's tables (migration 0012): opt-ins of organisations on this server,
// contributors on other servers with their public keys, and the reports they sent. Every
// change runs in the caller's transaction together with its audit row: both or neither.
import type { OrganisationKind } from '../../protocol';
import type { Queryable } from '../db/database';

export type OfficeOrg = { id: string; name: string; kind: OrganisationKind };

/** The organisation if it is a statistics office on this server. */
export async function getOffice(db: Queryable, officeId: string): Promise<OfficeOrg | undefined> {
  const [row] = await db.query<OfficeOrg>(
    `SELECT id::text AS id, name, kind FROM organisations
      WHERE id = $1 AND kind = 'statistics-office'`,
    [officeId],
  );
  return row;
}

export async function orgKind(db: Queryable, orgId: string): Promise<OrganisationKind | undefined> {
  const [row] = await db.query<{ kind: OrganisationKind }>(
    'SELECT kind FROM organisations WHERE id = $1',
    [orgId],
  );
  return row?.kind;
}

/** Every office on this server, and whether `orgId` contributes to it now. */
export async function listOffices(db: Queryable, orgId: string) {
  return db.query<{ id: string; name: string; contributing: boolean }>(
    `SELECT o.id::text AS id, o.name,
            EXISTS (SELECT 1 FROM statistics_contributions c
                     WHERE c.office_org_id = o.id AND c.org_id = $1
                       AND c.withdrawn_at IS NULL) AS contributing
       FROM organisations o
      WHERE o.kind = 'statistics-office' AND o.id <> $1
      ORDER BY o.name, o.id`,
    [orgId],
  );
}

/**
 * Opts `orgId` in to (or out of) contributing to `officeId`. Returns whether anything changed:
 * opting in twice or withdrawing without an opt-in changes nothing (and is not audited).
 */
export async function setContribution(
  tx: Queryable,
  c: { orgId: string; officeId: string; userId: string; contribute: boolean; now: Date },
): Promise<boolean> {
  if (c.contribute) {
    const rows = await tx.query(
      `INSERT INTO statistics_contributions (org_id, office_org_id, opted_in_at, opted_in_by)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (org_id, office_org_id) WHERE withdrawn_at IS NULL DO NOTHING
       RETURNING id`,
      [c.orgId, c.officeId, c.now, c.userId],
    );
    return rows.length > 0;
  }
  const rows = await tx.query(
    `UPDATE statistics_contributions SET withdrawn_at = $3, withdrawn_by = $4
      WHERE org_id = $1 AND office_org_id = $2 AND withdrawn_at IS NULL
      RETURNING id`,
    [c.orgId, c.officeId, c.now, c.userId],
  );
  return rows.length > 0;
}

/** The organisations on this server that contribute to `officeId` now, by name. */
export async function contributingOrganisations(db: Queryable, officeId: string) {
  return db.query<OfficeOrg>(
    `SELECT o.id::text AS id, o.name, o.kind
       FROM statistics_contributions c JOIN organisations o ON o.id = c.org_id
      WHERE c.office_org_id = $1 AND c.withdrawn_at IS NULL
      ORDER BY o.name, o.id`,
    [officeId],
  );
}

export type ContributorRow = {
  id: string;
  orgId: string;
  name: string;
  publicKey: string;
  registeredAt: Date;
  revokedAt: Date | null;
};

const contributorColumns = `id::text AS id, contributor_org_id::text AS "orgId", name,
  public_key AS "publicKey", registered_at AS "registeredAt", revoked_at AS "revokedAt"`;

/** Registers a contributor; undefined when one with this organisation id is registered. */
export async function insertContributor(
  tx: Queryable,
  c: { officeId: string; orgId: string; name: string; publicKey: string; now: Date },
): Promise<string | undefined> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO statistics_contributors
       (office_org_id, contributor_org_id, name, public_key, registered_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (office_org_id, contributor_org_id) WHERE revoked_at IS NULL DO NOTHING
     RETURNING id::text AS id`,
    [c.officeId, c.orgId, c.name, c.publicKey, c.now],
  );
  return row?.id;
}

export async function revokeContributor(
  tx: Queryable,
  officeId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE statistics_contributors SET revoked_at = $3
      WHERE id = $1 AND office_org_id = $2 AND revoked_at IS NULL RETURNING id`,
    [id, officeId, now],
  );
  return rows.length > 0;
}

export async function listContributors(db: Queryable, officeId: string) {
  return db.query<ContributorRow & { quarters: string[] }>(
    `SELECT ${contributorColumns},
            COALESCE((SELECT array_agg(r.quarter ORDER BY r.quarter) FROM statistics_reports r
                       WHERE r.contributor_id = c.id AND r.superseded_at IS NULL),
                     '{}') AS quarters
       FROM statistics_contributors c WHERE office_org_id = $1
      ORDER BY registered_at, id`,
    [officeId],
  );
}

/** Every active registration of a contributor's organisation, on every office here. */
export async function registrationsOf(db: Queryable, contributorOrgId: string) {
  return db.query<ContributorRow & { officeId: string }>(
    `SELECT ${contributorColumns}, office_org_id::text AS "officeId"
       FROM statistics_contributors c
      WHERE contributor_org_id = $1 AND revoked_at IS NULL`,
    [contributorOrgId],
  );
}

export type StoredReport = { id: string; createdAt: Date; signature: string };

export async function currentReport(
  db: Queryable,
  contributorId: string,
  quarter: string,
): Promise<StoredReport | undefined> {
  const [row] = await db.query<StoredReport>(
    `SELECT id::text AS id, created_at AS "createdAt", signature FROM statistics_reports
      WHERE contributor_id = $1 AND quarter = $2 AND superseded_at IS NULL`,
    [contributorId, quarter],
  );
  return row;
}

/** Stores a verified report, superseding the current one of its quarter (kept as history). */
export async function insertReport(
  tx: Queryable,
  r: {
    contributorId: string;
    quarter: string;
    catalogueVersion: string;
    createdAt: Date;
    report: string;
    signature: string;
    now: Date;
  },
): Promise<{ id: string; replaced: boolean }> {
  const superseded = await tx.query(
    `UPDATE statistics_reports SET superseded_at = $3
      WHERE contributor_id = $1 AND quarter = $2 AND superseded_at IS NULL RETURNING id`,
    [r.contributorId, r.quarter, r.now],
  );
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO statistics_reports
       (contributor_id, quarter, catalogue_version, created_at, received_at, report, signature)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text AS id`,
    [r.contributorId, r.quarter, r.catalogueVersion, r.createdAt, r.now, r.report, r.signature],
  );
  if (!row) throw new Error('report insert returned nothing');
  return { id: row.id, replaced: superseded.length > 0 };
}

/** The reports in force for `quarter` of the office's active contributors. */
export async function reportsInForce(db: Queryable, officeId: string, quarter: string) {
  return db.query<{ name: string; report: string }>(
    `SELECT c.name, r.report
       FROM statistics_reports r JOIN statistics_contributors c ON c.id = r.contributor_id
      WHERE c.office_org_id = $1 AND c.revoked_at IS NULL
        AND r.quarter = $2 AND r.superseded_at IS NULL
      ORDER BY c.name, c.id`,
    [officeId, quarter],
  );
}
