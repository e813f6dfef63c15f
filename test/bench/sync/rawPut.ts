// The physical reference for a first pull: the rows the pull wrote (encrypted, exactly as
// stored), written again with ONE Dexie bulkPut into a plain table of a fresh database — no
// network, no checks, no encryption, no per-record transactions. A pull cannot be faster.
import { Dexie, type EntityTable } from 'dexie';
import type { PerspektiveDb, SealedRow } from '../../../src/storage/db';
import { timed } from '../support/measure';

class RawDb extends Dexie {
  rows!: EntityTable<SealedRow, 'id'>;
  constructor(name: string) {
    super(name);
    // The same indexes as the app's sessions store, so index upkeep is part of both sides.
    this.version(1).stores({ rows: 'id, caseId, updatedAt' });
  }
}

/** Every row the pull stored in `db` (sessions and cases), read outside any timing. */
export async function pulledRows(db: PerspektiveDb): Promise<SealedRow[]> {
  return [...(await db.sessions.toArray()), ...(await db.cases.toArray())];
}

/** Milliseconds for one bulkPut of `rows` into a fresh database (deleted afterwards). */
export async function rawBulkPut(rows: SealedRow[]): Promise<number> {
  const raw = new RawDb(`bench-sync-raw-${globalThis.crypto.randomUUID()}`);
  await raw.open();
  const ms = await timed(() => raw.rows.bulkPut(rows));
  const stored = await raw.rows.count();
  if (stored !== rows.length) throw new Error(`raw bulkPut stored ${stored} of ${rows.length}`);
  await raw.delete();
  await new Promise((resolve) => setTimeout(resolve, 200));
  return ms;
}
