// Benchmark: sync against the real server. Targets: the first pull of 10,000 sessions on a
// fresh device takes at most 15 s, and at most 3× a raw IndexedDB bulkPut of the same rows.
//
// Runs in a real browser (Chromium, real IndexedDB and WebCrypto) against the real server
// with its embedded PGlite, both started by `npm run bench` (test/bench/run.ts). Everything
// goes through the app's client code (devices.ts): device A writes the content and pushes
// it, fresh devices B1..B3 of another counsellor of the organisation pull it all.
//
// Plan: A creates 2,000 cases and 7,000 sessions and pushes them (set-up, untimed); then,
// three times, A writes 1,000 new sessions (untimed) and one timed sync run pushes them.
// The server then holds 10,000 sessions. Each pull round signs in a new device (untimed)
// and times its first sync run, then writes the same rows with one raw bulkPut (rawPut.ts).
import { httpTransport } from '../../../src/sync/transport';
import { progress, publish, row } from '../support/measure';
import type { BenchResult } from '../support/result';
import {
  createCounsellors,
  signedInDevice,
  syncUntilSettled,
  timedTransport,
  type TransportCall,
} from './devices';
import { pulledRows, rawBulkPut } from './rawPut';
import { createCases, createSessions } from './seed';

const SESSIONS = 10_000;
const SESSIONS_PER_CASE = 5;
const CASES = SESSIONS / SESSIONS_PER_CASE;
const RECORDS = SESSIONS + CASES;
const PUSH_SESSIONS = 1_000;
const PUSH_ROUNDS = 3;
const SEED_SESSIONS = SESSIONS - PUSH_ROUNDS * PUSH_SESSIONS;
const PULL_ROUNDS = 3;
const PULL_TARGET_MS = 15_000;
const RAW_RATIO_TARGET = 3;
/** Issue 24: the push phase at most twice its HTTP requests alone. */
const PUSH_HTTP_RATIO_TARGET = 2;
const en = (n: number): string => n.toLocaleString('en');

function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(`Benchmark sanity check failed: ${message}`);
}

const sum = (calls: readonly TransportCall[], kind: TransportCall['kind']): number =>
  calls.filter((c) => c.kind === kind).reduce((total, c) => total + c.ms, 0);
const count = (calls: readonly TransportCall[], kind: TransportCall['kind']): number =>
  calls.filter((c) => c.kind === kind).length;

