// PostgreSQL ends connections on its own: a restart, a failover, an administrator's
// pg_terminate_backend, an idle timeout. The server keeps idle connections in a pool; one
// ended while idle must not take the process down (an 'error' event nobody listens to is an
// uncaught exception in Node), and the next request must get a fresh connection.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { openDatabase } from '../../src/server/db/open';
import { createScratchDatabase, postgresUrl, type ScratchDatabase } from './scratchDatabase';

let scratch: ScratchDatabase;
let db: Database;
beforeAll(async () => {
  scratch = await createScratchDatabase();
  db = await openDatabase({ databaseUrl: scratch.url, dataDir: undefined });
});
afterAll(async () => {
  await db.close();
  await scratch.drop();
});

/** Ends every connection to the scratch database from outside; how many it ended. */
async function terminateConnections(name: string): Promise<number> {
  const admin = new pg.Client({ connectionString: postgresUrl() });
  await admin.connect();
  try {
    const rows = await admin.query<{ ended: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
        WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [name],
    );
    return rows.rows.filter((row) => row.ended).length;
  } finally {
    await admin.end();
  }
}

describe('connections PostgreSQL ends', () => {
  it('an idle pooled connection ended by the database does not crash the server', async () => {
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', record);
    try {
      // Several idle connections in the pool: two parallel transactions leave two behind.
      await Promise.all([
        db.transaction((tx) => tx.query('SELECT pg_sleep(0.05)')),
        db.transaction((tx) => tx.query('SELECT pg_sleep(0.05)')),
      ]);
      expect(await terminateConnections(scratch.name)).toBeGreaterThanOrEqual(2);
      // The pool hears of the ended connections asynchronously.
      await new Promise((resolve) => setTimeout(resolve, 200));

      expect(uncaught).toEqual([]);
      expect(await db.query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      expect(await db.transaction((tx) => tx.query<{ two: number }>('SELECT 2 AS two'))).toEqual([
        { two: 2 },
      ]);
    } finally {
      process.off('uncaughtException', record);
    }
  });

  it('a connection ended during a transaction fails that transaction only', async () => {
    const failed = db.transaction(async (tx) => {
      await tx.query('SELECT 1');
      await terminateConnections(scratch.name);
      await tx.query('SELECT 2');
    });
    await expect(failed).rejects.toThrow();
    // The broken connection was not handed back to the pool for the next request.
    for (let i = 0; i < 12; i++) {
      expect(
        await db.transaction((tx) => tx.query<{ n: number }>('SELECT $1::int AS n', [i])),
      ).toEqual([{ n: i }]);
    }
  });
});
