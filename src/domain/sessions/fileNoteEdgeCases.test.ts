// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// Edge cases of the file note: sparse sessions, unknown ids, helpers.
import { describe, expect, it } from 'vitest';
import { FILE_NOTE_KEYS as K } from './fileNoteKeys';
import { berlinDateTime, shortHash } from './fileNoteLines';
import { applyDraftChange } from './lifecycle';
import { caseRecord, draft, HASH, template } from './sessions.fixtures';
import { compose, lines } from './fileNote.testing';

describe('composeFileNote: sparse and unusual sessions', () => {
  const sparse = applyDraftChange(draft, {
    place: '  ',
    startTime: undefined,
    endTime: '11:00',
    nextAppointment: { date: '2026-12-10', place: '' },
    participants: [
      { id: 'p1', role: 'client' },
      { id: 'p2', role: 'interpreter', language: 'fa', name: ' ' },
      { id: 'p3', role: 'family', organisation: 'Bruder' },
    ],
    topicsCovered: ['close', 'retired-section', 'close'],
    answers: {
      'return-interest': 'not a list',
      'support-offers': ['ki-kim', 'retired-option'],
      actions: [
        { id: 'a1', responsible: 'authority', done: true },
        {
          id: 'a2',
          text: '  ',
          actionKey: 'k.action',
          responsible: 'counsellor',
          dueDate: '2027-01-01',
        },
      ],
      interpreter: '   ',
      representative: ['not', 'a', 'note'],
    },
  });
  const pseudonymous = {
    ...caseRecord,
    profile: {
      displayName: 'Fall 17',
      pseudonymised: true,
      fileNumber: ' ',
      createdOn: '2026-10-01',
    },
  };
  const note = compose(sparse, {
    caseRecord: pseudonymous,
    pathways: [],
    consequences: [],
    returnOptions: [],
  });

  it('uses the pseudonym marker and leaves out what is not given', () => {
    expect(note.meta).toEqual([
      { labelKey: K.meta.person, value: { key: K.value.pseudonym, params: { name: 'Fall 17' } } },
      { labelKey: K.meta.date, value: { key: K.value.date, params: { date: '2026-11-20' } } },
      { labelKey: K.meta.time, value: { key: K.value.timeUntil, params: { end: '11:00' } } },
    ]);
    const from = compose(applyDraftChange(draft, { endTime: undefined }));
    expect(from.meta.find((m) => m.labelKey === K.meta.time)?.value).toEqual({
      key: K.value.timeFrom,
      params: { start: '09:30' },
    });
    const none = compose(applyDraftChange(draft, { startTime: undefined, endTime: undefined }));
    expect(none.meta.map((m) => m.labelKey)).not.toContain(K.meta.time);
  });

  it('shows roles without details, unknown ids as text and empty lists as such', () => {
    expect(lines(note, 'participants')).toEqual([
      { key: K.participant.role, refs: { role: 'record.fileNote.role.client' } },
      {
        key: K.participant.roleLanguage,
        refs: { role: 'record.fileNote.role.interpreter' },
        params: { language: 'fa' },
      },
      {
        key: K.participant.line,
        refs: { role: 'record.fileNote.role.family' },
        params: { details: 'Bruder' },
      },
    ]);
    expect(lines(note, 'topics')).toEqual([
      { key: 'script.pg.close.title' },
      { text: 'retired-section' },
    ]);
    for (const id of ['pathways', 'consequences', 'return-interest', 'notes']) {
      expect(lines(note, id)).toEqual([{ key: K.empty }]);
    }
    // Return was not ticked "besprochen": no return options in the file.
    expect(note.sections.map((s) => s.id)).not.toContain('return-options');
    expect(lines(note, 'support-offers')).toEqual([
      { key: 'script.pg.support-offers.option.ki-kim' },
      { text: 'retired-option' },
    ]);
  });

  it('marks done and undescribed actions and an appointment without time', () => {
    expect(lines(note, 'actions')).toEqual([
      {
        key: K.action.withoutDate,
        refs: { responsible: 'record.fileNote.responsible.authority', what: K.action.unspecified },
      },
      { key: K.action.done },
      {
        key: K.action.withDate,
        params: { date: '2027-01-01' },
        refs: { responsible: 'record.fileNote.responsible.counsellor', what: 'k.action' },
      },
    ]);
    expect(lines(note, 'next-appointment')).toEqual([
      { key: K.appointment.date, params: { date: '2026-12-10' } },
    ]);
    const noAppointment = compose(applyDraftChange(draft, { nextAppointment: undefined }));
    expect(lines(noAppointment, 'next-appointment')).toEqual([{ key: K.appointment.none }]);
    const noParticipants = compose(
      applyDraftChange(draft, { participants: [], topicsCovered: [] }),
    );
    expect(lines(noParticipants, 'participants')).toEqual([{ key: K.empty }]);
    expect(lines(noParticipants, 'actions')).toHaveLength(2);
    const noActions = compose(applyDraftChange(draft, { answers: {} }));
    expect(lines(noActions, 'actions')).toEqual([{ key: K.empty }]);
  });

  it('uses the generic title for other templates and refuses mismatches', () => {
    const other = { ...template, id: 'fruehe-rueckkehrberatung' };
    const session = { ...draft, scriptVersion: 'fruehe-rueckkehrberatung@2026-11-1' };
    expect(compose(session, { template: other }).titleKey).toBe(K.titleGeneric);
    expect(() => compose(draft, { template: { ...template, version: '2027-01-1' } })).toThrow(
      RangeError,
    );
    expect(() => compose(draft, { caseRecord: { ...caseRecord, id: 'case-2' } })).toThrow(
      RangeError,
    );
  });
});

describe('file note helpers', () => {
  it('converts instants to German legal time (winter and summer)', () => {
    expect(berlinDateTime('2026-11-20T23:30:00Z')).toEqual({ date: '2026-11-21', time: '00:30' });
    expect(berlinDateTime('2026-07-01T12:00:00Z')).toEqual({ date: '2026-07-01', time: '14:00' });
    expect(berlinDateTime('2026-07-01T14:00:00+02:00')).toEqual({
      date: '2026-07-01',
      time: '14:00',
    });
    expect(berlinDateTime('2026-07-01T99:99')).toEqual({ date: '2026-07-01', time: '99:99' });
  });

  it('shortens the hash to 16 digits in groups of four', () => {
    expect(shortHash(HASH)).toBe('a1b2 c3d4 e5f6 0718');
    expect(shortHash('abcdef')).toBe('abcd ef');
    expect(shortHash('')).toBe('');
  });
});

describe('composeFileNote: only what was discussed', () => {
  // A template with the topics that carry the engine's assessments.
  const withTopics = {
    ...template,
    sections: [
      ...template.sections,
      { id: 'pathways', titleKey: 'script.pg.pathways.title', steps: [] },
      { id: 'duties', titleKey: 'script.pg.duties.title', steps: [] },
    ],
  };
  const ids = (topicsCovered: string[]) =>
    compose(applyDraftChange(draft, { topicsCovered }), { template: withTopics }).sections.map(
      (s) => s.id,
    );

  it('leaves out the pathways, consequences and return options of topics not discussed', () => {
    const none = ids(['start', 'close']);
    expect(none).not.toContain('pathways');
    expect(none).not.toContain('consequences');
    expect(none).not.toContain('return-options');
    const all = ids(['start', 'pathways', 'duties', 'return', 'close']);
    expect(all).toEqual(expect.arrayContaining(['pathways', 'consequences', 'return-options']));
  });
});
