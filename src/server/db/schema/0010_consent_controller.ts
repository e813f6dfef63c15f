import type { Migration } from '../migrations';

/**
 * The organisation's details for consents (issue 23): controller, address, contact for
 * withdrawals, data protection officer, supervisory authority — entered once by the
 * administrator and fetched by every tablet, instead of typed into each. Public organisation
 * data, no client data. Versioned from its own server-wide sequence, like the letters.
 */
export const consentControllerMigration: Migration = {
  version: 10,
  name: 'organisation details for consents',
  sql: `
    CREATE SEQUENCE consent_controller_version_seq AS integer;
    CREATE TABLE consent_controllers (
      org_id uuid PRIMARY KEY REFERENCES organisations (id),
      controller jsonb NOT NULL CHECK (jsonb_typeof(controller) = 'object'),
      version integer NOT NULL CHECK (version > 0),
      updated_at timestamptz NOT NULL,
      updated_by uuid NOT NULL REFERENCES users (id)
    );
  `,
};
