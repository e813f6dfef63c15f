// Public API of the domain layer: pure TypeScript, no React, storage, network or clock.
// Every time-dependent function takes `asOf` (ISO date `YYYY-MM-DD`).

// Dates
export * from './dates';

// Case facts
export * from './facts/enums';
export {
  CaseFactsSchema,
  emptyCaseFacts,
  FACT_FIELDS,
  FiledApplicationSchema,
  IsoDateSchema,
  isFactField,
  LanguageSchema,
  NationalitySchema,
  StatusPeriodSchema,
} from './facts/schema';
export type { CaseFacts, FactField, FiledApplication, StatusPeriod } from './facts/schema';
export { VALIDATION } from './facts/validation';
export type { ValidationCode } from './facts/validation';
export {
  FACT_FIELD_INFO,
  factKeys,
  OPTION_SETS,
  optionKey,
  SENSITIVE_FACT_FIELDS,
} from './facts/fieldInfo';
export type { FactFieldInfo, FactInputKind, OptionSetName } from './facts/fieldInfo';
export { isKnown, unknownFields } from './facts/known';
export {
  continuousChain,
  LAWFUL_OR_TOLERATED,
  OBLIGED_TO_LEAVE,
  TOLERATED,
  TOLERATED_COUNTING,
} from './facts/statusHistory';
export type { ChainResult, ChainSpec } from './facts/statusHistory';

// Rules and engine
export type * from './rules/types';
export {
  GEAS_APPLICABLE_FROM,
  isInForce,
  isReviewOverdue,
  RESEARCH_STATE,
  RULESET_VERSION,
} from './rules/meta';
export { OPEN_QUESTIONS, RULESET_RELEASES } from './rules/changelog';
export type { OpenQuestion, RulesetChange, RulesetRelease } from './rules/changelog';
export { PATHWAY_IDS, PATHWAYS, ruleKeyPrefix } from './rules/registry';
export {
  aggregateStatus,
  evaluatePathway,
  evaluatePathways,
  PATHWAY_STATUS_KEYS,
} from './engine/evaluatePathways';
export { suggestActions } from './engine/suggestActions';
export type { SuggestedAction } from './engine/suggestActions';

// Consequences
export type * from './consequences/types';
export { CONSEQUENCES } from './consequences/definitions';
export { evaluateConsequence, evaluateConsequences } from './consequences/evaluateConsequences';

// Return options
export type * from './returnOptions/types';
export { RETURN_OPTIONS, RETURN_PORTAL } from './returnOptions/definitions';
export { evaluateReturnOption, evaluateReturnOptions } from './returnOptions/evaluateReturnOptions';

// Land add-on screening
export { evaluateOptionsmodellScreening, OPTIONSMODELL_META } from './screening/optionsmodell';
export type {
  OptionsmodellScreening,
  ScreeningCriterion,
  ScreeningStatus,
} from './screening/optionsmodell';

// Conversation script model
export * from './script';

// i18n keys
export { allDomainKeys, APPLICABILITY_KEYS, ELIGIBILITY_KEYS, namespaceOf } from './i18nKeys';
export type { I18nNamespace } from './i18nKeys';

// Cases (profile, plausibility, search)
export * from './cases';

// Conversation sessions (lifecycle, follow-ups, file note)
export * from './sessions';
// The case list's digest of a case (what the start screen shows and filters on)
export * from './caseList';
export { compact } from './compact';

// Consents and confidentiality waivers
export * from './consents/catalog';
export * from './consents/schema';
export * from './consents/revocation';
export * from './consents/state';
export * from './consents/document';
export * from './consents/changes';
export { CONSENT_TEMPLATE } from './consents/template';
export { CONSENT_VALIDATION } from './consents/validation';

// Client summary of a conversation
export * from './summary/composeSummary';

// Referrals to partner organisations, gated by consent.
export * from './referrals';
// Statistics (anonymised, suppressed aggregates).
export * from './statistics';
// Retention rules and the deletion vocabulary.
export * from './retention';
