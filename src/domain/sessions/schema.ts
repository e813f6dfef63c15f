// A documented conversation (session) with a person. While 'draft' the counsellor edits it
// freely; 'finalised' freezes it with a content hash, and corrections are then only possible
// as addenda (Nachträge), so the file note stays what was agreed on the day.
import { z } from 'zod';
import { RECORD_VALIDATION } from '../cases/validation';
import type { IsoDate } from '../dates';
import { isBefore, isIsoDate } from '../dates';
import { IsoDateSchema, LanguageSchema } from '../facts/schema';
import type { CaseFacts } from '../facts/schema';
import { VALIDATION } from '../facts/validation';
import type { ScriptAnswers } from '../script/types';
import { HandedNoticesSchema } from './notices';

const IdSchema = z
  .string({ error: RECORD_VALIDATION.id })
  .min(1, { error: RECORD_VALIDATION.id })
  .max(200, { error: RECORD_VALIDATION.id });

/** Optional free text; an empty string counts as "not given". */
const optionalText = (max: number, code: string) =>
  z.string({ error: code }).trim().max(max, { error: code }).optional();

/** Wall-clock time `HH:MM`, 00:00–23:59. */
export const TimeSchema = z
  .string({ error: RECORD_VALIDATION.time })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: RECORD_VALIDATION.time });

/**
 * Date and time with seconds and a zone (`2026-11-20T14:05:00+01:00` or `…Z`). Write it with
 * the device's local offset: the file note shows the wall-clock time as written.
 */
export const IsoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: RECORD_VALIDATION.datetime,
});

export const participantRoleValues = [
  'client',
  'counsellor',
  'interpreter',
  'representative',
  'supporter',
  'family',
] as const;
export const ParticipantRole = z.enum(participantRoleValues, { error: VALIDATION.option });
export type ParticipantRole = z.infer<typeof ParticipantRole>;

export const ParticipantSchema = z
  .strictObject({
    id: IdSchema,
    role: ParticipantRole,
    name: optionalText(120, RECORD_VALIDATION.name),
    /** For interpreters the language interpreted into; for others a spoken language. */
    language: LanguageSchema.optional(),
    organisation: optionalText(120, RECORD_VALIDATION.organisation),
  })
  // Art und Umfang of an interpreted conversation includes the language; without it the
  // authority cannot tell whether the person understood.
  .refine((p) => p.role !== 'interpreter' || p.language !== undefined, {
    error: RECORD_VALIDATION.interpreterLanguage,
    path: ['language'],
  });
export type Participant = z.infer<typeof ParticipantSchema>;

export const NextAppointmentSchema = z.strictObject({
  date: IsoDateSchema,
  time: TimeSchema.optional(),
  place: optionalText(200, RECORD_VALIDATION.place),
});
export type NextAppointment = z.infer<typeof NextAppointmentSchema>;

export const AddendumSchema = z.strictObject({
  id: IdSchema,
  writtenAt: IsoDateTimeSchema,
  author: z
    .string({ error: RECORD_VALIDATION.author })
    .trim()
    .min(1, { error: RECORD_VALIDATION.author })
    .max(120, { error: RECORD_VALIDATION.author }),
  text: z
    .string({ error: RECORD_VALIDATION.addendumText })
    .trim()
    .min(1, { error: RECORD_VALIDATION.addendumText })
    .max(5000, { error: RECORD_VALIDATION.addendumText }),
});
export type Addendum = z.infer<typeof AddendumSchema>;

/** Mirrors AgreedAction (script/types.ts); an action needs a suggestion key or a text. */
export const AgreedActionSchema = z
  .strictObject({
    id: IdSchema,
    actionKey: z.string({ error: RECORD_VALIDATION.invalid }).min(1).optional(),
    text: optionalText(1000, RECORD_VALIDATION.actionText),
    responsible: z.enum(['client', 'authority', 'counsellor', 'representative'], {
      error: VALIDATION.option,
    }),
    dueDate: IsoDateSchema.optional(),
    done: z.boolean({ error: RECORD_VALIDATION.invalid }).optional(),
  })
  .refine((a) => a.actionKey !== undefined || (a.text ?? '') !== '', {
    error: RECORD_VALIDATION.actionText,
    path: ['text'],
  });

