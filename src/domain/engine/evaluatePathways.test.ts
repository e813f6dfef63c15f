// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { isIsoDate, isOnOrBefore } from '../dates';
import { isInForce, isReviewOverdue, RULESET_VERSION } from '../rules/meta';
import { PATHWAY_IDS, PATHWAYS } from '../rules/registry';
import type { PathwayDef } from '../rules/types';
import { aggregateStatus, evaluatePathway, evaluatePathways } from './evaluatePathways';
import { allMetas } from '../rules/metas.testing';

const TODAY = '2026-11-21';

describe('rule metadata', () => {
  it.each(allMetas())('$name is complete and flagged consistently', ({ meta }) => {
    expect(meta.legalRef.length).toBeGreaterThan(0);
    expect(meta.source.length).toBeGreaterThan(0);
    expect(isIsoDate(meta.validFrom)).toBe(true);
    expect(isIsoDate(meta.reviewedOn)).toBe(true);
    if (meta.validUntil !== undefined)
      expect(isOnOrBefore(meta.validFrom, meta.validUntil)).toBe(true);
    // Everything not backed by a high-confidence source must be verified before use.
    expect(meta.toVerify).toBe(meta.confidence !== 'high');
  });

  it('has a ruleset version and the required pathways', () => {
    expect(RULESET_VERSION).toMatch(/^rules@\d{4}-\d{2}-\d+$/);
    expect(PATHWAY_IDS).toEqual([
      'aufenthg-25a',
      'aufenthg-25b',
      'aufenthg-104c',
      'aufenthg-60c',
      'aufenthg-16g',
      'aufenthg-60d',
      'aufenthg-19d',
      'aufenthg-23a',
      'aufenthg-25-5',
      'family',
    ]);
  });

  it('knows validity windows and review age', () => {
    const m = PATHWAYS.find((p) => p.id === 'aufenthg-104c')!.meta;
    expect(isInForce(m, '2025-12-31')).toBe(true);
    expect(isInForce(m, '2026-01-01')).toBe(false);
    expect(isInForce(m, '2022-12-30')).toBe(false);
    expect(isReviewOverdue(m, '2026-05-01')).toBe(false);
    expect(isReviewOverdue(m, TODAY)).toBe(true);
  });
});

