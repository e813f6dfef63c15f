// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { evaluateConsequences } from './consequences/evaluateConsequences';
import { evaluatePathways } from './engine/evaluatePathways';
import { allDomainKeys } from './i18nKeys';
import { PERSONAS } from './personas.fixtures';
import { evaluateReturnOptions } from './returnOptions/evaluateReturnOptions';
import { evaluateOptionsmodellScreening } from './screening/optionsmodell';

describe('personas', () => {
  it('covers at least 40 personas with unique ids', () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(PERSONAS.map((p) => p.id)).size).toBe(PERSONAS.length);
  });

  describe.each(PERSONAS)('$id: $description', (persona) => {
    const pathways = evaluatePathways(persona.facts, persona.asOf);
    const consequences = evaluateConsequences(persona.facts, persona.asOf);
    const returnOptions = evaluateReturnOptions(persona.facts, persona.asOf);
    const screening = evaluateOptionsmodellScreening(persona.facts, persona.asOf);

    it('has the expected pathway statuses', () => {
      for (const [id, status] of Object.entries(persona.pathways ?? {})) {
        expect({ id, status: pathways.find((p) => p.pathwayId === id)?.status }).toEqual({
          id,
          status,
        });
      }
    });

    it('has the expected requirement statuses and deadlines', () => {
      for (const [path, status] of Object.entries(persona.requirements ?? {})) {
        const [pathwayId, requirementId] = path.split('/');
        const requirement = pathways
          .find((p) => p.pathwayId === pathwayId)
          ?.requirements.find((r) => r.id === requirementId);
        expect({ path, status: requirement?.status }).toEqual({ path, status });
      }
      for (const [path, date] of Object.entries(persona.deadlines ?? {})) {
        const [pathwayId, deadlineId] = path.split('/');
        const deadline = pathways
          .find((p) => p.pathwayId === pathwayId)
          ?.deadlines.find((d) => d.id === deadlineId);
        expect({ path, date: deadline?.date }).toEqual({ path, date });
      }
    });

    it('has the expected consequences', () => {
      for (const [id, applicability] of Object.entries(persona.consequences ?? {})) {
        const found = consequences.find((c) => c.consequenceId === id);
        expect({ id, applicability: found?.applicability ?? 'absent' }).toEqual({
          id,
          applicability,
        });
      }
    });

    it('has the expected return options and screening', () => {
      for (const [id, eligibility] of Object.entries(persona.returnOptions ?? {})) {
        const found = returnOptions.find((o) => o.optionId === id);
        expect({ id, eligibility: found?.eligibility }).toEqual({ id, eligibility });
      }
      if (persona.screening) expect(screening.status).toBe(persona.screening);
    });

    it('explains every result: reasons for not-met, questions for unknown', () => {
      for (const p of pathways) {
        if (p.status === 'not-met' && p.statusKey !== 'rules.common.status.not-in-force') {
          expect(p.reasons.length, p.pathwayId).toBeGreaterThan(0);
        }
        if (p.status === 'unknown' && p.pathwayId !== 'aufenthg-104c') {
          expect(p.questions.length, p.pathwayId).toBeGreaterThan(0);
        }
        if (p.status === 'likely') {
          expect(
            p.requirements.every((r) => r.status === 'met'),
            p.pathwayId,
          ).toBe(true);
        }
      }
    });

    it('only emits keys that exist in the key registry', () => {
      const known = new Set(allDomainKeys());
      const emitted = [
        ...pathways.flatMap((p) => [
          p.titleKey,
          p.summaryKey,
          p.statusKey,
          ...p.noteKeys,
          ...p.deadlines.map((d) => d.key),
          ...p.questions.flatMap((q) => [q.questionKey, q.labelKey]),
          ...p.requirements.flatMap((r) => [r.labelKey, r.explanationKey, r.actionKey]),
        ]),
        ...consequences.flatMap((c) => [
          c.titleKey,
          c.explanationKey,
          ...c.actionKeys,
          ...c.noteKeys,
          ...c.deadlines.map((d) => d.key),
          ...c.questions.map((q) => q.questionKey),
        ]),
        ...returnOptions.flatMap((o) => [
          o.titleKey,
          o.descriptionKey,
          o.supportKey,
          ...o.hintKeys,
          ...o.actionKeys,
          ...o.questions.map((q) => q.questionKey),
        ]),
        screening.statusKey,
        ...screening.noteKeys,
        ...screening.criteria.flatMap((c) => [c.labelKey, c.explanationKey]),
      ];
      expect(emitted.filter((key) => !known.has(key))).toEqual([]);
    });
  });
});
