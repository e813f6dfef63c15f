// Follow-ups across cases: agreed actions that are not done yet and next appointments,
// ordered so that what is overdue comes first. Feeds the counsellor's to-do overview.
import type { CaseRecord } from '../cases/schema';
import type { IsoDate } from '../dates';
import { addDays, compareDates, isAfter, isBefore, isIsoDate } from '../dates';
import { assertAsOf } from '../engine/common';
import type { AgreedAction, ResponsibleParty, ScriptAnswers } from '../script/types';
import type { ConversationSession } from './schema';

export type FollowUpUrgency = 'overdue' | 'today' | 'soon' | 'later' | 'no-date';

export type FollowUp = {
  readonly caseId: string;
  readonly sessionId: string;
  readonly kind: 'action' | 'appointment';
  readonly dueDate?: IsoDate;
  readonly urgency: FollowUpUrgency;
  readonly actionId?: string;
  readonly actionKey?: string;
  readonly text?: string;
  readonly responsible?: ResponsibleParty;
  /** Appointments only. */
  readonly time?: string;
  readonly place?: string;
};

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

function compareFollowUps(a: FollowUp, b: FollowUp): number {
  const byDate =
    a.dueDate !== undefined && b.dueDate !== undefined ? compareDates(a.dueDate, b.dueDate) : 0;
  const key = (f: FollowUp) => [f.caseId, f.sessionId, f.kind, f.actionId ?? ''].join('\u0000');
  return (
    URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] ||
    byDate ||
    (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)
  );
}

/**
 * Open actions of every session (done ones skipped) and the next appointment of each
 * case's latest session, sorted by urgency, then date. `soonDays`: how many days ahead
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
  }
  return result.sort(compareFollowUps);
}
