export {
  CASE_DIGEST_FORMAT,
  CaseDigestSchema,
  caseDigestOf,
  compareDigests,
  followUpDueOn,
} from './digest';
export type { CaseDigest } from './digest';
