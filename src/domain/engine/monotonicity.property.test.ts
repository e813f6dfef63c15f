// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// Property: forgetting facts never makes a pathway look better. For random partial facts,
// removing any subset of fields must not turn a non-"likely" result into "likely", and
// must never turn an "unknown" pathway into "not-met"-free "likely". In the same family:
// a stretch of stay that is not recorded never counts against the person — a history with
// a gap is never "not met" where the same history with the gap filled by a counting status
// is not — and a recorded exclusion never leaves § 60c/§ 16g "likely".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatIsoDate } from '../dates';
import {
  asylumDecisionValues,
  departurePossibleValues,
  familyReferenceTitleValues,
  familyTieKindValues,
  germanLevelValues,
  integrationCourseValues,
  livelihoodValues,
  passportStatusValues,
  qualificationValues,
  residenceStatusValues,
  terminationMeasureValues,
  trainingStatusValues,
  trainingTypeValues,
  yesNoUnknownValues,
} from '../facts/enums';
import type { CaseFacts, FactField, StatusPeriod } from '../facts/schema';
import { PERSONAS } from '../personas.fixtures';
import { evaluatePathways } from './evaluatePathways';

const date = (from: number, to: number) =>
  fc
    .record({
      year: fc.integer({ min: from, max: to }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    })
    .map(formatIsoDate);

const yn = fc.constantFrom(...yesNoUnknownValues);

/** A contiguous history of 1–4 periods starting between 2012 and 2025. */
const history: fc.Arbitrary<StatusPeriod[]> = fc
  .tuple(
    date(2012, 2025),
    fc.array(fc.tuple(fc.constantFrom(...residenceStatusValues), fc.integer({ min: 1, max: 60 })), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([start, parts]) => {
    const periods: StatusPeriod[] = [];
    let from = start;
    parts.forEach(([status, months], i) => {
      if (i === parts.length - 1) {
        periods.push({ status, from });
      } else {
        const until = addDays(addMonths(from, months), -1);
        periods.push({ status, from, until });
        from = addMonths(from, months);
      }
    });
    return periods;
  });

const facts: fc.Arbitrary<CaseFacts> = fc.record(
  {
    birthDate: date(1970, 2012),
    nationality: fc.constantFrom('IQ', 'TR', 'SY', 'PL', 'stateless', 'unknown'),
    firstEntryDate: date(2012, 2025),
    currentStatus: fc.constantFrom(...residenceStatusValues, 'unknown' as const),
    permitValidUntil: date(2025, 2028),
    residenceRestrictionOrdered: yn,
    statusHistory: history,
    departureDeadline: date(2024, 2027),
    deportationDateFixed: yn,
    terminationMeasuresTaken: yn,
    terminationMeasureKinds: fc.subarray([...terminationMeasureValues]),
    departurePossible: fc.constantFrom(...departurePossibleValues),
    obstacleLongTerm: yn,
    fitToTravel: yn,
    identityClarified: yn,
    identityClarifiedOn: date(2014, 2026),
    ownIdentityDeception: yn,
    passportStatus: fc.constantFrom(...passportStatusValues),
    reasonableStepsTaken: yn,
    schoolYearsInGermany: fc.integer({ min: 0, max: 10 }),
    qualificationInGermany: fc.constantFrom(...qualificationValues),
    inEducation: yn,
    trainingStatus: fc.constantFrom(...trainingStatusValues),
    trainingType: fc.constantFrom(...trainingTypeValues),
    trainingStartDate: date(2015, 2026),
    employmentHoursPerWeek: fc.integer({ min: 0, max: 45 }),
    employmentMonths: fc.integer({ min: 0, max: 48 }),
    employmentSubjectToSocialInsurance: yn,
    qualifiedEmploymentMonths: fc.integer({ min: 0, max: 60 }),
    foreignDegreeRecognised: yn,
    publicBenefitsLastYear: yn,
    receivesAsylblgBenefits: yn,
    livelihoodSecured: fc.constantFrom(...livelihoodValues),
    adequateHousing: yn,
    germanLevel: fc.constantFrom(...germanLevelValues),
    integrationCourse: fc.constantFrom(...integrationCourseValues),
    minorChildrenInHousehold: fc.integer({ min: 0, max: 4 }),
    childrenAttendSchool: yn,
    familyTiesInGermany: yn,
    familyTieKinds: fc.subarray([...familyTieKindValues]),
    familyReferenceTitle: fc.constantFrom(...familyReferenceTitleValues),
    familyTieArisenInGermany: yn,
    hasConvictions: yn,
    convictionDailyRates: fc.integer({ min: 0, max: 150 }),
    convictionSentenceMonths: fc.integer({ min: 0, max: 3 }),
    convictionsOnlyImmigrationOffences: yn,
    safeCountryOfOrigin: yn,
    asylumDecision: fc.constantFrom(...asylumDecisionValues),
    asylumApplicationDate: date(2012, 2025),
  },
  { requiredKeys: [] },
);

const asOf = date(2023, 2028);

function forget(f: CaseFacts, fields: readonly string[]): CaseFacts {
  return Object.fromEntries(Object.entries(f).filter(([key]) => !fields.includes(key)));
}

describe('monotonicity of the pathway engine', () => {
  it('removing knowledge never turns a non-likely result into likely', () => {
    let likelyCases = 0;
    fc.assert(
      fc.property(facts, asOf, fc.func(fc.boolean()), (full, on, drop) => {
        const fields = Object.keys(full) as FactField[];
        const removed = fields.filter((field) => drop(field));
        const before = evaluatePathways(full, on);
        const after = evaluatePathways(forget(full, removed), on);
        likelyCases += before.filter((r) => r.status === 'likely').length;
        after.forEach((result, i) => {
          if (result.status === 'likely') expect(before[i]!.status).toBe('likely');
        });
      }),
      { numRuns: 400, seed: 20261121 },
    );
    // Guard against a vacuous property: the generator must produce "likely" cases.
    expect(likelyCases).toBeGreaterThan(0);
  });

  it('holds around realistic personas, where "likely" is common', () => {
    let likelyCases = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...PERSONAS),
        facts,
        fc.func(fc.boolean()),
        fc.func(fc.boolean()),
        (persona, random, override, drop) => {
          // Perturb a few facts of a realistic case, then forget a random subset.
          const overrides = Object.fromEntries(
            Object.entries(random).filter(([key]) => override(key) && override(`${key}!`)),
          );
          const full: CaseFacts = { ...persona.facts, ...overrides };
          const removed = Object.keys(full).filter((field) => drop(field));
          const before = evaluatePathways(full, persona.asOf);
          const after = evaluatePathways(forget(full, removed), persona.asOf);
          likelyCases += before.filter((r) => r.status === 'likely').length;
          after.forEach((result, i) => {
            if (result.status === 'likely') expect(before[i]!.status).toBe('likely');
          });
        },
      ),
      { numRuns: 400, seed: 7 },
    );
    expect(likelyCases).toBeGreaterThan(50);
  });

  it('an unrecorded stretch is never "not met" where the stretch filled would not be', () => {
    // Counting statuses a stretch could have had; each is tried as the filling.
    const fillings = [
      'gestattung',
      'duldung-60a',
      'ausbildungsduldung-60c',
      'beschaeftigungsduldung-60d',
      'permit-other',
    ] as const;
    let gapsThatMattered = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...PERSONAS),
        history,
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (persona, periods, cut, keepEntry) => {
          // Cut one period out of a contiguous history (a gap), or leave the entry date out.
          const index = Math.min(cut, periods.length - 1);
          const removed = periods[index]!;
          if (periods.length < 2 || index === periods.length - 1) return;
          const gapped = periods.filter((_, i) => i !== index);
          const base: CaseFacts = {
            ...persona.facts,
            firstEntryDate: keepEntry ? periods[0]!.from : undefined,
            currentStatus: periods[periods.length - 1]!.status,
          };
          const withGap = evaluatePathways({ ...base, statusHistory: gapped }, persona.asOf);
          const filled = fillings.map((status) =>
            evaluatePathways(
              {
                ...base,
                firstEntryDate: periods[0]!.from,
                statusHistory: periods.map((p, i) => (i === index ? { ...removed, status } : p)),
              },
              persona.asOf,
            ),
          );
          withGap.forEach((result, i) => {
            const someFillingOpen = filled.some((f) => f[i]!.status !== 'not-met');
            if (someFillingOpen && result.status !== filled[0]![i]!.status) gapsThatMattered += 1;
            if (someFillingOpen) expect(result.status).not.toBe('not-met');
          });
        },
      ),
      { numRuns: 300, seed: 20261204 },
    );
    // Guard against a vacuous property: gaps must have changed some results.
    expect(gapsThatMattered).toBeGreaterThan(0);
  });

  it('a recorded exclusion never leaves § 60c or § 16g "likely"', () => {
    const excluded = fc.constantFrom<CaseFacts>(
      { hasConvictions: 'yes', convictionSentenceMonths: 3, convictionDailyRates: 0 },
      {
        hasConvictions: 'yes',
        convictionSentenceMonths: 0,
        convictionDailyRates: 120,
        convictionsOnlyImmigrationOffences: 'no',
      },
      { deportationDateFixed: 'yes' },
      { terminationMeasuresTaken: 'yes', terminationMeasureKinds: ['return-application'] },
      { terminationMeasuresTaken: 'yes', terminationMeasureKinds: ['dublin-transfer'] },
      {
        terminationMeasuresTaken: 'yes',
        terminationMeasureKinds: ['passport-procurement-by-authority'],
      },
    );
    fc.assert(
      fc.property(fc.constantFrom(...PERSONAS), facts, excluded, (persona, random, bar) => {
        const all: CaseFacts = { ...persona.facts, ...random, ...bar };
        for (const r of evaluatePathways(all, persona.asOf)) {
          if (r.pathwayId === 'aufenthg-60c' || r.pathwayId === 'aufenthg-16g') {
            expect(r.status).not.toBe('likely');
          }
        }
      }),
      { numRuns: 300, seed: 4122026 },
    );
  });

  it('an empty case is never "likely" on any date', () => {
    fc.assert(
      fc.property(asOf, (on) => {
        for (const r of evaluatePathways({}, on)) expect(r.status).not.toBe('likely');
      }),
      { numRuns: 100, seed: 42 },
    );
  });
});
