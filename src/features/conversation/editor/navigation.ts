import {
  visibleSections,
  visibleSteps,
  type CaseFacts,
  type ScriptAnswers,
  type ScriptTemplate,
} from '../../../domain';

/** Steps the editor adds around the script: framework data first, closing last. */
export const FRAME_STEP = 'frame';
export const FINISH_STEP = 'finish';

/** `ns` says where the title lives: the script's texts or the editor's own. */
export type NavStep = { id: string; titleKey: string; ns: 'script' | 'conversation' };
export type NavSection = NavStep & { script: boolean; steps: NavStep[] };

/** The navigation for the current facts and answers (hidden sections/steps drop out). */
export function navigationFor(
  template: ScriptTemplate,
  facts: CaseFacts,
  answers: ScriptAnswers,
): NavSection[] {
  return [
    {
      id: FRAME_STEP,
      titleKey: 'frame.section',
      ns: 'conversation',
      script: false,
      steps: [{ id: FRAME_STEP, titleKey: 'frame.title', ns: 'conversation' }],
    },
    ...visibleSections(template, facts, answers).map((section) => ({
      id: section.id,
      titleKey: section.titleKey,
      ns: 'script' as const,
      script: true,
      steps: visibleSteps(section, facts, answers).map((s) => ({
        id: s.id,
        titleKey: s.titleKey,
        ns: 'script' as const,
      })),
    })),
    {
      id: FINISH_STEP,
      titleKey: 'finish.section',
      ns: 'conversation',
      script: false,
      steps: [{ id: FINISH_STEP, titleKey: 'finish.title', ns: 'conversation' }],
    },
  ];
}

export function stepOrder(sections: readonly NavSection[]): string[] {
  return sections.flatMap((s) => s.steps.map((st) => st.id));
}
