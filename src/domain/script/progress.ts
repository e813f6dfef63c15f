import type { CaseFacts } from '../facts/schema';
import { answerGiven } from './conditions';
import type { ScriptAnswers, ScriptItem, ScriptTemplate } from './types';
import { visibleItems } from './visibility';

export type SectionProgress = {
  readonly sectionId: string;
  readonly answered: number;
  readonly total: number;
};

export type ScriptProgress = {
  readonly answered: number;
  readonly total: number;
  /** 0..1; 1 when nothing needs answering. */
  readonly ratio: number;
  readonly sections: readonly SectionProgress[];
  /** Visible required items still unanswered (ids). */
  readonly missingRequired: readonly string[];
};

/** Items that count for progress: questions, and required checklists/notes/action plans. */
function counts(item: ScriptItem): boolean {
  if (item.kind === 'question') return true;
  if (
    item.kind === 'checklist' ||
    item.kind === 'note' ||
    item.kind === 'action-plan' ||
    item.kind === 'notices'
  ) {
    return item.required === true;
  }
  return false;
}

/**
 * A question counts as answered once any value is recorded, including 'unknown': "asked,
 * the person does not know" is a complete answer for the conversation, even though the
 * engine still treats the fact as unknown.
 */
function isAnswered(item: ScriptItem, facts: CaseFacts, answers: ScriptAnswers): boolean {
  if (item.kind === 'question') return facts[item.field] !== undefined;
  return answerGiven(answers, item.id);
}

export function computeProgress(
  template: ScriptTemplate,
  facts: CaseFacts,
  answers: ScriptAnswers,
): ScriptProgress {
  const items = visibleItems(template, facts, answers).filter((v) => counts(v.item));
  const sections = new Map<string, { answered: number; total: number }>();
  const missingRequired: string[] = [];
  let answered = 0;
  for (const { sectionId, item } of items) {
    const entry = sections.get(sectionId) ?? { answered: 0, total: 0 };
    entry.total += 1;
    if (isAnswered(item, facts, answers)) {
      entry.answered += 1;
      answered += 1;
    } else if ('required' in item && item.required === true) {
      missingRequired.push(item.id);
    }
    sections.set(sectionId, entry);
  }
  return {
    answered,
    total: items.length,
    ratio: items.length === 0 ? 1 : answered / items.length,
    sections: [...sections].map(([sectionId, p]) => ({ sectionId, ...p })),
    missingRequired,
  };
}
