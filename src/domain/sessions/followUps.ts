// Follow-ups across cases: agreed actions that are not done yet, next appointments and
// reminders to inform the authorised representatives, ordered so that what is overdue
// comes first. Feeds the counsellor's to-do overview.
import { noticeCovers, type Representative } from '../cases/representative';
import type { CaseRecord } from '../cases/schema';
import { completionOf } from '../cases/actionCompletion';
import type { IsoDate } from '../dates';
import { addDays, compareDates, isAfter, isBefore, isIsoDate } from '../dates';
import { assertAsOf } from '../engine/common';
import type { AgreedAction, ResponsibleParty, ScriptAnswers } from '../script/types';
import type { ConversationSession } from './schema';

export type FollowUpUrgency = 'overdue' | 'today' | 'soon' | 'later' | 'no-date';

export type FollowUp = {
  readonly caseId: string;
  readonly sessionId: string;
  /** 'inform-representative': tell the case's representatives (see representativeReminders). */
  readonly kind: 'action' | 'appointment' | 'inform-representative';
  readonly dueDate?: IsoDate;
  readonly urgency: FollowUpUrgency;
  readonly actionId?: string;
  readonly actionKey?: string;
  readonly text?: string;
  readonly responsible?: ResponsibleParty;
  /** Appointments only. */
  readonly time?: string;
  readonly place?: string;
  /** Reminders only: about a finalised conversation ('session') or one agreed step ('action'). */
  readonly about?: 'session' | 'action';
  /** Reminders only: the representatives not yet informed. */
  readonly representatives?: readonly Representative[];
};

/** Days after a conversation within which its representatives should be informed. */
export const INFORM_REPRESENTATIVE_WITHIN_DAYS = 3;

const RESPONSIBLE: readonly string[] = ['client', 'authority', 'counsellor', 'representative'];

function isAgreedAction(value: unknown): value is AgreedAction {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.responsible === 'string' &&
    RESPONSIBLE.includes(v.responsible)
  );
}

/**
 * All agreed actions in the answers (action-plan answers are the arrays of objects), by
 * answer id so the order does not depend on how the record was stored or synced.
 */
export function agreedActionsOf(answers: ScriptAnswers): AgreedAction[] {
  return Object.keys(answers)
    .sort()
    .flatMap((key) => {
      const value = answers[key];
      return Array.isArray(value) ? value.filter(isAgreedAction) : [];
    });
}

const URGENCY_ORDER: Record<FollowUpUrgency, number> = {
  overdue: 0,
  today: 1,
  soon: 2,
  later: 3,
  'no-date': 4,
};

export function urgencyOf(
  dueDate: IsoDate | undefined,
  asOf: IsoDate,
  soonDays: number,
): FollowUpUrgency {
  if (!isIsoDate(dueDate)) return 'no-date';
  if (isBefore(dueDate, asOf)) return 'overdue';
  if (!isAfter(dueDate, asOf)) return 'today';
  return isAfter(dueDate, addDays(asOf, soonDays)) ? 'later' : 'soon';
}

/** The session whose next appointment counts: the latest conversation (ties: larger id). */
function latestSession(sessions: readonly ConversationSession[]): ConversationSession | undefined {
  const dated = sessions.filter((s) => isIsoDate(s.asOf));
  return [...dated].sort((a, b) => compareDates(b.asOf, a.asOf) || (a.id < b.id ? 1 : -1))[0];
}

/**
 * Sorts follow-ups in place: most urgent first, then by due date, then by case, session,
 * kind and action (stable across devices). The tie-break key is built once per entry, not
 * per comparison: the follow-up list sorts tens of thousands of entries on a busy device.
 * Within one urgency either every entry has a due date or none ('no-date'), so the order is
 * total.
 */
export function sortFollowUps<F extends FollowUp>(followUps: F[]): F[] {
  const decorated = followUps.map((f) => ({
    f,
    urgency: URGENCY_ORDER[f.urgency],
    // Due dates are valid ISO dates (checked where they are taken from the answers), so
    // comparing the strings orders them by date without parsing.
    due: f.dueDate ?? '',
    key: [f.caseId, f.sessionId, f.kind, f.actionId ?? ''].join('\u0000'),
  }));
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  decorated.sort((a, b) => a.urgency - b.urgency || order(a.due, b.due) || order(a.key, b.key));
  decorated.forEach((d, i) => {
    followUps[i] = d.f;
  });
  return followUps;
}

/**
 * urgencyOf for many entries on one day: the day's bounds are computed once, and valid ISO
 * dates compare as strings (the same answer as urgencyOf, without parsing each date).
 */
export function urgencyOn(
  asOf: IsoDate,
  soonDays = 7,
): (dueDate: IsoDate | undefined) => FollowUpUrgency {
  assertAsOf(asOf);
  const soonUntil = addDays(asOf, soonDays);
  return (dueDate) => {
    if (!isIsoDate(dueDate)) return 'no-date';
    if (dueDate < asOf) return 'overdue';
    if (dueDate === asOf) return 'today';
    return dueDate > soonUntil ? 'later' : 'soon';
  };
}

/**
 * Open actions of every session (done ones skipped), the next appointment of each case's
 * latest session and the representative reminders, sorted by urgency, then date. `soonDays`: how many days ahead
 * count as 'soon'.
 */
