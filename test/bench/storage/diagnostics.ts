// Diagnostics that split the case list's time into its parts: reading the rows from
// IndexedDB, decrypting them (repositories, as the removed useCaseOverviews called them), and the per-row
// formatting CaseListItem does. Not budgets; they explain the budget rows.
import { getRepositories } from '../../../src/storage/appStorage';
import type { StoredCase } from '../../../src/storage/cases/caseRepository';
import { getDb } from '../../../src/storage/db';
import { nationalityLabel } from '../../../src/ui/nationalityLabel';
import { CASES, SESSIONS } from './dataset';

/** Both stores read whole, as the live query does, without decrypting. */
export async function readRows(): Promise<number> {
  const db = getDb();
  const start = performance.now();
  const [cases, sessions] = await Promise.all([db.cases.toArray(), db.sessions.toArray()]);
  const ms = performance.now() - start;
  if (cases.length !== CASES || sessions.length !== SESSIONS) throw new Error('Rows missing');
  return ms;
}

/**
 * The two repository reads the case list made before the digest index (useCaseOverviews,
 * since removed; no screen reads every record any more): rows read, then decrypted unless
 * cached. Kept as the reference the indexes are measured against.
 */
export async function readRepositories(): Promise<number> {
  const { cases, sessions } = getRepositories();
  const start = performance.now();
  const [caseList, sessionList] = await Promise.all([cases.list(), sessions.all()]);
  const ms = performance.now() - start;
  if (caseList.length !== CASES || sessionList.length !== SESSIONS) throw new Error('Missing');
  return ms;
}

/** The case list's own read since the digest index (digests stored, vault cache as it is). */
export async function readIndex(): Promise<number> {
  const start = performance.now();
  const read = await getRepositories().caseIndex.read();
  const ms = performance.now() - start;
  if (read.entries.length !== CASES || read.rebuilt.length !== 0) throw new Error('Not indexed');
  return ms;
}

/**
 * What every row of the list formats while rendering: CaseListItem's "updated" date (a new
 * Intl.DateTimeFormat per row) and CasesPage's nationality label (a new Intl.DisplayNames).
 * A copy of those two expressions, timed over all cases.
 */
export function formatRows(cases: readonly StoredCase[]): number {
  const special = { stateless: 'staatenlos', unknown: 'unbekannt' };
  const start = performance.now();
  let length = 0;
  for (const c of cases) {
    length += new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(
      new Date(c.updatedAt),
    ).length;
    length += nationalityLabel(c.facts.nationality, 'de', special).length;
  }
  const ms = performance.now() - start;
  if (length === 0) throw new Error('Nothing formatted');
  return ms;
}

/**
 * Counts AES-GCM decryptions while `task` runs (wraps crypto.subtle.decrypt on the instance,
 * restored after). Shows how often a cold screen decrypts each record.
 */
export async function countDecryptions(task: () => Promise<unknown>): Promise<number> {
  const subtle = globalThis.crypto.subtle;
  const original = subtle.decrypt.bind(subtle);
  let count = 0;
  Object.defineProperty(subtle, 'decrypt', {
    configurable: true,
    value: (...args: Parameters<SubtleCrypto['decrypt']>) => {
      count += 1;
      return original(...args);
    },
  });
  try {
    await task();
  } finally {
    delete (subtle as Partial<SubtleCrypto>).decrypt;
  }
  if (count === 0) throw new Error('No decryption counted: the wrapper was not used.');
  return count;
}
