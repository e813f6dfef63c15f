// The notes printed under the table: parameters and caveats a reader needs.
import type { Dataset } from './dataset';
import { CASES, SESSIONS } from './dataset';
import { ROUNDS, WARMUP } from './rounds';
import { PAGE_SIZE } from '../../../src/features/cases/CaseListPager';

export function benchNotes(p: {
  data: Dataset;
  query: string;
  hits: number;
  decryptions: number;
  iterations: number;
  diagRounds: number;
  dexieCacheMs: number;
}): string[] {
  const { data } = p;
  const all = CASES + SESSIONS;
  return [
    `Data: ${String(CASES)} cases, ${String(SESSIONS)} sessions (mean ${String(data.meanSessionBytes)} bytes of JSON; 0–${String(data.maxSessionsPerCase)} per case, ${String(data.casesWithoutSessions)} cases without any; ${String(data.draftSessions)} drafts, the rest finalised). Written once into the app's own database (getDb/getVault) with the production seal(); outbox empty, as after a sync.`,
    `Median of ${String(ROUNDS)} rounds after ${String(WARMUP)} warm-up round(s); the three "part:" read rows and the warm list: ${String(p.diagRounds)} rounds after ${String(WARMUP)} warm-up, to keep the run under five minutes. Set-up and "first mount" are one-shot. The machine has 2 vCPUs shared with other work: compare orders of magnitude, not single milliseconds.`,
    `Vault key set up with ${String(p.iterations)} PBKDF2 iterations (VaultOptions.iterations; the app uses 600,000): it only affects unlocking, which happens between rounds and is never timed.`,
    `Cold = vault locked and unlocked before the round (drops every decrypted value) and ${String(p.dexieCacheMs)} ms waited, so Dexie's live-query cache (kept 3 s) has expired too. Warm = decrypted values still in the vault.`,
    `Case list: the real CasesPage in a fresh React root under StrictMode, ClientLanguageProvider and Suspense, with the app's styles; without Shell, SyncProvider and VaultGate (vault already unlocked). It reads the case index (src/storage/caseIndex: one sealed digest per case, and all of them in one sealed snapshot row) and renders the newest ${String(PAGE_SIZE)} cases ("show more" adds ${String(PAGE_SIZE)} at a time; search and filters cover all cases). Timed from before createRoot until the list holds its first ${String(PAGE_SIZE)} rows ("in DOM": MutationObserver, right after React's commit); "shown" adds forced layout and the next frame (requestAnimationFrame, then a task) and is what the budget uses.`,
    'The data set is written without digests (as records arrive from a first pull): the one-shot "no digest stored yet" mount builds all of them from the records and the list stores them; every other list row reads the stored digests.',
    `One cold mount decrypted ${String(p.decryptions)} rows (${String(all)} records and ${String(CASES)} digests are stored): counted by wrapping crypto.subtle.decrypt during the warm-up mount.`,
    `Search: "${p.query}" is set in one input event (like pasting, or the last keystroke), which matches ${String(p.hits)} cases ("Müller"); timed until exactly those rows are listed. After each round the query is cleared ("clear" row).`,
    'Opening a session: a probe component using useSessionDetail (as the conversation screen), timed until its effect sees the loaded session and case; a different session each round.',
    `Bulk write: ${String(1000)} new sessions written one after another into the database holding the ${String(SESSIONS)} (not a fresh one, unlike the encryption benchmark), then deleted again; plain = test/bench/encryption/plainStore.ts. Order alternates per round.`,
    'Follow-up list: the real FollowUpsPage, timed until its first 50 entries (most urgent first) are shown; it reads the follow-up index (src/storage/caseIndex/followUpIndex.ts: the keys and versions of the digest rows, one sealed order of every entry, and the digests of the cases shown). The one-shot row builds every digest from the records first (once per device, after the update or a first pull). Conflict list: the real ConflictsPage with 5 open conflicts on conversations of the data set, timed until each shows its case name (from the case index).',
    '"part: per-row Intl formatting" copies what each row does (a new Intl.DateTimeFormat for the date, a new Intl.DisplayNames for the nationality).',
  ];
}
