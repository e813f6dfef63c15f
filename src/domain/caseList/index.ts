export {
  CASE_DIGEST_FORMAT,
  CaseDigestSchema,
  caseDigestOf,
  compareDigests,
  followUpDueOn,
} from './digest';
export type { CaseDigest } from './digest';
export {
  FOLLOW_UP_DIGEST_FORMAT,
  FollowUpDigestSchema,
  followUpDigestOf,
  followUpsOn,
} from './followUpDigest';
export type { FollowUpDigest } from './followUpDigest';
