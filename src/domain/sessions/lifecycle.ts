// The session lifecycle as pure functions: create a draft, edit it, finalise it, add
// addenda. The rules that keep the documentation trustworthy live here, not in the UI:
// finalised content never changes, and addenda are only appended.
import type { RecordIssue } from '../cases/validation';
import { RECORD_VALIDATION } from '../cases/validation';
import type { IsoDate } from '../dates';
import { isAfter, isIsoDate } from '../dates';
import { assertAsOf } from '../engine/common';
import type { CaseFacts } from '../facts/schema';
import { CaseFactsSchema } from '../facts/schema';
import type { ScriptTemplate } from '../script/types';
import { scriptVersionOf } from '../script/validate';
import { SESSION_ERRORS, SessionLockedError, SessionValidationError } from './errors';
import type {
  Addendum,
  ConversationSession,
  EditableSessionField,
  Participant,
  SessionDraftChange,
} from './schema';
import {
  AddendumSchema,
  ContentHashSchema,
  EDITABLE_SESSION_FIELDS,
  IsoDateTimeSchema,
  SessionDraftSchema,
} from './schema';

type ZodIssueLike = { readonly path: readonly PropertyKey[]; readonly message: string };

const toIssues = (issues: readonly ZodIssueLike[], prefix = ''): RecordIssue[] =>
  issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'),
    code: i.message,
  }));

/** Optional editable fields: `undefined` in a change clears them. */
const OPTIONAL_FIELDS: readonly EditableSessionField[] = [
  'place',
  'startTime',
  'endTime',
  'currentStepId',
  'nextAppointment',
];

export type NewSessionInput = {
  readonly id: string;
  readonly caseId: string;
  readonly template: ScriptTemplate;
  readonly rulesetVersion: string;
  readonly asOf: IsoDate;
  readonly counsellorName?: string;
  readonly place?: string;
  /** Participant ids; default `${id}-p1` (client) and `${id}-p2` (counsellor). */
  readonly participantIds?: { readonly client?: string; readonly counsellor?: string };
};

export function newSessionDraft(input: NewSessionInput): ConversationSession {
  assertAsOf(input.asOf);
  const counsellorName = input.counsellorName?.trim() ?? '';
  const place = input.place?.trim() ?? '';
  const participants: Participant[] = [
    { id: input.participantIds?.client ?? `${input.id}-p1`, role: 'client' },
  ];
  if (counsellorName !== '') {
    participants.push({
      id: input.participantIds?.counsellor ?? `${input.id}-p2`,
      role: 'counsellor',
      name: counsellorName,
    });
  }
  return {
    id: input.id,
    caseId: input.caseId,
    scriptVersion: scriptVersionOf(input.template),
    rulesetVersion: input.rulesetVersion,
    asOf: input.asOf,
    ...(place !== '' ? { place } : {}),
    participants,
    answers: {},
    topicsCovered: [],
    status: 'draft',
    addenda: [],
  };
}

/**
 * Applies an edit to a draft. Only editable fields are taken (id, status, finalisation and
 * addenda cannot be smuggled in); `undefined` clears an optional field. Not validated: a
 * draft may be inconsistent while the counsellor types (check with validateSessionDraft).
 */
export function applyDraftChange(
  session: ConversationSession,
  change: SessionDraftChange,
): ConversationSession {
  if (session.status === 'finalised') {
    throw new SessionLockedError(SESSION_ERRORS.finalised, session.id);
  }
  const cleared = new Set<string>();
  const next: Record<string, unknown> = { ...session };
  for (const field of EDITABLE_SESSION_FIELDS) {
    if (!Object.hasOwn(change, field)) continue;
    const value = change[field];
    if (value !== undefined) next[field] = value;
    else if (OPTIONAL_FIELDS.includes(field)) cleared.add(field);
  }
  return Object.fromEntries(
    Object.entries(next).filter(([key]) => !cleared.has(key)),
  ) as ConversationSession;
}

/** The editable part of a session, as validated by SessionDraftSchema. */
export function draftPart(session: ConversationSession): Record<string, unknown> {
  const part: Record<string, unknown> = {};
  for (const field of EDITABLE_SESSION_FIELDS) {
    if (session[field] !== undefined) part[field] = session[field];
  }
  return part;
}

/**
 * Problems of the editable part. `today` is the device's date: a conversation cannot be
 * documented before it took place.
 */
