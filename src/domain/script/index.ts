export type * from './types';
export { answersWithParticipants, evaluateCondition, PARTICIPANTS_ANSWER } from './conditions';
export { allItems, findItem, visibleItems, visibleSections, visibleSteps } from './visibility';
export type { VisibleItem } from './visibility';
export { computeProgress } from './progress';
export type { ScriptProgress, SectionProgress } from './progress';
export { collectScriptKeys, factFieldKeys, itemKeys } from './keys';
export { parseScriptVersion, scriptVersionOf, validateScript } from './validate';
export type { ScriptIssue } from './validate';
