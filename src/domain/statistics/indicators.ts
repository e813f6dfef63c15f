// The indicator catalogue: what is counted, in which unit, on which date. Each indicator's
// written definition lives in locales/<lang>/statistics.json under `definitions.<id>` and is
// shown in the app and written into every export.
import { PATHWAY_IDS, ruleKeyPrefix } from '../rules/registry';
import { CASE_OUTCOMES, OTHER_TITLE, outcomeDetails } from '../cases/closing';

export const INDICATOR_IDS = [
  'conversations',
  'topics',
  'pathways',
  'actions',
  'return-interest',
  'return-circumstances',
  'support-needs',
  'referrals',
  'consents',
  'outcomes',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export type IndicatorUnit = 'conversation' | 'action' | 'referral' | 'document' | 'case';

export type StatisticsCategory = {
  readonly id: string;
  /** i18n key of the category's label (namespace by its root: statistics, script, rules). */
  readonly labelKey: string;
  /** Second part of the label where the first is ambiguous (template of a topic, level). */
  readonly qualifierKey?: string;
};

export type IndicatorDef = {
  readonly id: IndicatorId;
  readonly unit: IndicatorUnit;
  readonly labelKey: string;
  readonly definitionKey: string;
  readonly categories: readonly StatisticsCategory[];
};

/**
 * What the content offers to count. Built from the script templates (src/content), passed in
 * so the domain stays independent of content. Anything a record holds that is not listed is
 * not counted: a category can never carry text typed on a device.
 */
export type StatisticsVocabulary = {
  readonly templates: readonly {
    readonly id: string;
    readonly titleKey: string;
    readonly sections: readonly StatisticsCategory[];
  }[];
  /** Checklist answers by item id (`return-interest`, `stance`, …), options qualified `item:option`. */
  readonly checklists: Readonly<Record<string, readonly StatisticsCategory[]>>;
};

/** Which checklist items feed which indicator. */
export const CHECKLIST_INDICATORS: Readonly<Record<string, IndicatorId>> = {
  'return-interest': 'return-interest',
  stance: 'return-interest',
  circumstances: 'return-circumstances',
  'support-needs': 'support-needs',
};

const own = (id: string): StatisticsCategory => ({ id, labelKey: `statistics:categories.${id}` });

/** Pathway rows: "likely or possible" and, within it, "likely" (never "possible" alone). */
export const pathwayCategory = (pathway: string, level: 'open' | 'likely') => `${pathway}/${level}`;

/**
 * Outcome rows: one per outcome, then one per detail of the outcomes that have details
 * (`residence-title/aufenthg-25b`, `voluntary-departure-programme/reag-garp`), each a subset of
 * its outcome's row. A fixed set from the append-only vocabulary (cases/closing.ts), the same
 * rows whatever the data: a row never appears only because someone is in it.
 */
export const outcomeCategory = (outcome: string, detail?: string) =>
  detail === undefined ? outcome : `${outcome}/${detail}`;

function outcomeCategories(): StatisticsCategory[] {
  const label = (outcome: string) => `cases:closing.outcomes.${outcome}`;
  return CASE_OUTCOMES.flatMap((outcome) => [
    { id: outcome, labelKey: label(outcome) },
    ...outcomeDetails(outcome).map((detail) => ({
      id: outcomeCategory(outcome, detail),
      labelKey:
        outcome === 'residence-title' && detail !== OTHER_TITLE
          ? `${ruleKeyPrefix(detail as (typeof PATHWAY_IDS)[number])}.title`
          : `cases:closing.details.${detail}`,
      qualifierKey: label(outcome),
    })),
  ]);
}

export function indicatorCatalogue(vocabulary: StatisticsVocabulary): IndicatorDef[] {
  const def = (id: IndicatorId, unit: IndicatorUnit, categories: StatisticsCategory[]) => ({
    id,
    unit,
    labelKey: `statistics:indicators.${id}`,
    definitionKey: `statistics:definitions.${id}`,
    categories,
  });
  const checklist = (indicator: IndicatorId) =>
    Object.entries(CHECKLIST_INDICATORS)
      .filter(([, target]) => target === indicator)
      .flatMap(([item]) => vocabulary.checklists[item] ?? []);
  return [
    def('conversations', 'conversation', [
      ...vocabulary.templates.map((t) => ({ id: t.id, labelKey: t.titleKey })),
      own('other-template'),
    ]),
    def(
      'topics',
      'conversation',
      vocabulary.templates.flatMap((t) =>
        t.sections.map((s) => ({
          id: `${t.id}/${s.id}`,
          labelKey: s.labelKey,
          qualifierKey: t.titleKey,
        })),
      ),
    ),
    def(
      'pathways',
      'conversation',
      PATHWAY_IDS.flatMap((p) =>
        (['open', 'likely'] as const).map((level) => ({
          id: pathwayCategory(p, level),
          labelKey: `${ruleKeyPrefix(p)}.title`,
          qualifierKey: `statistics:levels.${level}`,
        })),
      ),
    ),
    def('actions', 'action', [own('agreed'), own('with-due-date'), own('done')]),
    def('return-interest', 'conversation', checklist('return-interest')),
    def('return-circumstances', 'conversation', checklist('return-circumstances')),
    def('support-needs', 'conversation', checklist('support-needs')),
    def('referrals', 'referral', [own('made'), own('accepted')]),
    def('consents', 'document', [
      own('data-consent'),
      own('confidentiality-waiver'),
      own('revocation'),
    ]),
    def('outcomes', 'case', outcomeCategories()),
  ];
}
