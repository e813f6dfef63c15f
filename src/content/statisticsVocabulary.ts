// What statistics may count, derived from the script templates: template ids, section ids
// (topics) and the options of the checklists that feed an indicator. Only these codes are
// ever counted, so nothing typed on a device can become a category.
import {
  CHECKLIST_INDICATORS,
  type StatisticsCategory,
  type StatisticsVocabulary,
} from '../domain';
import { SCRIPT_TEMPLATES } from './index';

export function statisticsVocabulary(): StatisticsVocabulary {
  const checklists: Record<string, StatisticsCategory[]> = {};
  for (const template of SCRIPT_TEMPLATES) {
    for (const item of template.sections.flatMap((s) => s.steps.flatMap((st) => st.items))) {
      if (item.kind !== 'checklist' || !(item.id in CHECKLIST_INDICATORS)) continue;
      const list = (checklists[item.id] ??= []);
      for (const option of item.options) {
        const id = `${item.id}:${option.id}`;
        if (!list.some((c) => c.id === id)) {
          list.push({ id, labelKey: option.labelKey, qualifierKey: item.labelKey });
        }
      }
    }
  }
  return {
    templates: SCRIPT_TEMPLATES.map((t) => ({
      id: t.id,
      titleKey: t.titleKey,
      sections: t.sections.map((s) => ({ id: s.id, labelKey: s.titleKey })),
    })),
    checklists,
  };
}