async function run(): Promise<BenchResult> {
  progress('creating counsellors…');
  const [writer, reader] = await createCounsellors([
    'Benchmark Schreibgerät',
    'Benchmark Lesegerät',
  ]);
  expect(writer !== undefined && reader !== undefined, 'two counsellors were created');

  // ── Device A: set-up, then the timed pushes ─────────────────────────────────────────
  const aCalls = timedTransport(httpTransport(location.origin));
  const a = await signedInDevice('A', writer!, aCalls.transport);
  progress(`A: writing ${CASES} cases and ${SEED_SESSIONS} sessions…`);
  const caseIds = await createCases(a.vault, CASES);
  let sessionBytes = await createSessions(a.vault, caseIds, 0, SEED_SESSIONS);
  progress(`A: pushing ${CASES + SEED_SESSIONS} records (set-up)…`);
  const seedStart = performance.now();
  const seeded = await syncUntilSettled(a);
  const seedMs = performance.now() - seedStart;
  expect(seeded.pushed === CASES + SEED_SESSIONS, `set-up pushed ${seeded.pushed}`);
  aCalls.take();

  const push = { phase: [] as number[], http: [] as number[], whole: [] as number[], batches: 0 };
  for (let round = 0; round < PUSH_ROUNDS; round++) {
    progress(`A: push round ${round + 1} of ${PUSH_ROUNDS}…`);
    const from = SEED_SESSIONS + round * PUSH_SESSIONS;
    sessionBytes += await createSessions(a.vault, caseIds, from, PUSH_SESSIONS);
    const start = performance.now();
    const outcome = await a.sync();
    const whole = performance.now() - start;
    const calls = aCalls.take();
    expect(outcome.pushed === PUSH_SESSIONS, `push round pushed ${outcome.pushed}`);
    expect((await a.replica.pendingCount()) === 0, 'nothing left to push');
    // The engine pushes every batch, then pulls: the push phase ends where the first pull starts.
    const firstPull = calls.find((c) => c.kind === 'pull');
    expect(firstPull !== undefined, 'the sync run pulled after pushing');
    push.phase.push(firstPull!.start - start);
    push.http.push(sum(calls, 'push'));
    push.whole.push(whole);
    push.batches = count(calls, 'push');
  }
  await a.dispose();

  // ── Fresh devices B1..B3: the timed first pulls and the raw reference ───────────────
  const pull = { whole: [] as number[], http: [] as number[], local: [] as number[], pages: 0 };
  const raw: number[] = [];
  for (let round = 0; round < PULL_ROUNDS; round++) {
    progress(`B${round + 1}: first pull, round ${round + 1} of ${PULL_ROUNDS}…`);
    const bCalls = timedTransport(httpTransport(location.origin));
    const b = await signedInDevice(`B${round + 1}`, reader!, bCalls.transport);
    bCalls.take();
    // Time spent applying pages, measured around the replica (HTTP overlaps it: the engine
    // requests the next page while one is applied).
    let applyMs = 0;
    const applyPulled = b.replica.applyPulled.bind(b.replica);
    b.replica.applyPulled = async (page) => {
      const began = performance.now();
      try {
        return await applyPulled(page);
      } finally {
        applyMs += performance.now() - began;
      }
    };
    // BENCH_PROFILE=1: the first round's pull is profiled (support/cpuProfile.ts).
    // eslint-disable-next-line no-console -- the profiler's marker, not a log
    if (round === 0) console.profile('first pull');
    const start = performance.now();
    const outcome = await b.sync();
    const whole = performance.now() - start;
    // eslint-disable-next-line no-console -- see above
    if (round === 0) console.profileEnd('first pull');
    const calls = bCalls.take();
    expect(outcome.pulled === RECORDS, `pulled ${outcome.pulled} of ${RECORDS}`);
    expect(outcome.skipped === 0, `${outcome.skipped} pulled records failed the checks`);
    expect((await b.db.sessions.count()) === SESSIONS, 'every session is stored on B');
    expect((await b.db.cases.count()) === CASES, 'every case is stored on B');
    pull.whole.push(whole);
    pull.http.push(sum(calls, 'pull'));
    pull.local.push(applyMs);
    pull.pages = count(calls, 'pull');

    progress(`B${round + 1}: raw bulkPut reference…`);
    const rows = await pulledRows(b.db);
    await b.dispose();
    raw.push(await rawBulkPut(rows));
  }

  const rawRow = row('first pull', 'ref: raw bulkPut of the pulled rows, fresh DB', RECORDS, raw);
  const pullRow = row(
    'first pull',
    `syncOnce, fresh device: ${en(SESSIONS)} sessions + ${en(CASES)} cases`,
    RECORDS,
    pull.whole,
    rawRow,
  );
  const pushHttpRow = row(
    'push',
    `part: HTTP push requests (${push.batches} batches)`,
    PUSH_SESSIONS,
    push.http,
  );
  const pushRow = row(
    'push',
    `push phase of syncOnce: ${en(PUSH_SESSIONS)} new sessions`,
    PUSH_SESSIONS,
    push.phase,
    pushHttpRow,
  );
  const pushRatio = pushRow.ratio ?? Number.NaN;
  // Issue 24: "in every one of three runs" — each round's pull against its own raw
  // reference (taken right after it, on the same machine load); the worst round is judged.
  const roundRatios = pull.whole.map((ms, i) => ms / (raw[i] ?? Number.NaN));
  const ratio = Math.max(...roundRatios);
  return {
    name: 'sync',
    title: `Sync against the real server: push ${en(PUSH_SESSIONS)}, first pull of ${en(SESSIONS)} sessions`,
    rounds: PULL_ROUNDS,
    warmupRounds: 0,
    rows: [
      pushRow,
      pushHttpRow,
      row('push', 'whole syncOnce (push, then pull own records back)', PUSH_SESSIONS, push.whole),
      pullRow,
      row('first pull', `part: HTTP pull requests (${pull.pages} pages)`, RECORDS, pull.http),
      row('first pull', 'part: applying locally (checks, seal, IndexedDB)', RECORDS, pull.local),
      rawRow,
    ],
    checks: [
      {
        label: `push of ${en(PUSH_SESSIONS)} sessions / its HTTP requests alone`,
        value: pushRatio,
        target: PUSH_HTTP_RATIO_TARGET,
        met: pushRatio <= PUSH_HTTP_RATIO_TARGET,
      },
      {
        label: `first pull of ${en(SESSIONS)} sessions (ms)`,
        value: pullRow.medianMs,
        target: PULL_TARGET_MS,
        met: pullRow.medianMs <= PULL_TARGET_MS,
      },
      {
        label: `first pull / raw bulkPut, worst of ${PULL_ROUNDS} rounds (${roundRatios.map((r) => r.toFixed(2)).join(', ')})`,
        value: ratio,
        target: RAW_RATIO_TARGET,
        met: ratio <= RAW_RATIO_TARGET,
      },
    ],
    notes: [
      `Content: ${en(CASES)} cases and ${en(SESSIONS)} completed sessions (${SESSIONS_PER_CASE} per case), mean ${Math.round(sessionBytes / SESSIONS)} bytes of session JSON; written on device A through the app's repositories (seed.ts).`,
      `Push: A wrote ${en(CASES)} cases + ${en(SEED_SESSIONS)} sessions and pushed them untimed (set-up, ${(seedMs / 1000).toFixed(1)} s, one sample); then ${PUSH_ROUNDS} rounds, each: ${en(PUSH_SESSIONS)} new sessions written (untimed), one timed syncOnce. The server held ${en(SEED_SESSIONS)}, then +${en(PUSH_SESSIONS)} per round.`,
      'push phase = from the start of syncOnce to its first pull request (takeBatch, HTTP, completeBatch per batch); "whole syncOnce" adds the pull in which A receives its own new records back.',
      'HTTP rows: request to validated answer, timed in the page around the app transport. The server reports no time of its own (no Server-Timing), so on localhost this is server time + JSON + response checks — an upper bound of the server side.',
      `First pull: ${PULL_ROUNDS} one-shot rounds, each on a fresh device (new database, new clientId) of a second counsellor, signed in untimed; timed is its first syncOnce (pages of up to 500 records or 4 MB, ${en(RECORDS)} records). No warm-up round: a first pull happens once per device.`,
      'push ratio = median push phase / median of the summed HTTP push requests of a round (both per round of 1,000 sessions). Each batch answer is recorded in one IndexedDB transaction (storage/sync/pushAck.ts).',
      'applying locally = the summed time of replica.applyPulled: remote checks (zod), AES-GCM seal (in parallel) and ONE IndexedDB transaction per page (records of every store, digest marks, conflicts, policy and checkpoint; storage/sync/pullPage.ts). The engine requests the next page while one is applied, so HTTP and applying overlap and add up to more than the whole pull.',
      "ref: the rows the pull stored (encrypted, as stored) read back untimed and written with ONE bulkPut into a fresh database with the same indexes (rawPut.ts); the budget is judged per round (that round's pull / its own reference), worst round; the table row shows median / median.",
      'The server-side raw insert (PGlite, 10,000 rows in one transaction, no HTTP) is not reachable from a page: it is measured by the Node benchmark `dbinsert`.',
      'Vault with 1,000 PBKDF2 iterations: key derivation runs once per device set-up, never per record.',
    ],
    userAgent: navigator.userAgent,
  };
}

publish(run);
