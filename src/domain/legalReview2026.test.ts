// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// The findings of the legal review of 4 December 2026 (shared/research/legal-review-2026-12.md),
// one test each: every one of them failed on the rules of version rules@2026-11-1.
import { describe, expect, it } from 'vitest';
import deClientScript from '../../locales/de/clientScript.json';
import deSummary from '../../locales/de/summary.json';
import deRules from '../../locales/de/rules.json';
import { evaluateConsequences } from './consequences/evaluateConsequences';
import { evaluatePathways } from './engine/evaluatePathways';
import type { CaseFacts } from './facts/schema';
import { evaluateReturnOptions } from './returnOptions/evaluateReturnOptions';
import { RETURN_OPTIONS } from './returnOptions/definitions';
import { PATHWAYS } from './rules/registry';
import { OPTIONSMODELL_META } from './screening/optionsmodell';
import { allMetas } from './rules/metas.testing';

const TODAY = '2026-12-04';

const pathway = (facts: CaseFacts, id: string, asOf = TODAY) =>
  evaluatePathways(facts, asOf).find((p) => p.pathwayId === id)!;
const consequence = (facts: CaseFacts, id: string, asOf = TODAY) =>
  evaluateConsequences(facts, asOf).find((c) => c.consequenceId === id);
const option = (facts: CaseFacts, id: string, asOf = TODAY) =>
  evaluateReturnOptions(facts, asOf).find((o) => o.optionId === id);

/** The facts with one field not asked yet. */
function without(facts: CaseFacts, field: keyof CaseFacts): CaseFacts {
  return Object.fromEntries(Object.entries(facts).filter(([key]) => key !== field));
}

function text(json: unknown, key: string): string {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], json);
  if (typeof value !== 'string') throw new Error(`no text at ${key}`);
  return value;
}

/** A trainee who meets every condition of § 60c and § 16g (training begun under a Duldung). */
const trainee: CaseFacts = {
  birthDate: '2001-02-02',
  nationality: 'GN',
  firstEntryDate: '2022-03-01',
  currentStatus: 'duldung-60a',
  statusHistory: [
    { status: 'gestattung', from: '2022-03-01', until: '2024-12-31' },
    { status: 'duldung-60a', from: '2025-01-01' },
  ],
  trainingStatus: 'started',
  trainingType: 'qualified',
  trainingStartDate: '2025-08-01',
  identityClarified: 'yes',
  identityClarifiedOn: '2022-06-01',
  ownIdentityDeception: 'no',
  safeCountryOfOrigin: 'no',
  asylumDecision: 'rejected-unfounded',
  asylumApplicationDate: '2022-03-02',
  hasConvictions: 'no',
  deportationDateFixed: 'no',
  terminationMeasuresTaken: 'no',
  passportStatus: 'valid',
  livelihoodSecured: 'fully',
};

