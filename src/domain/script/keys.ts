import { FACT_FIELD_INFO, factKeys, optionKey, OPTION_SETS } from '../facts/fieldInfo';
import type { OptionSetName } from '../facts/fieldInfo';
import type { FactField } from '../facts/schema';
import { isFactField } from '../facts/schema';
import type { ScriptItem, ScriptTemplate } from './types';
import { allItems } from './visibility';

/** Keys the UI needs to render a question for `field`: label, question and option labels. */
export function factFieldKeys(field: FactField): string[] {
  const info = FACT_FIELD_INFO[field];
  const keys = [factKeys(field).label, factKeys(field).question];
  if (info.optionSet !== undefined) {
    const set = info.optionSet as OptionSetName;
    keys.push(...OPTION_SETS[set].map((value) => optionKey(set, value)));
  }
  return keys;
}

export function itemKeys(item: ScriptItem): string[] {
  switch (item.kind) {
    case 'info':
      return [item.textKey];
    case 'question':
      return [
        ...(isFactField(item.field) ? factFieldKeys(item.field) : []),
        ...(item.hintKey ? [item.hintKey] : []),
      ];
    case 'checklist':
      return [item.labelKey, ...item.options.map((o) => o.labelKey)];
    case 'note':
    case 'action-plan':
    case 'notices':
      return [item.labelKey, ...(item.hintKey ? [item.hintKey] : [])];
    case 'assessment':
      return [item.labelKey];
  }
}

/** Every i18n key a template can show, deduplicated, in document order. */
export function collectScriptKeys(template: ScriptTemplate): string[] {
  const keys = [template.titleKey, template.descriptionKey];
  for (const section of template.sections) {
    keys.push(section.titleKey);
    for (const step of section.steps) keys.push(step.titleKey);
  }
  for (const { item } of allItems(template)) keys.push(...itemKeys(item));
  return [...new Set(keys)];
}
