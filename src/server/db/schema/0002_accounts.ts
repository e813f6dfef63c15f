import type { Migration } from '../migrations';

/**
 * Organisations, users, devices, sessions, login throttling and the audit log.
 * Emails are unique server-wide (login needs no organisation picker). Token and throttle
 * keys are stored as SHA-256 only, so a database dump holds no usable credential.
 */
export const accountsMigration: Migration = {
  version: 2,
  name: 'accounts, sessions, audit log',
  sql: `
    CREATE TABLE organisations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      kind text NOT NULL CHECK (kind IN ('abh', 'integration-centre', 'welfare', 'other')),
      created_at timestamptz NOT NULL
    );

    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      org_id uuid NOT NULL REFERENCES organisations (id),
      email text NOT NULL CHECK (email = lower(email)),
      display_name text NOT NULL,
      roles text[] NOT NULL CHECK (
        cardinality(roles) >= 1
        AND roles <@ ARRAY['counsellor', 'team-lead', 'admin', 'statistics']::text[]
      ),
      password_hash text NOT NULL,
      must_change_password boolean NOT NULL DEFAULT true,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL,
      deactivated_at timestamptz
    );
    CREATE UNIQUE INDEX users_email_key ON users (email);
    CREATE INDEX users_org_idx ON users (org_id);

    -- One row per browser installation; a clientId never moves to another user, because
    -- its last_client_seq numbers that installation's outbox.
    CREATE TABLE devices (
      client_id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id),
      org_id uuid NOT NULL REFERENCES organisations (id),
      name text NOT NULL,
      registered_at timestamptz NOT NULL,
      last_seen_at timestamptz,
      revoked_at timestamptz,
      last_client_seq integer NOT NULL DEFAULT 0
    );
    CREATE INDEX devices_org_idx ON devices (org_id);

    CREATE TABLE sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      token_sha256 text NOT NULL UNIQUE,
      user_id uuid NOT NULL REFERENCES users (id),
      client_id uuid NOT NULL REFERENCES devices (client_id),
      created_at timestamptz NOT NULL,
      last_used_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz
    );
    CREATE INDEX sessions_user_idx ON sessions (user_id);
    CREATE INDEX sessions_client_idx ON sessions (client_id);

    -- Every login attempt within the limit is a row until a login succeeds (then the key's
    -- rows are deleted), so parallel guesses are counted too. key = sha256(ip | email).
    CREATE TABLE login_attempts (
      id bigserial PRIMARY KEY,
      key text NOT NULL,
      at timestamptz NOT NULL
    );
    CREATE INDEX login_attempts_key_idx ON login_attempts (key, at);

    -- Who did what to which record, never the values. Append-only (triggers below).
    CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL,
      org_id uuid NOT NULL,
      user_id uuid,
      client_id uuid,
      entity text NOT NULL,
      entity_id uuid NOT NULL,
      action text NOT NULL,
      rev integer,
      mutation_id uuid
    );
    CREATE INDEX audit_log_entity_idx ON audit_log (org_id, entity_id);

    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'P0001';
    END $$;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
  `,
};