describe('legal review 12/2026 Nr. 1: § 61 Land restriction ends after three months', () => {
  const tolerated: CaseFacts = {
    currentStatus: 'duldung-60a',
    firstEntryDate: '2016-03-01',
    statusHistory: [
      { status: 'gestattung', from: '2016-03-01', until: '2018-12-31' },
      { status: 'duldung-60a', from: '2019-01-01' },
    ],
    residenceRestrictionOrdered: 'no',
    hasConvictions: 'no',
    deportationDateFixed: 'no',
    terminationMeasuresTaken: 'no',
    ownIdentityDeception: 'no',
    passportStatus: 'valid',
  };

  it('does not tell a person tolerated for years that the restriction applies', () => {
    expect(consequence(tolerated, 'aufenthg-61')).toBeUndefined();
  });

  it('applies within the first three months and while an order says so', () => {
    const fresh: CaseFacts = {
      ...tolerated,
      firstEntryDate: '2026-10-01',
      statusHistory: [{ status: 'duldung-60a', from: '2026-10-01' }],
    };
    expect(consequence(fresh, 'aufenthg-61')?.applicability).toBe('applies');
    const ordered = { ...tolerated, residenceRestrictionOrdered: 'yes' as const };
    expect(consequence(ordered, 'aufenthg-61')?.applicability).toBe('applies');
    expect(consequence(ordered, 'aufenthg-61')?.noteKeys).toContain(
      'consequences.aufenthg-61.note.ordered',
    );
  });

  it('applies to a person obliged to leave without a Duldung', () => {
    const noDuldung: CaseFacts = {
      ...tolerated,
      currentStatus: 'obliged-to-leave-without-duldung',
      statusHistory: [
        { status: 'duldung-60a', from: '2019-01-01', until: '2026-09-30' },
        { status: 'obliged-to-leave-without-duldung', from: '2026-10-01' },
      ],
    };
    expect(consequence(noDuldung, 'aufenthg-61')?.applicability).toBe('applies');
  });

  it('warns where an order could follow, and stays unknown without the order or the history', () => {
    expect(consequence({ ...tolerated, hasConvictions: 'yes' }, 'aufenthg-61')?.applicability).toBe(
      'threatens',
    );
    const notAsked = without(tolerated, 'residenceRestrictionOrdered');
    expect(consequence(notAsked, 'aufenthg-61')?.applicability).toBe('unknown');
    expect(consequence({ currentStatus: 'duldung-60a' }, 'aufenthg-61')?.applicability).toBe(
      'unknown',
    );
  });

  it('keeps the Wohnsitzauflage as its own consequence and client text', () => {
    expect(
      consequence({ ...tolerated, livelihoodSecured: 'no' }, 'wohnsitzauflage')?.applicability,
    ).toBe('applies');
    expect(text(deSummary, 'consequence.aufenthg-61.what')).toContain('drei Monaten');
    expect(text(deSummary, 'consequence.aufenthg-61.what')).not.toMatch(
      /^Sie dürfen sich nur in Ihrem Bundesland aufhalten/,
    );
  });
});

describe('legal review 12/2026 Nr. 2: § 104c holders act by their own permit end', () => {
  const holder = (permitValidUntil?: string): CaseFacts => ({
    currentStatus: 'permit-104c',
    ...(permitValidUntil ? { permitValidUntil } : {}),
  });

  it('gives the permit end as the act-by deadline and no act-by on 30.06.2027', () => {
    for (const id of ['aufenthg-104c', 'aufenthg-25a', 'aufenthg-25b']) {
      const deadlines = pathway(holder('2026-09-30'), id).deadlines;
      expect(deadlines.find((d) => d.id === 'permit-104c-ends')).toMatchObject({
        date: '2026-09-30',
        kind: 'act-by',
      });
      expect(deadlines.filter((d) => d.date === '2027-06-30')).toEqual([]);
    }
  });

  it('without a recorded end: 30.06.2027 only as a legal date, and a note to ask', () => {
    const p = pathway(holder(), 'aufenthg-104c');
    expect(p.deadlines.find((d) => d.date === '2027-06-30')).toMatchObject({
      kind: 'legal-date',
      id: 'latest-104c-expiry',
    });
    expect(p.deadlines.filter((d) => d.kind === 'act-by')).toEqual([]);
    expect(p.noteKeys).toContain('rules.aufenthg-104c.note.permit-end-unknown');
  });

  it('the holder note names the own permit end, not 30.06.2027, as the deadline', () => {
    const note = text(deRules, 'rules.aufenthg-104c.note.holder-transition');
    expect(note).not.toMatch(/Antrag bis 30\.06\.2027 möglich/);
    expect(note).toContain('eigenen Erlaubnis');
  });
});

