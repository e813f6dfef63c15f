// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import {
  continuousChain,
  LAWFUL_OR_TOLERATED,
  TOLERATED_COUNTING,
  unrecordedStretches,
} from './statusHistory';
import type { StatusPeriod } from './schema';

const stay = { counting: LAWFUL_OR_TOLERATED, neutral: ['duldung-60b' as const] };
const asOf = '2026-11-21';

describe('continuousChain', () => {
  it('is unknown without a history or with invalid dates', () => {
    expect(continuousChain(undefined, asOf, stay)).toEqual({ kind: 'unknown' });
    expect(continuousChain([], asOf, stay)).toEqual({ kind: 'unknown' });
    expect(continuousChain([{ status: 'duldung-60a', from: '2026-02-30' }], asOf, stay)).toEqual({
      kind: 'unknown',
    });
    expect(
      continuousChain([{ status: 'duldung-60a', from: '2020-01-01', until: 'x' }], asOf, stay),
    ).toEqual({ kind: 'unknown' });
  });

  it('is unknown when the history ends before asOf (not kept up to date)', () => {
    const history: StatusPeriod[] = [
      { status: 'duldung-60a', from: '2020-01-01', until: '2026-06-30' },
    ];
    expect(continuousChain(history, asOf, stay)).toEqual({ kind: 'unknown' });
  });

  it('is not-in-chain when today’s status does not count', () => {
    const history: StatusPeriod[] = [
      { status: 'duldung-60a', from: '2020-01-01', until: '2026-06-30' },
      { status: 'obliged-to-leave-without-duldung', from: '2026-07-01' },
    ];
    expect(continuousChain(history, asOf, stay)).toEqual({ kind: 'not-in-chain' });
  });

  it('joins adjacent periods in any order and ignores future periods', () => {
    const history: StatusPeriod[] = [
      { status: 'duldung-60a', from: '2019-01-01' },
      { status: 'gestattung', from: '2016-03-01', until: '2018-12-31' },
      { status: 'permit-other', from: '2027-01-01' },
    ];
    expect(continuousChain(history, asOf, stay, '2016-03-01')).toEqual({
      kind: 'chain',
      start: '2016-03-01',
      effectiveStart: '2016-03-01',
      unrecorded: [],
      bestStart: '2016-03-01',
      bestEffectiveStart: '2016-03-01',
    });
  });

  it('stops the recorded chain at a gap of one day, which is unrecorded, not a break', () => {
    const history: StatusPeriod[] = [
      { status: 'gestattung', from: '2016-03-01', until: '2018-12-30' },
      { status: 'duldung-60a', from: '2019-01-01' },
    ];
    expect(continuousChain(history, asOf, stay, '2016-03-01')).toEqual({
      kind: 'chain',
      start: '2019-01-01',
      effectiveStart: '2019-01-01',
      unrecorded: [{ from: '2018-12-31', until: '2018-12-31' }],
      bestStart: '2016-03-01',
      bestEffectiveStart: '2016-03-01',
    });
  });

  it('treats the stretch from the entry to the first period as unrecorded', () => {
    const history: StatusPeriod[] = [{ status: 'duldung-60a', from: '2022-01-01' }];
    expect(continuousChain(history, asOf, stay, '2015-06-01')).toMatchObject({
      start: '2022-01-01',
      unrecorded: [{ from: '2015-06-01', until: '2021-12-31' }],
      bestStart: '2015-06-01',
    });
    // Entry on the first day of the history: nothing unrecorded.
    expect(continuousChain(history, asOf, stay, '2022-01-01')).toMatchObject({
      unrecorded: [],
      bestStart: '2022-01-01',
    });
    // Entry unknown: how far back the chain could reach is unknown (unbounded).
    const open = continuousChain(history, asOf, stay);
    expect(open).toMatchObject({ start: '2022-01-01', unrecorded: [] });
    expect(open.kind === 'chain' && open.bestStart).toBeUndefined();
  });

  it('lists unrecorded stretches between entry, periods and asOf', () => {
    const history: StatusPeriod[] = [
      { status: 'gestattung', from: '2017-01-01', until: '2018-06-30' },
      { status: 'duldung-60a', from: '2019-01-01' },
    ];
    expect(unrecordedStretches(history, asOf, '2016-01-01')).toEqual([
      { from: '2016-01-01', until: '2016-12-31' },
      { from: '2018-07-01', until: '2018-12-31' },
    ]);
    expect(unrecordedStretches(history, asOf)).toEqual([
      { from: '2018-07-01', until: '2018-12-31' },
    ]);
    expect(unrecordedStretches(undefined, asOf)).toBeUndefined();
  });

  it('finds the stretches whatever the order of the periods, one inside another included', () => {
    const history: StatusPeriod[] = [
      { status: 'duldung-60a', from: '2019-01-01' },
      { status: 'gestattung', from: '2016-01-01', until: '2018-06-30' },
      { status: 'gestattung', from: '2017-01-01', until: '2017-06-30' },
    ];
    expect(unrecordedStretches(history, asOf, '2015-07-01')).toEqual([
      { from: '2015-07-01', until: '2015-12-31' },
      { from: '2018-07-01', until: '2018-12-31' },
    ]);
    expect(unrecordedStretches([], asOf)).toBeUndefined();
    expect(unrecordedStretches([{ status: 'gestattung', from: '2016-02-30' }], asOf)).toBe(
      undefined,
    );
  });

  it('bridges an unrecorded year back to the latest period that ended before it', () => {
    const history: StatusPeriod[] = [
      { status: 'gestattung', from: '2014-01-01', until: '2016-12-31' },
      { status: 'gestattung', from: '2015-01-01', until: '2015-12-31' },
      { status: 'duldung-60a', from: '2018-01-01' },
    ];
    expect(continuousChain(history, asOf, stay, '2014-01-01')).toEqual({
      kind: 'chain',
      start: '2018-01-01',
      effectiveStart: '2018-01-01',
      unrecorded: [{ from: '2017-01-01', until: '2017-12-31' }],
      bestStart: '2014-01-01',
      bestEffectiveStart: '2014-01-01',
    });
  });

  it('breaks at a non-chain status in between', () => {
    const history: StatusPeriod[] = [
      { status: 'gestattung', from: '2016-03-01', until: '2018-12-31' },
      { status: 'obliged-to-leave-without-duldung', from: '2019-01-01', until: '2019-03-31' },
      { status: 'duldung-60a', from: '2019-04-01' },
    ];
    expect(continuousChain(history, asOf, stay)).toMatchObject({ start: '2019-04-01' });
  });

  it('keeps the chain through § 60b periods but shifts the effective start', () => {
    const history: StatusPeriod[] = [
      { status: 'gestattung', from: '2016-01-01', until: '2016-12-31' },
      { status: 'duldung-60b', from: '2017-01-01', until: '2017-01-10' },
      { status: 'duldung-60a', from: '2017-01-11' },
    ];
    expect(continuousChain(history, asOf, stay, '2016-01-01')).toMatchObject({
      kind: 'chain',
      start: '2016-01-01',
      effectiveStart: '2016-01-11',
      unrecorded: [],
    });
  });

  it('treats § 60b as breaking when it is neither counting nor neutral', () => {
    const history: StatusPeriod[] = [
      { status: 'duldung-60a', from: '2016-01-01', until: '2016-12-31' },
      { status: 'duldung-60b', from: '2017-01-01', until: '2017-12-31' },
      { status: 'duldung-60a', from: '2018-01-01' },
    ];
    expect(continuousChain(history, asOf, { counting: TOLERATED_COUNTING })).toMatchObject({
      start: '2018-01-01',
    });
  });

  it('counts neutral time only inside the chain, also when it is current', () => {
    const history: StatusPeriod[] = [
      { status: 'duldung-60b', from: '2010-01-01', until: '2010-12-31' },
      { status: 'obliged-to-leave-without-duldung', from: '2011-01-01', until: '2025-12-31' },
      { status: 'duldung-60a', from: '2026-01-01', until: '2026-10-31' },
      { status: 'duldung-60b', from: '2026-11-01' },
    ];
    expect(continuousChain(history, asOf, stay)).toMatchObject({
      kind: 'chain',
      start: '2026-01-01',
      effectiveStart: '2026-01-22',
      unrecorded: [],
    });
  });

  it('handles overlapping periods by taking the earliest start', () => {
    const history: StatusPeriod[] = [
      { status: 'gestattung', from: '2016-01-01', until: '2019-06-30' },
      { status: 'duldung-60a', from: '2019-01-01' },
    ];
    expect(continuousChain(history, asOf, stay)).toMatchObject({ start: '2016-01-01' });
  });
});
