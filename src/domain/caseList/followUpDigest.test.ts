// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { collectFollowUps } from '../sessions/followUps';
import type { ConversationSession } from '../sessions/schema';
import { caseRecord, draft } from '../sessions/sessions.fixtures';
import { FollowUpDigestSchema, followUpDigestOf, followUpsOn } from './followUpDigest';

const representative = {
  id: '0e1d2c3b-4a59-4687-9a8b-7c6d5e4f3a2b',
  name: 'RA Muster',
  role: 'lawyer',
  contact: 'Kanzlei Muster',
  scope: 'Asylverfahren',
  proof: { kind: 'written-power-of-attorney' },
} as const;

const on = fc.integer({ min: 0, max: 90 }).map((n) => addDays('2026-10-01', n));
const spec = fc.record({
  asOf: on,
  finalised: fc.boolean(),
  appointment: fc.option(fc.tuple(on, fc.constantFrom('Rathaus', '')), { nil: undefined }),
  actions: fc.array(
    fc.record({
      done: fc.boolean(),
      due: fc.option(on, { nil: undefined }),
      who: fc.constantFrom('client', 'authority', 'counsellor', 'representative'),
      text: fc.constantFrom('Pass beantragen', ''),
    }),
    { maxLength: 3 },
  ),
});

type Spec = typeof spec extends fc.Arbitrary<infer S> ? S : never;

function sessionsOf(specs: Spec[]): ConversationSession[] {
  return specs.map((s, i) => ({
    ...draft,
    id: `g${String(i)}`,
    asOf: s.asOf,
    status: s.finalised ? 'finalised' : 'draft',
    ...(s.finalised
      ? {
          finalisation: {
            finalisedAt: `${s.asOf}T10:00:00.000Z`,
            finalisedBy: 'Frau Berger',
            contentHash: 'b'.repeat(64),
            factsSnapshot: {},
          },
        }
      : {}),
    answers: {
      plan: s.actions.map((a, j) => ({
        id: `p${String(j)}`,
        responsible: a.who,
        done: a.done,
        text: a.text,
        ...(a.due !== undefined ? { dueDate: a.due } : {}),
      })),
    },
    nextAppointment: s.appointment && { date: s.appointment[0], place: s.appointment[1] },
  }));
}

describe('follow-up digest', () => {
  it('gives the same list as collectFollowUps on every day, for several cases', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(spec, { maxLength: 3 }), fc.boolean()), { maxLength: 3 }),
        on,
        fc.integer({ min: 0, max: 14 }),
        (cases, asOf, soonDays) => {
          const items = cases.map(([specs, withRepresentative], i) => ({
            caseRecord: {
              ...caseRecord,
              id: `case-${String(i)}`,
              profile: {
                ...caseRecord.profile,
                ...(withRepresentative ? { representatives: [representative] } : {}),
              },
            },
            sessions: sessionsOf(specs),
          }));
          const digests = items.map((i) => followUpDigestOf(i.caseRecord, i.sessions));
          for (const d of digests) expect(FollowUpDigestSchema.safeParse(d).success).toBe(true);
          expect(followUpsOn(digests, asOf, soonDays)).toEqual(
            collectFollowUps(items, asOf, soonDays),
          );
        },
      ),
      { numRuns: 200, seed: 20261204 },
    );
  });

  it('keeps the dates of the conversations it refers to, and nothing else of them', () => {
    const sessions = sessionsOf([
      { asOf: '2026-11-02', finalised: false, appointment: undefined, actions: [] },
      {
        asOf: '2026-11-20',
        finalised: false,
        appointment: undefined,
        actions: [{ done: false, due: undefined, who: 'client', text: 'Pass beantragen' }],
      },
    ]);
    const digest = followUpDigestOf(caseRecord, sessions);
    expect(digest.sessionDates).toEqual({ g1: '2026-11-20' });
    expect(digest.displayName).toBe(caseRecord.profile.displayName);
    expect(JSON.stringify(digest)).not.toMatch(/duldung|2000-05-01/);
  });
});
