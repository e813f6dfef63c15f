// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { RECORD_VALIDATION as R } from '../cases/validation';
import {
  AddendumSchema,
  AnswerValueSchema,
  ContentHashSchema,
  IsoDateTimeSchema,
  NextAppointmentSchema,
  ParticipantSchema,
  SessionDraftSchema,
  TimeSchema,
} from './schema';
import { draftPart } from './lifecycle';
import { draft, HASH } from './sessions.fixtures';

type Schema = {
  safeParse: (v: unknown) => {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  };
};
function issues(schema: Schema, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success
    ? []
    : (result.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}:${i.message}`);
}

describe('TimeSchema', () => {
  it('accepts 00:00 to 23:59 only', () => {
    for (const ok of ['00:00', '09:05', '23:59', '12:30'])
      expect(TimeSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['24:00', '9:05', '12:60', '12:3', '1230', '', 930]) {
      expect(issues(TimeSchema, bad)).toEqual([`:${R.time}`]);
    }
  });
});

describe('IsoDateTimeSchema and ContentHashSchema', () => {
  it('needs seconds and a zone', () => {
    expect(IsoDateTimeSchema.safeParse('2026-11-20T14:05:00+01:00').success).toBe(true);
    expect(IsoDateTimeSchema.safeParse('2026-11-20T13:05:00.123Z').success).toBe(true);
    expect(issues(IsoDateTimeSchema, '2026-11-20T14:05:00')).toEqual([`:${R.datetime}`]);
    expect(issues(IsoDateTimeSchema, '2026-11-20')).toEqual([`:${R.datetime}`]);
  });

  it('takes a lowercase hex SHA-256', () => {
    expect(ContentHashSchema.safeParse(HASH).success).toBe(true);
    expect(issues(ContentHashSchema, HASH.toUpperCase())).toEqual([`:${R.contentHash}`]);
    expect(issues(ContentHashSchema, HASH.slice(1))).toEqual([`:${R.contentHash}`]);
  });
});

describe('ParticipantSchema', () => {
  it('accepts participants and trims free text', () => {
    expect(
      ParticipantSchema.parse({
        id: 'p1',
        role: 'representative',
        name: ' RA Klein ',
        organisation: ' Kanzlei ',
      }),
    ).toEqual({ id: 'p1', role: 'representative', name: 'RA Klein', organisation: 'Kanzlei' });
    expect(issues(ParticipantSchema, { id: 'p2', role: 'interpreter', language: 'fa-AF' })).toEqual(
      [],
    );
  });

  it('needs the language of an interpreter', () => {
    expect(issues(ParticipantSchema, { id: 'p2', role: 'interpreter', name: 'Aziz' })).toEqual([
      `language:${R.interpreterLanguage}`,
    ]);
  });

  it('reports stable codes', () => {
    expect(issues(ParticipantSchema, { id: '', role: 'client' })).toEqual([`id:${R.id}`]);
    expect(issues(ParticipantSchema, { id: 'p', role: 'judge' })).toEqual([
      'role:facts.validation.option',
    ]);
    expect(issues(ParticipantSchema, { id: 'p', role: 'client', name: 'x'.repeat(121) })).toEqual([
      `name:${R.name}`,
    ]);
    expect(
      issues(ParticipantSchema, { id: 'p', role: 'client', organisation: 'x'.repeat(121) }),
    ).toEqual([`organisation:${R.organisation}`]);
    expect(issues(ParticipantSchema, { id: 'p', role: 'client', language: 'Arabic' })).toEqual([
      'language:facts.validation.language',
    ]);
    expect(ParticipantSchema.safeParse({ id: 'p', role: 'client', phone: '1' }).success).toBe(
      false,
    );
  });
});

describe('NextAppointmentSchema and AddendumSchema', () => {
  it('validates date, time and place of the next appointment', () => {
    expect(
      issues(NextAppointmentSchema, { date: '2026-12-01', time: '10:00', place: 'Raum 3' }),
    ).toEqual([]);
    expect(
      issues(NextAppointmentSchema, { date: '2026-13-01', time: '25:00', place: 'x'.repeat(201) }),
    ).toEqual(['date:facts.validation.date', `time:${R.time}`, `place:${R.place}`]);
  });

  it('validates addenda', () => {
    const addendum = {
      id: 'ad1',
      writtenAt: '2026-11-21T08:00:00Z',
      author: 'Frau Berger',
      text: 'Pass vorgelegt.',
    };
    expect(issues(AddendumSchema, addendum)).toEqual([]);
    expect(issues(AddendumSchema, { ...addendum, text: '   ' })).toEqual([
      `text:${R.addendumText}`,
    ]);
    expect(issues(AddendumSchema, { ...addendum, text: 'x'.repeat(5001) })).toEqual([
      `text:${R.addendumText}`,
    ]);
    expect(issues(AddendumSchema, { ...addendum, text: 'x'.repeat(5000) })).toEqual([]);
    expect(issues(AddendumSchema, { ...addendum, author: '' })).toEqual([`author:${R.author}`]);
    expect(issues(AddendumSchema, { ...addendum, writtenAt: 'gestern' })).toEqual([
      `writtenAt:${R.datetime}`,
    ]);
  });
});

describe('AnswerValueSchema', () => {
  it('accepts notes, checklists and action plans', () => {
    expect(issues(AnswerValueSchema, 'Notiz')).toEqual([]);
    expect(issues(AnswerValueSchema, ['a', 'b'])).toEqual([]);
    expect(
      issues(AnswerValueSchema, [
        { id: 'a1', actionKey: 'k', responsible: 'client', dueDate: '2026-12-01', done: false },
        { id: 'a2', text: 'Pass beantragen', responsible: 'authority' },
      ]),
    ).toEqual([]);
  });

  it('needs a text or a suggestion key for an action, and rejects other shapes', () => {
    expect(issues(AnswerValueSchema, [{ id: 'a1', text: ' ', responsible: 'client' }])).toEqual([
      `0.text:${R.actionText}`,
    ]);
    expect(issues(AnswerValueSchema, [{ id: 'a1', responsible: 'client' }])).toEqual([
      `0.text:${R.actionText}`,
    ]);
    expect(issues(AnswerValueSchema, 5)).toEqual([`:${R.answer}`]);
  });
});

describe('SessionDraftSchema', () => {
  it('accepts the fixture draft', () => {
    expect(issues(SessionDraftSchema, draftPart(draft))).toEqual([]);
  });

  it('rejects an end before the start, equal times are fine', () => {
    expect(
      issues(SessionDraftSchema, { ...draftPart(draft), startTime: '10:00', endTime: '09:59' }),
    ).toEqual([`endTime:${R.endBeforeStart}`]);
    expect(
      issues(SessionDraftSchema, { ...draftPart(draft), startTime: '10:00', endTime: '10:00' }),
    ).toEqual([]);
    expect(
      issues(SessionDraftSchema, { ...draftPart(draft), startTime: '10:00', endTime: '9:00' }),
    ).toEqual([`endTime:${R.time}`]);
  });

  it('rejects a next appointment before the conversation and duplicate participant ids', () => {
    expect(
      issues(SessionDraftSchema, { ...draftPart(draft), nextAppointment: { date: '2026-11-19' } }),
    ).toEqual([`nextAppointment.date:${R.appointmentBeforeConversation}`]);
    expect(
      issues(SessionDraftSchema, {
        ...draftPart(draft),
        participants: [
          { id: 'p1', role: 'client' },
          { id: 'p1', role: 'counsellor' },
        ],
      }),
    ).toEqual([`participants.1.id:${R.duplicateId}`]);
  });

  it('rejects an invalid conversation date and unknown fields', () => {
    expect(issues(SessionDraftSchema, { ...draftPart(draft), asOf: '2026-11-31' })).toEqual([
      'asOf:facts.validation.date',
    ]);
    expect(SessionDraftSchema.safeParse({ ...draftPart(draft), status: 'finalised' }).success).toBe(
      false,
    );
  });
});
