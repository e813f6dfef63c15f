// The measured phases, each a loop of rounds (the first WARMUP rounds are not kept).
// Cold = the vault locked and unlocked before the round (unlock not timed), so nothing
// decrypted is cached, and Dexie's live-query cache has expired.
import { PAGE_SIZE } from '../../../src/features/cases/CaseListPager';
import { getRepositories, getVault } from '../../../src/storage/appStorage';
import { getDb } from '../../../src/storage/db';
import type { StoredCase } from '../../../src/storage/cases/caseRepository';
import { progress } from '../support/measure';
import { newSessions, writePlain, writeSealed } from './bulkWrite';
import { expectNames, mountCasesPage, search } from './caseList';
import { CASES } from './dataset';
import { countDecryptions } from './diagnostics';
import { sleep } from './dom';
import { openWithHook, openWithRepositories } from './sessionOpen';

export const ROUNDS = 5;
export const WARMUP = 1;
export const PASSPHRASE = 'Benchmark-Passphrase-2026';
/** Dexie keeps a live query's result 3 s after its last subscriber left; wait it out. */
export const DEXIE_CACHE_MS = 3200;

/** Drops the key and every decrypted value; unlocks again (not timed). */
export async function coldCache(): Promise<void> {
  getVault().lock();
  await getVault().unlock(PASSPHRASE);
}

/** Runs `round` WARMUP + rounds times; returns the kept results. */
export async function repeat<T>(
  label: string,
  round: (index: number) => Promise<T>,
  rounds = ROUNDS,
): Promise<T[]> {
  const kept: T[] = [];
  for (let i = 0; i < WARMUP + rounds; i++) {
    progress(`${label} ${String(i + 1)} of ${String(WARMUP + rounds)}…`);
    const result = await round(i);
    if (i >= WARMUP) kept.push(result);
  }
  return kept;
}

/** The rows the list shows first: the newest PAGE_SIZE cases (`cases` is newest first). */
export function firstPage(cases: readonly StoredCase[]): string[] {
  return cases.slice(0, PAGE_SIZE).map((c) => c.profile.displayName);
}
const SHOWN = Math.min(PAGE_SIZE, CASES);

/** Resolves once every case has a current stored digest (the list stores them after showing). */
async function digestsStored(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const read = await getRepositories().caseIndex.read();
    if (read.rebuilt.length === 0 && read.entries.length === CASES) return;
    await sleep(100);
  }
  throw new Error('The case list did not store its digests within 60 s.');
}

/**
 * 0. One-shot: the list's first opening with no digest stored (after the app update that
 * adds the index, or after a first pull): every digest is built from all records. Then waits
 * until the list has stored them, so the rounds after it read digests only.
 */
export async function firstListWithoutDigests(
  container: HTMLElement,
  cases: readonly StoredCase[],
): Promise<number> {
  await getDb().caseDigests.clear();
  await coldCache();
  await sleep(DEXIE_CACHE_MS);
  const mounted = await mountCasesPage(container, SHOWN);
  expectNames(container, firstPage(cases));
  await digestsStored();
  mounted.root.unmount();
  return mounted.shownMs;
}

/** 1. Cold mounts of the case list (digests stored); the warm-up is the page's first mount. */
export async function coldList(container: HTMLElement, cases: readonly StoredCase[]) {
  const names = firstPage(cases);
  let first = 0;
  let decryptions = 0;
  const kept = await repeat('case list (cold)', async (i) => {
    await coldCache();
    await sleep(DEXIE_CACHE_MS);
    let mounted: Awaited<ReturnType<typeof mountCasesPage>> | undefined;
    // Counted in the warm-up round only (the wrapper is a counter, but stays out of timings).
    const mount = async () => (mounted = await mountCasesPage(container, SHOWN));
    if (i === 0) decryptions = await countDecryptions(mount);
    else await mount();
    if (!mounted) throw new Error('Not mounted');
    expectNames(container, names);
    mounted.root.unmount();
    if (i === 0) first = mounted.shownMs;
    return mounted;
  });
  return {
    inDom: kept.map((m) => m.inDomMs),
    shown: kept.map((m) => m.shownMs),
    first,
    decryptions,
  };
}

/** Mounts with the decrypted values still in the vault (going back to the list). */
export async function warmList(container: HTMLElement, rounds: number): Promise<number[]> {
  const kept = await repeat(
    'case list (warm)',
    async () => {
      await sleep(DEXIE_CACHE_MS);
      const mounted = await mountCasesPage(container, SHOWN);
      mounted.root.unmount();
      return mounted.shownMs;
    },
    rounds,
  );
  return kept;
}

/** 2. Search in the mounted list: the query, then clearing it again. */
export async function searchList(
  container: HTMLElement,
  query: string,
  hits: StoredCase[],
  cases: readonly StoredCase[],
) {
  const list = await mountCasesPage(container, SHOWN);
  const kept = await repeat('search', async () => {
    await sleep(200);
    const hit = await search(
      container,
      query,
      firstPage(hits), // hits keep the list's order (newest first)
    );
    await sleep(200);
    const back = await search(container, '', firstPage(cases));
    return { hit, back };
  });
  list.root.unmount();
  return {
    inDom: kept.map((k) => k.hit.inDomMs),
    shown: kept.map((k) => k.hit.shownMs),
    clear: kept.map((k) => k.back.shownMs),
  };
}

/** 3. Opening a conversation, cold; a different session every time. */
export async function openSessions(
  container: HTMLElement,
  sessions: readonly { id: string; caseId: string }[],
) {
  const kept = await repeat('open session', async (i) => {
    const a = sessions[(i * 1637) % sessions.length]!;
    const b = sessions[(i * 1637 + 811) % sessions.length]!;
    await coldCache();
    const hooked = await openWithHook(container, a.id, a.caseId);
    hooked.root.unmount();
    await coldCache();
    return { hook: hooked.ms, repo: await openWithRepositories(b.id) };
  });
  return { hook: kept.map((k) => k.hook), repo: kept.map((k) => k.repo) };
}

/** 4. 1,000 new sessions into the full database, encrypted and plain, order alternating. */
export async function bulkWrites(caseIds: readonly string[]) {
  const kept = await repeat('bulk write', async (i) => {
    const batch = newSessions(caseIds, i);
    const sealedFirst = i % 2 === 0;
    const first = sealedFirst ? await writeSealed(getVault(), batch) : await writePlain(batch);
    const second = sealedFirst ? await writePlain(batch) : await writeSealed(getVault(), batch);
    return sealedFirst ? { sealed: first, plain: second } : { sealed: second, plain: first };
  });
  return { sealed: kept.map((k) => k.sealed), plain: kept.map((k) => k.plain) };
}
