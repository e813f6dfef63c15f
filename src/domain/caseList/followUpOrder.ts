// The follow-up list's order without its texts. The list is sorted by urgency, then due date,
// then a stable key (sortFollowUps). Urgency only buckets the due dates around the day the
// list is shown (overdue < today < soon < later, undated last), so the ORDER does not depend
// on that day: dated entries by date, then the undated. The device can therefore keep the
// whole order of tens of thousands of entries as small references (a date and a position in a
// case's digest), and open the texts only of the entries on screen.
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../dates';
import {
  sortFollowUps,
  urgencyOn,
  type FollowUp,
  type FollowUpUrgency,
} from '../sessions/followUps';
import type { FollowUpDigest } from './followUpDigest';

/** Bumped whenever the shape or meaning changes: another format is dropped and rebuilt. */
export const FOLLOW_UP_ORDER_FORMAT = 1;

/** One entry of the list: its due date ('' without one), its case, its position in the digest. */
export type FollowUpRef = {
  readonly due: string;
  readonly caseId: string;
  readonly item: number;
};

/**
 * The sealed form: the cases (with the version of the digest the positions refer to) and the
 * references column by column, already in list order. Columns, because 40,000 small objects
 * cost more to parse and check than three arrays.
 */
export const FollowUpOrderSchema = z
  .object({
    cases: z.array(z.object({ id: z.string().min(1), version: z.string().min(1) }).strict()),
    due: z.array(z.string().refine((d) => d === '' || isIsoDate(d))),
    caseIndex: z.array(z.number().int().nonnegative()),
    item: z.array(z.number().int().nonnegative()),
  })
  .strict()
  .refine(
    (o) =>
      o.due.length === o.caseIndex.length &&
      o.due.length === o.item.length &&
      o.caseIndex.every((i) => i < o.cases.length),
    'columns of different lengths, or a case index out of range',
  );
export type FollowUpOrder = z.infer<typeof FollowUpOrderSchema>;

/** One case's entries in list order (the day does not matter for the order, see above). */
export function refsOf(digest: FollowUpDigest): FollowUpRef[] {
  const sorted = sortFollowUps(
    digest.items.map((item, index) => ({
      ...item,
      caseId: digest.id,
      // One bucket for every dated entry, one for the undated: the order sortFollowUps gives
      // on any day (see the top of this file).
      urgency: item.dueDate ? ('later' as const) : ('no-date' as const),
      index,
    })),
  );
  return sorted.map((entry) => ({
    due: entry.dueDate ?? '',
    caseId: digest.id,
    item: entry.index,
  }));
}

/** List order between entries of DIFFERENT cases: dated first, by date, then by case. */
function before(a: FollowUpRef, b: FollowUpRef): boolean {
  if (a.due !== b.due) {
    if (a.due === '') return false;
    if (b.due === '') return true;
    return a.due < b.due;
  }
  return a.caseId < b.caseId;
}

/**
 * Merges lists that are each in list order and hold disjoint cases. Entries of one case stay
 * in their own order; between cases the order is the one sortFollowUps gives (its tie-break
 * starts with the case id).
 */
export function mergeRefs(lists: readonly (readonly FollowUpRef[])[]): FollowUpRef[] {
  return lists.reduce<FollowUpRef[]>((merged, list) => mergeTwo(merged, list), []);
}

function mergeTwo(a: readonly FollowUpRef[], b: readonly FollowUpRef[]): FollowUpRef[] {
  if (a.length === 0) return [...b];
  if (b.length === 0) return [...a];
  const out: FollowUpRef[] = [];
  let i = 0;
  let j = 0;
  for (;;) {
    const x = a[i];
    const y = b[j];
    if (x === undefined) return out.concat(b.slice(j));
    if (y === undefined) return out.concat(a.slice(i));
    if (before(y, x)) {
      out.push(y);
      j += 1;
    } else {
      out.push(x);
      i += 1;
    }
  }
}

/** How many entries fall into each urgency on `asOf`. */
export function countByUrgency(
  refs: readonly FollowUpRef[],
  asOf: IsoDate,
  soonDays = 7,
): Record<FollowUpUrgency, number> {
  const urgencyOf = urgencyOn(asOf, soonDays);
  const counts: Record<FollowUpUrgency, number> = {
    overdue: 0,
    today: 0,
    soon: 0,
    later: 0,
    'no-date': 0,
  };
  for (const ref of refs) counts[urgencyOf(ref.due === '' ? undefined : ref.due)] += 1;
  return counts;
}

/** The entry a reference points to, on `asOf`; undefined when the digest has no such item. */
export function followUpAt(
  digest: FollowUpDigest,
  ref: FollowUpRef,
  asOf: IsoDate,
  soonDays = 7,
): FollowUp | undefined {
  const item = digest.items[ref.item];
  if (!item || digest.id !== ref.caseId) return undefined;
  return { caseId: digest.id, ...item, urgency: urgencyOn(asOf, soonDays)(item.dueDate) };
}

/**
 * The sealed columns of an order. `cases` lists every case the order covers, those without
 * entries too (so a case with nothing open is not taken for one the order lacks), each with
 * the version of the digest the positions refer to.
 */
export function encodeOrder(
  cases: readonly { readonly id: string; readonly version: string }[],
  refs: readonly FollowUpRef[],
): FollowUpOrder {
  const position = new Map(cases.map((c, i) => [c.id, i]));
  const caseIndex = refs.map((ref) => {
    const at = position.get(ref.caseId);
    if (at === undefined) throw new Error('An entry of a case the order does not list.');
    return at;
  });
  return {
    cases: cases.map(({ id, version }) => ({ id, version })),
    due: refs.map((r) => r.due),
    caseIndex,
    item: refs.map((r) => r.item),
  };
}

/** The references of a sealed order whose case passes `keep` (its digest is still current). */
export function decodeOrder(
  order: FollowUpOrder,
  keep: (entry: { id: string; version: string }) => boolean,
): FollowUpRef[] {
  const kept = order.cases.map((c) => (keep(c) ? c.id : undefined));
  const refs: FollowUpRef[] = [];
  order.due.forEach((due, i) => {
    const at = order.caseIndex[i];
    const item = order.item[i];
    const caseId = at === undefined ? undefined : kept[at];
    if (caseId !== undefined && item !== undefined) refs.push({ due, caseId, item });
  });
  return refs;
}
