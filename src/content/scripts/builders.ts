// Small builders that derive i18n keys from ids, so a template reads like an outline and
// key names stay consistent: script.<tpl>.<id>.* for counsellor texts, client.<tpl>.<id>
// for texts addressed to the client (translated into the client languages).
import { PARTICIPANTS_ANSWER } from '../../domain';
import type {
  ActionPlanItem,
  AssessmentItem,
  ChecklistItem,
  Condition,
  FactField,
  InfoItem,
  NoteItem,
  NoticesItem,
  ParticipantRole,
  QuestionItem,
  ScriptItem,
  ScriptSection,
  ScriptStep,
} from '../../domain';

type Options = { readonly condition?: Condition; readonly required?: boolean };

export function builders(tpl: string) {
  const k = (id: string, leaf: string) => `script.${tpl}.${id}.${leaf}`;
  return {
    section: (id: string, steps: readonly ScriptStep[], condition?: Condition): ScriptSection => ({
      id,
      titleKey: k(id, 'title'),
      steps,
      ...(condition ? { condition } : {}),
    }),
    step: (id: string, items: readonly ScriptItem[], condition?: Condition): ScriptStep => ({
      id,
      titleKey: k(id, 'title'),
      items,
      ...(condition ? { condition } : {}),
    }),
    /** Plain-language text for the client (read out or handed over). */
    tell: (id: string, options: Options & { readonly legalRef?: string } = {}): InfoItem => ({
      kind: 'info',
      id,
      audience: 'client',
      textKey: `client.${tpl}.${id}`,
      ...options,
    }),
    /** A hint for the counsellor only. */
    hint: (id: string, options: Options & { readonly legalRef?: string } = {}): InfoItem => ({
      kind: 'info',
      id,
      audience: 'counsellor',
      textKey: k(id, 'text'),
      ...options,
    }),
    ask: (field: FactField, options: Options & { readonly hint?: boolean } = {}): QuestionItem => {
      const { hint, ...rest } = options;
      return {
        kind: 'question',
        id: `q-${field}`,
        field,
        ...(hint === true ? { hintKey: k(`q-${field}`, 'hint') } : {}),
        ...rest,
      };
    },
    checklist: (
      id: string,
      optionIds: readonly string[],
      options: Options = {},
    ): ChecklistItem => ({
      kind: 'checklist',
      id,
      labelKey: k(id, 'label'),
      options: optionIds.map((o) => ({ id: o, labelKey: k(id, `option.${o}`) })),
      ...options,
    }),
    note: (id: string, options: Options & { readonly hint?: boolean } = {}): NoteItem => {
      const { hint, ...rest } = options;
      return {
        kind: 'note',
        id,
        labelKey: k(id, 'label'),
        ...(hint === true ? { hintKey: k(id, 'hint') } : {}),
        ...rest,
      };
    },
    assessment: (id: string, view: AssessmentItem['view']): AssessmentItem => ({
      kind: 'assessment',
      id,
      view,
      labelKey: k(id, 'label'),
    }),
    actionPlan: (id: string, options: Options = {}): ActionPlanItem => ({
      kind: 'action-plan',
      id,
      labelKey: k(id, 'label'),
      hintKey: k(id, 'hint'),
      ...options,
    }),
    /** Written notices handed out: which, on which day, in which language. */
    notices: (id: string, options: Options = {}): NoticesItem => ({
      kind: 'notices',
      id,
      labelKey: k(id, 'label'),
      hintKey: k(id, 'hint'),
      ...options,
    }),
  };
}

/** Shorthands for common display conditions. */
export const when = {
  factIs: (fact: FactField, value: string): Condition => ({ op: 'fact-equals', fact, value }),
  factIn: (fact: FactField, values: readonly string[]): Condition => ({
    op: 'fact-in',
    fact,
    values,
  }),
  factAtLeast: (fact: FactField, value: number): Condition => ({
    op: 'fact-at-least',
    fact,
    value,
  }),
  answered: (item: string, value: string): Condition => ({ op: 'answer-includes', item, value }),
  /** A participant with this role (framework data, "Rahmendaten") takes part. */
  participant: (role: ParticipantRole): Condition => ({
    op: 'answer-includes',
    item: PARTICIPANTS_ANSWER,
    value: role,
  }),
  not: (condition: Condition): Condition => ({ op: 'not', condition }),
  any: (...conditions: Condition[]): Condition => ({ op: 'any', conditions }),
};
