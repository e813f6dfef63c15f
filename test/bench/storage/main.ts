// Benchmark: the app's storage with 10,000 conversations on the device (2,500 cases).
// Targets: the case list shows its rows within 200 ms, search filters it within 100 ms,
// encrypted bulk writes cost at most 1.5× plain ones. Also: opening one conversation.
//
// Runs in Chromium on the real encrypted storage: the app's own database, vault and
// repositories (src/storage/appStorage.ts), the real CasesPage with the app's styles.
// Started by `npm run bench -- storage` (test/bench/run.ts).
import { Dexie } from 'dexie';
import '../../../src/ui/styles/kern.scss';
import '../../../src/ui/styles/fonts.scss';
import '../../../src/ui/styles/app.css';
import { caseMatchesQuery } from '../../../src/domain';
import { initI18n } from '../../../src/i18n/i18n';
import { getVault } from '../../../src/storage/appStorage';
import { getDb } from '../../../src/storage/db';
import { Vault } from '../../../src/storage/vault/vault';
import { nationalityLabel } from '../../../src/ui/nationalityLabel';
import { progress, publish, row, timed } from '../support/measure';
import type { BenchResult } from '../support/result';
import { PAGE_SIZE } from '../../../src/features/cases/CaseListPager';
import { BULK } from './bulkWrite';
import { CASES, generate, SESSIONS, type Dataset } from './dataset';
import { formatRows, readIndex, readRepositories, readRows } from './diagnostics';
import { benchNotes } from './notes';
import * as phase from './rounds';
import { CONFLICTS, conflictList, followUpList } from './otherLists';

/** Only unlocking reads it (untimed, between rounds); record reads and writes never do. */
const BENCH_ITERATIONS = 1000;
/** Rounds of the diagnostic "part:" rows (fewer, to keep the run under five minutes). */
const DIAG_ROUNDS = 3;
const QUERY = 'Muller'; // as heard: finds "Müller"
const TARGETS = { listMs: 200, searchMs: 100, writeRatio: 1.5 };

async function setUp(): Promise<{ data: Dataset; setUpMs: number }> {
  // A fresh app database (an earlier run may have left one on this origin).
  await Dexie.delete(getDb().name);
  await initI18n('de');
  document.documentElement.lang = 'de';
  // The app's vault (getVault) unlocks with the iterations stored in the key record, so a key
  // set up here with fewer iterations makes every unlock between rounds quick.
  await new Vault(getDb(), { iterations: BENCH_ITERATIONS }).setUp(phase.PASSPHRASE);
  await getVault().unlock(phase.PASSPHRASE);
  let data: Dataset | undefined;
  const setUpMs = await timed(async () => {
    data = await generate(progress);
  });
  if (!data) throw new Error('No data set');
  return { data, setUpMs };
}

