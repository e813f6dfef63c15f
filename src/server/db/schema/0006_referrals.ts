import type { Migration } from '../migrations';

/**
 * Referrals between organisations. A referral is a record of the sending organisation; the
 * receiving organisation gets its own `referral-inbox` record. Copies between organisations
 * are made by a transactional outbox (`referral_deliveries`): the push that creates,
 * withdraws or answers a referral commits its delivery row together with the change, and a
 * separate short transaction per delivery writes into the other organisation's feed. So a
 * transaction never holds two organisations' feed locks (no deadlock between organisations
 * referring to each other), and a crash between the two steps only delays the copy: pending
 * deliveries are processed again after every push, before every pull and at start-up.
 * A delivery's payload (personal data) is emptied once it has been applied.
 */
export const referralsMigration: Migration = {
  version: 6,
  name: 'referrals between organisations',
  sql: `
    ALTER TABLE records DROP CONSTRAINT records_entity_check;
    ALTER TABLE records ADD CONSTRAINT records_entity_check CHECK (
      entity IN ('case', 'session', 'consent', 'consent-revocation', 'action',
                 'referral', 'referral-inbox'));

    CREATE TABLE referral_links (
      referral_id uuid PRIMARY KEY,
      sender_org uuid NOT NULL REFERENCES organisations (id),
      target_org uuid NOT NULL REFERENCES organisations (id),
      inbox_id uuid NOT NULL UNIQUE,
      created_at timestamptz NOT NULL,
      CHECK (sender_org <> target_org)
    );

    CREATE TABLE referral_deliveries (
      id bigserial PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('deliver', 'withdraw', 'respond')),
      referral_id uuid NOT NULL REFERENCES referral_links (referral_id),
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      done_at timestamptz,
      CHECK (done_at IS NULL OR payload = '{}'::jsonb)
    );
    CREATE INDEX referral_deliveries_pending_idx ON referral_deliveries (id)
      WHERE done_at IS NULL;
  `,
};
