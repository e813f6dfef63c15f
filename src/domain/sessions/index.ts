export {
  AddendumSchema,
  AgreedActionSchema,
  AnswerValueSchema,
  ContentHashSchema,
  EDITABLE_SESSION_FIELDS,
  IsoDateTimeSchema,
  NextAppointmentSchema,
  ParticipantRole,
  participantRoleValues,
  ParticipantSchema,
  ScriptAnswersSchema,
  SessionDraftSchema,
  TimeSchema,
} from './schema';
export type {
  Addendum,
  ConversationSession,
  EditableSessionField,
  Finalisation,
  NextAppointment,
  Participant,
  SessionDraftChange,
  SessionStatus,
} from './schema';
export { SESSION_ERRORS, SessionLockedError, SessionValidationError } from './errors';
export type { SessionLockCode } from './errors';
export {
  appendAddendum,
  applyDraftChange,
  clientLanguageOf,
  latestClientLanguage,
  withClientLanguage,
  draftPart,
  finaliseSession,
  newSessionDraft,
  validateSessionDraft,
} from './lifecycle';
export type { FinaliseInput, NewSessionInput } from './lifecycle';
export { FINALISATION_PAYLOAD_FORMAT, finalisationPayload } from './payload';
export type { FinalisationPayload, Signing } from './payload';
export {
  agreedActionsOf,
  collectFollowUps,
  INFORM_REPRESENTATIVE_WITHIN_DAYS,
  representativeReminders,
  urgencyOf,
} from './followUps';
export type { FollowUp, FollowUpUrgency } from './followUps';
export { composeFileNote, FILE_NOTE_CHECKLISTS } from './fileNote';
export type { FileNote, FileNoteInput, FileNoteMeta } from './fileNote';
export type {
  FileNoteKeyLine,
  FileNoteLine,
  FileNoteParams,
  FileNoteSection,
  FileNoteTextLine,
} from './fileNoteLines';
export { FILE_NOTE_KEYS, recordI18nKeys } from './fileNoteKeys';
export { factsOfTheDay, sessionAssessments } from './assessments';
export type { SessionAssessments } from './assessments';
export {
  HandedNoticeSchema,
  HandedNoticesSchema,
  handedNoticesOf,
  isHandedNotice,
  MAX_BAN_MONTHS,
  NOTICE_INFO,
  NoticeKind,
  noticeKindValues,
} from './notices';
export type { HandedNotice } from './notices';
