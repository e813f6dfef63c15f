export { CaseProfileSchema, genderValues } from './schema';
export type { CaseProfile, CaseRecord, Gender } from './schema';
export { RECORD_VALIDATION } from './validation';
export type { RecordIssue, RecordValidationCode } from './validation';
export { factPlausibilityIssues } from './plausibility';
export type { FactPlausibilityIssue } from './plausibility';
export { caseMatchesQuery, normaliseForSearch } from './search';
export * from './representative';
export * from './actionCompletion';