export const AnswerValueSchema = z.union(
  [z.string(), z.array(z.string()), z.array(AgreedActionSchema), HandedNoticesSchema],
  { error: RECORD_VALIDATION.answer },
);

export const ScriptAnswersSchema = z.record(z.string(), AnswerValueSchema.optional());

/** The fields a counsellor edits while the session is a draft. */
export const EDITABLE_SESSION_FIELDS = [
  'asOf',
  'place',
  'startTime',
  'endTime',
  'participants',
  'answers',
  'topicsCovered',
  'currentStepId',
  'nextAppointment',
] as const;
export type EditableSessionField = (typeof EDITABLE_SESSION_FIELDS)[number];

export const SessionDraftSchema = z
  .strictObject({
    /** Date of the conversation; every engine evaluation for this session uses it. */
    asOf: IsoDateSchema,
    place: optionalText(200, RECORD_VALIDATION.place),
    startTime: TimeSchema.optional(),
    endTime: TimeSchema.optional(),
    participants: z.array(ParticipantSchema),
    answers: ScriptAnswersSchema,
    topicsCovered: z.array(z.string({ error: RECORD_VALIDATION.invalid })),
    currentStepId: z.string({ error: RECORD_VALIDATION.invalid }).optional(),
    nextAppointment: NextAppointmentSchema.optional(),
  })
  .superRefine((draft, ctx) => {
    // Each check only compares values that are valid on their own; invalid ones already
    // carry their own issue.
    const { startTime, endTime, nextAppointment } = draft;
    const valid = (t: string | undefined): t is string => TimeSchema.safeParse(t).success;
    if (valid(startTime) && valid(endTime) && endTime < startTime) {
      ctx.addIssue({
        code: 'custom',
        message: RECORD_VALIDATION.endBeforeStart,
        path: ['endTime'],
      });
    }
    if (
      nextAppointment &&
      isIsoDate(nextAppointment.date) &&
      isIsoDate(draft.asOf) &&
      isBefore(nextAppointment.date, draft.asOf)
    ) {
      ctx.addIssue({
        code: 'custom',
        message: RECORD_VALIDATION.appointmentBeforeConversation,
        path: ['nextAppointment', 'date'],
      });
    }
    const ids = draft.participants.map((p) => p.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) {
        ctx.addIssue({
          code: 'custom',
          message: RECORD_VALIDATION.duplicateId,
          path: ['participants', index, 'id'],
        });
      }
    });
  });

export type SessionStatus = 'draft' | 'finalised';

export type Finalisation = {
  /** ISO datetime with offset, see IsoDateTimeSchema. */
  readonly finalisedAt: string;
  /** Name of the counsellor who finalised the session. */
  readonly finalisedBy: string;
  /** Lowercase hex SHA-256 of canonicalJson(finalisationPayload(...)), computed by storage. */
  readonly contentHash: string;
  /** The facts as they were at finalisation; the case's facts keep changing afterwards. */
  readonly factsSnapshot: CaseFacts;
};

export type ConversationSession = {
  readonly id: string;
  readonly caseId: string;
  /** `<template id>@<version>`, e.g. 'perspektivgespraech@2026-11-1' (scriptVersionOf). */
  readonly scriptVersion: string;
  /** RULESET_VERSION of the rules the assessments were shown with. */
  readonly rulesetVersion: string;
  /** Date of the conversation; every engine evaluation for this session uses it. */
  readonly asOf: IsoDate;
  readonly place?: string;
  readonly startTime?: string;
  readonly endTime?: string;
  readonly participants: readonly Participant[];
  readonly answers: ScriptAnswers;
  /** Section ids the counsellor marked as discussed. */
  readonly topicsCovered: readonly string[];
  /** Where the counsellor left off (navigation only; not part of the content hash). */
  readonly currentStepId?: string;
  readonly nextAppointment?: NextAppointment;
  readonly status: SessionStatus;
  readonly finalisation?: Finalisation;
  readonly addenda: readonly Addendum[];
};

/** The editable part of a session, as changed by applyDraftChange. */
export type SessionDraftChange = Partial<Pick<ConversationSession, EditableSessionField>>;

export const ContentHashSchema = z
  .string({ error: RECORD_VALIDATION.contentHash })
  .regex(/^[0-9a-f]{64}$/, { error: RECORD_VALIDATION.contentHash });
