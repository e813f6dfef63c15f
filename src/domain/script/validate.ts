// Structural checks for script content, run in tests (and usable at startup). Locale files
// are outside the domain, so the caller passes `hasKey`.
import { isFactField } from '../facts/schema';
import { flattenCondition, PARTICIPANTS_ANSWER } from './conditions';
import { collectScriptKeys } from './keys';
import type { Condition, ScriptTemplate } from './types';
import { allItems } from './visibility';

export type ScriptIssue =
  | { readonly code: 'duplicate-id'; readonly id: string }
  | { readonly code: 'unknown-fact'; readonly id: string; readonly field: string }
  | { readonly code: 'missing-key'; readonly key: string }
  | { readonly code: 'unknown-answer-ref'; readonly id: string; readonly item: string }
  | { readonly code: 'invalid-version'; readonly version: string }
  | { readonly code: 'empty-checklist'; readonly id: string };

const VERSION = /^\d{4}-\d{2}-\d+$/;

export function scriptVersionOf(template: ScriptTemplate): string {
  return `${template.id}@${template.version}`;
}

export function parseScriptVersion(
  value: string,
): { readonly id: string; readonly version: string } | undefined {
  const at = value.lastIndexOf('@');
  if (at <= 0) return undefined;
  const version = value.slice(at + 1);
  return VERSION.test(version) ? { id: value.slice(0, at), version } : undefined;
}

export function validateScript(
  template: ScriptTemplate,
  hasKey: (key: string) => boolean,
): ScriptIssue[] {
  const issues: ScriptIssue[] = [];
  if (!VERSION.test(template.version)) {
    issues.push({ code: 'invalid-version', version: template.version });
  }

  // Answers are stored by item id, navigation uses section/step ids: each must be unique
  // within its own kind (a step and a checklist may share a name and a key prefix).
  const duplicates = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
  const structural = [
    ...template.sections.map((s) => s.id),
    ...template.sections.flatMap((s) => s.steps.map((st) => st.id)),
  ];
  for (const id of [
    ...duplicates(structural),
    ...duplicates(allItems(template).map((v) => v.item.id)),
  ]) {
    issues.push({ code: 'duplicate-id', id });
  }

  const itemIds = new Set(allItems(template).map((v) => v.item.id));
  const owners: { id: string; condition: Condition | undefined }[] = [
    ...template.sections.map((s) => ({ id: s.id, condition: s.condition })),
    ...template.sections.flatMap((s) =>
      s.steps.map((st) => ({ id: st.id, condition: st.condition })),
    ),
    ...allItems(template).map((v) => ({ id: v.item.id, condition: v.item.condition })),
  ];
  for (const owner of owners) {
    for (const c of flattenCondition(owner.condition)) {
      if ('fact' in c && !isFactField(c.fact)) {
        issues.push({ code: 'unknown-fact', id: owner.id, field: c.fact });
      }
      if ('item' in c && !itemIds.has(c.item) && c.item !== PARTICIPANTS_ANSWER) {
        issues.push({ code: 'unknown-answer-ref', id: owner.id, item: c.item });
      }
    }
  }

  for (const { item } of allItems(template)) {
    if (item.kind === 'question' && !isFactField(item.field)) {
      issues.push({ code: 'unknown-fact', id: item.id, field: item.field });
    }
    if (item.kind === 'checklist' && item.options.length === 0) {
      issues.push({ code: 'empty-checklist', id: item.id });
    }
  }

  for (const key of collectScriptKeys(template)) {
    if (!hasKey(key)) issues.push({ code: 'missing-key', key });
  }
  return issues;
}
