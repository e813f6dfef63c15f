// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import type { Representative, RepresentativeNotice } from '../cases/representative';
import type { CaseRecord } from '../cases/schema';
import { collectFollowUps, representativeReminders } from './followUps';
import type { ConversationSession } from './schema';
import { caseRecord, draft, HASH, lawyer } from './sessions.fixtures';

const asOf = '2026-11-20';
const VOLUNTEER = '0b7c3c4e-1f55-4a8e-9d0e-2a7f3c1b9e02';

const volunteer: Representative = {
  id: VOLUNTEER,
  name: 'Herr Sommer',
  role: 'volunteer',
  contact: 'sommer@example.org',
  scope: 'Begleitung zu Terminen',
  proof: { kind: 'other', note: 'Vollmacht in der ABH-Akte' },
};

function withRepresentatives(
  representatives: Representative[],
  notices?: RepresentativeNotice[],
): CaseRecord {
  return {
    ...caseRecord,
    profile: {
      ...caseRecord.profile,
      representatives,
      ...(notices ? { representativeNotices: notices } : {}),
    },
  };
}

const session = (over: Partial<ConversationSession>): ConversationSession => ({
  ...draft,
  answers: {},
  nextAppointment: undefined,
  ...over,
});

const finalised = (id: string, day: string, finalisedDay = day): ConversationSession =>
  session({
    id,
    asOf: day,
    status: 'finalised',
    finalisation: {
      finalisedAt: `${finalisedDay}T11:00:00+01:00`,
      finalisedBy: 'Frau Berger',
      contentHash: HASH,
      factsSnapshot: {},
    },
  });

const summary = (reminders: readonly { about?: string; sessionId: string; actionId?: string }[]) =>
  reminders.map((r) => `${r.about ?? ''}:${r.sessionId}${r.actionId ? `/${r.actionId}` : ''}`);

