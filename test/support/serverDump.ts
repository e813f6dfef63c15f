import type { Queryable } from '../../src/server/db/database';

/**
 * Every row of every table of the server's database as text (one line per row, prefixed
 * with the table's name), so a test can assert that a sentinel string stored in a record
 * appears nowhere any more — in no table, column or nested JSON value.
 */
export async function dumpServerDatabase(db: Queryable): Promise<string> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const lines: string[] = [];
  for (const { name } of tables) {
    const rows = await db.query<{ row: string }>(
      `SELECT row_to_json(t)::text AS row FROM "${name}" t`,
    );
    for (const { row } of rows) lines.push(`${name}: ${row}`);
  }
  return lines.join('\n');
}
