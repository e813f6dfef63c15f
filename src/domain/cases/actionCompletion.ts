// When an agreed step was done. A finalised conversation is frozen (its content hash covers
// the agreed actions), so completions are recorded on the case profile instead — like the
// notices to representatives — with the day the step was done. The follow-up list leaves
// completed steps out; the day lets statistics tell whether a step was done on time.
import { z } from 'zod';
import { IsoDateSchema } from '../facts/schema';
import { RECORD_VALIDATION } from './validation';

const Id = z
  .string({ error: RECORD_VALIDATION.id })
  .min(1, { error: RECORD_VALIDATION.id })
  .max(200, { error: RECORD_VALIDATION.id });

export const ActionCompletionSchema = z.strictObject({
  sessionId: Id,
  actionId: Id,
  /** The day the step was done (not the day it was recorded). */
  doneOn: IsoDateSchema,
});
export type ActionCompletion = z.infer<typeof ActionCompletionSchema>;

/** At most one completion per step; a bound well above any real case. */
export const ActionCompletionsSchema = z
  .array(ActionCompletionSchema)
  .max(2000, { error: RECORD_VALIDATION.invalid })
  .refine(
    (list) => new Set(list.map((c) => `${c.sessionId}\u0000${c.actionId}`)).size === list.length,
    { error: RECORD_VALIDATION.duplicateId },
  );

export function completionOf(
  completions: readonly ActionCompletion[] | undefined,
  sessionId: string,
  actionId: string,
): ActionCompletion | undefined {
  return completions?.find((c) => c.sessionId === sessionId && c.actionId === actionId);
}

/** The list with this step marked done on `doneOn` (a second mark replaces the first). */
export function completeAction(
  completions: readonly ActionCompletion[] | undefined,
  completion: ActionCompletion,
): ActionCompletion[] {
  return [
    ...(completions ?? []).filter(
      (c) => !(c.sessionId === completion.sessionId && c.actionId === completion.actionId),
    ),
    completion,
  ];
}

/** The list without the mark (a step marked done by mistake is open again). */
export function reopenAction(
  completions: readonly ActionCompletion[] | undefined,
  sessionId: string,
  actionId: string,
): ActionCompletion[] {
  return (completions ?? []).filter((c) => !(c.sessionId === sessionId && c.actionId === actionId));
}
