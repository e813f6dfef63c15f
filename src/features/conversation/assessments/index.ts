// Read-only panels that show the domain engine's results during a conversation.
export { AssessmentView } from './AssessmentView';
export type { AssessmentViewName } from './AssessmentView';
export { ConsequencePanel } from './ConsequencePanel';
export type { HeadingLevel } from './Heading';
export { OptionsmodellPanel } from './OptionsmodellPanel';
export { PathwayPanel } from './PathwayPanel';
export type { AssessmentPanelProps } from './PathwayPanel';
export { ReturnOptionsPanel } from './ReturnOptionsPanel';
export { ASSESSMENT_NAMESPACES } from './useAssessmentText';
