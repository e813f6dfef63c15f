import { templateForVersion } from '../../content';
import {
  composeFileNote,
  sessionAssessments,
  type CaseRecord,
  type ConversationSession,
  type FileNote,
} from '../../domain';

export type FileNoteBuild =
  | { readonly kind: 'ready'; readonly note: FileNote }
  | { readonly kind: 'unknown-script'; readonly version: string }
  | { readonly kind: 'failed' };

/**
 * The file note of a session, with the engine's results of the day (sessionAssessments: a
 * finalised session's fact snapshot, a draft's current facts).
 */
export function buildFileNote(session: ConversationSession, caseRecord: CaseRecord): FileNoteBuild {
  const template = templateForVersion(session.scriptVersion);
  if (!template) return { kind: 'unknown-script', version: session.scriptVersion };
  try {
    const note = composeFileNote({
      caseRecord,
      session,
      template,
      ...sessionAssessments(session, caseRecord),
    });
    return { kind: 'ready', note };
  } catch (error) {
    // Stored data the engine refuses (e.g. an invalid date): say so instead of a blank page.
    console.error(error);
    return { kind: 'failed' };
  }
}
