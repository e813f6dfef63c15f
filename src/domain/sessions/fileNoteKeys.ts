// The i18n keys of the file note (locales/<lang>/record.json → record.fileNote). Kept in
// one place so a test can prove that every key the composer can emit has a text.
import { RECORD_VALIDATION } from '../cases/validation';
import type { ResponsibleParty } from '../script/types';
import { SESSION_ERRORS } from './errors';
import type { NoticeKind } from './notices';
import { noticeKindValues } from './notices';
import type { ParticipantRole } from './schema';
import { participantRoleValues } from './schema';

const P = 'record.fileNote';

export const FILE_NOTE_KEYS = {
  title: `${P}.title`,
  titleGeneric: `${P}.title-generic`,
  draft: `${P}.draft`,
  empty: `${P}.empty`,
  meta: {
    person: `${P}.meta.person`,
    fileNumber: `${P}.meta.file-number`,
    date: `${P}.meta.date`,
    time: `${P}.meta.time`,
    place: `${P}.meta.place`,
  },
  value: {
    pseudonym: `${P}.value.pseudonym`,
    date: `${P}.value.date`,
    timeRange: `${P}.value.time-range`,
    timeFrom: `${P}.value.time-from`,
    timeUntil: `${P}.value.time-until`,
  },
  section: {
    scope: `${P}.section.scope`,
    participants: `${P}.section.participants`,
    topics: `${P}.section.topics`,
    pathways: `${P}.section.pathways`,
    consequences: `${P}.section.consequences`,
    returnOptions: `${P}.section.return-options`,
    notices: `${P}.section.notices`,
    actions: `${P}.section.actions`,
    nextAppointment: `${P}.section.next-appointment`,
    notes: `${P}.section.notes`,
    finalisation: `${P}.section.finalisation`,
    addenda: `${P}.section.addenda`,
  },
  scope: {
    type: `${P}.scope.type`,
    scriptVersion: `${P}.scope.script-version`,
    rulesetVersion: `${P}.scope.ruleset-version`,
  },
  participant: {
    role: `${P}.participant.role`,
    roleLanguage: `${P}.participant.role-language`,
    line: `${P}.participant.line`,
    lineLanguage: `${P}.participant.line-language`,
  },
  /** "{{title}}: {{status}}" for pathways, consequences and return options. */
  assessment: `${P}.assessment`,
  /** A pathway's status as the file records it (no screen instructions such as "ask …"). */
  pathwayStatus: {
    likely: `${P}.pathway-status.likely`,
    possible: `${P}.pathway-status.possible`,
    'not-met': `${P}.pathway-status.not-met`,
    unknown: `${P}.pathway-status.unknown`,
    expired: `${P}.pathway-status.expired`,
    'not-in-force': `${P}.pathway-status.not-in-force`,
  },
  action: {
    withDate: `${P}.action.with-date`,
    withoutDate: `${P}.action.without-date`,
    unspecified: `${P}.action.unspecified`,
    done: `${P}.action.done`,
  },
  appointment: {
    date: `${P}.appointment.date`,
    dateTime: `${P}.appointment.date-time`,
    place: `${P}.appointment.place`,
    none: `${P}.appointment.none`,
  },
  notice: {
    line: `${P}.notice.line`,
    lineWithRef: `${P}.notice.line-with-ref`,
    deadline: `${P}.notice.deadline`,
    ban: `${P}.notice.ban`,
  },
  note: `${P}.note`,
  finalised: `${P}.finalised`,
  addendum: `${P}.addendum`,
} as const;

export const roleKey = (role: ParticipantRole): string => `${P}.role.${role}`;
/** The German name of a notice kind (also the counsellor's label in the conversation). */
export const noticeKey = (kind: NoticeKind): string => `record.notice.${kind}`;
export const responsibleKey = (party: ResponsibleParty): string => `${P}.responsible.${party}`;

const RESPONSIBLE_PARTIES: readonly ResponsibleParty[] = [
  'client',
  'authority',
  'counsellor',
  'representative',
];

function leaves(node: unknown): string[] {
  return typeof node === 'string' ? [node] : Object.values(node as object).flatMap(leaves);
}

/** Every record.* key the domain can emit: validation codes, errors and file-note texts. */
export function recordI18nKeys(): string[] {
  return [
    ...new Set([
      ...Object.values(RECORD_VALIDATION),
      ...Object.values(SESSION_ERRORS),
      ...leaves(FILE_NOTE_KEYS),
      ...participantRoleValues.map(roleKey),
      ...RESPONSIBLE_PARTIES.map(responsibleKey),
      ...noticeKindValues.map(noticeKey),
    ]),
  ];
}
