import type { Database } from './database';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import { migrate } from './migrations';

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(opts: {
  databaseUrl: string | undefined;
  dataDir: string | undefined;
}): Promise<Database> {
  const db = opts.databaseUrl
    ? await openPostgres(opts.databaseUrl)
    : await openPglite(opts.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
