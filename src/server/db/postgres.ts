import pg from 'pg';
import type { Database, Queryable } from './database';

type Client = Pick<pg.PoolClient, 'query'>;

function wrap(client: Client): Queryable {
  return {
    async query<R extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<R>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

/** Connects to a PostgreSQL server; the pool opens connections lazily. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // PostgreSQL ends idle connections on its own (restart, failover, pg_terminate_backend,
  // idle timeouts). The pool then drops that connection and reports it here; without a
  // listener the report is an uncaught exception and the server process dies. The next
  // request opens a new connection; only the error code is written (no query, no data).
  pool.on('error', (error: Error & { code?: unknown }) => {
    const code = typeof error.code === 'string' ? error.code : 'unknown';
    process.emitWarning(`PostgreSQL ended an idle connection (${code}); a new one is opened.`, {
      code: 'PERSPEKTIVE_PG_IDLE_ERROR',
    });
  });
  // Fail at start-up, not at the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      // A connection the database ends while it is checked out reports an 'error' event here
      // (the pool listens only to idle ones) and fails the running query; it, like one whose
      // ROLLBACK failed, is destroyed instead of handed to the next request.
      let broken: Error | undefined;
      const onError = (error: Error) => {
        broken = error;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: unknown) => {
          broken = rollbackError instanceof Error ? rollbackError : new Error('rollback failed');
        });
        throw error;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
