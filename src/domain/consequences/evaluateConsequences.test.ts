// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { CONSEQUENCES } from './definitions';
import { evaluateConsequence, evaluateConsequences } from './evaluateConsequences';

const TODAY = '2026-11-21';
const byId = (facts: object, asOf = TODAY) =>
  Object.fromEntries(evaluateConsequences(facts, asOf).map((c) => [c.consequenceId, c]));

describe('evaluateConsequences', () => {
  it('leaves everything out for a person who is not obliged to leave', () => {
    expect(evaluateConsequences({ currentStatus: 'permit-other' }, TODAY)).toEqual([]);
  });

  it('says "unknown" with questions when the status is unknown', () => {
    const results = byId({});
    expect(results['aufenthg-11']?.applicability).toBe('unknown');
    expect(results['aufenthg-11']?.questions.map((q) => q.field)).toEqual([
      'currentStatus',
      'departureDeadline',
    ]);
  });

  it('lists concrete actions, legal reference and the departure deadline', () => {
    const results = byId({
      currentStatus: 'obliged-to-leave-without-duldung',
      departureDeadline: '2026-12-15',
    });
    const ban = results['aufenthg-11']!;
    expect(ban.applicability).toBe('threatens');
    expect(ban.legalRef).toBe('§ 11 Abs. 1–2 AufenthG');
    expect(ban.actionKeys).toContain('consequences.aufenthg-11.action.leave-within-deadline');
    expect(ban.deadlines).toEqual([
      {
        id: 'departure',
        date: '2026-12-15',
        kind: 'act-by',
        key: 'consequences.aufenthg-11.deadline.departure',
        passed: false,
      },
    ]);
    expect(ban.noteKeys).not.toContain('consequences.aufenthg-11.note.overstay-ban');
    expect(results.detention?.applicability).toBe('threatens');
  });

  it('adds the overstay note once the departure deadline has passed', () => {
    const ban = byId({ currentStatus: 'duldung-60a', departureDeadline: '2026-01-31' })[
      'aufenthg-11'
    ]!;
    expect(ban.noteKeys).toContain('consequences.aufenthg-11.note.overstay-ban');
    expect(ban.toVerify).toBe(true);
  });

  it('§ 1a AsylbLG: deadline passed and departure possible', () => {
    const facts = {
      currentStatus: 'duldung-60a' as const,
      receivesAsylblgBenefits: 'yes' as const,
      departureDeadline: '2026-01-31',
      departurePossible: 'yes' as const,
      ownIdentityDeception: 'no' as const,
      reasonableStepsTaken: 'yes' as const,
    };
    expect(byId(facts)['asylblg-1a']?.applicability).toBe('threatens');
    expect(byId({ ...facts, departurePossible: 'no-factual' })['asylblg-1a']).toBeUndefined();
    expect(byId({ ...facts, departurePossible: 'unknown' })['asylblg-1a']?.applicability).toBe(
      'unknown',
    );
    expect(byId({ ...facts, receivesAsylblgBenefits: 'no' })['asylblg-1a']).toBeUndefined();
  });

  it('detention: the lawyer note changes on 1.2.2026, the custody note on 27.2.2024', () => {
    const facts = { currentStatus: 'obliged-to-leave-without-duldung' as const };
    const notes = (asOf: string) => byId(facts, asOf).detention!.noteKeys;
    expect(notes('2026-01-31')).toContain('consequences.detention.note.mandatory-lawyer');
    expect(notes('2026-01-31')).not.toContain('consequences.detention.note.no-mandatory-lawyer');
    expect(notes('2026-02-01')).toContain('consequences.detention.note.no-mandatory-lawyer');
    expect(notes('2026-02-01')).not.toContain('consequences.detention.note.mandatory-lawyer');
    expect(byId(facts, '2026-02-01').detention!.toVerify).toBe(true);
    expect(notes('2024-02-26')).toContain('consequences.detention.note.durations-before-2024');
    expect(notes('2024-02-27')).toContain('consequences.detention.note.durations');
  });

  it('Wohnsitzauflage (§ 61 Abs. 1d) applies only without a secured livelihood', () => {
    const obliged = { currentStatus: 'duldung-60a' as const };
    expect(byId({ ...obliged, livelihoodSecured: 'no' }).wohnsitzauflage?.applicability).toBe(
      'applies',
    );
    expect(byId({ ...obliged, livelihoodSecured: 'fully' }).wohnsitzauflage).toBeUndefined();
    expect(byId(obliged).wohnsitzauflage?.applicability).toBe('unknown');
  });

  it('work ban: unknown when tolerated and the grounds are unknown', () => {
    expect(byId({ currentStatus: 'duldung-60a' })['work-ban']?.applicability).toBe('unknown');
    expect(byId({ currentStatus: 'obliged-to-leave-without-duldung' })['work-ban']).toBeUndefined();
  });

  it('does not evaluate a consequence before it existed', () => {
    const def = CONSEQUENCES.find((c) => c.id === 'aufenthg-60b')!;
    expect(
      evaluateConsequence(def, { currentStatus: 'duldung-60b' }, '2019-01-01'),
    ).toBeUndefined();
    expect(evaluateConsequence(def, { currentStatus: 'duldung-60b' }, TODAY)?.applicability).toBe(
      'applies',
    );
  });
});
