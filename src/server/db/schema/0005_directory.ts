import type { Migration } from '../migrations';

/**
 * The support directory of each organisation (issue #9): one row per offer, the offer as
 * jsonb (validated by the domain schema before every write; the CHECKs keep at least its
 * shape and id honest), and a version per organisation that every change raises, so that
 * devices can ask "changed since version N?" cheaply. Versions come from one server-wide
 * sequence: a device signed in to another organisation can never hold a copy with the same
 * version number as the new organisation's directory. Offers are public information, no
 * client data.
 */
export const directoryMigration: Migration = {
  version: 5,
  name: 'support directory',
  sql: `
    CREATE TABLE directory_offers (
      org_id uuid NOT NULL REFERENCES organisations (id),
      id uuid NOT NULL,
      offer jsonb NOT NULL CHECK (jsonb_typeof(offer) = 'object' AND offer->>'id' = id::text),
      updated_at timestamptz NOT NULL,
      updated_by uuid NOT NULL REFERENCES users (id),
      PRIMARY KEY (org_id, id)
    );
    CREATE SEQUENCE directory_version_seq AS integer;
    CREATE TABLE directory_versions (
      org_id uuid PRIMARY KEY REFERENCES organisations (id),
      version integer NOT NULL CHECK (version > 0),
      updated_at timestamptz NOT NULL
    );
  `,
};
