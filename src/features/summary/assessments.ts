import {
  sessionAssessments,
  type CaseRecord,
  type ConversationSession,
  type SessionAssessments,
} from '../../domain';

export type Assessments = SessionAssessments;

/**
 * The engine's results for the summary (see sessionAssessments). Undefined when stored data
 * cannot be evaluated: the page says so instead of printing a wrong summary.
 */
export function assessmentsFor(
  session: ConversationSession,
  caseRecord: CaseRecord,
): Assessments | undefined {
  try {
    return sessionAssessments(session, caseRecord);
  } catch {
    return undefined;
  }
}
