// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { RETURN_OPTIONS, RETURN_PORTAL } from './definitions';
import { evaluateReturnOption, evaluateReturnOptions } from './evaluateReturnOptions';

const TODAY = '2026-11-21';
const byId = (facts: object, asOf = TODAY) =>
  Object.fromEntries(evaluateReturnOptions(facts, asOf).map((o) => [o.optionId, o]));

describe('evaluateReturnOptions', () => {
  it('never contains amounts and names the portal as the source of current figures', () => {
    const all = evaluateReturnOptions({ nationality: 'IQ', currentStatus: 'duldung-60a' }, TODAY);
    // The Westbalkanregelung is left out for nationals it is not open to.
    expect(all.map((o) => o.optionId)).toEqual(
      RETURN_OPTIONS.map((o) => o.id).filter((id) => id !== 'westbalkan'),
    );
    for (const o of all) {
      expect(o.currentFiguresSource).toBe(RETURN_PORTAL);
      expect(JSON.stringify(o)).not.toMatch(/€|\bEUR\b|\d{3,}\s*(euro|€)/i);
    }
  });

  it('REAG/GARP: unknown without nationality, not for EU citizens, likely for tolerated', () => {
    expect(byId({})['reag-garp']!.eligibility).toBe('unknown');
    expect(byId({})['reag-garp']!.questions.map((q) => q.field)).toContain('nationality');
    expect(byId({ nationality: 'RO' })['reag-garp']!.eligibility).toBe('not-eligible');
    const iq = byId({ nationality: 'IQ', currentStatus: 'duldung-60a' })['reag-garp']!;
    expect(iq.eligibility).toBe('likely-eligible');
    expect(iq.hintKeys).toContain('returnOptions.reag-garp.hint.eligible-group');
    expect(
      byId({ nationality: 'IQ', receivesAsylblgBenefits: 'yes' })['reag-garp']!.eligibility,
    ).toBe('likely-eligible');
    expect(byId({ nationality: 'IQ' })['reag-garp']!.eligibility).toBe('unknown');
    expect(
      byId({ nationality: 'stateless', currentStatus: 'permit-other' })['reag-garp']!.eligibility,
    ).toBe('check');
  });

  it('REAG/GARP: Syria procedure hint; Türkiye short-stay rule while in force', () => {
    expect(
      byId({ nationality: 'SY', currentStatus: 'duldung-60a' })['reag-garp']!.hintKeys,
    ).toContain('returnOptions.reag-garp.hint.syria-procedure');
    const during = byId(
      { nationality: 'TR', firstEntryDate: '2025-03-01', currentStatus: 'gestattung' },
      '2025-05-01',
    )['reag-garp']!;
    expect(during.hintKeys).toContain('returnOptions.reag-garp.hint.turkiye-short-stay');
    expect(during.toVerify).toBe(true);
    const before = byId(
      { nationality: 'TR', firstEntryDate: '2024-03-01', currentStatus: 'gestattung' },
      '2024-05-01',
    )['reag-garp']!;
    expect(before.hintKeys.some((h) => h.includes('turkiye'))).toBe(false);
  });

  it('StarthilfePlus: categories from the example lists; long-term tolerated needs 2 years', () => {
    const ru = byId({ nationality: 'RU' }).starthilfeplus!;
    expect(ru.eligibility).toBe('check');
    expect(ru.hintKeys).toContain(
      'returnOptions.starthilfeplus.hint.category.second-starthilfe-regular',
    );
    const ge = byId({
      nationality: 'GE',
      statusHistory: [{ status: 'duldung-60a', from: '2026-01-01' }],
    }).starthilfeplus!;
    expect(ge.hintKeys).toEqual(
      expect.arrayContaining([
        'returnOptions.starthilfeplus.hint.category.long-term-tolerated',
        'returnOptions.starthilfeplus.hint.long-term-tolerated-needs-2-years',
      ]),
    );
    expect(ge.toVerify).toBe(true);
    const geLong = byId({
      nationality: 'GE',
      statusHistory: [{ status: 'duldung-60a', from: '2020-01-01' }],
    }).starthilfeplus!;
    expect(geLong.hintKeys).not.toContain(
      'returnOptions.starthilfeplus.hint.long-term-tolerated-needs-2-years',
    );
    expect(byId({ nationality: 'ER' }).starthilfeplus!.hintKeys).toContain(
      'returnOptions.starthilfeplus.hint.not-in-example-lists',
    );
    expect(byId({ nationality: 'unknown' }).starthilfeplus!.eligibility).toBe('unknown');
  });

  it('EURP: Türkiye up to and including 6 months was excluded while the rule ran', () => {
    const ON = '2025-06-01';
    const tr = (entry: string | undefined, asOf = ON) =>
      byId(entry ? { nationality: 'TR', firstEntryDate: entry } : { nationality: 'TR' }, asOf).eurp!
        .eligibility;
    expect(tr('2024-12-02')).toBe('not-eligible');
    expect(tr('2024-12-01')).toBe('not-eligible');
    expect(tr('2024-11-30')).toBe('likely-eligible');
    expect(tr(undefined)).toBe('unknown');
    // After 30.06.2025 the extension is not confirmed: check, never a silent exclusion.
    expect(tr('2026-05-22', TODAY)).toBe('check');
    expect(tr('2026-05-20', TODAY)).toBe('likely-eligible');
    expect(byId({ nationality: 'DE' }).eurp!.eligibility).toBe('check');
  });

  it('virtual counselling and ZIRF', () => {
    expect(byId({}).zirf!.eligibility).toBe('likely-eligible');
    expect(byId({})['virtual-counselling']!.eligibility).toBe('unknown');
    expect(byId({ nationality: 'NG' })['virtual-counselling']!.eligibility).toBe('check');
  });

  it('leaves out programmes that did not exist yet', () => {
    const eurp = RETURN_OPTIONS.find((o) => o.id === 'eurp')!;
    expect(evaluateReturnOption(eurp, { nationality: 'IQ' }, '2022-03-31')).toBeUndefined();
  });
});
