// Written notices handed out in a conversation (Ausreiseinformationsschreiben and
// Belehrungen). The Kreis Unna concept hands them out in every conversation with a person
// obliged to leave; the file must show which notice was handed out, on which day and in
// which language, and the client's summary lists them again in the client's language.
// Kind ids are stored in documented sessions: values are only ever added, never renamed.
import { z } from 'zod';
import { RECORD_VALIDATION } from '../cases/validation';
import { IsoDateSchema, LanguageSchema } from '../facts/schema';
import { VALIDATION } from '../facts/validation';

export const noticeKindValues = [
  /** Departure deadline and the threat of deportation (§ 59 AufenthG). */
  'departure-deadline',
  /** Duties to cooperate (§ 82 Abs. 3, § 60b AufenthG). */
  'duties-to-cooperate',
  /** Duty to hold and to obtain a passport (§ 48 Abs. 3, § 60b Abs. 2–3 AufenthG). */
  'passport-duties',
  /** Prior written notice of the benefit cut under § 1a AsylbLG, with its deadline. */
  'asylblg-1a',
  /** The entry and residence ban (§ 11 AufenthG) and its length. */
  'entry-ban',
  /** Duties of a person obliged to leave until departure (§ 50 AufenthG). */
  'departure-duties',
  /** How to prove the departure (Grenzübertrittsbescheinigung). */
  'proof-of-departure',
  /** The organisation's own Ausreiseinformationsschreiben. */
  'departure-information-letter',
] as const;
export const NoticeKind = z.enum(noticeKindValues, { error: VALIDATION.option });
export type NoticeKind = z.infer<typeof NoticeKind>;

type NoticeInfo = {
  /** The § reference shown beside the notice in the file note and the summary. */
  readonly legalRef: string;
  /** The notice sets a deadline the file must record (departure, § 1a AsylbLG). */
  readonly deadline: boolean;
  /** The notice states the length of a ban (§ 11). */
  readonly banLength: boolean;
};

export const NOTICE_INFO: Readonly<Record<NoticeKind, NoticeInfo>> = {
  'departure-deadline': { legalRef: '§ 59 AufenthG', deadline: true, banLength: false },
  'duties-to-cooperate': {
    legalRef: '§ 82 Abs. 3 AufenthG; § 60b AufenthG',
    deadline: false,
    banLength: false,
  },
  'passport-duties': {
    legalRef: '§ 48 Abs. 3 AufenthG; § 60b Abs. 2–3 AufenthG',
    deadline: false,
    banLength: false,
  },
  'asylblg-1a': { legalRef: '§ 1a AsylbLG', deadline: true, banLength: false },
  'entry-ban': { legalRef: '§ 11 AufenthG', deadline: false, banLength: true },
  'departure-duties': { legalRef: '§ 50 AufenthG', deadline: false, banLength: false },
  'proof-of-departure': { legalRef: '§ 50 AufenthG', deadline: false, banLength: false },
  'departure-information-letter': { legalRef: '', deadline: false, banLength: false },
};

/** A bound against typing errors, not a legal maximum (the longest bans in § 11 run 20 years). */
export const MAX_BAN_MONTHS = 240;

export const HandedNoticeSchema = z
  .strictObject({
    kind: NoticeKind,
    handedOutOn: IsoDateSchema,
    /** Language of the copy the person received (`de` when only the German text). */
    language: LanguageSchema,
    /** The deadline the notice sets (departure deadline, § 1a AsylbLG). */
    deadline: IsoDateSchema.optional(),
    /** Length of the entry ban in months, as the notice states it. */
    banMonths: z
      .number({ error: RECORD_VALIDATION.banMonths })
      .int({ error: RECORD_VALIDATION.banMonths })
      .min(1, { error: RECORD_VALIDATION.banMonths })
      .max(MAX_BAN_MONTHS, { error: RECORD_VALIDATION.banMonths })
      .optional(),
  })
  .refine((n) => n.deadline === undefined || NOTICE_INFO[n.kind].deadline, {
    error: RECORD_VALIDATION.invalid,
    path: ['deadline'],
  })
  .refine((n) => n.banMonths === undefined || NOTICE_INFO[n.kind].banLength, {
    error: RECORD_VALIDATION.invalid,
    path: ['banMonths'],
  });
export type HandedNotice = z.infer<typeof HandedNoticeSchema>;

/** The answer of a notices item: each kind at most once. */
export const HandedNoticesSchema = z
  .array(HandedNoticeSchema)
  .max(noticeKindValues.length)
  .superRefine((notices, ctx) => {
    notices.forEach((n, index) => {
      if (notices.findIndex((m) => m.kind === n.kind) !== index) {
        ctx.addIssue({
          code: 'custom',
          message: RECORD_VALIDATION.duplicateId,
          path: [index, 'kind'],
        });
      }
    });
  });

/** True for an answer value that is a list of handed-out notices (not actions or ids). */
export function isHandedNotice(value: unknown): value is HandedNotice {
  return HandedNoticeSchema.safeParse(value).success;
}

/** The handed-out notices recorded in a session's answers, in catalogue order. */
export function handedNoticesOf(
  answers: Readonly<Record<string, unknown>>,
): readonly HandedNotice[] {
  const all = Object.keys(answers)
    .sort()
    .flatMap((key) => {
      const value = answers[key];
      return Array.isArray(value) ? value.filter(isHandedNotice) : [];
    });
  const order = (n: HandedNotice) => noticeKindValues.indexOf(n.kind);
  return all
    .filter((n, i) => all.findIndex((m) => m.kind === n.kind) === i)
    .sort((a, b) => order(a) - order(b));
}
