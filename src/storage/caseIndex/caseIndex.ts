import {
  CASE_DIGEST_FORMAT,
  CaseDigestSchema,
  caseDigestOf,
  compareDigests,
  type CaseDigest,
} from '../../domain';
import type { CaseRepository } from '../cases/caseRepository';
import type { SessionRepository } from '../sessions/sessionRepository';
import type { Vault } from '../vault/vault';
import { digestIndex, type DigestKind, type DigestRead } from './digestIndex';

export type CaseListEntry = {
  readonly digest: CaseDigest;
  /** Changes on this device not yet accepted by the server. */
  readonly unsynced: boolean;
};

export type CaseIndexRead = DigestRead<CaseDigest> & { readonly entries: readonly CaseListEntry[] };

const CASE_LIST: DigestKind<CaseDigest> = {
  table: (db) => db.caseDigests,
  store: 'caseDigests',
  snapshotId: 'all',
  format: CASE_DIGEST_FORMAT,
  schema: CaseDigestSchema,
  build: caseDigestOf,
};

/**
 * The case list's index (start screen): name, file number, nationality, open conversations
 * and the earliest follow-up of every case, newest change first (see digestIndex.ts).
 */
export function caseIndex(
  vault: Vault,
  repositories: { cases: CaseRepository; sessions: SessionRepository },
) {
  const index = digestIndex(vault, repositories, CASE_LIST);
  return {
    /** Every case's digest, newest change first, with what to persist (a live query). */
    async read(): Promise<CaseIndexRead> {
      const read = await index.read();
      const entries = [...read.digests]
        .sort(compareDigests)
        .map((digest) => ({ digest, unsynced: read.pending.has(digest.id) }));
      return { ...read, entries };
    },
    persist: (read: DigestRead<CaseDigest>) => index.persist(read),
  };
}
export type CaseIndex = ReturnType<typeof caseIndex>;
