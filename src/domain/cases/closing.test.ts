// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import {
  CASE_OUTCOMES,
  CLOSING_VALIDATION as V,
  CaseLifecycleSchema,
  caseState,
  closeCase,
  currentClosing,
  extendsLifecycle,
  outcomeDetails,
  reopenCase,
  type CaseLifecycle,
} from './closing';
import { CaseProfileSchema } from './schema';

const context = { createdOn: '2026-03-01', asOf: '2026-06-15' };
const codes = (r: ReturnType<typeof closeCase>) => (r.ok ? [] : r.issues.map((i) => i.code));

describe('closing a case', () => {
  it('appends a closing with outcome and detail; the case is closed', () => {
    const r = closeCase(
      undefined,
      { on: '2026-06-15', outcome: 'residence-title', detail: 'aufenthg-25b' },
      context,
    );
    expect(r).toEqual({
      ok: true,
      lifecycle: [
        { kind: 'closed', on: '2026-06-15', outcome: 'residence-title', detail: 'aufenthg-25b' },
      ],
    });
    if (!r.ok) return;
    expect(caseState(r.lifecycle)).toBe('closed');
    expect(currentClosing(r.lifecycle)?.outcome).toBe('residence-title');
    expect(CaseLifecycleSchema.parse(r.lifecycle)).toEqual(r.lifecycle);
  });

  it('accepts the creation day and today, refuses the future and the days before creation', () => {
    const at = (on: string) => codes(closeCase([], { on, outcome: 'died' }, context));
    expect(at('2026-03-01')).toEqual([]);
    expect(at('2026-06-15')).toEqual([]);
    expect(at('2026-06-16')).toEqual([V.dateFuture]);
    expect(at('2026-02-28')).toEqual([V.beforeCreated]);
    expect(at('2026-02-30')).toEqual([V.date]);
  });

  it('refuses an unknown outcome and a detail that does not belong to the outcome', () => {
    const on = '2026-05-01';
    expect(codes(closeCase([], { on, outcome: 'vanished' }, context))).toEqual([V.outcome]);
    expect(
      codes(closeCase([], { on, outcome: 'deportation', detail: 'reag-garp' }, context)),
    ).toEqual([V.detail]);
    expect(
      codes(closeCase([], { on, outcome: 'voluntary-departure-programme', detail: 'x' }, context)),
    ).toEqual([V.detail]);
    expect(
      codes(
        closeCase(
          [],
          { on, outcome: 'voluntary-departure-programme', detail: 'starthilfeplus' },
          context,
        ),
      ),
    ).toEqual([]);
    // A detail is optional even where the outcome has details.
    expect(codes(closeCase([], { on, outcome: 'residence-title' }, context))).toEqual([]);
  });

  it('offers the pathway ids and "other title" for a title, the programmes for a departure', () => {
    expect(outcomeDetails('residence-title')).toContain('aufenthg-25a');
    expect(outcomeDetails('residence-title')).toContain('other-title');
    expect(outcomeDetails('voluntary-departure-programme')).toEqual([
      'reag-garp',
      'starthilfeplus',
      'other-programme',
    ]);
    for (const o of CASE_OUTCOMES) {
      if (o !== 'residence-title' && o !== 'voluntary-departure-programme') {
        expect(outcomeDetails(o)).toEqual([]);
      }
    }
  });
});