export function collectFollowUps(
  items: readonly {
    readonly caseRecord: CaseRecord;
    readonly sessions: readonly ConversationSession[];
  }[],
  asOf: IsoDate,
  soonDays = 7,
): FollowUp[] {
  assertAsOf(asOf);
  if (!Number.isInteger(soonDays) || soonDays < 0) {
    throw new RangeError(`soonDays must be a non-negative integer: ${soonDays}`);
  }
  const result: FollowUp[] = [];
  for (const { caseRecord, sessions } of items) {
    const caseId = caseRecord.id;
    for (const session of sessions) {
      for (const action of agreedActionsOf(session.answers)) {
        if (action.done === true) continue;
        if (completionOf(caseRecord.profile.actionCompletions, session.id, action.id)) continue;
        const dueDate = isIsoDate(action.dueDate) ? action.dueDate : undefined;
        result.push({
          caseId,
          sessionId: session.id,
          kind: 'action',
          ...(dueDate !== undefined ? { dueDate } : {}),
          urgency: urgencyOf(dueDate, asOf, soonDays),
          actionId: action.id,
          ...(action.actionKey !== undefined ? { actionKey: action.actionKey } : {}),
          ...(action.text !== undefined && action.text !== '' ? { text: action.text } : {}),
          responsible: action.responsible,
        });
      }
    }
    const latest = latestSession(sessions);
    const appointment = latest?.nextAppointment;
    if (latest && appointment && isIsoDate(appointment.date)) {
      result.push({
        caseId,
        sessionId: latest.id,
        kind: 'appointment',
        dueDate: appointment.date,
        urgency: urgencyOf(appointment.date, asOf, soonDays),
        ...(appointment.time !== undefined ? { time: appointment.time } : {}),
        ...(appointment.place !== undefined && appointment.place !== ''
          ? { place: appointment.place }
          : {}),
      });
    }
    result.push(...representativeReminders(caseRecord, sessions, asOf, soonDays));
  }
  return sortFollowUps(result);
}

/** The day the session was finalised (the date part of finalisedAt), else its date. */
function finalisedOn(session: ConversationSession): IsoDate {
  const day = session.finalisation?.finalisedAt.slice(0, 10);
  return isIsoDate(day) ? day : session.asOf;
}

/**
 * Whether a finalised conversation calls for informing `representative`: every conversation
 * from the day they were recorded on, and the latest one before (to bring them up to date).
 */
function concerns(
  representative: Representative,
  session: ConversationSession,
  latestBefore: ReadonlyMap<string, string | undefined>,
): boolean {
  const since = representative.addedOn;
  return (
    since === undefined ||
    !isBefore(session.asOf, since) ||
    latestBefore.get(representative.id) === session.id
  );
}

/**
 * Reminders to inform the case's authorised representatives, until a notice on the case
 * profile records that they were informed:
 * - one per finalised conversation (its results and agreed actions), due
 *   INFORM_REPRESENTATIVE_WITHIN_DAYS after it was finalised;
 * - one per open agreed action the representative is responsible for (any conversation,
 *   also a draft), due by the action's due date or the same number of days after the
 *   conversation, whichever is earlier. A notice about the whole conversation covers it.
 * Each reminder names the representatives still to be informed; none without any.
 */
export function representativeReminders(
  caseRecord: CaseRecord,
  sessions: readonly ConversationSession[],
  asOf: IsoDate,
  soonDays = 7,
): FollowUp[] {
  assertAsOf(asOf);
  const representatives = caseRecord.profile.representatives ?? [];
  if (representatives.length === 0) return [];
  const notices = caseRecord.profile.representativeNotices ?? [];
  const uninformed = (
    candidates: readonly Representative[],
    sessionId: string,
    actionId?: string,
  ) => candidates.filter((r) => !notices.some((n) => noticeCovers(n, r.id, sessionId, actionId)));

  const dated = sessions.filter((s) => isIsoDate(s.asOf));
  const finalised = dated.filter((s) => s.status === 'finalised');
  const latestBefore = new Map(
    representatives.map((r) => {
      const since = r.addedOn;
      const before =
        since === undefined
          ? undefined
          : latestSession(finalised.filter((s) => isBefore(s.asOf, since)));
      return [r.id, before?.id] as const;
    }),
  );

  const result: FollowUp[] = [];
  const remind = (
    session: ConversationSession,
    dueDate: IsoDate,
    open: readonly Representative[],
    action?: AgreedAction,
  ) => {
    if (open.length === 0) return;
    result.push({
      caseId: caseRecord.id,
      sessionId: session.id,
      kind: 'inform-representative',
      dueDate,
      urgency: urgencyOf(dueDate, asOf, soonDays),
      about: action ? 'action' : 'session',
      representatives: open,
      ...(action
        ? {
            actionId: action.id,
            ...(action.actionKey !== undefined ? { actionKey: action.actionKey } : {}),
            ...(action.text !== undefined && action.text !== '' ? { text: action.text } : {}),
            responsible: action.responsible,
          }
        : {}),
    });
  };

  for (const session of finalised) {
    const due = addDays(finalisedOn(session), INFORM_REPRESENTATIVE_WITHIN_DAYS);
    const concerned = representatives.filter((r) => concerns(r, session, latestBefore));
    remind(session, due, uninformed(concerned, session.id));
  }
  for (const session of dated) {
    const byConversation = addDays(session.asOf, INFORM_REPRESENTATIVE_WITHIN_DAYS);
    for (const action of agreedActionsOf(session.answers)) {
      if (action.done === true || action.responsible !== 'representative') continue;
      if (completionOf(caseRecord.profile.actionCompletions, session.id, action.id)) continue;
      const due =
        isIsoDate(action.dueDate) && isBefore(action.dueDate, byConversation)
          ? action.dueDate
          : byConversation;
      remind(session, due, uninformed(representatives, session.id, action.id), action);
    }
  }
  return result;
}
