import pg from 'pg';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/server/db/database';
import { openDatabase } from '../../src/server/db/open';

/**
 * A fresh, migrated database for one test: in-memory PGlite by default, or — when
 * DATABASE_URL points at a PostgreSQL server (CI does this) — a new database created on that
 * server and dropped again by `close()`. Both engines run the same migrations and SQL.
 */
export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return openDatabase({ databaseUrl: undefined, dataDir: undefined });
  const name = `perspektive_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), dataDir: undefined });
  return {
    ...db,
    async close() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
