// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import type { ScriptAnswers } from '../script/types';
import { agreedActionsOf, collectFollowUps, urgencyOf } from './followUps';
import type { ConversationSession } from './schema';
import { caseRecord, draft } from './sessions.fixtures';

const asOf = '2026-11-20';

// The fixture draft without its answers and next appointment.
const session = (over: Partial<ConversationSession>): ConversationSession => ({
  ...draft,
  answers: {},
  nextAppointment: undefined,
  ...over,
});

describe('agreedActionsOf', () => {
  it('finds the action-plan answers, in answer-id order, and nothing else', () => {
    const answers: ScriptAnswers = {
      'z-plan': [{ id: 'z1', text: 'Z', responsible: 'client' }],
      notes: 'text',
      handouts: ['belehrungen'],
      'a-plan': [{ id: 'a1', actionKey: 'k', responsible: 'authority' }],
      empty: [],
      missing: undefined,
    };
    expect(agreedActionsOf(answers).map((a) => a.id)).toEqual(['a1', 'z1']);
  });

  it('skips malformed entries', () => {
    const answers = {
      plan: [
        null,
        { id: 'x' },
        { id: 'y', responsible: 'mayor' },
        { id: 'ok', responsible: 'representative' },
      ],
    } as unknown as ScriptAnswers;
    expect(agreedActionsOf(answers).map((a) => a.id)).toEqual(['ok']);
  });
});

describe('urgencyOf', () => {
  it('grades due dates against asOf', () => {
    expect(urgencyOf(undefined, asOf, 7)).toBe('no-date');
    expect(urgencyOf('invalid', asOf, 7)).toBe('no-date');
    expect(urgencyOf('2026-11-19', asOf, 7)).toBe('overdue');
    expect(urgencyOf(asOf, asOf, 7)).toBe('today');
    expect(urgencyOf('2026-11-21', asOf, 7)).toBe('soon');
    expect(urgencyOf('2026-11-27', asOf, 7)).toBe('soon');
    expect(urgencyOf('2026-11-28', asOf, 7)).toBe('later');
    expect(urgencyOf('2026-11-21', asOf, 0)).toBe('later');
  });
});

