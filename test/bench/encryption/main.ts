// Benchmark: what does encryption at rest cost? Issue "Device security", done-when:
// "Encryption costs at most 1.5× the time of unencrypted writes for 1,000 sessions."
//
// Runs in a real browser (Chromium, real IndexedDB and WebCrypto); started by
// `npm run bench` (test/bench/run.ts). Each round writes 1,000 realistic sessions into a
// fresh database twice: once through the production path (sealedStore: AES-GCM seal outside
// the transaction, then row + outbox entry in one transaction) and once through the same
// path without encryption (plainStore.ts). Then it reads them all back and saves one
// autosave-style change to each.
import {
  createWrappedKey,
  DEFAULT_PBKDF2_ITERATIONS,
  unlockKey,
} from '../../../src/storage/crypto/keystore';
import {
  open,
  seal,
  type RecordIdentity,
  type Sealed,
} from '../../../src/storage/crypto/recordCipher';
import { PerspektiveDb } from '../../../src/storage/db';
import { sealedStore } from '../../../src/storage/records/sealedStore';
import { Vault } from '../../../src/storage/vault/vault';
import { progress, publish, row, timed } from '../support/measure';
import type { BenchResult } from '../support/result';
import { plainStore, bareCreate } from './plainStore';
import { benchSession, type BenchSession, type SessionFields } from './sessions';

const SESSIONS = 1000;
const ROUNDS = 5;
const WARMUP_ROUNDS = 1;
/** Key derivation runs once per unlock, never per write; low here so set-up stays quick. */
const BENCH_ITERATIONS = 1000;
const UNLOCK_SAMPLES = 3;
const TARGET_RATIO = 1.5;
const PASSPHRASE = 'Benchmark-Passphrase-2026';

type Timings = {
  plainWrite: number;
  plainRead: number;
  plainUpdate: number;
  sealedWrite: number;
  sealedRead: number;
  sealedUpdate: number;
  bareWrite: number;
  serialiseOnly: number;
  sealOnly: number;
  openOnly: number;
};

/** One autosave: the counsellor adds a sentence to the notes and corrects the end time. */
function autosave(current: SessionFields): SessionFields {
  const notes = current.answers.notes;
  return {
    ...current,
    endTime: '11:05',
    answers: {
      ...current.answers,
      notes: `${typeof notes === 'string' ? notes : ''}\n\nTermin am Ende bestätigt.`,
    },
  };
}

async function freshDb(label: string): Promise<PerspektiveDb> {
  const db = new PerspektiveDb(`bench-${label}-${globalThis.crypto.randomUUID()}`);
  await db.open();
  return db;
}

async function dispose(db: PerspektiveDb): Promise<void> {
  await db.delete();
  // Let the browser finish deleting before the next timed phase starts.
  await new Promise((resolve) => setTimeout(resolve, 100));
}

function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(`Benchmark sanity check failed: ${message}`);
}

/**
 * Times `task`; with `profile`, also marks it for the CPU profiler (BENCH_PROFILE=1,
 * support/cpuProfile.ts), which shows where a write round spends its time.
 */
async function timedWrite(task: () => Promise<void>, profile: string | undefined) {
  /* eslint-disable no-console -- the profiler's markers, not logs */
  if (profile) console.profile(profile);
  const ms = await timed(task);
  if (profile) console.profileEnd(profile);
  /* eslint-enable no-console */
  return ms;
}

async function plainRound(sessions: BenchSession[], profile?: string) {
  const db = await freshDb('plain');
  const store = plainStore<SessionFields>(db);
  const write = await timedWrite(async () => {
    for (const s of sessions) await store.create(s.id, s.caseId, s.fields);
  }, profile);
  let count = 0;
  const read = await timed(async () => {
    count = (await store.all()).length;
  });
  expect(count === sessions.length, `plain read ${count} of ${sessions.length}`);
  const update = await timed(async () => {
    for (const s of sessions) await store.update(s.id, autosave);
  });
  expect((await db.outbox.count()) === sessions.length, 'plain outbox entries coalesce');
  await dispose(db);
  return { plainWrite: write, plainRead: read, plainUpdate: update };
}

