import { describe, expect, it } from 'vitest';
import { CONSEQUENCES, PATHWAYS, RETURN_OPTIONS, RULESET_VERSION } from '../../domain';
import deRules from '../../../locales/de/rules.json';
import { formatReviewSheet, lookupFromJson, reviewGroups } from './formatReviewSheet';

describe('review sheet', () => {
  const sheet = formatReviewSheet(reviewGroups(), lookupFromJson(deRules));

  it('lists every rule, requirement, consequence and return option', () => {
    expect(sheet).toContain(RULESET_VERSION);
    for (const p of PATHWAYS) {
      expect(sheet).toContain(p.meta.legalRef);
      for (const r of p.requirements) expect(sheet).toContain(`Voraussetzung ${r.id} (`);
    }
    for (const c of CONSEQUENCES) expect(sheet).toContain(c.meta.legalRef);
    for (const o of RETURN_OPTIONS) expect(sheet).toContain(o.meta.legalRef);
    expect(sheet).toContain('Optionsmodell');
  });

  it('shows German texts, flags and review notes, with no missing texts', () => {
    expect(sheet).toContain('Der Antrag muss vor Vollendung des 27. Lebensjahres gestellt werden.');
    expect(sheet).toContain('| mittel | **ja** |');
    expect(sheet).toContain('| hoch | nein |');
    expect(sheet).toContain('_Prüfhinweis:');
    expect(sheet).not.toContain('Text fehlt');
    expect(sheet).not.toContain('undefined');
  });

  it('marks missing texts and escapes table cells', () => {
    const out = formatReviewSheet(
      [
        {
          heading: 'A | B',
          entries: [{ label: 'x|y', meta: PATHWAYS[0]!.meta, textKeys: ['nope.key'] }],
        },
      ],
      () => undefined,
    );
    expect(out).toContain('## A | B');
    expect(out).toContain('| x\\|y |');
    expect(out).toContain('⚠ Text fehlt (nope.key)');
  });

  it('resolves nested keys only to strings', () => {
    const lookup = lookupFromJson({ a: { b: 'text', c: { d: 1 } } });
    expect(lookup('a.b')).toBe('text');
    expect(lookup('a.c')).toBeUndefined();
    expect(lookup('a.c.d')).toBeUndefined();
    expect(lookup('a.b.c')).toBeUndefined();
  });
});
