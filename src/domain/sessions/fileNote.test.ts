// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { APPLICABILITY_KEYS, ELIGIBILITY_KEYS } from '../i18nKeys';
import { PATHWAYS } from '../rules/registry';
import { FILE_NOTE_KEYS as K } from './fileNoteKeys';
import { appendAddendum, finaliseSession } from './lifecycle';
import { caseRecord, draft, HASH } from './sessions.fixtures';
import { compose, engine, lines, section } from './fileNote.testing';

const finalised = appendAddendum(
  finaliseSession(draft, {
    finalisedAt: '2026-11-20T09:50:00Z',
    finalisedBy: 'Frau Berger',
    contentHash: HASH,
    facts: caseRecord.facts,
  }),
  {
    id: 'ad1',
    writtenAt: '2026-11-21T08:05:00+01:00',
    author: 'Herr Lang',
    text: 'Pass vorgelegt.',
  },
);

describe('composeFileNote: a full conversation', () => {
  const note = compose(draft);

  it('marks a draft and carries the meta data', () => {
    expect(note.titleKey).toBe(K.title);
    expect(note.status).toBe('draft');
    expect(note.draftMarkerKey).toBe(K.draft);
    expect(note.meta).toEqual([
      { labelKey: K.meta.person, value: 'Amal Haddad' },
      { labelKey: K.meta.fileNumber, value: 'AZ 12/345' },
      { labelKey: K.meta.date, value: { key: K.value.date, params: { date: '2026-11-20' } } },
      {
        labelKey: K.meta.time,
        value: { key: K.value.timeRange, params: { start: '09:30', end: '10:45' } },
      },
      { labelKey: K.meta.place, value: 'Ausländerbehörde Unna, Raum 3' },
    ]);
  });

  it('documents Art und Umfang in a fixed order', () => {
    expect(note.sections.map((s) => s.id)).toEqual([
      'scope',
      'participants',
      'topics',
      'pathways',
      'consequences',
      'return-options',
      'return-interest',
      'support-offers',
      'referral-consent',
      'handouts',
      'actions',
      'next-appointment',
      'notes',
      'finalisation',
    ]);
    expect(section(note, 'scope')).toEqual({
      id: 'scope',
      headingKey: K.section.scope,
      lines: [
        { key: K.scope.type, refs: { type: 'script.templates.perspektivgespraech.title' } },
        { key: K.scope.scriptVersion, params: { version: 'perspektivgespraech@2026-11-1' } },
        { key: K.scope.rulesetVersion, params: { version: '2026-11-01' } },
      ],
    });
  });

  it('lists participants with role, name, organisation and language', () => {
    expect(lines(note, 'participants')).toEqual([
      {
        key: K.participant.line,
        refs: { role: 'record.fileNote.role.client' },
        params: { details: 'Amal Haddad' },
      },
      {
        key: K.participant.line,
        refs: { role: 'record.fileNote.role.counsellor' },
        params: { details: 'Frau Berger, ABH Unna' },
      },
      {
        key: K.participant.lineLanguage,
        refs: { role: 'record.fileNote.role.interpreter' },
        params: { details: 'Herr Aziz', language: 'ar' },
      },
    ]);
  });

  it('lists topics in template order by their section titles', () => {
    expect(lines(note, 'topics')).toEqual([
      { key: 'script.pg.start.title' },
      { key: 'script.pg.return.title' },
      { key: 'script.pg.close.title' },
    ]);
  });

  it('lists every engine result with its status key', () => {
    const { pathways, consequences, returnOptions } = engine(draft);
    expect(lines(note, 'pathways')).toHaveLength(PATHWAYS.length);
    expect(lines(note, 'pathways')).toEqual(
      pathways.map((p) => ({
        key: K.assessment,
        refs: {
          title: p.titleKey,
          status:
            p.statusKey === 'rules.common.status.not-in-force'
              ? K.pathwayStatus['not-in-force']
              : K.pathwayStatus[p.status],
        },
      })),
    );
    expect(consequences.length).toBeGreaterThan(0);
    expect(lines(note, 'consequences')).toEqual(
      consequences.map((c) => ({
        key: K.assessment,
        refs: { title: c.titleKey, status: APPLICABILITY_KEYS[c.applicability] },
      })),
    );
    expect(returnOptions.length).toBeGreaterThan(0);
    expect(lines(note, 'return-options')).toEqual(
      returnOptions.map((o) => ({
        key: K.assessment,
        refs: { title: o.titleKey, status: ELIGIBILITY_KEYS[o.eligibility] },
      })),
    );
  });

  it('records the checklist answers under their labels', () => {
    expect(section(note, 'return-interest')).toEqual({
      id: 'return-interest',
      headingKey: 'script.pg.return-interest.label',
      lines: [{ key: 'script.pg.return-interest.option.wants-counselling' }],
    });
    expect(lines(note, 'support-offers')).toEqual([
      { key: 'script.pg.support-offers.option.ki-kim' },
      { key: 'script.pg.support-offers.option.legal-advice' },
    ]);
    expect(lines(note, 'referral-consent')).toEqual([{ key: K.empty }]);
    expect(lines(note, 'handouts')).toEqual([{ key: 'script.pg.handouts.option.belehrungen' }]);
  });

  it('lists agreed actions, the next appointment and the notes', () => {
    expect(lines(note, 'actions')).toEqual([
      {
        key: K.action.withDate,
        params: { date: '2026-12-01' },
        refs: {
          responsible: 'record.fileNote.responsible.client',
          what: 'rules.aufenthg-25b.requirement.german-a2.action',
        },
      },
      {
        key: K.action.withoutDate,
        params: { what: 'Passantrag stellen' },
        refs: { responsible: 'record.fileNote.responsible.client' },
      },
    ]);
    expect(lines(note, 'next-appointment')).toEqual([
      { key: K.appointment.dateTime, params: { date: '2026-12-10', time: '10:00' } },
      { key: K.appointment.place, params: { place: 'Raum 3' } },
    ]);
    expect(lines(note, 'notes')).toEqual([
      { key: K.note, refs: { label: 'script.pg.notes.label' } },
      { text: 'Person wirkt gut informiert.' },
    ]);
    expect(lines(note, 'finalisation')).toEqual([{ key: K.draft }]);
  });
});

describe('composeFileNote: finalised with addenda', () => {
  it('shows who finalised when (German time) with a short checksum, then the addenda', () => {
    const note = compose(finalised, engine(finalised, finalised.finalisation?.factsSnapshot));
    expect(note.status).toBe('finalised');
    expect(note).not.toHaveProperty('draftMarkerKey');
    expect(lines(note, 'finalisation')).toEqual([
      {
        key: K.finalised,
        params: {
          date: '2026-11-20',
          time: '10:50',
          by: 'Frau Berger',
          hash: 'a1b2 c3d4 e5f6 0718',
        },
      },
    ]);
    expect(section(note, 'addenda')).toEqual({
      id: 'addenda',
      headingKey: K.section.addenda,
      lines: [
        { key: K.addendum, params: { date: '2026-11-21', time: '08:05', author: 'Herr Lang' } },
        { text: 'Pass vorgelegt.' },
      ],
    });
  });
});
