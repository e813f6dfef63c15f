// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// Every record.* key the domain can emit (validation codes, lifecycle errors, file note)
// must have a German and an English text, with the placeholders the composer fills.
import { describe, expect, it } from 'vitest';
import deRecord from '../../../locales/de/record.json';
import enRecord from '../../../locales/en/record.json';
import { RECORD_VALIDATION } from '../cases/validation';
import { evaluateConsequences } from '../consequences/evaluateConsequences';
import { evaluatePathways } from '../engine/evaluatePathways';
import { namespaceOf } from '../i18nKeys';
import { evaluateReturnOptions } from '../returnOptions/evaluateReturnOptions';
import { SESSION_ERRORS } from './errors';
import type { FileNote } from './fileNote';
import { composeFileNote } from './fileNote';
import { recordI18nKeys } from './fileNoteKeys';
import type { FileNoteKeyLine } from './fileNoteLines';
import { appendAddendum, applyDraftChange, finaliseSession } from './lifecycle';
import type { ConversationSession } from './schema';
import { caseRecord, draft, HASH, template } from './sessions.fixtures';
import { PERSONAS } from '../personas.fixtures';

function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leaves(value, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function lookup(root: unknown, key: string): string | undefined {
  let node: unknown = root;
  for (const part of key.split('.')) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

const locales = { de: deRecord, en: enRecord };

/** Every key line of a composed note, headings, title and meta values included. */
function keyLines(note: FileNote): FileNoteKeyLine[] {
  return [
    { key: note.titleKey },
    ...(note.draftMarkerKey !== undefined ? [{ key: note.draftMarkerKey }] : []),
    ...note.meta.flatMap((m) => [
      { key: m.labelKey },
      ...(typeof m.value === 'string' ? [] : [m.value]),
    ]),
    ...note.sections.flatMap((s) => [
      { key: s.headingKey },
      ...s.lines.filter((l): l is FileNoteKeyLine => 'key' in l),
    ]),
  ];
}

// A set of sessions that together reach every branch of the composer.
const finalised = appendAddendum(
  finaliseSession(draft, {
    finalisedAt: '2026-11-20T09:50:00Z',
    finalisedBy: 'B',
    contentHash: HASH,
    facts: {},
  }),
  { id: 'ad1', writtenAt: '2026-11-21T08:00:00Z', author: 'L', text: 'Nachtrag' },
);
const variants: ConversationSession[] = [
  draft,
  finalised,
  applyDraftChange(draft, {
    startTime: undefined,
    nextAppointment: { date: '2026-12-10' },
    participants: [
      { id: 'a', role: 'client' },
      { id: 'b', role: 'counsellor', language: 'de' },
      { id: 'c', role: 'interpreter', language: 'ar' },
      { id: 'd', role: 'representative', name: 'R' },
      { id: 'e', role: 'supporter', name: 'S', language: 'en' },
      { id: 'f', role: 'family' },
    ],
    answers: {
      actions: [
        { id: 'x', responsible: 'authority', done: true },
        { id: 'y', text: 'T', responsible: 'representative', dueDate: '2027-01-01' },
        { id: 'z', actionKey: 'k', responsible: 'counsellor' },
      ],
    },
  }),
  applyDraftChange(draft, { endTime: undefined, nextAppointment: undefined, participants: [] }),
  // Notices handed out: with and without a § reference, a deadline and a ban length.
  applyDraftChange(draft, {
    answers: {
      notices: [
        {
          kind: 'departure-deadline',
          handedOutOn: '2026-11-20',
          language: 'ar',
          deadline: '2026-12-20',
        },
        { kind: 'entry-ban', handedOutOn: '2026-11-20', language: 'de', banMonths: 30 },
        { kind: 'departure-information-letter', handedOutOn: '2026-11-20', language: 'ar' },
      ],
    },
  }),
  // Another template: the generic title.
  { ...draft, scriptVersion: 'other@2026-11-1' },
];
const notes = variants.map((session) =>
  composeFileNote({
    caseRecord:
      session === draft
        ? caseRecord
        : { ...caseRecord, profile: { ...caseRecord.profile, pseudonymised: true } },
    session,
    template: session.scriptVersion.startsWith('other@') ? { ...template, id: 'other' } : template,
    pathways: evaluatePathways(caseRecord.facts, session.asOf),
    consequences: evaluateConsequences(caseRecord.facts, session.asOf),
    returnOptions: evaluateReturnOptions(caseRecord.facts, session.asOf),
  }),
);
// Every pathway status the file can record, from the realistic personas.
const personaNotes = PERSONAS.map((p) =>
  composeFileNote({
    caseRecord,
    session: draft,
    template,
    pathways: evaluatePathways(p.facts, p.asOf),
    consequences: [],
    returnOptions: [],
  }),
);
const emittedLines = [...notes, ...personaNotes].flatMap(keyLines);
const emitted = [...new Set(emittedLines.flatMap((l) => [l.key, ...Object.values(l.refs ?? {})]))];

describe('record locale files', () => {
  it('de and en have the same keys, exactly the keys the domain can emit', () => {
    const expected = recordI18nKeys().sort();
    expect(leaves(deRecord).sort()).toEqual(expected);
    expect(leaves(enRecord).sort()).toEqual(expected);
  });

  it.each(['de', 'en'] as const)('has a non-empty %s text for every key', (lang) => {
    const missing = recordI18nKeys().filter(
      (key) => (lookup(locales[lang], key) ?? '').trim() === '',
    );
    expect(missing).toEqual([]);
    expect(recordI18nKeys()).toEqual(
      expect.arrayContaining([
        ...Object.values(RECORD_VALIDATION),
        ...Object.values(SESSION_ERRORS),
      ]),
    );
    expect(recordI18nKeys().every((key) => namespaceOf(key) === 'record')).toBe(true);
  });

  it('covers every record key the composer emits; other keys belong to a namespace', () => {
    const record = emitted.filter((key) => key.startsWith('record.'));
    expect(record.filter((key) => !recordI18nKeys().includes(key))).toEqual([]);
    // Almost all file-note keys are reached by the variants above.
    const fileNoteKeys = recordI18nKeys().filter((key) => key.startsWith('record.fileNote.'));
    expect(fileNoteKeys.filter((key) => !record.includes(key))).toEqual([]);
    const foreign = emitted.filter((key) => !key.startsWith('record.') && key !== 'k');
    expect(foreign.filter((key) => namespaceOf(key) === undefined)).toEqual([]);
  });

  it.each(['de', 'en'] as const)('fills every placeholder of the %s texts', (lang) => {
    const unfilled = emittedLines
      .filter((l) => l.key.startsWith('record.'))
      .flatMap((l) => {
        const text = lookup(locales[lang], l.key) ?? '';
        const given = new Set([...Object.keys(l.params ?? {}), ...Object.keys(l.refs ?? {})]);
        const wanted = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '');
        return wanted.filter((name) => !given.has(name)).map((name) => `${l.key}:${name}`);
      });
    expect(unfilled).toEqual([]);
  });
});
