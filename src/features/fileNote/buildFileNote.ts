import { templateForVersion } from '../../content';
import {
  composeFileNote,
  evaluateConsequences,
  evaluatePathways,
  evaluateReturnOptions,
  type CaseRecord,
  type ConversationSession,
  type FileNote,
} from '../../domain';

export type FileNoteBuild =
  | { readonly kind: 'ready'; readonly note: FileNote }
  | { readonly kind: 'unknown-script'; readonly version: string }
  | { readonly kind: 'failed' };

/**
 * The file note of a session. A finalised session is documented with the facts as they
 * were on the day (its snapshot), a draft with the case's current facts; both as of the
 * conversation date.
 */
export function buildFileNote(session: ConversationSession, caseRecord: CaseRecord): FileNoteBuild {
  const template = templateForVersion(session.scriptVersion);
  if (!template) return { kind: 'unknown-script', version: session.scriptVersion };
  const facts =
    session.status === 'finalised' && session.finalisation
      ? session.finalisation.factsSnapshot
      : caseRecord.facts;
  try {
    const note = composeFileNote({
      caseRecord,
      session,
      template,
      pathways: evaluatePathways(facts, session.asOf),
      consequences: evaluateConsequences(facts, session.asOf),
      returnOptions: evaluateReturnOptions(facts, session.asOf),
    });
    return { kind: 'ready', note };
  } catch (error) {
    // Stored data the engine refuses (e.g. an invalid date): say so instead of a blank page.
    console.error(error);
    return { kind: 'failed' };
  }
}