describe('legal review 12/2026 Nr. 3: reunification to subsidiary protection suspended', () => {
  const married: CaseFacts = {
    familyTiesInGermany: 'yes',
    familyTieKinds: ['spouse-with-permit'],
    familyReferenceTitle: 'subsidiary-protection',
    asylumDecision: 'rejected-unfounded',
  };

  it('is not met until 23.07.2027 and names the end of the suspension', () => {
    const p = pathway(married, 'family');
    expect(p.status).toBe('not-met');
    expect(p.reasons.map((r) => r.id)).toContain('reference-title');
    expect(p.deadlines.find((d) => d.id === 'subsidiary-suspension-ends')?.date).toBe('2027-07-23');
    expect(pathway(married, 'family', '2027-07-24').status).not.toBe('not-met');
  });

  it('asks for the title and leaves other humanitarian titles to a legal assessment', () => {
    const notAsked = without(married, 'familyReferenceTitle');
    expect(pathway(notAsked, 'family').questions.map((q) => q.field)).toContain(
      'familyReferenceTitle',
    );
    const humanitarian = pathway(
      { ...married, familyReferenceTitle: 'humanitarian-other' },
      'family',
    );
    const req = humanitarian.requirements.find((r) => r.id === 'reference-title')!;
    expect(req.status).toBe('unknown');
    expect(req.missingFacts).toEqual([]);
    expect(pathway({ ...married, familyTieKinds: ['spouse-german'] }, 'family').status).not.toBe(
      'not-met',
    );
  });
});

describe('legal review 12/2026 Nr. 4–5: § 60c/§ 16g exclusions from recorded facts', () => {
  it('the trainee is likely (§ 60c) and likely (§ 16g, an entitlement)', () => {
    expect(pathway(trainee, 'aufenthg-60c').status).toBe('likely');
    expect(pathway(trainee, 'aufenthg-16g').status).toBe('likely');
    expect(pathway(trainee, 'aufenthg-16g').nature).toBe('entitlement');
  });

  it.each([
    [
      'a conviction beyond the § 19d thresholds',
      {
        hasConvictions: 'yes',
        convictionDailyRates: 120,
        convictionSentenceMonths: 0,
        convictionsOnlyImmigrationOffences: 'no',
      },
      'no-convictions-19d',
    ],
    [
      'a custodial sentence',
      { hasConvictions: 'yes', convictionDailyRates: 0, convictionSentenceMonths: 6 },
      'no-convictions-19d',
    ],
    ['a fixed deportation date', { deportationDateFixed: 'yes' }, 'no-imminent-termination'],
    [
      'a filed return application',
      { terminationMeasuresTaken: 'yes', terminationMeasureKinds: ['return-application'] },
      'no-imminent-termination',
    ],
    [
      'a Dublin/AMMR transfer',
      { terminationMeasuresTaken: 'yes', terminationMeasureKinds: ['dublin-transfer'] },
      'no-imminent-termination',
    ],
  ] as const)('%s makes both not met', (_label, extra, reason) => {
    for (const id of ['aufenthg-60c', 'aufenthg-16g']) {
      const p = pathway({ ...trainee, ...extra } as CaseFacts, id);
      expect(p.status).toBe('not-met');
      expect(p.reasons.map((r) => r.id)).toContain(reason);
    }
  });

  it('fines within the thresholds do not exclude', () => {
    const fined = {
      ...trainee,
      hasConvictions: 'yes' as const,
      convictionDailyRates: 40,
      convictionSentenceMonths: 0,
    };
    expect(pathway(fined, 'aufenthg-60c').status).toBe('likely');
  });

  it('passport procurement by the authority: possible, the authority assesses', () => {
    const facts: CaseFacts = {
      ...trainee,
      terminationMeasuresTaken: 'yes',
      terminationMeasureKinds: ['passport-procurement-by-authority'],
    };
    expect(pathway(facts, 'aufenthg-60c').status).toBe('possible');
    expect(pathway(facts, 'aufenthg-16g').status).toBe('possible');
  });

  it('a training begun under a Gestattung (Abs. 1 S. 1 Nr. 1): the authority assesses', () => {
    const underGestattung: CaseFacts = { ...trainee, trainingStartDate: '2024-09-01' };
    expect(pathway(underGestattung, 'aufenthg-60c').status).toBe('likely');
    // Nr. 5 names only the Nr. 2 case, but an imminent deportation is never "likely".
    const withMeasure: CaseFacts = { ...underGestattung, deportationDateFixed: 'yes' };
    expect(pathway(withMeasure, 'aufenthg-60c').status).toBe('possible');
  });

  it('a measure recorded after an application already filed: the authority dates it', () => {
    const facts: CaseFacts = {
      ...trainee,
      deportationDateFixed: 'yes',
      applicationsFiled: [{ kind: 'aufenthg-60c', filedOn: '2025-07-15' }],
    };
    expect(pathway(facts, 'aufenthg-60c').status).toBe('possible');
  });

  it('measures not asked yet leave § 60c open with the question', () => {
    const notAsked = without(trainee, 'terminationMeasuresTaken');
    const p = pathway(notAsked, 'aufenthg-60c');
    expect(p.status).toBe('unknown');
    expect(p.questions.map((q) => q.field)).toContain('terminationMeasuresTaken');
  });

  it('warns before a return application is recommended to someone who could train', () => {
    const reag = option({ ...trainee, trainingStatus: 'seeking' }, 'reag-garp')!;
    expect(reag.hintKeys[0]).toBe('returnOptions.reag-garp.hint.bars-training');
    expect(
      option({ ...trainee, trainingStatus: 'completed' }, 'reag-garp')!.hintKeys,
    ).not.toContain('returnOptions.reag-garp.hint.bars-training');
    expect(pathway(trainee, 'aufenthg-60c').noteKeys).toContain(
      'rules.aufenthg-60c.note.return-application-bars',
    );
    expect(text(deSummary, 'returnOption.reag-garp.what')).toContain('Ausbildungsduldung');
  });
});

