// The stored data: 2,500 cases with 10,000 conversations between them, sealed with the
// vault's key into the app's database, row for row as the repositories write them (written
// in bulk: going through create() one record at a time took ~1 min for the set-up alone).
// Session contents are the encryption benchmark's realistic sessions (≈ 3.5 KB of JSON).
import {
  CaseFactsSchema,
  CaseProfileSchema,
  type CaseFacts,
  type CaseProfile,
  type CaseRecord,
} from '../../../src/domain';
import { HASH } from '../../../src/domain/sessions/sessions.fixtures';
import { getRepositories, getVault } from '../../../src/storage/appStorage';
import type { StoredCase } from '../../../src/storage/cases/caseRepository';
import { seal } from '../../../src/storage/crypto/recordCipher';
import { getDb, type SealedRow } from '../../../src/storage/db';
import { benchSession, type BenchSession, type SessionFields } from '../encryption/sessions';

export const CASES = 2500;
export const SESSIONS = 10_000;
/** Rows sealed and added per bulk step while generating (set-up only; not measured). */
const CHUNK = 500;

// 50 × 50 = 2,500 distinct names; each surname belongs to exactly 50 cases.
const GIVEN = (
  'Amal Ahmad Fatima Mohammed Yusuf Leyla Omar Zainab Hassan Mariam Ali Samira Karim Nour ' +
  'Tariq Aisha Bilal Hana Idris Rania Jamal Salma Khalid Dilan Murat Elif Emre Zeynep Arman ' +
  'Shirin Reza Parisa Daniel Ana Ivan Olena Dmytro Nino Giorgi Sara Jonas Lena Abdi Hodan ' +
  'Kofi Ama Chinedu Ngozi Tesfaye Selam'
).split(' ');
const SURNAMES = (
  'Haddad Müller Öztürk Rahimi Nasser Kaya Yılmaz Hosseini Ahmadi Weiß Abdullah Said Hamdan ' +
  'Khalil Mansour Barzani Demir Şahin Karimi Popescu Kovačević Petrović Shevchenko Bondarenko ' +
  'Beridze Tesfay Haile Mohamud Osei Mensah Okafor Adeyemi Diallo Traoré Nguyen Tran Singh ' +
  'Khan Qureshi Sultani Noori Jafari Habibi Azizi Sadeghi Bakr Saleh Jaber Darwish Aziz'
).split(' ');
const NATIONALITIES = ['SY', 'AF', 'IQ', 'TR', 'IR', 'ER', 'SO', 'NG', 'GE', 'UA', 'RS', 'VN'];

/** A small seeded PRNG (mulberry32): the same data set on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (base: string, plusDays: number): string =>
  new Date(Date.parse(`${base}T00:00:00Z`) + plusDays * 86_400_000).toISOString().slice(0, 10);

function caseInput(i: number): { profile: CaseProfile; facts: CaseFacts } {
  const name = `${GIVEN[i % GIVEN.length]!} ${SURNAMES[Math.floor(i / GIVEN.length)]!}`;
  return {
    profile: {
      displayName: name,
      pseudonymised: i % 10 === 0,
      fileNumber: `AZ ${String(1000 + i)}/${String(2023 + (i % 3))}`,
      createdOn: day('2023-01-01', i % 1000),
    },
    facts: {
      birthDate: day('1980-01-01', (i * 37) % 9000),
      nationality: NATIONALITIES[i % NATIONALITIES.length]!,
      currentStatus: 'duldung-60a',
    },
  };
}

/**
 * Conversation `k` of `count` of a case: earlier ones finalised (with the facts snapshot),
 * the latest still a draft for about a third of the cases, as on a working device.
 */
function sessionOf(record: CaseRecord, k: number, count: number, draft: boolean, index: number) {
  const base: BenchSession = benchSession(index);
  const asOf = day(record.profile.createdOn, 30 + k * 42);
  const [client, ...others] = base.fields.participants;
  const finalised = k < count - 1 || !draft;
  const fields: SessionFields = {
    ...base.fields,
    caseId: record.id,
    asOf,
    participants: client ? [{ ...client, name: record.profile.displayName }, ...others] : others,
    status: finalised ? 'finalised' : 'draft',
    ...(finalised
      ? {
          finalisation: {
            finalisedAt: `${asOf}T11:00:00+01:00`,
            finalisedBy: 'Frau Berger',
            contentHash: HASH,
            factsSnapshot: record.facts,
          },
        }
      : {}),
  };
  return { id: base.id, caseId: record.id, fields };
}