async function sealedRound(sessions: BenchSession[], profile?: string) {
  const db = await freshDb('sealed');
  const vault = new Vault(db, { iterations: BENCH_ITERATIONS });
  await vault.setUp(PASSPHRASE);
  const store = sealedStore<SessionFields>(vault, 'sessions', 'session');
  const write = await timedWrite(async () => {
    for (const s of sessions) await store.create(s.id, s.caseId, s.fields);
  }, profile);
  // Locking drops the vault's cache of decrypted values, so the read below really decrypts.
  vault.lock();
  await vault.unlock(PASSPHRASE);
  let values: SessionFields[] = [];
  const read = await timed(async () => {
    values = (await store.all()).map((r) => r.value);
  });
  expect(values.length === sessions.length, `sealed read ${values.length} of ${sessions.length}`);
  const first = sessions[0]!;
  const stored = await db.sessions.get(first.id);
  expect(stored?.data.ct instanceof Uint8Array, 'sessions are stored sealed');
  expect(
    JSON.stringify(values.find((v) => v.caseId === first.caseId)) === JSON.stringify(first.fields),
    'decrypted value equals the written one',
  );
  // As in the app: the session being edited was read (and decrypted) before its autosaves.
  const update = await timed(async () => {
    for (const s of sessions) await store.update(s.id, autosave);
  });
  expect((await db.outbox.count()) === sessions.length, 'sealed outbox entries coalesce');
  vault.lock();
  await dispose(db);
  return { sealedWrite: write, sealedRead: read, sealedUpdate: update };
}

/** Reference and diagnostics: the parts of the path, each on its own. */
async function partsRound(sessions: BenchSession[]) {
  const db = await freshDb('bare');
  const bareWrite = await timed(async () => {
    for (const s of sessions) await bareCreate(db, s.id, s.caseId, s.fields);
  });
  await dispose(db);

  const key = await unlockKey(await createWrappedKey(PASSPHRASE, BENCH_ITERATIONS), PASSPHRASE);
  const identity = (id: string): RecordIdentity => ({ store: 'sessions', id, schemaVersion: 1 });
  let bytes = 0;
  const serialiseOnly = await timed(async () => {
    for (const s of sessions) bytes += new TextEncoder().encode(JSON.stringify(s.fields)).length;
    await Promise.resolve();
  });
  expect(bytes > 0, 'sessions serialise');
  const sealed: Sealed[] = [];
  const sealOnly = await timed(async () => {
    for (const s of sessions) sealed.push(await seal(key, identity(s.id), s.fields));
  });
  const openOnly = await timed(async () => {
    await Promise.all(sessions.map((s, i) => open(key, identity(s.id), sealed[i]!)));
  });
  return { bareWrite, serialiseOnly, sealOnly, openOnly };
}

async function unlockSamples(): Promise<number[]> {
  const db = await freshDb('unlock');
  const vault = new Vault(db); // the app's default iterations
  await vault.setUp(PASSPHRASE);
  const samples: number[] = [];
  for (let i = 0; i < UNLOCK_SAMPLES; i++) {
    vault.lock();
    samples.push(await timed(() => vault.unlock(PASSPHRASE)));
  }
  vault.lock();
  await dispose(db);
  return samples;
}

