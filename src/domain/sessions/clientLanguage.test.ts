// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// The client's language is kept in one place, the client participant of the conversation: the
// client view, the summary, the letter and the consent copy all start from it.
import { describe, expect, it } from 'vitest';
import { clientLanguageOf, latestClientLanguage, withClientLanguage } from './lifecycle';
import type { Participant } from './schema';
import { draft } from './sessions.fixtures';

const counsellor: Participant = { id: 'p2', role: 'counsellor', name: 'Frau Berger' };
const interpreter: Participant = { id: 'p3', role: 'interpreter', language: 'ar' };

describe('clientLanguageOf', () => {
  it('is the language of the client participant, never the interpreter’s', () => {
    expect(clientLanguageOf({ participants: [interpreter, { id: 'c', role: 'client' }] })).toBe(
      undefined,
    );
    expect(
      clientLanguageOf({
        participants: [interpreter, { id: 'c', role: 'client', language: 'fa' }],
      }),
    ).toBe('fa');
    expect(clientLanguageOf({ participants: [] })).toBeUndefined();
  });
});

describe('withClientLanguage', () => {
  it('sets the language of the client and leaves everyone else as they were', () => {
    const participants = draft.participants;
    const ids: string[] = [];
    const result = withClientLanguage(participants, 'ti', () => {
      ids.push('new');
      return 'new';
    });
    expect(ids).toEqual([]);
    expect(result).toEqual([
      { id: 'p1', role: 'client', name: 'Amal Haddad', language: 'ti' },
      participants[1],
      participants[2],
    ]);
    // The input stays as it was (the draft is only changed through the editor's change()).
    expect(participants[0]).toEqual({ id: 'p1', role: 'client', name: 'Amal Haddad' });
    expect(withClientLanguage(result, 'ar', () => 'x')[0]?.language).toBe('ar');
  });

  it('adds the client first when there is none yet, with a new id', () => {
    expect(withClientLanguage([counsellor, interpreter], 'ps', () => 'p9')).toEqual([
      { id: 'p9', role: 'client', language: 'ps' },
      counsellor,
      interpreter,
    ]);
    expect(withClientLanguage([], 'ru', () => 'p1')).toEqual([
      { id: 'p1', role: 'client', language: 'ru' },
    ]);
  });
});

describe('latestClientLanguage', () => {
  const session = (asOf: string, language?: string) => ({
    asOf,
    participants: [
      counsellor,
      { id: `c-${asOf}`, role: 'client' as const, ...(language ? { language } : {}) },
    ],
  });

  it('takes the newest conversation that records a language, whatever the order given', () => {
    const sessions = [
      session('2026-10-01', 'ar'),
      session('2026-11-20', 'fa'),
      session('2026-11-05', 'ku'),
    ];
    expect(latestClientLanguage(sessions)).toBe('fa');
    expect(latestClientLanguage([...sessions].reverse())).toBe('fa');
    // The caller's list keeps its order.
    expect(sessions.map((s) => s.asOf)).toEqual(['2026-10-01', '2026-11-20', '2026-11-05']);
  });

  it('skips newer conversations without a language, and has none without any', () => {
    expect(
      latestClientLanguage([
        session('2026-12-01'),
        session('2026-11-01', 'ar'),
        session('2026-11-15'),
      ]),
    ).toBe('ar');
    expect(
      latestClientLanguage([session('2026-12-01'), { asOf: '2026-12-02', participants: [] }]),
    ).toBe(undefined);
    expect(latestClientLanguage([])).toBeUndefined();
  });

  it('takes the first of two conversations on the same day', () => {
    expect(latestClientLanguage([session('2026-11-20', 'ar'), session('2026-11-20', 'fa')])).toBe(
      'ar',
    );
  });
});
