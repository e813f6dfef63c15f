import type { Migration } from '../migrations';

/**
 * Sync storage: one generic table for all synced record types, the per-organisation change
 * counter, the per-device result log that makes pushes exactly-once, and conflicts.
 *
 * `records.seq` / `sync_conflicts.seq` hold the org feed position of the row's latest
 * change; every change takes a fresh value from `org_counter` (row-locked until commit), so
 * values become visible in commit order and a pull never skips one.
 */
export const syncMigration: Migration = {
  version: 3,
  name: 'sync records, feed counter, applied mutations, conflicts',
  sql: `
    CREATE TABLE org_counter (
      org_id uuid PRIMARY KEY REFERENCES organisations (id),
      seq integer NOT NULL DEFAULT 0
    );

    CREATE TABLE records (
      org_id uuid NOT NULL REFERENCES organisations (id),
      id uuid NOT NULL,
      entity text NOT NULL
        CHECK (entity IN ('case', 'session', 'consent', 'consent-revocation', 'action')),
      rev integer NOT NULL CHECK (rev >= 1),
      data jsonb NOT NULL,
      -- field name -> rev that last changed it: the basis of field-level merging.
      field_revs jsonb NOT NULL,
      deleted boolean NOT NULL DEFAULT false,
      content_hash text,
      signed_at timestamptz,
      seq integer NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      updated_by uuid REFERENCES users (id),
      PRIMARY KEY (org_id, id),
      CHECK (content_hash IS NULL OR entity = 'consent'),
      CHECK (NOT deleted OR data = '{}'::jsonb)
    );
    CREATE UNIQUE INDEX records_feed_idx ON records (org_id, seq);

    -- Signed consents and revocations are frozen: the database refuses changes even when
    -- application code (or someone with SQL access) tries.
    CREATE FUNCTION records_guard_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.content_hash IS NOT NULL THEN
        RAISE EXCEPTION 'signed consent % is immutable', OLD.id USING ERRCODE = 'P0001';
      END IF;
      IF OLD.entity = 'consent-revocation' THEN
        RAISE EXCEPTION 'consent revocation % is append-only', OLD.id USING ERRCODE = 'P0001';
      END IF;
      IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER records_frozen BEFORE UPDATE OR DELETE ON records
      FOR EACH ROW EXECUTE FUNCTION records_guard_frozen();

    CREATE TABLE applied_mutations (
      client_id uuid NOT NULL REFERENCES devices (client_id),
      client_seq integer NOT NULL,
      mutation_id uuid NOT NULL,
      result jsonb NOT NULL,
      applied_at timestamptz NOT NULL,
      PRIMARY KEY (client_id, client_seq)
    );

    CREATE TABLE sync_conflicts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      org_id uuid NOT NULL REFERENCES organisations (id),
      entity text NOT NULL,
      entity_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('field', 'delete')),
      field text,
      server_value jsonb,
      client_value jsonb,
      server_rev integer NOT NULL,
      client_base_rev integer NOT NULL,
      mutation_id uuid NOT NULL,
      created_by uuid NOT NULL REFERENCES users (id),
      client_id uuid NOT NULL,
      created_at timestamptz NOT NULL,
      resolved_at timestamptz,
      resolved_by uuid REFERENCES users (id),
      seq integer NOT NULL
    );
    CREATE UNIQUE INDEX sync_conflicts_feed_idx ON sync_conflicts (org_id, seq);
    CREATE INDEX sync_conflicts_entity_idx ON sync_conflicts (org_id, entity_id);
  `,
};
