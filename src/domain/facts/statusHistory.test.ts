import { describe, expect, it } from 'vitest';
import { continuousChain, LAWFUL_OR_TOLERATED, TOLERATED_COUNTING } from './statusHistory';
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
    expect(continuousChain(history, asOf, stay)).toEqual({
      kind: 'chain',
      start: '2016-03-01',
      effectiveStart: '2016-03-01',
    });
  });

  it('breaks at a gap of one day', () => {
    const history: StatusPeriod[] = [
      { status: 'gestattung', from: '2016-03-01', until: '2018-12-30' },
      { status: 'duldung-60a', from: '2019-01-01' },
    ];
    expect(continuousChain(history, asOf, stay)).toMatchObject({ start: '2019-01-01' });
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
    expect(continuousChain(history, asOf, stay)).toEqual({
      kind: 'chain',
      start: '2016-01-01',
      effectiveStart: '2016-01-11',
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
    expect(continuousChain(history, asOf, stay)).toEqual({
      kind: 'chain',
      start: '2026-01-01',
      effectiveStart: '2026-01-22',
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
