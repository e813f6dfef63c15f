// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import type { CaseRecord } from '../cases/schema';
import { collectFollowUps } from '../sessions/followUps';
import type { ConversationSession } from '../sessions/schema';
import { caseRecord, draft } from '../sessions/sessions.fixtures';
import {
  CaseDigestSchema,
  caseDigestOf,
  compareDigests,
  followUpDueOn,
  matchesStateFilter,
} from './digest';

const stored = { ...caseRecord, updatedAt: '2026-11-20T10:00:00.000Z' };

describe('caseDigestOf', () => {
  it('keeps only what the list shows, counts drafts and finds the earliest due date', () => {
    const finalised: ConversationSession = { ...draft, id: 's2', status: 'finalised' };
    const digest = caseDigestOf(stored, [draft, finalised]);
    expect(digest).toEqual({
      id: 'case-1',
      updatedAt: '2026-11-20T10:00:00.000Z',
      profile: { displayName: 'Amal Haddad', pseudonymised: false, fileNumber: 'AZ 12/345' },
      facts: { nationality: 'SY' },
      openSessions: 1,
      // a1 (client, 2026-12-01) in both sessions; the appointment is 2026-12-10.
      earliestDue: '2026-12-01',
    });
    expect(CaseDigestSchema.safeParse(digest).success).toBe(true);
    // Nothing beyond the list's fields: no birth date, status, answers or notes.
    expect(JSON.stringify(digest)).not.toMatch(/2000-05-01|duldung|gut informiert/);
  });

  it('has no due date and no open sessions for a case without conversations', () => {
    const digest = caseDigestOf(
      { ...stored, profile: { ...stored.profile, fileNumber: undefined } },
      [],
    );
    expect(digest.openSessions).toBe(0);
    expect(digest.earliestDue).toBeUndefined();
    expect('fileNumber' in digest.profile).toBe(false);
    expect(followUpDueOn(digest, '2030-01-01')).toBe(false);
  });

  it('shows no nationality for a case where none is recorded', () => {
    const digest = caseDigestOf({ ...stored, facts: { birthDate: '2000-05-01' } }, []);
    expect(digest.facts).toEqual({});
    expect(CaseDigestSchema.safeParse(digest).success).toBe(true);
  });

  it('rejects a stored digest with fields it does not know (another format)', () => {
    const digest = caseDigestOf(stored, [draft]);
    expect(CaseDigestSchema.safeParse({ ...digest, birthDate: '2000-05-01' }).success).toBe(false);
    expect(CaseDigestSchema.safeParse({ ...digest, earliestDue: 'soon' }).success).toBe(false);
  });
});

describe('followUpDueOn', () => {
  const day = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2026-11-01', n));
  const action = fc.record({
    done: fc.boolean(),
    due: fc.option(day, { nil: undefined }),
    responsible: fc.constantFrom('client', 'authority', 'counsellor', 'representative'),
  });
  const session = fc.record({
    asOf: day,
    finalised: fc.boolean(),
    actions: fc.array(action, { maxLength: 3 }),
    appointment: fc.option(day, { nil: undefined }),
  });
  const representative = {
    id: '7f1d2c3b-1111-4222-8333-444455556666',
    name: 'RA Beispiel',
    role: 'lawyer',
    contact: 'Kanzlei',
    scope: 'Aufenthaltsverfahren',
    proof: { kind: 'power-of-attorney' },
  } as const;

  it('agrees with the follow-up list: due exactly when one is overdue or due today', () => {
    fc.assert(
      fc.property(
        fc.array(session, { maxLength: 4 }),
        fc.boolean(),
        day,
        (specs, withRepresentative, asOf) => {
          const record: CaseRecord & { updatedAt: string } = {
            ...stored,
            profile: {
              ...stored.profile,
              ...(withRepresentative ? { representatives: [representative] } : {}),
            },
          } as CaseRecord & { updatedAt: string };
          const sessions: ConversationSession[] = specs.map((spec, i) => ({
            ...draft,
            id: `s${String(i)}`,
            asOf: spec.asOf,
            status: spec.finalised ? 'finalised' : 'draft',
            ...(spec.finalised
              ? { finalisation: { ...finalisationStub, finalisedAt: `${spec.asOf}T12:00:00.000Z` } }
              : {}),
            answers: {
              actions: spec.actions.map((a, j) => ({
                id: `a${String(j)}`,
                responsible: a.responsible,
                done: a.done,
                ...(a.due !== undefined ? { dueDate: a.due } : {}),
              })),
            },
            nextAppointment:
              spec.appointment !== undefined ? { date: spec.appointment } : undefined,
          }));
          const expected = collectFollowUps([{ caseRecord: record, sessions }], asOf).some(
            (f) => f.urgency === 'overdue' || f.urgency === 'today',
          );
          expect(followUpDueOn(caseDigestOf(record, sessions), asOf)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const finalisationStub = {
  finalisedAt: '2026-11-20T12:00:00.000Z',
  finalisedBy: 'Frau Berger',
  contentHash: 'a'.repeat(64),
} as unknown as NonNullable<ConversationSession['finalisation']>;

describe('compareDigests', () => {
  it('orders newest change first, then by id', () => {
    const at = (id: string, updatedAt: string) => ({ ...caseDigestOf(stored, []), id, updatedAt });
    const sorted = [
      at('b', '2026-11-01T00:00:00.000Z'),
      at('c', '2026-11-02T00:00:00.000Z'),
      at('a', '2026-11-01T00:00:00.000Z'),
    ].sort(compareDigests);
    expect(sorted.map((d) => d.id)).toEqual(['c', 'a', 'b']);
    // The same order whichever comes first, and one digest is equal to itself.
    const [x, y] = [at('x', '2026-11-01T00:00:00.000Z'), at('y', '2026-11-01T00:00:00.000Z')];
    expect(compareDigests(x, y)).toBe(-1);
    expect(compareDigests(y, x)).toBe(1);
    expect(compareDigests(x, x)).toBe(0);
  });
});

describe('open and closed cases in the list', () => {
  it('carries the closing day while the case is closed, not after it was reopened', () => {
    const closedOn = '2026-11-25';
    const closing = { kind: 'closed' as const, on: closedOn, outcome: 'deportation' as const };
    const closed = caseDigestOf(
      { ...stored, profile: { ...stored.profile, lifecycle: [closing] } },
      [],
    );
    expect(closed.closedOn).toBe(closedOn);
    // Nothing about the outcome in the digest: the list shows only that it is closed.
    expect(JSON.stringify(closed)).not.toContain('deportation');
    expect(CaseDigestSchema.safeParse(closed).success).toBe(true);
    const reopened = caseDigestOf(
      {
        ...stored,
        profile: {
          ...stored.profile,
          lifecycle: [closing, { kind: 'reopened', on: '2026-11-26' }],
        },
      },
      [],
    );
    expect(reopened.closedOn).toBeUndefined();
    expect(matchesStateFilter(closed, 'closed')).toBe(true);
    expect(matchesStateFilter(closed, 'open')).toBe(false);
    expect(matchesStateFilter(reopened, 'open')).toBe(true);
    expect(matchesStateFilter(reopened, 'all') && matchesStateFilter(closed, 'all')).toBe(true);
  });
});