describe('collectFollowUps', () => {
  const earlier = session({
    id: 's-old',
    asOf: '2026-10-01',
    answers: {
      actions: [
        {
          id: 'a-done',
          text: 'Erledigt',
          responsible: 'client',
          dueDate: '2026-10-15',
          done: true,
        },
        { id: 'a-late', text: 'Pass beantragen', responsible: 'client', dueDate: '2026-11-01' },
      ],
    },
    nextAppointment: { date: '2026-11-01' },
  });
  const latest = session({
    id: 's-new',
    asOf: '2026-11-15',
    answers: {
      actions: [
        { id: 'b-today', actionKey: 'rules.x.action', responsible: 'authority', dueDate: asOf },
        { id: 'b-nodate', text: 'Nachweise sammeln', responsible: 'representative' },
        {
          id: 'b-later',
          text: '',
          actionKey: 'k',
          responsible: 'counsellor',
          dueDate: '2027-01-10',
        },
      ],
    },
    nextAppointment: { date: '2026-11-24', time: '10:00', place: 'Raum 3' },
  });
  const other = { ...caseRecord, id: 'case-2' };

  it('collects open actions of every session and the latest appointment, most urgent first', () => {
    const result = collectFollowUps(
      [
        { caseRecord, sessions: [latest, earlier] },
        {
          caseRecord: other,
          sessions: [
            session({
              id: 's-x',
              caseId: 'case-2',
              nextAppointment: { date: '2026-11-24' },
              answers: {
                actions: [
                  { id: 'c-soon', text: 'Termin', responsible: 'client', dueDate: '2026-11-22' },
                ],
              },
            }),
          ],
        },
      ],
      asOf,
    );
    expect(result.map((f) => `${f.urgency}:${f.kind}:${f.actionId ?? f.sessionId}`)).toEqual([
      'overdue:action:a-late',
      'today:action:b-today',
      'soon:action:c-soon',
      'soon:appointment:s-new',
      'soon:appointment:s-x',
      'later:action:b-later',
      'no-date:action:b-nodate',
    ]);
    expect(result[0]).toEqual({
      caseId: 'case-1',
      sessionId: 's-old',
      kind: 'action',
      dueDate: '2026-11-01',
      urgency: 'overdue',
      actionId: 'a-late',
      text: 'Pass beantragen',
      responsible: 'client',
    });
    expect(result[1]).toEqual({
      caseId: 'case-1',
      sessionId: 's-new',
      kind: 'action',
      dueDate: asOf,
      urgency: 'today',
      actionId: 'b-today',
      actionKey: 'rules.x.action',
      responsible: 'authority',
    });
    expect(result[3]).toEqual({
      caseId: 'case-1',
      sessionId: 's-new',
      kind: 'appointment',
      dueDate: '2026-11-24',
      urgency: 'soon',
      time: '10:00',
      place: 'Raum 3',
    });
    expect(result[5]).not.toHaveProperty('text');
  });

  it('lets the latest conversation decide the appointment, even when it has none', () => {
    const noAppointment = session({ id: 's-new', asOf: '2026-11-15', nextAppointment: undefined });
    expect(
      collectFollowUps([{ caseRecord, sessions: [earlier, noAppointment] }], asOf).filter(
        (f) => f.kind === 'appointment',
      ),
    ).toEqual([]);
    const sameDay = session({
      id: 's-b',
      asOf: '2026-10-01',
      nextAppointment: { date: '2026-12-24' },
    });
    const appointments = collectFollowUps(
      [{ caseRecord, sessions: [sameDay, earlier] }],
      asOf,
      30,
    ).filter((f) => f.kind === 'appointment');
    expect(appointments.map((f) => `${f.sessionId}:${f.urgency}`)).toEqual(['s-old:overdue']);
    const reversed = collectFollowUps([{ caseRecord, sessions: [earlier, sameDay] }], asOf, 30);
    expect(reversed.filter((f) => f.kind === 'appointment').map((f) => f.sessionId)).toEqual([
      's-old',
    ]);
    const invalid = session({ id: 's-z', asOf: 'bad', nextAppointment: { date: '2026-12-01' } });
    expect(collectFollowUps([{ caseRecord, sessions: [invalid] }], asOf)).toEqual([]);
    const badDate = session({ id: 's-z', nextAppointment: { date: 'bald' } });
    expect(collectFollowUps([{ caseRecord, sessions: [badDate] }], asOf)).toEqual([]);
  });

  it('orders ties by case, session and action id, and ignores an invalid due date', () => {
    const s = session({
      id: 's',
      answers: {
        actions: [
          { id: 'b', text: 'B', responsible: 'client' },
          { id: 'a', text: 'A', responsible: 'client', dueDate: 'bald' },
        ],
      },
    });
    const result = collectFollowUps(
      [
        { caseRecord: other, sessions: [s] },
        { caseRecord, sessions: [s] },
      ],
      asOf,
    );
    expect(result.map((f) => `${f.caseId}/${f.actionId}:${f.urgency}`)).toEqual([
      'case-1/a:no-date',
      'case-1/b:no-date',
      'case-2/a:no-date',
      'case-2/b:no-date',
    ]);
    expect(result[0]).not.toHaveProperty('dueDate');
  });

  it('lists a session passed twice twice (the caller deduplicates)', () => {
    const s = session({
      id: 's',
      answers: { actions: [{ id: 'a', text: 'A', responsible: 'client' }] },
    });
    expect(collectFollowUps([{ caseRecord, sessions: [s, s] }], asOf)).toHaveLength(2);
  });

  it('rejects an invalid asOf or soonDays', () => {
    expect(() => collectFollowUps([], 'today')).toThrow(RangeError);
    expect(() => collectFollowUps([], asOf, -1)).toThrow(RangeError);
    expect(() => collectFollowUps([], asOf, 1.5)).toThrow(RangeError);
    expect(collectFollowUps([], asOf)).toEqual([]);
  });
});
