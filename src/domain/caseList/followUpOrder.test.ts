import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { FollowUpDigestSchema, followUpsOn, type FollowUpDigest } from './followUpDigest';
import {
  FollowUpOrderSchema,
  countByUrgency,
  decodeOrder,
  encodeOrder,
  followUpAt,
  mergeRefs,
  refsOf,
} from './followUpOrder';

/** The merged order of whole digests (what the sealed order holds). */
const orderOf = (digests: readonly FollowUpDigest[]) => mergeRefs(digests.map(refsOf));

const day = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2026-11-01', n));
const item = fc.record(
  {
    sessionId: fc.constantFrom('s1', 's10', 's2'),
    kind: fc.constantFrom('action', 'appointment', 'inform-representative'),
    dueDate: day,
    actionId: fc.constantFrom('a', 'a0', 'b'),
    text: fc.constantFrom('Pass beantragen', 'Termin'),
  },
  { requiredKeys: ['sessionId', 'kind'] },
);
// Case ids where one is a prefix of another ("c1", "c10"): the tie-break must agree with
// sortFollowUps, which compares the joined key.
const digests = fc
  .uniqueArray(fc.constantFrom('c1', 'c10', 'c2', 'c3', 'd', 'c'), { maxLength: 6 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.array(item, { maxLength: 6 }).map((items): FollowUpDigest => ({
          id,
          displayName: `Person ${id}`,
          items,
          sessionDates: {},
        })),
      ),
    ),
  );

const version = (id: string) => `v-${id}`;
const shown = (refs: ReturnType<typeof orderOf>, all: readonly FollowUpDigest[], asOf: string) => {
  const byId = new Map(all.map((d) => [d.id, d]));
  return refs.map((ref) => followUpAt(byId.get(ref.caseId)!, ref, asOf));
};

describe('follow-up order', () => {
  it('a sealed order of some cases merged with the rest equals the list of every day', () => {
    fc.assert(
      fc.property(
        digests,
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        day,
        fc.integer({ min: 0, max: 14 }),
        (all, inSnapshot, asOf, soonDays) => {
          for (const d of all) expect(FollowUpDigestSchema.safeParse(d).success).toBe(true);
          const sealed = all.filter((_, i) => inSnapshot[i]);
          const extra = all.filter((_, i) => !inSnapshot[i]);
          const encoded = encodeOrder(
            sealed.map((d) => ({ id: d.id, version: version(d.id) })),
            orderOf(sealed),
          );
          const parsed = FollowUpOrderSchema.parse(JSON.parse(JSON.stringify(encoded)));
          const fromSnapshot = decodeOrder(parsed, (c) => c.version === version(c.id));
          const merged = mergeRefs([fromSnapshot, ...extra.map(refsOf)]);

          const expected = followUpsOn(all, asOf, soonDays);
          expect(
            merged.map((ref) =>
              followUpAt(
                all.find((d) => d.id === ref.caseId)!,
                ref,
                asOf,
                soonDays,
              ),
            ),
          ).toEqual(expected);
          const counts = countByUrgency(merged, asOf, soonDays);
          for (const [urgency, count] of Object.entries(counts)) {
            expect(count).toBe(expected.filter((f) => f.urgency === urgency).length);
          }
        },
      ),
      { numRuns: 300, seed: 20261205 },
    );
  });

  it('leaves out exactly the cases whose digest changed, in the same order', () => {
    fc.assert(
      fc.property(
        digests,
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (all, changed) => {
          const order = encodeOrder(
            all.map((d) => ({ id: d.id, version: version(d.id) })),
            orderOf(all),
          );
          const gone = new Set(all.filter((_, i) => changed[i]).map((d) => d.id));
          const kept = decodeOrder(order, (c) => !gone.has(c.id));
          expect(kept).toEqual(orderOf(all).filter((ref) => !gone.has(ref.caseId)));
          expect(shown(kept, all, '2026-11-20')).toEqual(
            followUpsOn(
              all.filter((d) => !gone.has(d.id)),
              '2026-11-20',
            ),
          );
        },
      ),
      { numRuns: 200, seed: 20261206 },
    );
  });

  it('lists cases without entries, and refuses broken columns', () => {
    const empty: FollowUpDigest = { id: 'c9', displayName: 'X', items: [], sessionDates: {} };
    const order = encodeOrder([{ id: 'c9', version: 'v' }], orderOf([empty]));
    expect(order.cases).toEqual([{ id: 'c9', version: 'v' }]);
    expect(() => encodeOrder([], [{ due: '', caseId: 'c9', item: 0 }])).toThrow();
    expect(FollowUpOrderSchema.safeParse({ ...order, due: [''] }).success).toBe(false);
    expect(
      FollowUpOrderSchema.safeParse({ cases: [], due: ['2026-13-40'], caseIndex: [0], item: [0] })
        .success,
    ).toBe(false);
    expect(followUpAt(empty, { due: '', caseId: 'c9', item: 0 }, '2026-11-20')).toBeUndefined();
  });
});
