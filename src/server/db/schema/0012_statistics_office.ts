import type { Migration } from '../migrations';

/**
 * A statistics office across organisations (issue 27). Version 10: 9 is the case lifecycle
 * migration of issue 26 on its own branch (reserved in migrations.ts until it is merged).
 *
 * - organisations.kind gains 'statistics-office'.
 * - statistics_contributions: an organisation's opt-in to an office on the same server, one
 *   row per opt-in; withdrawing sets withdrawn_at (history kept, audited in audit_log).
 * - statistics_contributors: organisations on other servers, registered by the office with
 *   their Ed25519 public key; revoking keeps the row.
 * - statistics_reports: every verified report as received (canonical JSON and signature); a
 *   corrected report for the same quarter supersedes the earlier one, which stays.
 */
export const statisticsOfficeMigration: Migration = {
  version: 12,
  name: 'statistics office: opt-ins, contributors, signed quarterly reports',
  sql: `
    ALTER TABLE organisations DROP CONSTRAINT organisations_kind_check;
    ALTER TABLE organisations ADD CONSTRAINT organisations_kind_check
      CHECK (kind IN ('abh', 'integration-centre', 'welfare', 'other', 'statistics-office'));

    CREATE TABLE statistics_contributions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      org_id uuid NOT NULL REFERENCES organisations (id),
      office_org_id uuid NOT NULL REFERENCES organisations (id),
      opted_in_at timestamptz NOT NULL,
      opted_in_by uuid NOT NULL REFERENCES users (id),
      withdrawn_at timestamptz,
      withdrawn_by uuid REFERENCES users (id),
      CHECK (org_id <> office_org_id)
    );
    CREATE UNIQUE INDEX statistics_contributions_active_key
      ON statistics_contributions (org_id, office_org_id) WHERE withdrawn_at IS NULL;

    CREATE TABLE statistics_contributors (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      office_org_id uuid NOT NULL REFERENCES organisations (id),
      contributor_org_id uuid NOT NULL,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      public_key text NOT NULL,
      registered_at timestamptz NOT NULL,
      revoked_at timestamptz
    );
    CREATE UNIQUE INDEX statistics_contributors_active_key
      ON statistics_contributors (office_org_id, contributor_org_id) WHERE revoked_at IS NULL;

    CREATE TABLE statistics_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      contributor_id uuid NOT NULL REFERENCES statistics_contributors (id),
      quarter text NOT NULL,
      catalogue_version text NOT NULL,
      created_at timestamptz NOT NULL,
      received_at timestamptz NOT NULL,
      report text NOT NULL,
      signature text NOT NULL,
      superseded_at timestamptz
    );
    CREATE UNIQUE INDEX statistics_reports_current_key
      ON statistics_reports (contributor_id, quarter) WHERE superseded_at IS NULL;
  `,
};
