// Helpers shared by the file-note tests: compose a note for a fixture session with the real
// engine results, and look up its sections.
import { evaluateConsequences } from '../consequences/evaluateConsequences';
import { evaluatePathways } from '../engine/evaluatePathways';
import { evaluateReturnOptions } from '../returnOptions/evaluateReturnOptions';
import type { FileNote, FileNoteInput } from './fileNote';
import { composeFileNote } from './fileNote';
import type { ConversationSession } from './schema';
import { caseRecord, template } from './sessions.fixtures';

export const engine = (session: ConversationSession, facts = caseRecord.facts) => ({
  pathways: evaluatePathways(facts, session.asOf),
  consequences: evaluateConsequences(facts, session.asOf),
  returnOptions: evaluateReturnOptions(facts, session.asOf),
});

export const compose = (
  session: ConversationSession,
  over: Partial<FileNoteInput> = {},
): FileNote => composeFileNote({ caseRecord, session, template, ...engine(session), ...over });

export const section = (note: FileNote, id: string) => note.sections.find((s) => s.id === id);
export const lines = (note: FileNote, id: string) => section(note, id)?.lines;