describe('representativeReminders', () => {
  it('asks nothing when the case has no representative', () => {
    expect(representativeReminders(caseRecord, [finalised('s1', '2026-11-18')], asOf)).toEqual([]);
    expect(representativeReminders(withRepresentatives([]), [finalised('s1', asOf)], asOf)).toEqual(
      [],
    );
  });

  it('reminds once per finalised conversation, due three days after finalisation', () => {
    const record = withRepresentatives([lawyer]);
    const reminders = representativeReminders(
      record,
      [finalised('s1', '2026-11-10', '2026-11-12'), finalised('s2', asOf), session({ id: 'd' })],
      asOf,
    );
    expect(reminders).toEqual([
      {
        caseId: 'case-1',
        sessionId: 's1',
        kind: 'inform-representative',
        dueDate: '2026-11-15',
        urgency: 'overdue',
        about: 'session',
        representatives: [lawyer],
      },
      {
        caseId: 'case-1',
        sessionId: 's2',
        kind: 'inform-representative',
        dueDate: '2026-11-23',
        urgency: 'soon',
        about: 'session',
        representatives: [lawyer],
      },
    ]);
  });

  it('reminds of open steps the representative is responsible for, also in drafts', () => {
    const record = withRepresentatives([lawyer]);
    const d = session({
      id: 'd',
      asOf: '2026-11-19',
      answers: {
        actions: [
          { id: 'r1', text: 'Akteneinsicht beantragen', responsible: 'representative' },
          {
            id: 'r2',
            actionKey: 'k',
            responsible: 'representative',
            dueDate: '2026-11-20',
          },
          { id: 'r3', text: 'Erledigt', responsible: 'representative', done: true },
          { id: 'c1', text: 'Pass beantragen', responsible: 'client' },
        ],
      },
    });
    const reminders = representativeReminders(record, [d], asOf);
    expect(reminders).toEqual([
      {
        caseId: 'case-1',
        sessionId: 'd',
        kind: 'inform-representative',
        dueDate: '2026-11-22',
        urgency: 'soon',
        about: 'action',
        representatives: [lawyer],
        actionId: 'r1',
        text: 'Akteneinsicht beantragen',
        responsible: 'representative',
      },
      {
        caseId: 'case-1',
        sessionId: 'd',
        kind: 'inform-representative',
        dueDate: '2026-11-20',
        urgency: 'today',
        about: 'action',
        representatives: [lawyer],
        actionId: 'r2',
        actionKey: 'k',
        responsible: 'representative',
      },
    ]);
  });

  it('stops once a notice records that the representatives were informed', () => {
    const s = {
      ...finalised('s1', '2026-11-18'),
      answers: { actions: [{ id: 'r1', text: 'Frist prüfen', responsible: 'representative' }] },
    } as ConversationSession;
    const open = (notices: RepresentativeNotice[]) =>
      summary(representativeReminders(withRepresentatives([lawyer], notices), [s], asOf));

    expect(open([])).toEqual(['session:s1', 'action:s1/r1']);
    // Informed of one step only: the conversation is still to be reported.
    expect(open([{ sessionId: 's1', actionId: 'r1', informedOn: asOf }])).toEqual(['session:s1']);
    // Informed of the conversation: that covers its steps.
    expect(open([{ sessionId: 's1', informedOn: asOf }])).toEqual([]);
    // A notice about another conversation changes nothing.
    expect(open([{ sessionId: 's9', informedOn: asOf }])).toEqual(['session:s1', 'action:s1/r1']);
  });

  it('lists only the representatives not yet informed', () => {
    const record = withRepresentatives(
      [lawyer, volunteer],
      [{ sessionId: 's1', representativeId: lawyer.id, informedOn: asOf }],
    );
    const [reminder, ...rest] = representativeReminders(record, [finalised('s1', asOf)], asOf);
    expect(rest).toEqual([]);
    expect(reminder?.representatives).toEqual([volunteer]);

    const both = withRepresentatives(
      [lawyer, volunteer],
      [
        { sessionId: 's1', representativeId: lawyer.id, informedOn: asOf },
        { sessionId: 's1', representativeId: VOLUNTEER, informedOn: asOf },
      ],
    );
    expect(representativeReminders(both, [finalised('s1', asOf)], asOf)).toEqual([]);
  });

  it('for a representative recorded later, asks only about the latest earlier conversation', () => {
    const record = withRepresentatives([{ ...lawyer, addedOn: '2026-11-15' }]);
    const sessions = [
      finalised('old', '2026-09-01'),
      finalised('before', '2026-11-02'),
      finalised('same-day', '2026-11-15'),
      finalised('after', '2026-11-18'),
    ];
    expect(summary(representativeReminders(record, sessions, asOf))).toEqual([
      'session:before',
      'session:same-day',
      'session:after',
    ]);
    const first = withRepresentatives([{ ...lawyer, addedOn: '2026-08-01' }]);
    expect(summary(representativeReminders(first, sessions, asOf))).toHaveLength(4);
  });

  it('ignores conversations without a valid date and rejects an invalid asOf', () => {
    const record = withRepresentatives([lawyer]);
    expect(representativeReminders(record, [finalised('x', 'bald')], asOf)).toEqual([]);
    expect(() => representativeReminders(record, [], 'heute')).toThrow(RangeError);
  });
});

describe('collectFollowUps with representatives', () => {
  it('sorts the reminders in with the actions and appointments', () => {
    const record = withRepresentatives([lawyer]);
    const s = {
      ...finalised('s1', '2026-11-10'),
      answers: {
        actions: [
          { id: 'a1', text: 'Pass beantragen', responsible: 'client', dueDate: '2026-11-30' },
          { id: 'r1', text: 'Stellungnahme', responsible: 'representative' },
        ],
      },
    } as ConversationSession;
    const result = collectFollowUps([{ caseRecord: record, sessions: [s] }], asOf);
    expect(result.map((f) => `${f.urgency}:${f.kind}:${f.actionId ?? f.sessionId}`)).toEqual([
      'overdue:inform-representative:s1',
      'overdue:inform-representative:r1',
      'later:action:a1',
      'no-date:action:r1',
    ]);
  });
});
