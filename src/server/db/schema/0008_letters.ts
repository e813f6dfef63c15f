import type { Migration } from '../migrations';

/**
 * The organisation's own letters (issue #20), today the Ausreiseinformationsschreiben: one
 * row per organisation and kind, the whole letter as jsonb (validated by the domain schema
 * before every write; the CHECK keeps at least its shape), and its version, renewed by every
 * save from a server-wide sequence so that a device signed in to another organisation never
 * mistakes its old copy for current. Letters are the organisation's public text, no client
 * data. Self-contained (own sequence, own table): it can take another number if migrations
 * written in parallel are merged before it.
 */
export const lettersMigration: Migration = {
  version: 8,
  name: 'organisation letters',
  sql: `
    CREATE SEQUENCE letter_version_seq AS integer;
    CREATE TABLE letter_templates (
      org_id uuid NOT NULL REFERENCES organisations (id),
      kind text NOT NULL CHECK (kind IN ('departure-information')),
      letter jsonb NOT NULL
        CHECK (jsonb_typeof(letter) = 'object' AND jsonb_typeof(letter->'blocks') = 'array'),
      version integer NOT NULL CHECK (version > 0),
      updated_at timestamptz NOT NULL,
      updated_by uuid NOT NULL REFERENCES users (id),
      PRIMARY KEY (org_id, kind)
    );
  `,
};