async function run(): Promise<BenchResult> {
  const sessions = Array.from({ length: SESSIONS }, (_, i) => benchSession(i));
  const sizes = sessions.map((s) => new TextEncoder().encode(JSON.stringify(s.fields)).length);
  const meanBytes = Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length);

  const samples: { [K in keyof Timings]: number[] } = {
    plainWrite: [],
    plainRead: [],
    plainUpdate: [],
    sealedWrite: [],
    sealedRead: [],
    sealedUpdate: [],
    bareWrite: [],
    serialiseOnly: [],
    sealOnly: [],
    openOnly: [],
  };
  const total = WARMUP_ROUNDS + ROUNDS;
  for (let round = 0; round < total; round++) {
    const label = round < WARMUP_ROUNDS ? 'warm-up' : `round ${round - WARMUP_ROUNDS + 1}`;
    progress(`${label} of ${ROUNDS}…`);
    // Alternate the order so neither path always runs on a warmer (or more tired) browser.
    const plainFirst = round % 2 === 0;
    // The first measured round's writes are profiled (only with BENCH_PROFILE=1).
    const profiled = round === WARMUP_ROUNDS;
    const plain = () => plainRound(sessions, profiled ? 'plain write' : undefined);
    const sealed = () => sealedRound(sessions, profiled ? 'encrypted write' : undefined);
    const a = plainFirst ? await plain() : await sealed();
    const b = plainFirst ? await sealed() : await plain();
    const c = await partsRound(sessions);
    if (round < WARMUP_ROUNDS) continue;
    const timings = { ...a, ...b, ...c } as Timings;
    for (const name of Object.keys(samples) as (keyof Timings)[]) {
      samples[name].push(timings[name]);
    }
  }
  progress('unlock at the default iterations…');
  const unlock = await unlockSamples();

  const n = SESSIONS;
  const plainWrite = row('write', 'plain (same path, no encryption)', n, samples.plainWrite);
  const sealedWrite = row('write', 'encrypted (sealedStore)', n, samples.sealedWrite, plainWrite);
  const plainRead = row('read all', 'plain', n, samples.plainRead);
  const sealedRead = row(
    'read all',
    'encrypted (decrypt, cache empty)',
    n,
    samples.sealedRead,
    plainRead,
  );
  const plainUpdate = row('autosave', 'plain', n, samples.plainUpdate);
  const sealedUpdate = row('autosave', 'encrypted', n, samples.sealedUpdate, plainUpdate);
  const rows = [
    plainWrite,
    sealedWrite,
    row('write', 'ref: plain row + outbox add only', n, samples.bareWrite, plainWrite),
    row('write', 'part: JSON + UTF-8 only (no DB)', n, samples.serialiseOnly),
    row('write', 'part: seal only (JSON + AES-GCM, no DB)', n, samples.sealOnly),
    plainRead,
    sealedRead,
    row('read all', 'part: open only (AES-GCM + JSON, no DB)', n, samples.openOnly),
    plainUpdate,
    sealedUpdate,
    row('unlock', `PBKDF2 ${DEFAULT_PBKDF2_ITERATIONS.toLocaleString('en')} it. (once)`, 1, unlock),
  ];
  const writeRatio = sealedWrite.ratio ?? Number.NaN;
  return {
    name: 'encryption',
    title: `Encryption at rest: ${SESSIONS.toLocaleString('en')} sessions, encrypted vs plain`,
    rounds: ROUNDS,
    warmupRounds: WARMUP_ROUNDS,
    rows,
    checks: [
      {
        label: `encrypted writes ≤ ${TARGET_RATIO}× plain writes (issue "Device security")`,
        value: writeRatio,
        target: TARGET_RATIO,
        met: writeRatio <= TARGET_RATIO,
      },
    ],
    notes: [
      `${SESSIONS} sessions, mean ${meanBytes} bytes of JSON each (min ${Math.min(...sizes)}, max ${Math.max(...sizes)}).`,
      `${ROUNDS} measured rounds after ${WARMUP_ROUNDS} warm-up round(s); every round on fresh databases; order of plain/encrypted alternates.`,
      'Writes are sequential (each awaited), one transaction per session holding the row and its outbox entry, as in the app.',
      'ratio = median(encrypted) / median(plain). "ref:" and "part:" rows are diagnostics, not part of the comparison.',
      `Vault set up with ${BENCH_ITERATIONS} PBKDF2 iterations: key derivation runs once per unlock, not per write (see the unlock row for the app's default).`,
      'Before "read all" the vault is locked and unlocked, so every record is decrypted (no cache hits); autosave then runs with the cache warm, as after opening a session.',
    ],
    userAgent: navigator.userAgent,
  };
}

publish(run);
