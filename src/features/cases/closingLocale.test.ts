// Every outcome, detail and validation code of a case closing needs a German text (and the
// English one), and so does every label the outcomes indicator of the statistics names.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import {
  CASE_OUTCOMES,
  CLOSING_VALIDATION,
  DEPARTURE_PROGRAMMES,
  OTHER_TITLE,
  indicatorCatalogue,
} from '../../domain';
import { statisticsVocabulary } from '../../content/statisticsVocabulary';
import deCases from '../../../locales/de/cases.json';
import enCases from '../../../locales/en/cases.json';
import deStatistics from '../../../locales/de/statistics.json';
import enStatistics from '../../../locales/en/statistics.json';
import deRules from '../../../locales/de/rules.json';
import { localeLeaves as leaves } from '../../../test/support/localeLeaves';

describe('case closing texts', () => {
  it('de and en have the same keys in cases.json', () => {
    expect(leaves(enCases).sort()).toEqual(leaves(deCases).sort());
  });

  it('name every outcome, detail and validation code', () => {
    const keys = new Set(leaves(deCases));
    const needed = [
      ...CASE_OUTCOMES.map((o) => `closing.outcomes.${o}`),
      ...[OTHER_TITLE, ...DEPARTURE_PROGRAMMES].map((d) => `closing.details.${d}`),
      ...Object.values(CLOSING_VALIDATION).map((code) => code.replace(/^cases:/, '')),
    ];
    expect(needed.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('give the outcomes indicator a label, a unit and a definition for every category', async () => {
    const t = i18next.createInstance();
    await t.init({
      lng: 'de',
      resources: { de: { cases: deCases, statistics: deStatistics, rules: deRules } },
    });
    const outcomes = indicatorCatalogue(statisticsVocabulary()).find((d) => d.id === 'outcomes')!;
    const missing = outcomes.categories
      .flatMap((c) => [c.labelKey, c.qualifierKey ?? c.labelKey])
      .map((key) => (key.includes(':') ? key : `rules:${key}`))
      .filter((key) => !t.exists(key));
    expect(missing).toEqual([]);
    for (const texts of [deStatistics, enStatistics]) {
      expect(texts.definitions.outcomes.length).toBeGreaterThan(50);
      expect(texts.units.case).toBeTruthy();
      expect(texts.indicators.outcomes).toBeTruthy();
    }
  });
});
