import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';
import { lockDataDir } from './dataDirLock';

type PGliteLike = Pick<PGlite, 'query' | 'exec'>;

/** The Queryable view of a PGlite instance or transaction. */
export function wrapPglite(db: PGliteLike): Queryable {
  return {
    async query<R extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<R>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

/**
 * Opens the embedded database. `dir` undefined means in memory (tests); otherwise the folder
 * is locked for this process first. PGlite has a single connection and queues transactions,
 * so they are serialised.
 */
export async function openPglite(dir: string | undefined): Promise<Database> {
  const release = dir === undefined ? () => undefined : lockDataDir(dir);
  let pg: PGlite;
  try {
    pg = new PGlite(dir);
    await pg.waitReady;
  } catch (error) {
    release();
    throw error;
  }
  return {
    kind: 'pglite',
    ...wrapPglite(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrapPglite(tx))),
    async close() {
      try {
        await pg.close();
      } finally {
        release();
      }
    },
  };
}