/** Updated times a minute apart, oldest first (the list sorts by it, newest first). */
const updatedAt = (n: number): string => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();

/**
 * Writes sealed rows exactly as sealedStore.create does (production seal(), identity-bound
 * AAD, same row shape), but in bulk and without outbox entries: set-up only, not measured.
 */
async function writeSealed(
  store: 'cases' | 'sessions',
  records: readonly { id: string; caseId: string; value: Record<string, unknown> }[],
  offset: number,
): Promise<void> {
  const key = getVault().requireKey();
  const table = getDb()[store];
  for (let i = 0; i < records.length; i += CHUNK) {
    const rows: SealedRow[] = await Promise.all(
      records.slice(i, i + CHUNK).map(async (r, j) => ({
        id: r.id,
        caseId: r.caseId,
        updatedAt: updatedAt(offset + i + j),
        schemaVersion: 1,
        data: await seal(key, { store, id: r.id, schemaVersion: 1 }, r.value),
      })),
    );
    await table.bulkAdd(rows);
  }
}

export type Dataset = {
  /** As the case repository reads them back, newest change first. */
  cases: StoredCase[];
  /** Session ids with their case, in writing order. */
  sessions: { id: string; caseId: string }[];
  meanSessionBytes: number;
  draftSessions: number;
  casesWithoutSessions: number;
  maxSessionsPerCase: number;
};

/** Writes the data set into the app's (empty) database; the vault must be unlocked. */
export async function generate(report: (text: string) => void): Promise<Dataset> {
  if (GIVEN.length * SURNAMES.length !== CASES) throw new Error('Names do not make 2,500 cases.');
  const records: CaseRecord[] = Array.from({ length: CASES }, (_, i) => {
    const { profile, facts } = caseInput(i);
    // Validated as caseRepository.create validates; stored as its flat map of fields.
    return {
      id: globalThis.crypto.randomUUID(),
      profile: CaseProfileSchema.parse(profile),
      facts: CaseFactsSchema.parse(facts),
    };
  });
  await writeSealed(
    'cases',
    records.map((r) => ({ id: r.id, caseId: r.id, value: { ...r.profile, ...r.facts } })),
    0,
  );
  report(`${String(CASES)} cases written; writing sessions…`);

  // Each session goes to a random case: 4 per case on average, some cases have none.
  const next = random(20261121);
  const counts = new Array<number>(CASES).fill(0);
  for (let s = 0; s < SESSIONS; s++) counts[Math.floor(next() * CASES)]! += 1;
  const planned = records.flatMap((record, i) => {
    const count = counts[i]!;
    const draft = next() < 1 / 3;
    return Array.from({ length: count }, (_, k) => ({ record, k, count, draft }));
  });
  const sessions = planned.map((p, index) => sessionOf(p.record, p.k, p.count, p.draft, index));
  await writeSealed(
    'sessions',
    sessions.map((s) => ({ id: s.id, caseId: s.caseId, value: s.fields })),
    CASES,
  );

  // Read back through the repository: the cases as the app sees them, and a sanity check.
  const cases = await getRepositories().cases.list();
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const c of cases) {
    if (JSON.stringify(byId.get(c.id)?.profile) !== JSON.stringify(c.profile)) {
      throw new Error(`Case ${c.id} reads back differently.`);
    }
  }
  if ((await getDb().outbox.count()) !== 0) throw new Error('Set-up left outbox entries.');
  const bytes = sessions.reduce(
    (sum, s) => sum + new TextEncoder().encode(JSON.stringify(s.fields)).length,
    0,
  );
  return {
    cases,
    sessions: sessions.map((s) => ({ id: s.id, caseId: s.caseId })),
    meanSessionBytes: Math.round(bytes / SESSIONS),
    draftSessions: sessions.filter((s) => s.fields.status === 'draft').length,
    casesWithoutSessions: counts.filter((c) => c === 0).length,
    maxSessionsPerCase: Math.max(...counts),
  };
}
