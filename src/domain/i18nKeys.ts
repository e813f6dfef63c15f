// Every i18n key the domain can emit, and which locale file (namespace) holds it. Keys are
// full paths inside their file; the first segment decides the file, so keys are unique
// across files and the UI can call t(key, { ns: namespaceOf(key) }).
import { CONSEQUENCES } from './consequences/definitions';
import { consequenceKeyPrefix } from './consequences/evaluateConsequences';
import { UNRECORDED_QUESTION_KEY } from './engine/common';
import { PATHWAY_STATUS_KEYS } from './engine/evaluatePathways';
import { FACT_FIELDS } from './facts/schema';
import { factKeys, optionKey, OPTION_SETS } from './facts/fieldInfo';
import type { OptionSetName } from './facts/fieldInfo';
import { VALIDATION } from './facts/validation';
import { PATHWAYS, requirementKeys, ruleKeyPrefix } from './rules/registry';
import { RETURN_OPTIONS } from './returnOptions/definitions';
import { returnOptionKeyPrefix } from './returnOptions/evaluateReturnOptions';
import { OPTIONSMODELL_CRITERIA_IDS, OPTIONSMODELL_NOTE_IDS } from './screening/optionsmodell';

export type I18nNamespace = 'rules' | 'script' | 'clientScript' | 'record';

const RULES_ROOTS = ['rules', 'consequences', 'returnOptions', 'screening'];
const SCRIPT_ROOTS = ['script', 'facts'];
// What the client reads on the tablet: its own file, shipped in every client language.
const CLIENT_SCRIPT_ROOTS = ['client'];
// Case and session records: validation codes, lifecycle errors, the file note.
const RECORD_ROOTS = ['record'];

export function namespaceOf(key: string): I18nNamespace | undefined {
  const root = key.split('.')[0] ?? '';
  if (RULES_ROOTS.includes(root)) return 'rules';
  if (RECORD_ROOTS.includes(root)) return 'record';
  if (CLIENT_SCRIPT_ROOTS.includes(root)) return 'clientScript';
  return SCRIPT_ROOTS.includes(root) ? 'script' : undefined;
}

export function pathwayKeys(): string[] {
  return [
    ...Object.values(PATHWAY_STATUS_KEYS),
    ...PATHWAYS.flatMap((p) => {
      const prefix = ruleKeyPrefix(p.id);
      return [
        `${prefix}.title`,
        `${prefix}.summary`,
        ...p.requirements.flatMap((r) => Object.values(requirementKeys(p.id, r.id))),
        ...p.notes.map((n) => `${prefix}.note.${n.id}`),
        ...p.deadlineIds.map((d) => `${prefix}.deadline.${d}`),
      ];
    }),
  ];
}

export function consequenceKeys(): string[] {
  return CONSEQUENCES.flatMap((c) => {
    const prefix = consequenceKeyPrefix(c);
    return [
      `${prefix}.title`,
      `${prefix}.explanation`,
      ...c.actions.map((a) => `${prefix}.action.${a}`),
      ...c.notes.map((n) => `${prefix}.note.${n.id}`),
      ...c.deadlineIds.map((d) => `${prefix}.deadline.${d}`),
    ];
  });
}

export const APPLICABILITY_KEYS = {
  applies: 'consequences.common.applicability.applies',
  threatens: 'consequences.common.applicability.threatens',
  unknown: 'consequences.common.applicability.unknown',
} as const;

export const ELIGIBILITY_KEYS = {
  'likely-eligible': 'returnOptions.common.eligibility.likely-eligible',
  check: 'returnOptions.common.eligibility.check',
  'not-eligible': 'returnOptions.common.eligibility.not-eligible',
  unknown: 'returnOptions.common.eligibility.unknown',
} as const;

export function returnOptionKeys(): string[] {
  return RETURN_OPTIONS.flatMap((o) => {
    const prefix = returnOptionKeyPrefix(o);
    return [
      `${prefix}.title`,
      `${prefix}.description`,
      `${prefix}.support`,
      ...o.hints.map((h) => `${prefix}.hint.${h.id}`),
      ...o.actions.map((a) => `${prefix}.action.${a}`),
    ];
  });
}

export function screeningKeys(): string[] {
  const prefix = 'screening.optionsmodell';
  return [
    `${prefix}.title`,
    ...['in-scope', 'out-of-scope', 'unknown'].map((s) => `${prefix}.status.${s}`),
    ...OPTIONSMODELL_CRITERIA_IDS.flatMap((c) => [
      `${prefix}.criterion.${c}.label`,
      `${prefix}.criterion.${c}.explanation`,
    ]),
    ...OPTIONSMODELL_NOTE_IDS.map((n) => `${prefix}.note.${n}`),
  ];
}

export function factI18nKeys(): string[] {
  return [
    ...FACT_FIELDS.flatMap((f) => [factKeys(f).label, factKeys(f).question]),
    UNRECORDED_QUESTION_KEY,
    ...(Object.keys(OPTION_SETS) as OptionSetName[]).flatMap((set) =>
      OPTION_SETS[set].map((value) => optionKey(set, value)),
    ),
    ...Object.values(VALIDATION),
  ];
}

/** All keys the domain can emit (engine results, fact questions, validation codes). */
export function allDomainKeys(): string[] {
  return [
    ...new Set([
      ...pathwayKeys(),
      ...consequenceKeys(),
      ...Object.values(APPLICABILITY_KEYS),
      ...returnOptionKeys(),
      ...Object.values(ELIGIBILITY_KEYS),
      ...screeningKeys(),
      ...factI18nKeys(),
    ]),
  ];
}