describe('evaluatePathways with unknown facts', () => {
  it('never says "likely" for an empty case and asks questions instead', () => {
    const results = evaluatePathways({}, TODAY);
    expect(results.map((r) => r.pathwayId)).toEqual(PATHWAY_IDS);
    expect(results.some((r) => r.status === 'likely')).toBe(false);
    const a25 = results.find((r) => r.pathwayId === 'aufenthg-25a')!;
    expect(a25.status).toBe('unknown');
    expect(a25.statusKey).toBe('rules.common.status.unknown');
    expect(a25.questions.map((q) => q.field)).toEqual(
      expect.arrayContaining(['birthDate', 'statusHistory', 'schoolYearsInGermany']),
    );
    expect(a25.questions[0]).toEqual({
      field: 'birthDate',
      questionKey: 'facts.birthDate.question',
      labelKey: 'facts.birthDate.label',
    });
    // One question per fact, even if several requirements need it.
    const fields = a25.questions.map((q) => q.field);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('stays unknown when only a few facts are known', () => {
    const results = evaluatePathways(
      { birthDate: '2004-01-01', currentStatus: 'duldung-60a', germanLevel: 'B1' },
      TODAY,
    );
    for (const r of results) expect(r.status === 'likely').toBe(false);
    expect(results.find((r) => r.pathwayId === 'aufenthg-25b')!.status).toBe('unknown');
  });

  it('rejects an invalid asOf', () => {
    expect(() => evaluatePathways({}, '21.11.2026')).toThrow(RangeError);
  });

  it('is deterministic', () => {
    const facts = { birthDate: '2004-01-01', currentStatus: 'duldung-60a' as const };
    expect(evaluatePathways(facts, TODAY)).toEqual(evaluatePathways(facts, TODAY));
  });

  it('does not ask questions when a pathway is already not met', () => {
    const r = evaluatePathways({ currentStatus: 'gestattung' }, TODAY).find(
      (p) => p.pathwayId === 'aufenthg-25b',
    )!;
    expect(r.status).toBe('not-met');
    expect(r.questions).toEqual([]);
    expect(r.reasons.map((x) => x.id)).toEqual(['tolerated-or-104c']);
  });
});

describe('aggregateStatus', () => {
  const def = (nature: PathwayDef['nature']): PathwayDef => ({ ...PATHWAYS[0]!, nature });
  const req = (
    kind: 'condition' | 'exclusion' | 'general',
    status: 'met' | 'not-met' | 'unknown',
    missing: string[] = [],
  ) =>
    ({
      id: 'x',
      kind,
      status,
      legalRef: '',
      labelKey: '',
      explanationKey: '',
      actionKey: '',
      deadlines: [],
      missingFacts: missing,
      unrecorded: [],
      meta: PATHWAYS[0]!.meta,
    }) as Parameters<typeof aggregateStatus>[1][number];

  it('orders not-met, unknown, possible, likely', () => {
    expect(
      aggregateStatus(def('should'), [req('condition', 'met'), req('exclusion', 'not-met')]),
    ).toBe('not-met');
    expect(aggregateStatus(def('should'), [req('condition', 'unknown', ['birthDate'])])).toBe(
      'unknown',
    );
    expect(aggregateStatus(def('should'), [req('condition', 'unknown')])).toBe('possible');
    expect(
      aggregateStatus(def('should'), [req('condition', 'met'), req('general', 'not-met')]),
    ).toBe('possible');
    expect(aggregateStatus(def('should'), [req('condition', 'met'), req('general', 'met')])).toBe(
      'likely',
    );
    expect(aggregateStatus(def('discretion'), [req('condition', 'met')])).toBe('possible');
  });
});

describe('date-dependent rules and notes', () => {
  const holder = {
    currentStatus: 'permit-104c' as const,
    statusHistory: [{ status: 'permit-104c' as const, from: '2025-06-01', until: '2026-11-30' }],
  };

  it('§ 104c: in force until 31.12.2025, expired from 1.1.2026', () => {
    const def = PATHWAYS.find((p) => p.id === 'aufenthg-104c')!;
    expect(evaluatePathway(def, {}, '2025-12-31').status).toBe('unknown');
    const after = evaluatePathway(def, {}, '2026-01-01');
    expect(after.status).toBe('expired');
    expect(after.statusKey).toBe('rules.common.status.expired');
    expect(after.questions).toEqual([]);
    expect(after.deadlines.map((d) => d.id)).toEqual(['cut-off', 'expiry']);
    expect(after.deadlines.every((d) => d.passed)).toBe(true);
  });

  it('§ 104c holders get the transition deadlines and note', () => {
    const r = evaluatePathways(holder, TODAY);
    const c104 = r.find((p) => p.pathwayId === 'aufenthg-104c')!;
    expect(c104.noteKeys).toContain('rules.aufenthg-104c.note.holder-transition');
    expect(c104.toVerify).toBe(true);
    const a25 = r.find((p) => p.pathwayId === 'aufenthg-25a')!;
    expect(a25.noteKeys).toContain('rules.aufenthg-25a.note.transition-104c');
    expect(a25.deadlines.find((d) => d.id === 'permit-104c-ends')).toMatchObject({
      date: '2026-11-30',
      kind: 'act-by',
    });
  });

  it('§ 104c pending application gets the "disputed" note only after the expiry', () => {
    const facts = {
      applicationsFiled: [{ kind: 'aufenthg-104c' as const, filedOn: '2025-12-01' }],
    };
    const def = PATHWAYS.find((p) => p.id === 'aufenthg-104c')!;
    expect(evaluatePathway(def, facts, '2025-12-20').noteKeys).not.toContain(
      'rules.aufenthg-104c.note.pending-application-disputed',
    );
    expect(evaluatePathway(def, facts, '2026-01-20').noteKeys).toContain(
      'rules.aufenthg-104c.note.pending-application-disputed',
    );
  });

  it('§ 16g is "not in force" before 1.3.2024', () => {
    const def = PATHWAYS.find((p) => p.id === 'aufenthg-16g')!;
    const before = evaluatePathway(def, {}, '2024-02-29');
    expect(before.status).toBe('not-met');
    expect(before.statusKey).toBe('rules.common.status.not-in-force');
    expect(evaluatePathway(def, {}, '2024-03-01').status).toBe('unknown');
  });

  it('§ 60d evaluates the requirement version valid on asOf', () => {
    const def = PATHWAYS.find((p) => p.id === 'aufenthg-60d')!;
    const ids = (asOf: string) => evaluatePathway(def, {}, asOf).requirements.map((r) => r.id);
    expect(ids('2024-02-26')).toEqual(
      expect.arrayContaining(['employment-before-2024', 'entry-cut-off-before-2024']),
    );
    expect(ids('2024-02-26')).not.toContain('employment');
    expect(ids('2024-02-27')).toEqual(expect.arrayContaining(['employment', 'entry-cut-off']));
    expect(ids('2024-02-27')).not.toContain('employment-before-2024');
  });

  it('puts exclusions first among the reasons', () => {
    const r = evaluatePathways(
      { currentStatus: 'gestattung', ownIdentityDeception: 'yes' },
      TODAY,
    ).find((p) => p.pathwayId === 'aufenthg-25b')!;
    expect(r.reasons.map((x) => x.kind)).toEqual(['exclusion', 'condition']);
  });

  it('§ 23a shows the "already pending" note only when a petition is pending', () => {
    const def = PATHWAYS.find((p) => p.id === 'aufenthg-23a')!;
    expect(evaluatePathway(def, {}, TODAY).noteKeys).not.toContain(
      'rules.aufenthg-23a.note.already-pending',
    );
    expect(
      evaluatePathway(def, { pendingProceedingKinds: ['hardship-commission'] }, TODAY).noteKeys,
    ).toContain('rules.aufenthg-23a.note.already-pending');
  });
});

describe('requirement edge cases', () => {
  const req = (pathway: string, requirement: string, facts: object, asOf = TODAY) =>
    evaluatePathways(facts, asOf)
      .find((p) => p.pathwayId === pathway)!
      .requirements.find((r) => r.id === requirement)!;

  it('passport applied for is open but not a question', () => {
    const r = req('aufenthg-25a', 'passport', { passportStatus: 'applied' });
    expect(r.status).toBe('unknown');
    expect(r.missingFacts).toEqual([]);
    expect(req('aufenthg-25a', 'passport', {}).missingFacts).toEqual(['passportStatus']);
  });

  it('§ 25a: school years or a qualification', () => {
    expect(
      req('aufenthg-25a', 'school-or-qualification', {
        schoolYearsInGermany: 2,
        qualificationInGermany: 'none',
      }).status,
    ).toBe('not-met');
    expect(
      req('aufenthg-25a', 'school-or-qualification', {
        schoolYearsInGermany: 1,
        qualificationInGermany: 'school-leaving-certificate',
      }).status,
    ).toBe('met');
    expect(req('aufenthg-25a', 'school-or-qualification', { schoolYearsInGermany: 1 }).status).toBe(
      'unknown',
    );
  });

  it('§ 25b livelihood and § 16g livelihood differ', () => {
    expect(req('aufenthg-25b', 'livelihood', { livelihoodSecured: 'predominantly' }).status).toBe(
      'met',
    );
    expect(req('aufenthg-25b', 'livelihood', { livelihoodSecured: 'no' }).status).toBe('not-met');
    expect(req('aufenthg-16g', 'livelihood', { livelihoodSecured: 'predominantly' }).status).toBe(
      'not-met',
    );
    expect(req('aufenthg-16g', 'livelihood', {}).status).toBe('unknown');
    expect(req('aufenthg-60d', 'livelihood', { livelihoodSecured: 'fully' }).status).toBe('met');
    expect(req('aufenthg-60d', 'livelihood', { livelihoodSecured: 'unknown' }).status).toBe(
      'unknown',
    );
  });

  it('§ 60d integration course and convictions', () => {
    expect(
      req('aufenthg-60d', 'integration-course', { integrationCourse: 'attending' }).status,
    ).toBe('not-met');
    expect(
      req('aufenthg-60d', 'integration-course', { integrationCourse: 'completed' }).status,
    ).toBe('met');
    expect(req('aufenthg-60d', 'integration-course', {}).status).toBe('unknown');
    const minor = req('aufenthg-60d', 'no-convictions', {
      hasConvictions: 'yes',
      convictionDailyRates: 20,
      convictionSentenceMonths: 0,
    });
    expect(minor.status).toBe('unknown');
    expect(minor.missingFacts).toEqual([]);
    expect(
      req('aufenthg-60d', 'no-convictions', { hasConvictions: 'yes', convictionSentenceMonths: 3 })
        .status,
    ).toBe('not-met');
    expect(req('aufenthg-60d', 'no-convictions', { hasConvictions: 'yes' }).status).toBe('unknown');
    expect(req('aufenthg-60d', 'no-convictions', { hasConvictions: 'no' }).status).toBe('met');
  });

  it('§ 60d identity: before the deadline, unknown date, entry before 2017, unknown entry', () => {
    const base = { firstEntryDate: '2019-01-01', identityClarified: 'yes' };
    expect(req('aufenthg-60d', 'identity', base, '2024-06-01').status).toBe('met');
    const noDate = req('aufenthg-60d', 'identity', base);
    expect(noDate.status).toBe('unknown');
    expect(noDate.missingFacts).toEqual(['identityClarifiedOn']);
    expect(
      req('aufenthg-60d', 'identity', { ...base, identityClarifiedOn: '2024-10-01' }).status,
    ).toBe('met');
    expect(
      req('aufenthg-60d', 'identity', { firstEntryDate: '2015-01-01', identityClarified: 'no' })
        .status,
    ).toBe('not-met');
    expect(req('aufenthg-60d', 'identity', { identityClarified: 'no' }).status).toBe('not-met');
    expect(req('aufenthg-60d', 'identity', { identityClarified: 'yes' }).status).toBe('unknown');
    expect(
      req('aufenthg-60d', 'identity', {
        ...base,
        identityClarifiedOn: '2025-01-10',
        applicationsFiled: [{ kind: 'aufenthg-60d', filedOn: '2024-12-01' }],
      }).status,
    ).toBe('not-met');
  });

  it('§ 60c identity: unknown entry, unknown clarification, steps', () => {
    expect(req('aufenthg-60c', 'identity', { reasonableStepsTaken: 'yes' }).status).toBe('met');
    expect(req('aufenthg-60c', 'identity', {}).status).toBe('unknown');
    const open = req('aufenthg-60c', 'identity', { firstEntryDate: '2021-01-01' });
    expect(open.status).toBe('unknown');
    expect(open.missingFacts).toEqual(['identityClarified', 'reasonableStepsTaken']);
    const noDate = req('aufenthg-60c', 'identity', {
      firstEntryDate: '2021-01-01',
      identityClarified: 'yes',
      reasonableStepsTaken: 'no',
    });
    expect(noDate.missingFacts).toEqual(['identityClarifiedOn']);
    expect(
      req('aufenthg-60c', 'identity', {
        firstEntryDate: '2021-01-01',
        identityClarified: 'no',
        reasonableStepsTaken: 'no',
      }).status,
    ).toBe('not-met');
  });

  it('§ 60c training kinds and Gestattung start', () => {
    expect(req('aufenthg-60c', 'training', { trainingStatus: 'completed' }).status).toBe('not-met');
    expect(req('aufenthg-60c', 'training', { trainingStatus: 'contract-signed' }).status).toBe(
      'met',
    );
    expect(req('aufenthg-60c', 'training-type', { trainingType: 'other' }).status).toBe('not-met');
    expect(
      req('aufenthg-60c', 'training-type', { trainingType: 'assistant-shortage' }).status,
    ).toBe('met');
    expect(
      req('aufenthg-60c', 'prior-duldung', {
        firstEntryDate: '2026-10-01',
        trainingStartDate: '2026-11-01',
        statusHistory: [{ status: 'duldung-60a', from: '2026-10-01' }],
      }).status,
    ).toBe('not-met');
    // Without the entry date the stay before the first period is unrecorded: ask for it.
    expect(
      req('aufenthg-60c', 'prior-duldung', {
        trainingStartDate: '2026-11-01',
        statusHistory: [{ status: 'duldung-60a', from: '2026-10-01' }],
      }).missingFacts,
    ).toContain('firstEntryDate');
    expect(
      req('aufenthg-60c', 'prior-duldung', {
        trainingStartDate: 'x',
        statusHistory: [{ status: 'duldung-60a', from: '2026-10-01' }],
      }).status,
    ).toBe('unknown');
  });

  it('work ban: safe country without application, pending application, unknown decision', () => {
    const ban = (facts: object) =>
      req('aufenthg-60c', 'no-work-ban', {
        currentStatus: 'duldung-60a',
        ownIdentityDeception: 'no',
        ...facts,
      }).status;
    expect(ban({ safeCountryOfOrigin: 'yes', asylumDecision: 'none-filed' })).toBe('not-met');
    expect(ban({ safeCountryOfOrigin: 'yes', asylumDecision: 'pending' })).toBe('met');
    expect(ban({ safeCountryOfOrigin: 'yes', asylumDecision: 'withdrawn-after-counselling' })).toBe(
      'met',
    );
    expect(
      ban({
        safeCountryOfOrigin: 'yes',
        asylumDecision: 'withdrawn',
        asylumApplicationDate: '2015-06-01',
      }),
    ).toBe('met');
    expect(ban({ safeCountryOfOrigin: 'yes', asylumDecision: 'withdrawn' })).toBe('unknown');
    expect(ban({ safeCountryOfOrigin: 'no' })).toBe('met');
    expect(ban({ safeCountryOfOrigin: 'yes' })).toBe('unknown');
    expect(req('aufenthg-60c', 'no-work-ban', {}).status).toBe('unknown');
  });

  it('§ 19d qualification routes', () => {
    const q = (facts: object) => req('aufenthg-19d', 'qualification', facts).status;
    expect(
      q({
        qualificationInGermany: 'none',
        foreignDegreeRecognised: 'yes',
        qualifiedEmploymentMonths: 24,
        trainingStatus: 'none',
      }),
    ).toBe('met');
    expect(
      q({
        qualificationInGermany: 'none',
        foreignDegreeRecognised: 'no',
        qualifiedEmploymentMonths: 36,
        publicBenefitsLastYear: 'no',
        trainingStatus: 'none',
      }),
    ).toBe('met');
    expect(
      q({
        qualificationInGermany: 'none',
        foreignDegreeRecognised: 'no',
        qualifiedEmploymentMonths: 12,
        trainingStatus: 'completed',
        statusHistory: [{ status: 'duldung-60a', from: '2020-01-01' }],
      }),
    ).toBe('not-met');
    expect(
      q({
        qualificationInGermany: 'none',
        foreignDegreeRecognised: 'no',
        qualifiedEmploymentMonths: 12,
        trainingStatus: 'unknown',
      }),
    ).toBe('unknown');
  });

  it('family: ties without kinds, spouse German level, manifestly unfounded', () => {
    expect(req('family', 'qualifying-tie', { familyTiesInGermany: 'yes' }).status).toBe('unknown');
    expect(req('family', 'qualifying-tie', { familyTiesInGermany: 'no' }).status).toBe('not-met');
    expect(
      req('family', 'german-a1-spouse', {
        familyTieKinds: ['spouse-with-permit'],
        germanLevel: 'none',
      }).status,
    ).toBe('not-met');
    expect(
      req('family', 'german-a1-spouse', { familyTieKinds: ['parent-of-german-child'] }).status,
    ).toBe('met');
    expect(req('family', 'german-a1-spouse', {}).status).toBe('unknown');
    const bar = req('family', 'asylum-rejection-bar', {
      asylumDecision: 'rejected-manifestly-unfounded',
    });
    expect(bar.status).toBe('unknown');
    expect(bar.missingFacts).toEqual([]);
    expect(req('family', 'asylum-rejection-bar', {}).status).toBe('unknown');
  });

  it('§ 25 Abs. 5: departure possible means not met', () => {
    expect(req('aufenthg-25-5', 'departure-impossible', { departurePossible: 'yes' }).status).toBe(
      'not-met',
    );
    expect(
      req('aufenthg-25-5', 'departure-impossible', { departurePossible: 'no-legal' }).status,
    ).toBe('met');
    expect(req('aufenthg-25-5', 'departure-impossible', {}).status).toBe('unknown');
  });

  it('convictions thresholds (§ 104c, § 19d)', () => {
    const c = (facts: object) => req('aufenthg-19d', 'convictions', facts).status;
    expect(
      c({ hasConvictions: 'yes', convictionDailyRates: 50, convictionSentenceMonths: 0 }),
    ).toBe('met');
    expect(
      c({ hasConvictions: 'yes', convictionDailyRates: 51, convictionSentenceMonths: 0 }),
    ).toBe('unknown');
    expect(
      c({ hasConvictions: 'yes', convictionDailyRates: 91, convictionSentenceMonths: 0 }),
    ).toBe('not-met');
    expect(c({ hasConvictions: 'yes', convictionDailyRates: 10 })).toBe('unknown');
    expect(c({})).toBe('unknown');
  });
});

describe('common helpers', () => {
  it('sortDeadlines keeps the first deadline per id and sorts by date', async () => {
    const { sortDeadlines } = await import('./common');
    const d = (id: string, date: string) => ({
      id,
      date,
      kind: 'act-by' as const,
      key: `k.${id}`,
      passed: false,
    });
    expect(
      sortDeadlines([d('b', '2027-01-01'), d('a', '2026-01-01'), d('b', '2025-01-01')]),
    ).toEqual([d('a', '2026-01-01'), d('b', '2027-01-01')]);
  });
});
