// Bulk write of 1,000 sessions into the database that already holds the 10,000: through the
// production path (sealed store, as sessionRepository) and through the same path without
// encryption (the encryption benchmark's plainStore). Unlike test/bench/encryption, the
// database is not fresh: indexes and the store are full, as on a device in long use.
import { getDb } from '../../../src/storage/db';
import { sealedStore } from '../../../src/storage/records/sealedStore';
import type { Vault } from '../../../src/storage/vault/vault';
import { plainStore } from '../encryption/plainStore';
import { benchSession, type BenchSession, type SessionFields } from '../encryption/sessions';
import { sleep } from './dom';

export const BULK = 1000;

/** 1,000 new sessions, each for one of the stored cases. */
export function newSessions(caseIds: readonly string[], round: number): BenchSession[] {
  return Array.from({ length: BULK }, (_, i) => {
    const s = benchSession(round * BULK + i);
    const caseId = caseIds[(round * 7919 + i * 13) % caseIds.length]!;
    return { ...s, caseId, fields: { ...s.fields, caseId } };
  });
}

/** Removes the round's rows and their outbox entries again (outside the timing). */
async function remove(sessions: readonly BenchSession[]): Promise<void> {
  const db = getDb();
  const ids = sessions.map((s) => s.id);
  await db.transaction('rw', db.sessions, db.outbox, async () => {
    await db.sessions.bulkDelete(ids);
    await db.outbox.where('recordId').anyOf(ids).delete();
  });
  if ((await db.outbox.count()) !== 0) throw new Error('Outbox not empty after a bulk round.');
  await sleep(100);
}

/** Sequential writes, each awaited: one transaction per session with its outbox entry. */
export async function writeSealed(vault: Vault, sessions: readonly BenchSession[]) {
  const store = sealedStore<SessionFields>(vault, 'sessions', 'session');
  const start = performance.now();
  for (const s of sessions) await store.create(s.id, s.caseId, s.fields);
  const ms = performance.now() - start;
  const stored = await getDb().sessions.get(sessions[0]!.id);
  if (!(stored?.data.ct instanceof Uint8Array)) throw new Error('Sealed write is not sealed.');
  await remove(sessions);
  return ms;
}

export async function writePlain(sessions: readonly BenchSession[]) {
  const store = plainStore<SessionFields>(getDb());
  const start = performance.now();
  for (const s of sessions) await store.create(s.id, s.caseId, s.fields);
  const ms = performance.now() - start;
  await remove(sessions);
  return ms;
}
