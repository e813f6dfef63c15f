/**
 * The server's view of its database: one small interface over two engines.
 * PGlite (embedded PostgreSQL in WASM, stored in a folder) is the default so that
 * `npm start` needs nothing installed; a PostgreSQL server is used when DATABASE_URL is set.
 * Both run the same SQL and the same migrations.
 */
export type Queryable = {
  /** Runs one parameterised statement and returns its rows. */
  query<R extends Record<string, unknown> = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<R[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
};

export type DatabaseKind = 'pglite' | 'postgres';

export type Database = Queryable & {
  readonly kind: DatabaseKind;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws
   * (the error is re-thrown). Nothing of a failed transaction is visible afterwards.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};
