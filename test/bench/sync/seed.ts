// Content for the sync benchmark, written on device A through the app's repositories:
// cases through caseRepository, sessions through the same sealed store sessionRepository
// writes to (sessionRepository.start only makes an empty draft from a script template; a
// completed conversation would need a second write per session, which ends in the same row
// and the same single 'create' outbox entry as writing the full content at once).
import { caseRepository } from '../../../src/storage/cases/caseRepository';
import { sealedStore } from '../../../src/storage/records/sealedStore';
import type { Vault } from '../../../src/storage/vault/vault';
import { benchSession, type SessionFields } from '../encryption/sessions';

/** Writes this many records at once: the per-record queues allow it, and set-up is faster. */
const PARALLEL = 50;

async function inChunks(count: number, write: (index: number) => Promise<unknown>) {
  for (let start = 0; start < count; start += PARALLEL) {
    const end = Math.min(count, start + PARALLEL);
    await Promise.all(Array.from({ length: end - start }, (_, i) => write(start + i)));
  }
}

/** Creates `count` cases (pseudonymised, a few facts); returns their ids. */
export async function createCases(vault: Vault, count: number): Promise<string[]> {
  const cases = caseRepository(vault);
  const ids: string[] = new Array<string>(count);
  await inChunks(count, async (i) => {
    const created = await cases.create(
      { displayName: `Klient ${i}`, pseudonymised: true, createdOn: '2026-11-02' },
      { nationality: 'SY', birthDate: '1999-03-15' },
    );
    ids[i] = created.id;
  });
  return ids;
}

/**
 * Creates sessions `from`..`from + count - 1`, each a completed conversation of ≈ 3.5 KB
 * (test/bench/encryption/sessions.ts), spread evenly over `caseIds`. Returns the JSON bytes.
 */
export async function createSessions(
  vault: Vault,
  caseIds: readonly string[],
  from: number,
  count: number,
): Promise<number> {
  const store = sealedStore<SessionFields>(vault, 'sessions', 'session');
  let bytes = 0;
  await inChunks(count, async (i) => {
    const session = benchSession(from + i);
    const caseId = caseIds[(from + i) % caseIds.length]!;
    const fields: SessionFields = { ...session.fields, caseId };
    bytes += new TextEncoder().encode(JSON.stringify(fields)).length;
    await store.create(session.id, caseId, fields);
  });
  return bytes;
}
