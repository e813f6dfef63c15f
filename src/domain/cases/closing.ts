// Closing a case with its outcome, and reopening it. The case profile keeps every closing and
// reopening as an append-only list (`lifecycle`): closed → reopened → closed …, so the file
// shows when a case was closed with which outcome even after it was reopened. The outcome ids
// and their detail codes are stored in records and counted in the statistics: values are
// only ever added, never renamed or removed.
import { z } from 'zod';
import { isAfter, isBefore, isIsoDate, type IsoDate } from '../dates';
import { applicationKindValues } from '../facts/enums';

/** How a case ended. Append-only: ids are stored in records and counted in statistics. */
export const CASE_OUTCOMES = [
  /** A residence title was granted; the detail names which (pathway id or `other-title`). */
  'residence-title',
  /** Voluntary departure with a programme; the detail names which. */
  'voluntary-departure-programme',
  'voluntary-departure',
  'deportation',
  /** Transfer to another EU state (Dublin III / AMMR). */
  'transfer-eu',
  /** Moved away: another authority is responsible now. */
  'moved-authority',
  'unreachable',
  'died',
  'other',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** A residence title not among the engine's pathways. */
export const OTHER_TITLE = 'other-title';
/** Return programmes (REAG/GARP, StarthilfePlus) and any other. Append-only. */
export const DEPARTURE_PROGRAMMES = ['reag-garp', 'starthilfeplus', 'other-programme'] as const;

/**
 * The detail codes an outcome may carry (the engine's pathway ids for a title — the same ids
 * as `applicationsFiled` —, the programmes for a departure with a programme); empty: none.
 */
export function outcomeDetails(outcome: CaseOutcome): readonly string[] {
  if (outcome === 'residence-title') return [...applicationKindValues, OTHER_TITLE];
  if (outcome === 'voluntary-departure-programme') return DEPARTURE_PROGRAMMES;
  return [];
}

// Validation codes; they double as i18n keys (locales/<lang>/cases.json → closing.validation).
const P = 'cases:closing.validation';
export const CLOSING_VALIDATION = {
  invalid: `${P}.invalid`,
  date: `${P}.date`,
  dateFuture: `${P}.date-future`,
  beforeCreated: `${P}.before-created`,
  beforePrevious: `${P}.before-previous`,
  outcome: `${P}.outcome`,
  detail: `${P}.detail`,
  alreadyClosed: `${P}.already-closed`,
  notClosed: `${P}.not-closed`,
} as const;
const V = CLOSING_VALIDATION;

/** At most this many events: a case closed and reopened 25 times is a data error. */
export const LIFECYCLE_MAX_EVENTS = 50;

const day = z.string({ error: V.date }).refine(isIsoDate, { error: V.date });

export const CaseClosedEventSchema = z.strictObject({
  kind: z.literal('closed'),
  /** The day the case was closed (the quarter statistics count it in). */
  on: day,
  outcome: z.enum(CASE_OUTCOMES, { error: V.outcome }),
  /** Which title or programme, where the outcome has details (outcomeDetails). */
  detail: z.string({ error: V.detail }).max(40, { error: V.detail }).optional(),
});
export type CaseClosedEvent = z.infer<typeof CaseClosedEventSchema>;

export const CaseReopenedEventSchema = z.strictObject({
  kind: z.literal('reopened'),
  on: day,
});
export type CaseReopenedEvent = z.infer<typeof CaseReopenedEventSchema>;

export const CaseLifecycleEventSchema = z.discriminatedUnion(
  'kind',
  [CaseClosedEventSchema, CaseReopenedEventSchema],
  { error: V.invalid },
);
export type CaseLifecycleEvent = z.infer<typeof CaseLifecycleEventSchema>;

/**
 * The list as stored on the case profile: starts with a closing, alternates, dates never go
 * back, and every detail belongs to its outcome. What a device or the server reads is
 * checked with this; the rules about "today" and the creation day are checked when an event
 * is added (closeCase, reopenCase), since they need `asOf`.
 */
export const CaseLifecycleSchema = z
  .array(CaseLifecycleEventSchema)
  .max(LIFECYCLE_MAX_EVENTS, { error: V.invalid })
  .superRefine((events, ctx) => {
    events.forEach((event, i) => {
      const previous = events[i - 1];
      const expected = i % 2 === 0 ? 'closed' : 'reopened';
      if (event.kind !== expected) {
        ctx.addIssue({ code: 'custom', path: [i, 'kind'], message: V.invalid });
      }
      if (
        previous &&
        isIsoDate(event.on) &&
        isIsoDate(previous.on) &&
        isBefore(event.on, previous.on)
      ) {
        ctx.addIssue({ code: 'custom', path: [i, 'on'], message: V.beforePrevious });
      }
      if (event.kind === 'closed' && detailIssue(event)) {
        ctx.addIssue({ code: 'custom', path: [i, 'detail'], message: V.detail });
      }
    });
  });
export type CaseLifecycle = z.infer<typeof CaseLifecycleSchema>;

function detailIssue(event: Pick<CaseClosedEvent, 'outcome' | 'detail'>): boolean {
  return event.detail !== undefined && !outcomeDetails(event.outcome).includes(event.detail);
}

export type CaseState = 'open' | 'closed';

/** Open unless the latest event is a closing. */
export function caseState(lifecycle: CaseLifecycle | undefined): CaseState {
  return lifecycle?.at(-1)?.kind === 'closed' ? 'closed' : 'open';
}

/** The closing in force: the latest event when it is one, else undefined (open case). */
export function currentClosing(lifecycle: CaseLifecycle | undefined): CaseClosedEvent | undefined {
  const last = lifecycle?.at(-1);
  return last?.kind === 'closed' ? last : undefined;
}

export type ClosingIssue = {
  readonly path: 'on' | 'outcome' | 'detail' | '';
  readonly code: string;
};
export type LifecycleChange =
  | { readonly ok: true; readonly lifecycle: CaseLifecycle }
  | { readonly ok: false; readonly issues: readonly ClosingIssue[] };

/** What the case the event is added to must tell: its creation day, and today. */
export type LifecycleContext = { readonly createdOn: IsoDate; readonly asOf: IsoDate };

function dayIssues(
  on: string,
  lifecycle: CaseLifecycle | undefined,
  { createdOn, asOf }: LifecycleContext,
): ClosingIssue[] {
  if (!isIsoDate(on)) return [{ path: 'on', code: V.date }];
  if (isAfter(on, asOf)) return [{ path: 'on', code: V.dateFuture }];
  if (isBefore(on, createdOn)) return [{ path: 'on', code: V.beforeCreated }];
  const previous = lifecycle?.at(-1);
  if (previous && isBefore(on, previous.on)) return [{ path: 'on', code: V.beforePrevious }];
  return [];
}

/**
 * Closes an open case on `on` with `outcome` (and a detail where the outcome has them):
 * the day may not lie after `asOf`, before the case was created or before the last event.
 * Returns the list with the closing appended, or the issues (nothing changes).
 */
export function closeCase(
  lifecycle: CaseLifecycle | undefined,
  input: { on: string; outcome: string; detail?: string | undefined },
  context: LifecycleContext,
): LifecycleChange {
  if (caseState(lifecycle) === 'closed') {
    return { ok: false, issues: [{ path: '', code: V.alreadyClosed }] };
  }
  const issues = dayIssues(input.on, lifecycle, context);
  const outcome = z.enum(CASE_OUTCOMES).safeParse(input.outcome);
  if (!outcome.success) issues.push({ path: 'outcome', code: V.outcome });
  else if (input.detail !== undefined && detailIssue({ ...input, outcome: outcome.data })) {
    issues.push({ path: 'detail', code: V.detail });
  }
  if (issues.length > 0 || !outcome.success) return { ok: false, issues };
  const event: CaseClosedEvent = {
    kind: 'closed',
    on: input.on,
    outcome: outcome.data,
    ...(input.detail !== undefined ? { detail: input.detail } : {}),
  };
  return { ok: true, lifecycle: [...(lifecycle ?? []), event] };
}

/** Reopens a closed case on `on` (same day rules); the closing stays in the list. */
export function reopenCase(
  lifecycle: CaseLifecycle | undefined,
  input: { on: string },
  context: LifecycleContext,
): LifecycleChange {
  if (caseState(lifecycle) !== 'closed') {
    return { ok: false, issues: [{ path: '', code: V.notClosed }] };
  }
  const issues = dayIssues(input.on, lifecycle, context);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, lifecycle: [...(lifecycle ?? []), { kind: 'reopened', on: input.on }] };
}

/**
 * Whether `next` only appends to `previous` (the list is append-only: an event once
 * recorded is never changed or removed). Used by storage before it writes a lifecycle.
 */
export function extendsLifecycle(
  previous: CaseLifecycle | undefined,
  next: CaseLifecycle | undefined,
): boolean {
  const before = previous ?? [];
  const after = next ?? [];
  return (
    after.length >= before.length &&
    before.every((event, i) => JSON.stringify(event) === JSON.stringify(after[i]))
  );
}