describe('legal review 12/2026 Nr. 6: an unrecorded stretch is unknown, not a break', () => {
  const withGap: CaseFacts = {
    ...trainee,
    birthDate: '1990-01-01',
    firstEntryDate: '2016-01-01',
    livelihoodSecured: 'predominantly',
    germanLevel: 'A2',
    minorChildrenInHousehold: 0,
    statusHistory: [
      { status: 'gestattung', from: '2016-01-01', until: '2019-12-31' },
      // 2020-01-01 … 2021-06-30 not recorded
      { status: 'duldung-60a', from: '2021-07-01' },
    ],
  };

  it('asks "which status from … to …?" instead of saying not met', () => {
    const p = pathway(withGap, 'aufenthg-25b');
    expect(p.status).toBe('unknown');
    const stay = p.requirements.find((r) => r.id === 'stay-years')!;
    expect(stay.status).toBe('unknown');
    expect(stay.unrecorded).toEqual([{ from: '2020-01-01', until: '2021-06-30' }]);
    expect(p.questions).toContainEqual(
      expect.objectContaining({
        field: 'statusHistory',
        questionKey: 'facts.statusHistory.gapQuestion',
        params: { from: '2020-01-01', until: '2021-06-30' },
      }),
    );
  });

  it('is decided once the stretch is recorded', () => {
    const filled: CaseFacts = {
      ...withGap,
      statusHistory: [
        { status: 'gestattung', from: '2016-01-01', until: '2021-06-30' },
        { status: 'duldung-60a', from: '2021-07-01' },
      ],
    };
    expect(pathway(filled, 'aufenthg-25b').status).toBe('likely');
  });

  it('stays not met where even a counting stretch could not make it', () => {
    const late: CaseFacts = {
      ...withGap,
      firstEntryDate: '2023-01-01',
      statusHistory: [
        { status: 'gestattung', from: '2023-01-01', until: '2023-12-31' },
        { status: 'duldung-60a', from: '2024-03-01' },
      ],
    };
    expect(
      pathway(late, 'aufenthg-25b').requirements.find((r) => r.id === 'stay-years')!.status,
    ).toBe('not-met');
  });
});

