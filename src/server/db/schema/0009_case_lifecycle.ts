import type { Migration } from '../migrations';

/**
 * The life of a case (issue #26): retention rules per organisation, what is due for deletion,
 * the deletion log, the horizon below which tombstones were pruned, and the one controlled
 * path that may purge frozen records and prune old audit rows.
 *
 * - `records_guard_frozen` still refuses every UPDATE and DELETE of a signed consent or a
 *   revocation, with two exceptions: (1) inside a deletion transaction that named the case
 *   in the transaction-local setting `perspektive.erasure_case`, a record OF THAT CASE may be
 *   turned into a tombstone (deleted, no data, no hash) — purged, never changed; (2) a
 *   tombstone (nothing left to protect) may be deleted once it is older than the horizon.
 * - `audit_log` stays append-only; a DELETE passes only for rows older than the instant in
 *   the transaction-local setting `perspektive.audit_prune_before` (horizon pruning).
 * Both settings are set only by src/server/retention (set_config(…, true): they end with the
 * transaction). They guard against application bugs and stolen sessions, not against someone
 * with SQL access, who can disable triggers anyway (see docs/operations.md).
 *
 * The deletion log holds no personal data: no record id, no name, no text — who, when, why
 * (rule or Art. 17 with a legal basis code), which kind of record and how many.
 * Self-contained (own tables, functions replaced by name): it can take another number if
 * migrations written in parallel are merged before it.
 */
export const caseLifecycleMigration: Migration = {
  version: 9,
  name: 'retention rules, erasure, deletion log, horizons',
  sql: `
    CREATE OR REPLACE FUNCTION records_guard_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      erasing text := current_setting('perspektive.erasure_case', true);
    BEGIN
      IF TG_OP = 'DELETE' AND OLD.deleted THEN
        RETURN OLD;
      END IF;
      IF TG_OP = 'UPDATE' AND erasing IS NOT NULL AND erasing <> ''
         AND (OLD.id::text = erasing OR OLD.data->>'caseId' = erasing)
         AND NEW.deleted AND NEW.data = '{}'::jsonb AND NEW.content_hash IS NULL
         AND NEW.id = OLD.id AND NEW.org_id = OLD.org_id AND NEW.entity = OLD.entity THEN
        RETURN NEW;
      END IF;
      IF OLD.content_hash IS NOT NULL THEN
        RAISE EXCEPTION 'signed consent % is immutable', OLD.id USING ERRCODE = 'P0001';
      END IF;
      IF OLD.entity = 'consent-revocation' THEN
        RAISE EXCEPTION 'consent revocation % is append-only', OLD.id USING ERRCODE = 'P0001';
      END IF;
      IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
      RETURN NEW;
    END $$;

    CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      before_text text := current_setting('perspektive.audit_prune_before', true);
    BEGIN
      IF TG_OP = 'DELETE' AND before_text IS NOT NULL AND before_text <> '' THEN
        IF OLD.at < before_text::timestamptz THEN
          RETURN OLD;
        END IF;
      END IF;
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'P0001';
    END $$;

    CREATE INDEX records_case_idx ON records (org_id, (data->>'caseId'));
    CREATE INDEX records_tombstone_idx ON records (org_id, updated_at) WHERE deleted;
    CREATE INDEX audit_log_at_idx ON audit_log (at);

    -- Devices whose checkpoint lies below this seq may have missed a pruned tombstone:
    -- they get 410 reset_required and pull from 0.
    ALTER TABLE org_counter ADD COLUMN pruned_through integer NOT NULL DEFAULT 0;

    CREATE TABLE retention_settings (
      org_id uuid PRIMARY KEY REFERENCES organisations (id),
      -- Due deletions wait for the administrator's confirmation.
      confirm_first boolean NOT NULL,
      -- What the administrator sees of a due case: nothing, an opaque short id, or the file
      -- number (the pseudonym where the case is pseudonymised) — never a name.
      preview_references text NOT NULL
        CHECK (preview_references IN ('none', 'short-id', 'file-reference')),
      -- Files under a statutory retention duty: Art. 17 deletion needs a legal basis code.
      statutory_retention boolean NOT NULL,
      -- Counsellors may produce the Art. 15 export of their cases themselves.
      counsellor_access_export boolean NOT NULL,
      updated_at timestamptz NOT NULL,
      updated_by uuid NOT NULL REFERENCES users (id)
    );

    CREATE TABLE retention_rules (
      org_id uuid NOT NULL REFERENCES organisations (id),
      rule text NOT NULL CHECK (rule IN ('closed-cases', 'inactive-cases', 'stale-drafts')),
      enabled boolean NOT NULL,
      amount integer NOT NULL CHECK (
        (rule IN ('closed-cases', 'inactive-cases') AND amount BETWEEN 1 AND 30)
        OR (rule = 'stale-drafts' AND amount BETWEEN 1 AND 120)),
      updated_at timestamptz NOT NULL,
      updated_by uuid NOT NULL REFERENCES users (id),
      PRIMARY KEY (org_id, rule)
    );

    -- Found due while the organisation wants to confirm first; removed when deleted or when
    -- no longer due (reopened, changed, rule switched off).
    CREATE TABLE retention_due (
      org_id uuid NOT NULL REFERENCES organisations (id),
      target_id uuid NOT NULL,
      rule text NOT NULL CHECK (rule IN ('closed-cases', 'inactive-cases', 'stale-drafts')),
      found_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, target_id)
    );

    CREATE TABLE deletion_log (
      id bigserial PRIMARY KEY,
      org_id uuid NOT NULL REFERENCES organisations (id),
      -- One deletion (a case with everything of it, or a draft) has one event id.
      event uuid NOT NULL,
      at timestamptz NOT NULL,
      reason text NOT NULL CHECK (reason IN ('retention', 'art17')),
      rule text CHECK (rule IN ('closed-cases', 'inactive-cases', 'stale-drafts')),
      legal_basis text CHECK (legal_basis IN ('no-longer-necessary', 'consent-withdrawn',
        'objection', 'unlawful-processing', 'legal-obligation', 'order',
        'retention-period-ended')),
      -- The administrator who asked or confirmed; NULL: the schedule applied a rule.
      by_user uuid REFERENCES users (id),
      entity text NOT NULL CHECK (entity IN ('case', 'session', 'consent', 'consent-revocation',
        'referral', 'action')),
      count integer NOT NULL CHECK (count > 0),
      CHECK ((reason = 'retention') = (rule IS NOT NULL)),
      CHECK (reason = 'art17' OR legal_basis IS NULL)
    );
    CREATE INDEX deletion_log_org_idx ON deletion_log (org_id, at);

    -- One scheduled run at a time across all server processes (a lease, not a session lock:
    -- a run is many short transactions, one per case).
    CREATE TABLE retention_lease (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      holder uuid NOT NULL,
      until timestamptz NOT NULL
    );
  `,
};
