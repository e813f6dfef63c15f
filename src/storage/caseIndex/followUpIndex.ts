import { FOLLOW_UP_DIGEST_FORMAT, FollowUpDigestSchema, followUpDigestOf } from '../../domain';
import type { FollowUpDigest } from '../../domain';
import type { CaseRepository } from '../cases/caseRepository';
import type { SessionRepository } from '../sessions/sessionRepository';
import type { Vault } from '../vault/vault';
import { digestIndex, type DigestKind } from './digestIndex';

const FOLLOW_UPS: DigestKind<FollowUpDigest> = {
  table: (db) => db.followUpDigests,
  store: 'followUpDigests',
  snapshotId: 'followUps',
  format: FOLLOW_UP_DIGEST_FORMAT,
  schema: FollowUpDigestSchema,
  build: followUpDigestOf,
};

/**
 * The follow-up list's index: per case its open actions, next appointment and reminders,
 * without a date (domain/caseList/followUpDigest.ts), sealed, one row per case plus one
 * snapshot; kept current like the case list's (every write to a case or conversation marks
 * its row stale in the same transaction, staleMarks.ts). Derived data: losing it loses
 * nothing. Offline all local; a failure to persist only means it is built again next time.
 */
export function followUpIndex(
  vault: Vault,
  repositories: { cases: CaseRepository; sessions: SessionRepository },
) {
  return digestIndex(vault, repositories, FOLLOW_UPS);
}
export type FollowUpIndex = ReturnType<typeof followUpIndex>;
