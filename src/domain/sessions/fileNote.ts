// The file note (Aktenvermerk): documents Art und Umfang of a conversation for the
// Ausländerakte — who took part, what was discussed and explained, what was agreed — as a
// language-neutral structure of keys and free text. Rendering (German for the file, English
// for reading along, PDF or print) happens outside the domain.
import type { CaseRecord } from '../cases/schema';
import type { ConsequenceAssessment } from '../consequences/types';
import { PATHWAY_STATUS_KEYS } from '../engine/evaluatePathways';
import { APPLICABILITY_KEYS, ELIGIBILITY_KEYS } from '../i18nKeys';
import type { ReturnOptionAssessment } from '../returnOptions/types';
import type { PathwayAssessment } from '../rules/types';
import type { ScriptTemplate } from '../script/types';
import { scriptVersionOf } from '../script/validate';
import { FILE_NOTE_KEYS as K } from './fileNoteKeys';
import type { FileNoteKeyLine, FileNoteLine, FileNoteSection } from './fileNoteLines';
import {
  actionLines,
  addendumLines,
  appointmentLines,
  checklistSections,
  finalisationLines,
  noteLines,
  noticeLines,
  orEmpty,
  participantLine,
  topicLines,
} from './fileNoteLines';
import { handedNoticesOf } from './notices';
import type { ConversationSession, SessionStatus } from './schema';
import { allItems } from '../script/visibility';

export type FileNoteMeta = { readonly labelKey: string; readonly value: string | FileNoteKeyLine };

export type FileNote = {
  readonly titleKey: string;
  readonly status: SessionStatus;
  /** Present on drafts only: the renderer must show it prominently ("Entwurf – …"). */
  readonly draftMarkerKey?: string;
  readonly meta: readonly FileNoteMeta[];
  readonly sections: readonly FileNoteSection[];
};

/** Checklists whose answers the file note records (the rest steer the conversation only). */
export const FILE_NOTE_CHECKLISTS = [
  'return-interest',
  'support-offers',
  'referral-consent',
  'representative',
  'handouts',
] as const;

const PERSPEKTIVGESPRAECH = 'perspektivgespraech';

export type FileNoteInput = {
  readonly caseRecord: CaseRecord;
  readonly session: ConversationSession;
  /** The template the session was recorded with (its scriptVersion must match). */
  readonly template: ScriptTemplate;
  /**
   * Engine results for session.asOf: evaluatePathways / evaluateConsequences /
   * evaluateReturnOptions. For a finalised session pass results computed from
   * session.finalisation.factsSnapshot, so the note shows what was discussed on the day.
   */
  readonly pathways: readonly PathwayAssessment[];
  readonly consequences: readonly ConsequenceAssessment[];
  readonly returnOptions: readonly ReturnOptionAssessment[];
};

function metaOf(caseRecord: CaseRecord, session: ConversationSession): FileNoteMeta[] {
  const { profile } = caseRecord;
  const meta: FileNoteMeta[] = [
    {
      labelKey: K.meta.person,
      value: profile.pseudonymised
        ? { key: K.value.pseudonym, params: { name: profile.displayName } }
        : profile.displayName,
    },
  ];
  if (profile.fileNumber !== undefined && profile.fileNumber.trim() !== '') {
    meta.push({ labelKey: K.meta.fileNumber, value: profile.fileNumber.trim() });
  }
  meta.push({
    labelKey: K.meta.date,
    value: { key: K.value.date, params: { date: session.asOf } },
  });
  const { startTime: start, endTime: end } = session;
  if (start !== undefined && end !== undefined) {
    meta.push({ labelKey: K.meta.time, value: { key: K.value.timeRange, params: { start, end } } });
  } else if (start !== undefined) {
    meta.push({ labelKey: K.meta.time, value: { key: K.value.timeFrom, params: { start } } });
  } else if (end !== undefined) {
    meta.push({ labelKey: K.meta.time, value: { key: K.value.timeUntil, params: { end } } });
  }
  if (session.place !== undefined && session.place.trim() !== '') {
    meta.push({ labelKey: K.meta.place, value: session.place.trim() });
  }
  return meta;
}