describe('legal review 12/2026 Nr. 7: voluntary departure avoids only the deportation ban', () => {
  const obliged: CaseFacts = {
    currentStatus: 'obliged-to-leave-without-duldung',
    departureDeadline: '2026-10-01',
  };

  it('says other bans can apply anyway, in the note and the client texts', () => {
    expect(text(deRules, 'consequences.aufenthg-11.note.voluntary-avoids')).toContain(
      '§ 11 Abs. 7',
    );
    expect(text(deSummary, 'consequence.aufenthg-11.what')).not.toMatch(
      /ausreisen, entsteht dieses Verbot nicht\.$/,
    );
    expect(text(deClientScript, 'client.pg.return-intro')).toContain('Andere Einreiseverbote');
  });

  it('shows the overstay ban only where departure was not impossible without fault', () => {
    const notes = (facts: CaseFacts) => consequence(facts, 'aufenthg-11')!.noteKeys;
    const overstay = 'consequences.aufenthg-11.note.overstay-ban';
    expect(notes({ ...obliged, departurePossible: 'yes' })).toContain(overstay);
    const prevented: CaseFacts = {
      ...obliged,
      departurePossible: 'no-factual',
      ownIdentityDeception: 'no',
      passportStatus: 'none',
      reasonableStepsTaken: 'yes',
    };
    expect(notes(prevented)).not.toContain(overstay);
  });

  it('points to a BAMF ban after a manifestly unfounded rejection', () => {
    const notes = consequence(
      { ...obliged, asylumDecision: 'rejected-manifestly-unfounded' },
      'aufenthg-11',
    )!.noteKeys;
    expect(notes).toContain('consequences.aufenthg-11.note.bamf-ban');
  });
});

describe('legal review 12/2026 Nr. 8–16: texts and references', () => {
  it('Nr. 8: curing § 60b gives a normal Duldung, not a right to work or counted time', () => {
    const cure = text(deClientScript, 'client.pg.cure-60b');
    expect(cure).not.toContain('dürfen Sie wieder arbeiten');
    expect(cure).toContain('nur mit Erlaubnis der Ausländerbehörde');
  });

  it('Nr. 9: missing papers are the person’s fault unless every reasonable step was taken', () => {
    const what = text(deSummary, 'pathway.aufenthg-25-5.what');
    expect(what).not.toContain('weil Papiere fehlen');
    expect(what).toContain('Fehlende Papiere zählen als Ihre Schuld');
  });

  it('Nr. 10: the Optionsmodell is an agreed practice, its exclusions not confirmed', () => {
    expect(OPTIONSMODELL_META.toVerify).toBe(true);
    expect(OPTIONSMODELL_META.reviewNote).toContain('Nicht bestätigt');
    expect(text(deRules, 'screening.optionsmodell.note.proposal')).not.toContain('LaZuF');
  });

  it('Nr. 11: the BAMF processes REAG/GARP; processing usually up to 8 weeks; Syria since 2025', () => {
    expect(text(deSummary, 'returnOption.reag-garp.what')).not.toContain('durchgeführt von IOM');
    expect(text(deRules, 'returnOptions.reag-garp.description')).toContain('BAMF');
    expect(text(deRules, 'returnOptions.reag-garp.hint.processing-time')).toContain(
      'bis zu 8 Wochen',
    );
    expect(
      option({ nationality: 'SY', currentStatus: 'duldung-60a' }, 'reag-garp')!.hintKeys,
    ).toContain('returnOptions.reag-garp.hint.syria-procedure');
  });

  it('Nr. 12: one dated Türkiye rule for REAG/GARP, StarthilfePlus and EURP, to verify', () => {
    const metas = RETURN_OPTIONS.flatMap((o) =>
      o.hints.filter((h) => h.id === 'turkiye-short-stay').map((h) => h.meta),
    );
    expect(metas).toHaveLength(3);
    expect(new Set(metas.map((m) => m?.validUntil))).toEqual(new Set(['2025-06-30']));
    expect(metas.every((m) => m?.toVerify === true)).toBe(true);
    const shortStay: CaseFacts = {
      nationality: 'TR',
      firstEntryDate: '2026-09-01',
      currentStatus: 'duldung-60a',
    };
    for (const id of ['reag-garp', 'starthilfeplus', 'eurp']) {
      expect(option(shortStay, id)!.hintKeys).toContain(
        `returnOptions.${id}.hint.turkiye-short-stay-extension-unknown`,
      );
    }
  });

  it('Nr. 14: a fixed return date excludes a hardship petition "in der Regel"', () => {
    expect(text(deRules, 'rules.aufenthg-23a.note.apply-early')).toContain('in der Regel');
  });

  it('Nr. 15: the asylum-rejection bar cites § 30 AsylG as restructured, marked to verify', () => {
    const bar = PATHWAYS.find((p) => p.id === 'family')!.requirements.find(
      (r) => r.id === 'asylum-rejection-bar',
    )!.meta;
    expect(bar.legalRef).not.toContain('§ 30 Abs. 3 AsylG');
    expect(bar.toVerify).toBe(true);
  });

  it('Nr. 16: no English words in legal references and sources', () => {
    const english =
      /\b(version|old|new|until|since|task|programme|program|and|statute|repealed|formerly|restructured|proposal|figures|question|not re-read|via)\b/i;
    const offending = allMetas().filter(
      ({ meta }) => english.test(meta.legalRef) || english.test(meta.source),
    );
    expect(offending.map((m) => `${m.name}: ${m.meta.legalRef} / ${m.meta.source}`)).toEqual([]);
  });
});

