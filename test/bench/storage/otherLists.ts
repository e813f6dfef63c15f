// The follow-up list and the conflict list with the data set stored (issue 24: no screen may
// decrypt every record). Each mounts the real page as the app does and is timed until its
// entries are on screen, cold (vault locked and unlocked, Dexie's cache expired), inside the
// providers the app's shell gives every screen (the conflict list needs the sync state).
import { createElement, StrictMode, Suspense, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { ClientLanguageProvider } from '../../../src/app/clientLanguage';
import { SyncProvider } from '../../../src/app/sync/SyncProvider';
import { FOLLOW_UP_PAGE, FollowUpsPage } from '../../../src/features/followUps/FollowUpsPage';
import { ConflictsPage } from '../../../src/features/sync/ConflictsPage';
import { todayIso } from '../../../src/app/today';
import { getRepositories, getVault } from '../../../src/storage/appStorage';
import { seal } from '../../../src/storage/crypto/recordCipher';
import { getDb } from '../../../src/storage/db';
import { forceLayout, nextFrame, sleep, whenDom } from './dom';
import { coldCache, DEXIE_CACHE_MS, repeat } from './rounds';

/** Open conflicts stored for the conflict list (a device rarely has more). */
export const CONFLICTS = 5;

async function mount(
  container: HTMLElement,
  page: ComponentType,
  ready: () => boolean,
): Promise<{ unmount: () => void; shownMs: number }> {
  const start = performance.now();
  const root = createRoot(container);
  const shown = whenDom(container, ready);
  root.render(
    createElement(
      StrictMode,
      null,
      createElement(
        ClientLanguageProvider,
        null,
        createElement(
          SyncProvider,
          null,
          createElement(Suspense, { fallback: null }, createElement(page)),
        ),
      ),
    ),
  );
  await shown;
  forceLayout(container);
  const at = await nextFrame();
  return {
    unmount: () => {
      root.unmount();
    },
    shownMs: at - start,
  };
}

const followUpsShown = (container: HTMLElement) => () =>
  container.querySelectorAll('li.follow-up').length === FOLLOW_UP_PAGE;

/** Resolves once every case has a current follow-up digest and the order covers them all. */
async function followUpDigestsStored(cases: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const read = await getRepositories().followUpIndex.read(todayIso(), FOLLOW_UP_PAGE);
    const current = await getDb().followUpDigests.where('version').above('').count();
    if (!read.pending.needed && current === cases) return;
    await sleep(100);
  }
  throw new Error('The follow-up list did not store its digests within 60 s.');
}

/**
 * One-shot first opening with no follow-up digest stored (after the update that adds the
 * index, or after a first pull), then the cold rounds reading the stored digests.
 */
export async function followUpList(container: HTMLElement, cases: number) {
  await getDb().followUpDigests.clear();
  await coldCache();
  await sleep(DEXIE_CACHE_MS);
  const first = await mount(container, FollowUpsPage, followUpsShown(container));
  await followUpDigestsStored(cases);
  first.unmount();
  const kept = await repeat('follow-up list (cold)', async () => {
    await coldCache();
    await sleep(DEXIE_CACHE_MS);
    const mounted = await mount(container, FollowUpsPage, followUpsShown(container));
    mounted.unmount();
    return mounted.shownMs;
  });
  return { firstMs: first.shownMs, cold: kept };
}

/**
 * Stores CONFLICTS open conflicts (sealed, as a pull does) on conversations of the data set,
 * then times the conflict list until every conflict shows its case's name.
 */
export async function conflictList(
  container: HTMLElement,
  sessions: readonly { id: string; caseId: string }[],
  nameOf: (caseId: string) => string,
) {
  const key = getVault().requireKey();
  const picked = Array.from(
    { length: CONFLICTS },
    (_, i) => sessions[(i * 1999) % sessions.length]!,
  );
  const rows = await Promise.all(
    picked.map(async (s, i) => {
      const id = globalThis.crypto.randomUUID();
      const conflict = {
        seq: i + 1,
        id,
        entity: 'session',
        entityId: s.id,
        kind: 'field',
        field: 'notes',
        serverValue: 'Stand Büro',
        clientValue: 'Stand Tablet',
        serverRev: 2,
        clientBaseRev: 1,
        createdBy: globalThis.crypto.randomUUID(),
        createdByName: 'Frau Berger',
        createdAt: `2026-11-2${String(i)}T10:00:00.000Z`,
        resolved: false,
        resolvedAt: null,
      };
      const data = await seal(key, { store: 'conflicts', id, schemaVersion: 1 }, conflict);
      return { id, entityId: s.id, updatedAt: conflict.createdAt, resolved: 0 as const, data };
    }),
  );
  await getDb().conflicts.bulkPut(rows);
  const names = picked.map((s) => nameOf(s.caseId));
  const ready = () => {
    const headings = [...container.querySelectorAll('section.conflict h2')].map(
      (h) => h.textContent,
    );
    return headings.length === CONFLICTS && names.every((n) => headings.some((h) => h.includes(n)));
  };
  const kept = await repeat('conflict list (cold)', async () => {
    await coldCache();
    await sleep(DEXIE_CACHE_MS);
    const mounted = await mount(container, ConflictsPage, ready);
    mounted.unmount();
    return mounted.shownMs;
  });
  await getDb().conflicts.clear();
  return kept;
}
