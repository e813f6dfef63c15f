// Benchmark (Node): the physical reference for the server side of sync. How long does the
// server's database take just to store 10,000 sessions — no HTTP, no validation, no merge
// decisions, no audit rows, no per-mutation savepoints? Compare with the push rows of the
// `sync` page benchmark (the full path, through HTTP).
//
// An in-memory PGlite (the server's default engine, src/server/db/pglite.ts) with the
// server's migrations applied; the rows have the shape the server writes to `records` for a
// pushed session (data = the session's fields as jsonb, field_revs = every field at rev 1).
import { openPglite } from '../../../src/server/db/pglite';
import { migrate } from '../../../src/server/db/migrations';
import type { Database, Queryable } from '../../../src/server/db/database';
import { benchSession } from '../encryption/sessions';
import { row } from '../support/measure';
import type { NodeBench } from '../support/result';

const RECORDS = 10_000;
/** Rows per multi-row INSERT: 4 parameters each, far below PostgreSQL's 65,535. */
const BATCH = 500;
const ROUNDS = 3;
const WARMUP_ROUNDS = 1;

/** One `records` row, serialised before any timing (the server serialises per mutation). */
type RecordRow = { id: string; data: string; fieldRevs: string; seq: number };

type Fixture = { db: Database; orgId: string; userId: string };

/** A fresh in-memory database at the server's current schema, with one org and its user. */
async function freshDatabase(): Promise<Fixture> {
  const db = await openPglite(undefined);
  await migrate(db);
  const [org] = await db.query<{ id: string }>(
    "INSERT INTO organisations (name, kind, created_at) VALUES ('Bench', 'abh', now()) RETURNING id",
  );
  const [user] = await db.query<{ id: string }>(
    `INSERT INTO users (org_id, email, display_name, roles, password_hash, created_at)
     VALUES ($1, 'bench@example.org', 'Bench', ARRAY['counsellor'], 'x', now()) RETURNING id`,
    [org!.id],
  );
  return { db, orgId: org!.id, userId: user!.id };
}

function benchRows(): RecordRow[] {
  return Array.from({ length: RECORDS }, (_, i) => {
    const { id, fields } = benchSession(i);
    const fieldRevs = Object.fromEntries(Object.keys(fields).map((name) => [name, 1]));
    return { id, data: JSON.stringify(fields), fieldRevs: JSON.stringify(fieldRevs), seq: i + 1 };
  });
}

const COLUMNS =
  'org_id, id, entity, rev, data, field_revs, deleted, seq, created_at, updated_at, updated_by';

/** Multi-row INSERTs of BATCH rows each; $1..$3 are shared (org, time, user). */
async function insertBatched(tx: Queryable, f: Fixture, rows: readonly RecordRow[], at: Date) {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const params: unknown[] = [f.orgId, at, f.userId];
    const values = batch.map((r) => {
      const p = params.length;
      params.push(r.id, r.data, r.fieldRevs, r.seq);
      return `($1, $${p + 1}, 'session', 1, $${p + 2}::text::jsonb, $${p + 3}::text::jsonb, false, $${p + 4}, $2, $2, $3)`;
    });
    await tx.query(`INSERT INTO records (${COLUMNS}) VALUES ${values.join(', ')}`, params);
  }
}

/** One parameterised INSERT per row, as the server's writeRecord does for each mutation. */
async function insertRowByRow(tx: Queryable, f: Fixture, rows: readonly RecordRow[], at: Date) {
  for (const r of rows) {
    await tx.query(
      `INSERT INTO records (${COLUMNS})
       VALUES ($1, $2, 'session', 1, $3::text::jsonb, $4::text::jsonb, false, $5, $6, $6, $7)`,
      [f.orgId, r.id, r.data, r.fieldRevs, r.seq, at, f.userId],
    );
  }
}

type Insert = typeof insertBatched;

/** Times one insert of all rows in ONE transaction on a fresh database. */
async function timedInsert(insert: Insert, rows: readonly RecordRow[]): Promise<number> {
  const fixture = await freshDatabase();
  try {
    const at = new Date();
    const start = performance.now();
    await fixture.db.transaction((tx) => insert(tx, fixture, rows, at));
    const ms = performance.now() - start;
    const [stored] = await fixture.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM records',
    );
    if (stored?.n !== rows.length) throw new Error(`stored ${stored?.n} of ${rows.length} rows`);
    return ms;
  } finally {
    await fixture.db.close();
  }
}

const dbinsert: NodeBench = async (ctx) => {
  const rows = benchRows();
  const meanBytes = Math.round(
    rows.reduce((total, r) => total + Buffer.byteLength(r.data), 0) / rows.length,
  );
  const batched: number[] = [];
  const single: number[] = [];
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    ctx.log(
      round < WARMUP_ROUNDS ? 'warm-up…' : `round ${round - WARMUP_ROUNDS + 1} of ${ROUNDS}…`,
    );
    const b = await timedInsert(insertBatched, rows);
    const s = await timedInsert(insertRowByRow, rows);
    if (round < WARMUP_ROUNDS) continue;
    batched.push(b);
    single.push(s);
  }
  const batchedRow = row(
    'raw insert',
    `multi-row INSERT, ${BATCH} rows per statement`,
    RECORDS,
    batched,
  );
  return {
    name: 'dbinsert',
    title: `Server database: raw insert of ${RECORDS.toLocaleString('en')} session records (PGlite)`,
    rounds: ROUNDS,
    warmupRounds: WARMUP_ROUNDS,
    rows: [
      batchedRow,
      row('raw insert', 'one INSERT per row (as writeRecord)', RECORDS, single, batchedRow),
    ],
    checks: [],
    notes: [
      `In-memory PGlite (the server's default engine) at the server's current schema (all migrations); a fresh database per timed insert, set up untimed.`,
      `${RECORDS.toLocaleString('en')} rows into \`records\` in ONE transaction: data = the fields of a completed session (mean ${meanBytes} bytes of JSON, as test/bench/encryption/sessions.ts), field_revs = every field at rev 1; JSON serialised before the timing.`,
      'Physical reference for the server side of the `sync` benchmark: the real push adds per mutation a savepoint, a record lookup, the merge decision, the feed counter, an audit row and the stored result, plus HTTP and validation.',
      'The feed index (org_id, seq) and the primary key are maintained as in production; the frozen-record trigger fires on UPDATE/DELETE only.',
    ],
    userAgent: `Node ${process.version}`,
  };
};

export default dbinsert;