describe('closed → reopened → closed', () => {
  it('keeps every event; the latest decides the state', () => {
    const first = closeCase([], { on: '2026-04-01', outcome: 'unreachable' }, context);
    if (!first.ok) throw new Error('close');
    expect(
      codes(closeCase(first.lifecycle, { on: '2026-04-02', outcome: 'died' }, context)),
    ).toEqual([V.alreadyClosed]);
    const reopened = reopenCase(first.lifecycle, { on: '2026-04-01' }, context);
    if (!reopened.ok) throw new Error('reopen');
    expect(caseState(reopened.lifecycle)).toBe('open');
    expect(currentClosing(reopened.lifecycle)).toBeUndefined();
    expect(reopenCase(reopened.lifecycle, { on: '2026-05-01' }, context)).toEqual({
      ok: false,
      issues: [{ path: '', code: V.notClosed }],
    });
    expect(
      codes(closeCase(reopened.lifecycle, { on: '2026-03-31', outcome: 'died' }, context)),
    ).toEqual([V.beforePrevious]);
    const again = closeCase(reopened.lifecycle, { on: '2026-06-01', outcome: 'died' }, context);
    if (!again.ok) throw new Error('close again');
    expect(again.lifecycle.map((e) => e.kind)).toEqual(['closed', 'reopened', 'closed']);
    expect(extendsLifecycle(first.lifecycle, again.lifecycle)).toBe(true);
    expect(extendsLifecycle(again.lifecycle, first.lifecycle)).toBe(false);
    expect(CaseLifecycleSchema.safeParse(again.lifecycle).success).toBe(true);
  });

  it('an edited or removed event is not an extension', () => {
    const list: CaseLifecycle = [{ kind: 'closed', on: '2026-04-01', outcome: 'died' }];
    expect(extendsLifecycle(list, [{ ...list[0]!, on: '2026-04-02' }])).toBe(false);
    expect(extendsLifecycle(list, [])).toBe(false);
    expect(extendsLifecycle(undefined, list)).toBe(true);
    expect(extendsLifecycle(list, undefined)).toBe(false);
    expect(extendsLifecycle(undefined, undefined)).toBe(true);
  });

  it('reopens only on a valid day, not before the closing, nothing changes otherwise', () => {
    const list: CaseLifecycle = [{ kind: 'closed', on: '2026-04-01', outcome: 'died' }];
    const reopenOn = (on: string) => {
      const r = reopenCase(list, { on }, context);
      return r.ok ? [] : r.issues.map((i) => i.code);
    };
    expect(reopenOn('2026-03-31')).toEqual([V.beforePrevious]);
    expect(reopenOn('2026-06-16')).toEqual([V.dateFuture]);
    expect(reopenOn('2026-04-31')).toEqual([V.date]);
    expect(reopenOn('2026-06-15')).toEqual([]);
    expect(list).toHaveLength(1);
  });
});

describe('the stored list', () => {
  const issues = (value: unknown) =>
    CaseLifecycleSchema.safeParse(value).error?.issues.map(
      (i) => `${i.path.join('.')}:${i.message}`,
    ) ?? [];

  it('must start with a closing, alternate and never go back in time', () => {
    expect(issues([{ kind: 'reopened', on: '2026-01-01' }])).toEqual([`0.kind:${V.invalid}`]);
    expect(
      issues([
        { kind: 'closed', on: '2026-02-01', outcome: 'died' },
        { kind: 'closed', on: '2026-02-02', outcome: 'died' },
      ]),
    ).toEqual([`1.kind:${V.invalid}`]);
    expect(
      issues([
        { kind: 'closed', on: '2026-02-01', outcome: 'died' },
        { kind: 'reopened', on: '2026-01-31' },
      ]),
    ).toEqual([`1.on:${V.beforePrevious}`]);
    expect(issues([{ kind: 'closed', on: '2026-02-01', outcome: 'other', detail: 'x' }])).toEqual([
      `0.detail:${V.detail}`,
    ]);
    expect(issues([{ kind: 'closed', on: '2026-02-01', outcome: 'other', note: 'x' }])).not.toEqual(
      [],
    );
  });

  it('is part of the case profile', () => {
    const profile = { displayName: 'A', pseudonymised: false, createdOn: '2026-01-01' };
    expect(
      CaseProfileSchema.safeParse({
        ...profile,
        lifecycle: [{ kind: 'closed', on: '2026-02-01', outcome: 'deportation' }],
      }).success,
    ).toBe(true);
    expect(
      CaseProfileSchema.safeParse({
        ...profile,
        lifecycle: [{ kind: 'reopened', on: '2026-02-01' }],
      }).success,
    ).toBe(false);
  });
});
