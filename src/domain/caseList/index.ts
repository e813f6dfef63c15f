export {
  CASE_DIGEST_FORMAT,
  CaseDigestSchema,
  caseDigestOf,
  compareDigests,
  followUpDueOn,
  matchesStateFilter,
} from './digest';
export type { CaseDigest, CaseStateFilter } from './digest';
export {
  FOLLOW_UP_DIGEST_FORMAT,
  FollowUpDigestSchema,
  followUpDigestOf,
  followUpsOn,
} from './followUpDigest';
export type { FollowUpDigest } from './followUpDigest';
export {
  FOLLOW_UP_ORDER_FORMAT,
  FollowUpOrderSchema,
  countByUrgency,
  decodeOrder,
  encodeOrder,
  followUpAt,
  mergeRefs,
  refsOf,
} from './followUpOrder';
export type { FollowUpOrder, FollowUpRef } from './followUpOrder';
