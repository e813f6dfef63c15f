import {
  evaluateConsequences,
  evaluatePathways,
  evaluateReturnOptions,
  type CaseRecord,
  type ConsequenceAssessment,
  type ConversationSession,
  type PathwayAssessment,
  type ReturnOptionAssessment,
} from '../../domain';

export type Assessments = {
  pathways: PathwayAssessment[];
  consequences: ConsequenceAssessment[];
  returnOptions: ReturnOptionAssessment[];
};

/**
 * What the engine said on the day of the conversation: a finalised session with the facts as
 * they were (its snapshot), a draft with the case's current facts. Undefined when stored data
 * cannot be evaluated (the page says so instead of printing a wrong summary).
 */
export function assessmentsFor(
  session: ConversationSession,
  caseRecord: CaseRecord,
): Assessments | undefined {
  const facts =
    session.status === 'finalised' && session.finalisation
      ? session.finalisation.factsSnapshot
      : caseRecord.facts;
  try {
    return {
      pathways: evaluatePathways(facts, session.asOf),
      consequences: evaluateConsequences(facts, session.asOf),
      returnOptions: evaluateReturnOptions(facts, session.asOf),
    };
  } catch {
    return undefined;
  }
}
