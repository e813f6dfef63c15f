import type { CaseFacts } from '../facts/schema';
import { evaluateCondition } from './conditions';
import type { ScriptAnswers, ScriptItem, ScriptSection, ScriptStep, ScriptTemplate } from './types';

export type VisibleItem = {
  readonly sectionId: string;
  readonly stepId: string;
  readonly item: ScriptItem;
};

/** All items of the template in order, with their section and step. */
export function allItems(template: ScriptTemplate): VisibleItem[] {
  return template.sections.flatMap((section) =>
    section.steps.flatMap((step) =>
      step.items.map((item) => ({ sectionId: section.id, stepId: step.id, item })),
    ),
  );
}

export function visibleSections(
  template: ScriptTemplate,
  facts: CaseFacts,
  answers: ScriptAnswers,
): ScriptSection[] {
  return template.sections.filter((s) => evaluateCondition(s.condition, facts, answers));
}

export function visibleSteps(
  section: ScriptSection,
  facts: CaseFacts,
  answers: ScriptAnswers,
): ScriptStep[] {
  return section.steps.filter((s) => evaluateCondition(s.condition, facts, answers));
}

/**
 * Items shown for the current facts and answers: an item is visible only if its section,
 * step and own condition all hold. Hidden items keep their answers (they reappear when the
 * facts change back), but do not count for progress.
 */
export function visibleItems(
  template: ScriptTemplate,
  facts: CaseFacts,
  answers: ScriptAnswers,
): VisibleItem[] {
  return visibleSections(template, facts, answers).flatMap((section) =>
    visibleSteps(section, facts, answers).flatMap((step) =>
      step.items
        .filter((item) => evaluateCondition(item.condition, facts, answers))
        .map((item) => ({ sectionId: section.id, stepId: step.id, item })),
    ),
  );
}

export function findItem(template: ScriptTemplate, id: string): ScriptItem | undefined {
  return allItems(template).find((v) => v.item.id === id)?.item;
}
