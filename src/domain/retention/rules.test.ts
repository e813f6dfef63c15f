// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { isDue, isValidAmount, periodEnd, RETENTION_RULE_DEFS, RETENTION_RULES } from './rules';

describe('retention rules', () => {
  it('makes a closed case due N years after its closing in force, on the day itself', () => {
    const lifecycle = [{ kind: 'closed' as const, on: '2020-02-29', outcome: 'died' as const }];
    expect(isDue('closed-cases', 5, { lifecycle }, '2025-02-27')).toBe(false);
    expect(isDue('closed-cases', 5, { lifecycle }, '2025-02-28')).toBe(true);
    // Reopened: not closed, never due under this rule.
    const reopened = [...lifecycle, { kind: 'reopened' as const, on: '2020-03-01' }];
    expect(isDue('closed-cases', 1, { lifecycle: reopened }, '2030-01-01')).toBe(false);
    expect(isDue('closed-cases', 1, {}, '2030-01-01')).toBe(false);
  });

  it('counts inactivity in years and stale drafts in months from the last change', () => {
    expect(isDue('inactive-cases', 2, { lastChangeOn: '2024-06-01' }, '2026-05-31')).toBe(false);
    expect(isDue('inactive-cases', 2, { lastChangeOn: '2024-06-01' }, '2026-06-01')).toBe(true);
    expect(isDue('stale-drafts', 6, { lastChangeOn: '2026-01-31' }, '2026-07-30')).toBe(false);
    expect(isDue('stale-drafts', 6, { lastChangeOn: '2026-01-31' }, '2026-07-31')).toBe(true);
    expect(periodEnd('stale-drafts', '2026-08-31', 6)).toBe('2027-02-28');
    expect(isDue('stale-drafts', 6, { lastChangeOn: 'gestern' }, '2030-01-01')).toBe(false);
  });

  it('bounds the amounts an administrator may set', () => {
    for (const rule of RETENTION_RULES) {
      const { min, max } = RETENTION_RULE_DEFS[rule];
      expect(isValidAmount(rule, min) && isValidAmount(rule, max)).toBe(true);
      expect(isValidAmount(rule, min - 1) || isValidAmount(rule, max + 1)).toBe(false);
      expect(isValidAmount(rule, 1.5)).toBe(false);
    }
  });
});
