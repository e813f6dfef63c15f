import type { Migration } from '../migrations';

/**
 * Released statistics publications (issue 27): a statistics office releases each quarter
 * once, after the quarter has ended, and the publication is frozen from then on. Two
 * publications of the same quarter that differ in one source (an opt-in or a withdrawal in
 * between, a corrected report) could be subtracted cell by cell and would give that source's
 * raw counts away; suppression across sources protects a single publication only. So the
 * published body is stored as released and the database refuses to change or delete it.
 */
export const statisticsReleasesMigration: Migration = {
  version: 13,
  name: 'statistics office: released quarterly publications, frozen',
  sql: `
    CREATE TABLE statistics_publications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      office_org_id uuid NOT NULL REFERENCES organisations (id),
      quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
      catalogue_version text NOT NULL,
      body jsonb NOT NULL,
      released_at timestamptz NOT NULL,
      released_by uuid NOT NULL REFERENCES users (id),
      UNIQUE (office_org_id, quarter)
    );

    CREATE FUNCTION statistics_publications_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'a released statistics publication is frozen' USING ERRCODE = 'P0001';
    END $$;
    CREATE TRIGGER statistics_publications_no_change
      BEFORE UPDATE OR DELETE ON statistics_publications
      FOR EACH ROW EXECUTE FUNCTION statistics_publications_frozen();
    CREATE TRIGGER statistics_publications_no_truncate
      BEFORE TRUNCATE ON statistics_publications
      FOR EACH STATEMENT EXECUTE FUNCTION statistics_publications_frozen();
  `,
};