/** The file's wording of a pathway's status (the screen's texts also say what to do next). */
function pathwayStatusKey(p: PathwayAssessment): string {
  return p.statusKey === PATHWAY_STATUS_KEYS['not-in-force']
    ? K.pathwayStatus['not-in-force']
    : K.pathwayStatus[p.status];
}

const assessmentLine = (title: string, status: string): FileNoteLine => ({
  key: K.assessment,
  refs: { title, status },
});

export function composeFileNote(input: FileNoteInput): FileNote {
  const { caseRecord, session, template } = input;
  if (session.caseId !== caseRecord.id) {
    throw new RangeError(
      `Session ${session.id} belongs to case ${session.caseId}, not ${caseRecord.id}`,
    );
  }
  if (scriptVersionOf(template) !== session.scriptVersion) {
    throw new RangeError(
      `Session ${session.id} was recorded with ${session.scriptVersion}, not ${scriptVersionOf(template)}`,
    );
  }
  const section = (id: string, headingKey: string, lines: readonly FileNoteLine[]) => ({
    id,
    headingKey,
    lines,
  });
  // Sections of the templates that carry the engine's assessments. Templates without such a
  // topic (e.g. the early return counselling) keep every assessment, as before.
  const discussed = (
    topic: string,
    headingKey: string,
    lines: () => readonly FileNoteLine[],
  ): FileNoteSection[] => {
    const hasTopic = template.sections.some((s) => s.id === topic);
    if (hasTopic && !session.topicsCovered.includes(topic)) return [];
    return [
      section(
        topic === 'duties' ? 'consequences' : topic === 'return' ? 'return-options' : topic,
        headingKey,
        orEmpty(lines()),
      ),
    ];
  };
  const sections: FileNoteSection[] = [
    section('scope', K.section.scope, [
      { key: K.scope.type, refs: { type: template.titleKey } },
      { key: K.scope.scriptVersion, params: { version: session.scriptVersion } },
      { key: K.scope.rulesetVersion, params: { version: session.rulesetVersion } },
    ]),
    section(
      'participants',
      K.section.participants,
      orEmpty(session.participants.map(participantLine)),
    ),
    section('topics', K.section.topics, orEmpty(topicLines(template, session.topicsCovered))),
    // Only what was discussed: a topic the counsellor did not tick "besprochen" leaves its
    // assessment out of the file (the engine's result was on screen, not said).
    ...discussed('pathways', K.section.pathways, () =>
      input.pathways.map((p) => assessmentLine(p.titleKey, pathwayStatusKey(p))),
    ),
    ...discussed('duties', K.section.consequences, () =>
      input.consequences.map((c) =>
        assessmentLine(c.titleKey, APPLICABILITY_KEYS[c.applicability]),
      ),
    ),
    ...discussed('return', K.section.returnOptions, () =>
      input.returnOptions.map((o) => assessmentLine(o.titleKey, ELIGIBILITY_KEYS[o.eligibility])),
    ),
    ...(handedNoticesOf(session.answers).length > 0 ||
    allItems(template).some((v) => v.item.kind === 'notices')
      ? [section('notices', K.section.notices, orEmpty(noticeLines(session.answers)))]
      : []),
    ...checklistSections(template, session.answers, FILE_NOTE_CHECKLISTS),
    section('actions', K.section.actions, orEmpty(actionLines(template, session.answers))),
    section('next-appointment', K.section.nextAppointment, appointmentLines(session)),
    section('notes', K.section.notes, orEmpty(noteLines(template, session.answers))),
    section('finalisation', K.section.finalisation, finalisationLines(session)),
  ];
  if (session.addenda.length > 0) {
    sections.push(section('addenda', K.section.addenda, addendumLines(session)));
  }
  const finalised = session.status === 'finalised';
  return {
    titleKey: template.id === PERSPEKTIVGESPRAECH ? K.title : K.titleGeneric,
    status: finalised ? 'finalised' : 'draft',
    ...(finalised ? {} : { draftMarkerKey: K.draft }),
    meta: metaOf(caseRecord, session),
    sections,
  };
}
