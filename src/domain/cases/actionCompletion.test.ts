// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// A finalised conversation is frozen, so the day an agreed step was done is recorded on the
// case profile; the follow-up list then leaves the step out, until it is reopened.
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from './schema';
import { CaseProfileSchema } from './schema';
import { RECORD_VALIDATION as R } from './validation';
import {
  ActionCompletionsSchema,
  completeAction,
  completionOf,
  reopenAction,
  type ActionCompletion,
} from './actionCompletion';
import { collectFollowUps } from '../sessions/followUps';
import type { ConversationSession } from '../sessions/schema';
import { caseRecord, draft, lawyer } from '../sessions/sessions.fixtures';

const done = (sessionId: string, actionId: string, doneOn = '2026-11-25'): ActionCompletion => ({
  sessionId,
  actionId,
  doneOn,
});

const messages = (value: unknown) => {
  const result = ActionCompletionsSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('ActionCompletionsSchema', () => {
  it('accepts one completion per step, on a real day', () => {
    expect(messages([done('s1', 'a1'), done('s1', 'a2'), done('s2', 'a1')])).toEqual([]);
    expect(messages([{ ...done('s1', 'a1'), doneOn: '2026-02-30' }])).toEqual([
      'facts.validation.date',
    ]);
  });

  it('refuses the same step twice, an empty or overlong id and unknown keys', () => {
    expect(messages([done('s1', 'a1'), done('s1', 'a1', '2026-11-26')])).toEqual([R.duplicateId]);
    expect(messages([done('', 'a1')])).toEqual([R.id]);
    expect(messages([done('s1', 'x'.repeat(201))])).toEqual([R.id]);
    expect(messages([done('s1', 'x'.repeat(200))])).toEqual([]);
    expect(messages([{ ...done('s1', 'a1'), note: 'x' }])).toHaveLength(1);
    // The separator keeps "s1"+"1a" and "s11"+"a" apart.
    expect(messages([done('s1', '1a'), done('s11', 'a')])).toEqual([]);
  });

  it('is bounded and part of the case profile', () => {
    const many = Array.from({ length: 2001 }, (_, i) => done('s', `a${i}`));
    expect(messages(many)).toEqual([R.invalid]);
    expect(messages(many.slice(0, 2000))).toEqual([]);
    const profile = { ...caseRecord.profile, actionCompletions: [done('s1', 'a1')] };
    expect(CaseProfileSchema.parse(profile).actionCompletions).toEqual([done('s1', 'a1')]);
  });
});

describe('completing and reopening a step', () => {
  const list = [done('s1', 'a1', '2026-11-21'), done('s2', 'a1', '2026-11-22')];

  it('finds a completion by session and action, nothing for another session', () => {
    expect(completionOf(list, 's2', 'a1')?.doneOn).toBe('2026-11-22');
    expect(completionOf(list, 's1', 'a2')).toBeUndefined();
    expect(completionOf(list, 's3', 'a1')).toBeUndefined();
    expect(completionOf(undefined, 's1', 'a1')).toBeUndefined();
  });

  it('marks a step done; a second mark replaces the first', () => {
    expect(completeAction(undefined, done('s1', 'a1'))).toEqual([done('s1', 'a1')]);
    const again = completeAction(list, done('s1', 'a1', '2026-11-30'));
    expect(again).toEqual([done('s2', 'a1', '2026-11-22'), done('s1', 'a1', '2026-11-30')]);
    expect(ActionCompletionsSchema.safeParse(again).success).toBe(true);
    // The list handed in is not changed.
    expect(list).toHaveLength(2);
    expect(list[0]!.doneOn).toBe('2026-11-21');
  });

  it('reopens only the step named', () => {
    expect(reopenAction(list, 's1', 'a1')).toEqual([done('s2', 'a1', '2026-11-22')]);
    expect(reopenAction(list, 's1', 'a9')).toEqual(list);
    expect(reopenAction(undefined, 's1', 'a1')).toEqual([]);
  });
});

describe('the follow-up list and completed steps', () => {
  const session: ConversationSession = {
    ...draft,
    nextAppointment: undefined,
    answers: {
      actions: [
        { id: 'a1', text: 'Pass beantragen', responsible: 'client', dueDate: '2026-12-01' },
        { id: 'a2', text: 'Akteneinsicht', responsible: 'representative' },
      ],
    },
  };
  const record = (completions?: ActionCompletion[]): CaseRecord => ({
    ...caseRecord,
    profile: {
      ...caseRecord.profile,
      representatives: [lawyer],
      ...(completions ? { actionCompletions: completions } : {}),
    },
  });
  const open = (r: CaseRecord) =>
    collectFollowUps([{ caseRecord: r, sessions: [session] }], '2026-11-20').map(
      (f) => `${f.kind}:${'actionId' in f ? f.actionId : ''}`,
    );

  it('leaves out a completed step, also from the reminders to inform a representative', () => {
    expect(open(record())).toEqual(['inform-representative:a2', 'action:a1', 'action:a2']);
    expect(open(record([done('s1', 'a1')]))).toEqual(['inform-representative:a2', 'action:a2']);
    expect(open(record([done('s1', 'a2')]))).toEqual(['action:a1']);
    // A completion of another session's step with the same id changes nothing.
    expect(open(record([done('s9', 'a1')]))).toHaveLength(3);
  });

  it('lists a reopened step again', () => {
    const completed = completeAction(undefined, done('s1', 'a1'));
    expect(open(record(reopenAction(completed, 's1', 'a1')))).toContain('action:a1');
  });
});