async function run(): Promise<BenchResult> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  progress('writing 2,500 cases and 10,000 sessions…');
  const { data, setUpMs } = await setUp();
  const { cases, sessions } = data;
  const label = (code: string) =>
    nationalityLabel(code, 'de', { stateless: 'staatenlos', unknown: 'unbekannt' });
  const hits = cases.filter((c) => caseMatchesQuery(c, QUERY, label));

  // Parts of the list's load, without React.
  const diag = {
    rows: await phase.repeat('read rows', readRows, DIAG_ROUNDS),
    cold: await phase.repeat(
      'decrypt all (cold)',
      async () => {
        await phase.coldCache();
        return readRepositories();
      },
      DIAG_ROUNDS,
    ),
    warm: await phase.repeat('decrypt all (warm)', readRepositories, DIAG_ROUNDS),
    format: await phase.repeat('format rows', () => Promise.resolve(formatRows(cases))),
    filter: await phase.repeat('filter', () =>
      timed(async () => {
        if (cases.filter((c) => caseMatchesQuery(c, QUERY, label)).length !== hits.length) {
          throw new Error('Filter disagrees with itself');
        }
        await Promise.resolve();
      }),
    ),
  };

  progress('case list without digests');
  const firstMs = await phase.firstListWithoutDigests(container, cases);
  const index = {
    cold: await phase.repeat(
      'digests (cold)',
      async () => {
        await phase.coldCache();
        return readIndex();
      },
      DIAG_ROUNDS,
    ),
    warm: await phase.repeat('digests (warm)', readIndex, DIAG_ROUNDS),
  };
  const cold = await phase.coldList(container, cases);
  const warm = await phase.warmList(container, DIAG_ROUNDS);
  progress('search');
  const found = await phase.searchList(container, QUERY, hits, cases);
  progress('opening conversations');
  const open = await phase.openSessions(container, sessions);
  progress('follow-up list');
  const followUps = await followUpList(container, CASES);
  const names = new Map(cases.map((c) => [c.id, c.profile.displayName]));
  progress('conflict list');
  const conflicts = await conflictList(container, sessions, (id) => names.get(id) ?? '');
  const bulk = await phase.bulkWrites(cases.map((c) => c.id));

  const stored = await getDb().sessions.count();
  if (stored !== SESSIONS) throw new Error(`${String(stored)} sessions after the bulk writes`);
  getVault().lock();
  getDb().close();
  await Dexie.delete(getDb().name);

  const n = CASES.toLocaleString('en');
  const all = CASES + SESSIONS;
  const page = String(PAGE_SIZE);
  const listShown = row(
    'case list',
    `mount → first ${page} rows shown (next frame), cold`,
    CASES,
    cold.shown,
  );
  const searchShown = row(
    'search',
    `"${QUERY}" → ${String(hits.length)} rows shown`,
    hits.length,
    found.shown,
  );
  const followUpsShown = row(
    'follow-up list',
    `mount → first ${page} entries shown, cold (digests stored)`,
    CASES,
    followUps.cold,
  );
  const conflictsShown = row(
    'conflict list',
    `mount → ${String(CONFLICTS)} conflicts with their case names shown, cold`,
    CONFLICTS,
    conflicts,
  );
  const plain = row('bulk write', 'plain (same path, no encryption)', BULK, bulk.plain);
  const sealed = row('bulk write', 'encrypted (sealedStore)', BULK, bulk.sealed, plain);
  const ratio = sealed.ratio ?? Number.NaN;
  const check = (label: string, value: number, target: number) => ({
    label,
    value,
    target,
    met: value <= target,
  });
  return {
    name: 'storage',
    title: `Storage at scale: ${SESSIONS.toLocaleString('en')} sessions in ${n} cases, encrypted`,
    rounds: phase.ROUNDS,
    warmupRounds: phase.WARMUP,
    rows: [
      row('set-up', 'seal + bulk-add all records (one-shot)', all, [setUpMs]),
      listShown,
      row(
        'case list',
        `mount → first ${page} rows in DOM (before layout), cold`,
        CASES,
        cold.inDom,
      ),
      row('case list', 'one-shot: first mount (locale files, cold JIT)', CASES, [cold.first]),
      row('case list', 'one-shot: no digest stored yet, all built from records', all, [firstMs]),
      row('case list', `mount → first ${page} rows shown, warm vault cache`, CASES, warm),
      row('case list', 'part: caseIndex.read(), cold (digests stored)', CASES, index.cold),
      row('case list', 'part: caseIndex.read(), warm', CASES, index.warm),
      row('case list', 'part: IndexedDB read of all records, no decrypt', all, diag.rows),
      row(
        'case list',
        'part: cases.list() + sessions.all() (before the index), cold',
        all,
        diag.cold,
      ),
      row(
        'case list',
        'part: cases.list() + sessions.all() (before the index), warm',
        all,
        diag.warm,
      ),
      row('case list', `part: per-row Intl formatting × ${n}`, CASES, diag.format),
      searchShown,
      row('search', `"${QUERY}" → rows in DOM (before layout)`, hits.length, found.inDom),
      row('search', `clear → first ${page} of ${n} rows shown`, CASES, found.clear),
      row('search', `part: caseMatchesQuery × ${n} (no React)`, CASES, diag.filter),
      row('open session', 'useSessionDetail → loaded, cold', 1, open.hook),
      row('open session', 'part: the same reads without React, cold', 1, open.repo),
      followUpsShown,
      row('follow-up list', 'one-shot: no digest stored yet, all built from records', all, [
        followUps.firstMs,
      ]),
      conflictsShown,
      plain,
      sealed,
    ],
    checks: [
      check('case list first render with 10,000 sessions (ms)', listShown.medianMs, TARGETS.listMs),
      check('case list search with 10,000 sessions (ms)', searchShown.medianMs, TARGETS.searchMs),
      check(
        'follow-up list first render with 10,000 sessions (ms)',
        followUpsShown.medianMs,
        TARGETS.listMs,
      ),
      check(
        'conflict list first render with 10,000 sessions (ms)',
        conflictsShown.medianMs,
        TARGETS.listMs,
      ),
      check(
        `encrypted bulk write of ${String(BULK)} sessions into 10,000 ≤ ${String(TARGETS.writeRatio)}× plain`,
        ratio,
        TARGETS.writeRatio,
      ),
    ],
    notes: benchNotes({
      data,
      query: QUERY,
      hits: hits.length,
      decryptions: cold.decryptions,
      iterations: BENCH_ITERATIONS,
      diagRounds: DIAG_ROUNDS,
      dexieCacheMs: phase.DEXIE_CACHE_MS,
    }),
    userAgent: navigator.userAgent,
  };
}

publish(run);
