import pg from 'pg';
import { randomUUID } from 'node:crypto';

/**
 * The PostgreSQL-only tests (test/postgres) run in CI's PostgreSQL step and must never pass by
 * silently doing nothing: without DATABASE_URL they fail with this message.
 */
export function postgresUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'test/postgres needs a PostgreSQL server: set DATABASE_URL (CI: .ci/postgres.sh; ' +
        'e.g. DATABASE_URL=postgresql://perspektive:perspektive@127.0.0.1:5432/postgres ' +
        'npm run test:postgres).',
    );
  }
  return url;
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type ScratchDatabase = {
  name: string;
  url: string;
  /** Drops and creates it again, empty (the "destroyed" server of a restore test). */
  recreate(): Promise<void>;
  drop(): Promise<void>;
};

/** A new, empty (not migrated) database on the test server, dropped by `drop()`. */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const name = `perspektive_ops_${randomUUID().replaceAll('-', '')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl());
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async recreate() {
      await admin(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin(`CREATE DATABASE ${name}`);
    },
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