export function validateSessionDraft(session: ConversationSession, today: IsoDate): RecordIssue[] {
  assertAsOf(today);
  const result = SessionDraftSchema.safeParse(draftPart(session));
  const issues = result.success ? [] : toIssues(result.error.issues);
  if (isIsoDate(session.asOf) && isAfter(session.asOf, today)) {
    issues.push({ path: 'asOf', code: RECORD_VALIDATION.conversationFuture });
  }
  return issues;
}

export type FinaliseInput = {
  /** ISO datetime with offset (see IsoDateTimeSchema). */
  readonly finalisedAt: string;
  readonly finalisedBy: string;
  /** Hex SHA-256 of canonicalJson(finalisationPayload(session, caseRecord, {finalisedAt, finalisedBy})). */
  readonly contentHash: string;
  /** The case facts the hash was computed over (kept as the session's snapshot). */
  readonly facts: CaseFacts;
};

/**
 * Freezes a draft. The draft must be valid (a finalised record can never be corrected, only
 * amended); the conversation date may not lie after the finalisation date. The hash is not
 * recomputed here: SHA-256 via WebCrypto is async, so storage computes it over
 * finalisationPayload() and passes it in.
 */
export function finaliseSession(
  session: ConversationSession,
  input: FinaliseInput,
): ConversationSession {
  if (session.status === 'finalised') {
    throw new SessionLockedError(SESSION_ERRORS.finalised, session.id);
  }
  const issues: RecordIssue[] = [];
  const at = IsoDateTimeSchema.safeParse(input.finalisedAt);
  if (!at.success) issues.push({ path: 'finalisedAt', code: RECORD_VALIDATION.datetime });
  const by = input.finalisedBy.trim();
  if (by === '' || by.length > 120) {
    issues.push({ path: 'finalisedBy', code: RECORD_VALIDATION.finalisedBy });
  }
  const hash = ContentHashSchema.safeParse(input.contentHash);
  if (!hash.success) issues.push({ path: 'contentHash', code: RECORD_VALIDATION.contentHash });
  const facts = CaseFactsSchema.safeParse(input.facts);
  if (!facts.success) issues.push(...toIssues(facts.error.issues, 'facts'));
  issues.push(...validateSessionDraft(session, at.success ? at.data.slice(0, 10) : '9999-12-31'));
  if (issues.length > 0) throw new SessionValidationError(issues);
  return {
    ...session,
    status: 'finalised',
    finalisation: {
      finalisedAt: input.finalisedAt,
      finalisedBy: by,
      contentHash: input.contentHash,
      factsSnapshot: input.facts,
    },
  };
}

/**
 * Appends an addendum to a finalised session; nothing else changes. The addendum cannot
 * predate the finalisation (it amends what was finalised).
 */
export function appendAddendum(
  session: ConversationSession,
  addendum: Addendum,
): ConversationSession {
  if (session.status !== 'finalised' || !session.finalisation) {
    throw new SessionLockedError(SESSION_ERRORS.notFinalised, session.id);
  }
  const parsed = AddendumSchema.safeParse(addendum);
  if (!parsed.success) throw new SessionValidationError(toIssues(parsed.error.issues));
  const issues: RecordIssue[] = [];
  if (Date.parse(parsed.data.writtenAt) < Date.parse(session.finalisation.finalisedAt)) {
    issues.push({ path: 'writtenAt', code: RECORD_VALIDATION.addendumBeforeFinalisation });
  }
  if (session.addenda.some((a) => a.id === parsed.data.id)) {
    issues.push({ path: 'id', code: RECORD_VALIDATION.duplicateId });
  }
  if (issues.length > 0) throw new SessionValidationError(issues);
  return { ...session, addenda: [...session.addenda, parsed.data] };
}

/** The language recorded for the person counselled (participant "client"), if any. */
export function clientLanguageOf(session: {
  readonly participants: readonly Participant[];
}): string | undefined {
  return session.participants.find((p) => p.role === 'client')?.language;
}

/**
 * The participants with the client's language set (the client participant is added when
 * missing): the one place the conversation keeps the client's language, so the client view,
 * the summary and the consent copy all start from it and it survives a reload.
 */
export function withClientLanguage(
  participants: readonly Participant[],
  language: string,
  newId: () => string,
): Participant[] {
  if (!participants.some((p) => p.role === 'client')) {
    return [{ id: newId(), role: 'client', language }, ...participants];
  }
  return participants.map((p) => (p.role === 'client' ? { ...p, language } : p));
}

/** The client's language of the latest conversation of a case (newest first by date). */
export function latestClientLanguage(
  sessions: readonly { readonly asOf: string; readonly participants: readonly Participant[] }[],
): string | undefined {
  return [...sessions]
    .sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0))
    .map(clientLanguageOf)
    .find((l) => l !== undefined);
}
