// A case: the person counselled (profile) plus what is known about their situation (facts).
// Conversations are separate records (sessions/) that point to the case by id.
import { z } from 'zod';
import { IsoDateSchema } from '../facts/schema';
import type { CaseFacts } from '../facts/schema';
import { RECORD_VALIDATION } from './validation';
import { RepresentativeNoticesSchema, RepresentativesSchema } from './representative';
import { ActionCompletionsSchema } from './actionCompletion';
import { CaseLifecycleSchema } from './closing';

export const genderValues = ['female', 'male', 'diverse', 'not-stated'] as const;
export type Gender = (typeof genderValues)[number];

export const CaseProfileSchema = z.strictObject({
  /**
   * The real name, or in pseudonymised mode a pseudonym chosen by the counsellor. Either way
   * it is what the counsellor searches for and what the file note shows.
   */
  displayName: z
    .string({ error: RECORD_VALIDATION.displayName })
    .trim()
    .min(1, { error: RECORD_VALIDATION.displayName })
    .max(120, { error: RECORD_VALIDATION.displayName }),
  /** True if displayName is a pseudonym (the file note says so, so nobody takes it for a name). */
  pseudonymised: z.boolean({ error: RECORD_VALIDATION.invalid }),
  /** Aktenzeichen of the Ausländerbehörde, if known. An empty string counts as none. */
  fileNumber: z
    .string({ error: RECORD_VALIDATION.fileNumber })
    .trim()
    .max(60, { error: RECORD_VALIDATION.fileNumber })
    .optional(),
  createdOn: IsoDateSchema,
  /** Authorised representatives, informed of relevant steps (follow-up list). */
  representatives: RepresentativesSchema.optional(),
  /** Which representatives were informed of which conversations and steps (follow-ups). */
  representativeNotices: RepresentativeNoticesSchema.optional(),
  /** Agreed steps marked done, with the day (finalised conversations cannot be changed). */
  actionCompletions: ActionCompletionsSchema.optional(),
  /**
   * Self-described gender, for anonymised statistics only (never printed on a document for
   * the client or the authority). Optional: not asking is always fine.
   */
  gender: z.enum(genderValues, { error: RECORD_VALIDATION.invalid }).optional(),
  /**
   * Closings with their outcome and reopenings, oldest first, append-only (closing.ts). The
   * case is closed while the latest entry is a closing; absent or empty: open.
   */
  lifecycle: CaseLifecycleSchema.optional(),
});
export type CaseProfile = z.infer<typeof CaseProfileSchema>;

export type CaseRecord = {
  readonly id: string;
  readonly profile: CaseProfile;
  readonly facts: CaseFacts;
};