describe('legal review 12/2026: missing content', () => {
  it('Westbalkanregelung for AL, BA, XK, ME, MK, RS nationals, with its bars', () => {
    const al = option({ nationality: 'AL', receivesAsylblgBenefits: 'yes' }, 'westbalkan')!;
    expect(al.eligibility).toBe('check');
    expect(al.hintKeys).toEqual(
      expect.arrayContaining([
        'returnOptions.westbalkan.hint.asylblg-24-months',
        'returnOptions.westbalkan.hint.entry-ban',
      ]),
    );
    expect(option({ nationality: 'IQ' }, 'westbalkan')).toBeUndefined();
    expect(option({}, 'westbalkan')?.eligibility).toBe('unknown');
  });

  it('RüVG: deportations are not announced (consequence for everyone obliged to leave)', () => {
    const d = consequence({ currentStatus: 'duldung-60a' }, 'deportation')!;
    expect(d.applicability).toBe('threatens');
    expect(d.noteKeys).toContain('consequences.deportation.note.no-announcement');
  });

  it('§ 1a AsylbLG: prior written Belehrung, acute care, GEAS wording to verify', () => {
    const facts: CaseFacts = {
      currentStatus: 'duldung-60b',
      receivesAsylblgBenefits: 'yes',
    };
    const notes = consequence(facts, 'asylblg-1a')!.noteKeys;
    expect(notes).toEqual(
      expect.arrayContaining([
        'consequences.asylblg-1a.note.prior-belehrung',
        'consequences.asylblg-1a.note.acute-care',
        'consequences.asylblg-1a.note.ammr-exclusion',
      ]),
    );
    expect(notes).not.toContain('consequences.asylblg-1a.note.dublin-exclusion');
    expect(consequence(facts, 'asylblg-1a', '2026-06-11')!.noteKeys).toContain(
      'consequences.asylblg-1a.note.dublin-exclusion',
    );
    expect(text(deSummary, 'consequence.asylblg-1a.what')).toContain('schriftlich');
  });

  it('"vertraulich" only for independent counselling services', () => {
    for (const t of [
      text(deClientScript, 'client.pg.return-open-ended'),
      text(deSummary, 'returnOption.return-counselling.what'),
      text(deRules, 'returnOptions.return-counselling.hint.open-ended'),
    ]) {
      expect(t).toMatch(/[Uu]nabhängige/);
      expect(t).not.toMatch(/^Die (Rückkehrb|B)eratung ist ergebnisoffen und vertraulich/);
    }
  });
});
