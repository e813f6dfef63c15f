// What the engine said on the day of a conversation, for the documents made from it (file
// note, client summary): a finalised session with the facts as they were (its snapshot), a
// draft with the case's current facts, both as of the conversation date.
import type { CaseRecord } from '../cases/schema';
import type { CaseFacts } from '../facts/schema';
import type { ConsequenceAssessment } from '../consequences/types';
import { evaluateConsequences } from '../consequences/evaluateConsequences';
import { evaluatePathways } from '../engine/evaluatePathways';
import type { ReturnOptionAssessment } from '../returnOptions/types';
import { evaluateReturnOptions } from '../returnOptions/evaluateReturnOptions';
import type { PathwayAssessment } from '../rules/types';
import type { ConversationSession } from './schema';

export type SessionAssessments = {
  pathways: PathwayAssessment[];
  consequences: ConsequenceAssessment[];
  returnOptions: ReturnOptionAssessment[];
};

/**
 * The facts a document of this conversation uses: a finalised session's snapshot (what was
 * known on the day), a draft's current case facts.
 */
export function factsOfTheDay(session: ConversationSession, caseRecord: CaseRecord): CaseFacts {
  return session.status === 'finalised' && session.finalisation
    ? session.finalisation.factsSnapshot
    : caseRecord.facts;
}

/** Throws like the engine does on facts it refuses (e.g. an invalid stored date). */
export function sessionAssessments(
  session: ConversationSession,
  caseRecord: CaseRecord,
): SessionAssessments {
  const facts = factsOfTheDay(session, caseRecord);
  return {
    pathways: evaluatePathways(facts, session.asOf),
    consequences: evaluateConsequences(facts, session.asOf),
    returnOptions: evaluateReturnOptions(facts, session.asOf),
  };
}
