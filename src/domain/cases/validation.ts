// Validation codes of case and session records. Like facts/validation.ts they double as
// i18n keys (locales/<lang>/record.json → record.validation), so a form resolver can show
// them with t() and tests can assert on them. Shared by cases/ and sessions/.
export const RECORD_VALIDATION = {
  displayName: 'record.validation.display-name',
  fileNumber: 'record.validation.file-number',
  invalid: 'record.validation.invalid',
  id: 'record.validation.id',
  duplicateId: 'record.validation.duplicate-id',
  // Plausibility of facts across fields (see plausibility.ts).
  birthDateFuture: 'record.validation.birth-date-future',
  birthDateTooOld: 'record.validation.birth-date-too-old',
  birthDateAfterCreated: 'record.validation.birth-date-after-created',
  entryDateFuture: 'record.validation.entry-date-future',
  entryBeforeBirth: 'record.validation.entry-before-birth',
  identityDateFuture: 'record.validation.identity-date-future',
  identityBeforeBirth: 'record.validation.identity-before-birth',
  asylumDateFuture: 'record.validation.asylum-date-future',
  asylumBeforeEntry: 'record.validation.asylum-before-entry',
  trainingBeforeBirth: 'record.validation.training-before-birth',
  statusPeriodFuture: 'record.validation.status-period-future',
  statusPeriodBeforeBirth: 'record.validation.status-period-before-birth',
  applicationFiledFuture: 'record.validation.application-filed-future',
  doneFuture: 'record.validation.done-future',
  // Sessions.
  name: 'record.validation.name',
  organisation: 'record.validation.organisation',
  interpreterLanguage: 'record.validation.interpreter-language',
  place: 'record.validation.place',
  time: 'record.validation.time',
  endBeforeStart: 'record.validation.end-before-start',
  conversationFuture: 'record.validation.conversation-future',
  appointmentBeforeConversation: 'record.validation.appointment-before-conversation',
  datetime: 'record.validation.datetime',
  author: 'record.validation.author',
  finalisedBy: 'record.validation.finalised-by',
  addendumText: 'record.validation.addendum-text',
  addendumBeforeFinalisation: 'record.validation.addendum-before-finalisation',
  actionText: 'record.validation.action-text',
  banMonths: 'record.validation.ban-months',
  answer: 'record.validation.answer',
  contentHash: 'record.validation.content-hash',
} as const;

export type RecordValidationCode = (typeof RECORD_VALIDATION)[keyof typeof RECORD_VALIDATION];

/** A validation problem of a record: dotted field path (e.g. `participants.1.language`) and code. */
export type RecordIssue = { readonly path: string; readonly code: string };
