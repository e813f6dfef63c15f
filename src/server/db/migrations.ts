import type { Database, Queryable } from './database';
import { accountsMigration } from './schema/0002_accounts';
import { syncMigration } from './schema/0003_sync';
import { policyMigration } from './schema/0004_policy';
import { directoryMigration } from './schema/0005_directory';
import { referralsMigration } from './schema/0006_referrals';
import { throttleMigration } from './schema/0007_throttle';
import { lettersMigration } from './schema/0008_letters';
import { conflictAuthorsMigration } from './schema/0009_conflict_authors';
import { consentControllerMigration } from './schema/0010_consent_controller';
import { caseLifecycleMigration } from './schema/0011_case_lifecycle';
import { statisticsOfficeMigration } from './schema/0012_statistics_office';
import { statisticsReleasesMigration } from './schema/0013_statistics_releases';

export type Migration = { version: number; name: string; sql: string };

/**
 * The schema history, append-only: never edit a migration that has shipped, add a new one.
 * The same SQL runs on PGlite and on PostgreSQL.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'server instance identity',
    // A fresh id per database: clients compare it to notice that the server's data was
    // replaced (restore, reset) and that their sync checkpoints no longer apply.
    sql: `
      CREATE TABLE server_instance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        singleton boolean NOT NULL DEFAULT true UNIQUE CHECK (singleton)
      );
      INSERT INTO server_instance DEFAULT VALUES;
    `,
  },
  accountsMigration,
  syncMigration,
  policyMigration,
  directoryMigration,
  referralsMigration,
  throttleMigration,
  lettersMigration,
  conflictAuthorsMigration,
  consentControllerMigration,
  caseLifecycleMigration,
  statisticsOfficeMigration,
  statisticsReleasesMigration,
];

/** The schema version this release ends at. */
export const latestVersion: number = Math.max(...migrations.map((m) => m.version));

/** Same key in every process: migrations of all servers on one PostgreSQL run one at a time. */
const MIGRATION_LOCK = 727274;

/** Thrown when the database was migrated by a newer release than this one. */
export class SchemaTooNewError extends Error {
  constructor(found: number, known: number) {
    super(
      `The database has schema version ${found}, newer than this release knows (${known}). ` +
        'Start the newer release again, or restore the backup taken before the upgrade ' +
        '(docs/operations.md, "Upgrades and rollback").',
    );
    this.name = 'SchemaTooNewError';
  }
}

/**
 * Applies every migration newer than the database's version; returns the resulting version.
 * Several server processes may start at once against one PostgreSQL: every step, including
 * creating the bookkeeping table, runs in a transaction holding the same advisory lock, so
 * one process migrates and the others wait and then find the work done. Refuses (before
 * changing anything) a database whose schema is newer than `all` — an older release must
 * never write to a schema it does not know.
 */
export async function migrate(
  db: Database,
  all: readonly Migration[] = migrations,
): Promise<number> {
  const known = Math.max(0, ...all.map((m) => m.version));
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
  });
  const found = await schemaVersion(db);
  if (found > known) throw new SchemaTooNewError(found, known);
  for (const migration of [...all].sort((a, b) => a.version - b.version)) {
    // Each migration and its bookkeeping row commit together, under the lock (see above).
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (done.length > 0) return;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    });
  }
  return schemaVersion(db);
}

export async function schemaVersion(db: Queryable): Promise<number> {
  const rows = await db.query<{ v: number | null }>(
    'SELECT max(version)::int AS v FROM schema_migrations',
  );
  return rows[0]?.v ?? 0;
}
