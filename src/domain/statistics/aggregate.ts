// Counting: the finalised conversations, agreed actions, consents, revocations, referrals and
// case outcomes of one quarter, each counted once per category it falls into, broken down by the person's
// nationality, age band on the day and gender. The result is raw (unsuppressed) and must go
// through suppressTable before anyone sees it.
import { ageOn, isBefore, isIsoDate, type IsoDate } from '../dates';
import { evaluatePathways } from '../engine/evaluatePathways';
import { agreedActionsOf } from '../sessions/followUps';
import {
  CHECKLIST_INDICATORS,
  indicatorCatalogue,
  outcomeCategory,
  pathwayCategory,
  type IndicatorDef,
  type IndicatorId,
  type StatisticsVocabulary,
} from './indicators';
import { nationalityColumn } from './columns';
import { quarterOf, type Quarter } from './periods';
import type { AgeBand, DimensionId, RawRow, StatisticsInput, StatsPerson } from './types';

export function ageBandOf(birthDate: IsoDate | undefined, on: IsoDate): AgeBand {
  if (!isIsoDate(birthDate) || isBefore(on, birthDate)) return 'unknown';
  const age = ageOn(birthDate, on);
  if (age < 18) return '0-17';
  if (age <= 26) return '18-26';
  if (age <= 44) return '27-44';
  if (age <= 64) return '45-64';
  return '65+';
}

function columnsOf(person: StatsPerson | undefined, on: IsoDate): Record<DimensionId, string> {
  return {
    // Rare nationalities are pooled by the fixed list, never by this quarter's counts.
    nationality: nationalityColumn(person?.nationality),
    ageBand: ageBandOf(person?.birthDate, on),
    gender: person?.gender ?? 'unknown',
  };
}

type Counter = Map<string, { total: number; by: Record<DimensionId, Map<string, number>> }>;

function add(counter: Counter, category: string, columns: Record<DimensionId, string>): void {
  let row = counter.get(category);
  if (!row) {
    row = { total: 0, by: { nationality: new Map(), ageBand: new Map(), gender: new Map() } };
    counter.set(category, row);
  }
  row.total += 1;
  for (const d of Object.keys(columns) as DimensionId[]) {
    row.by[d].set(columns[d], (row.by[d].get(columns[d]) ?? 0) + 1);
  }
}

const selected = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export type RawTable = { readonly indicator: IndicatorDef; readonly rows: readonly RawRow[] };

/**
 * Raw counts of one quarter for every indicator of the catalogue. Categories the catalogue
 * does not list are dropped (templates: counted as 'other-template'); every listed category
 * gets a row, also when it is 0.
 */
export function countQuarter(
  input: StatisticsInput,
  quarter: Quarter,
  vocabulary: StatisticsVocabulary,
): RawTable[] {
  const catalogue = indicatorCatalogue(vocabulary);
  const counters = new Map<IndicatorId, Counter>(catalogue.map((d) => [d.id, new Map()]));
  const known = new Map(catalogue.map((d) => [d.id, new Set(d.categories.map((c) => c.id))]));
  const count = (indicator: IndicatorId, category: string, cols: Record<DimensionId, string>) => {
    const counter = counters.get(indicator);
    if (counter && known.get(indicator)?.has(category)) add(counter, category, cols);
  };
  const inQuarter = (date: string) => quarterOf(date) === quarter;

  for (const c of input.conversations) {
    if (!inQuarter(c.date)) continue;
    const cols = columnsOf(input.persons.get(c.caseId), c.date);
    const template = known.get('conversations')?.has(c.templateId)
      ? c.templateId
      : 'other-template';
    count('conversations', template, cols);
    for (const topic of new Set(c.topicsCovered)) count('topics', `${c.templateId}/${topic}`, cols);
    for (const p of pathwaysOf(c.facts, c.date)) {
      count('pathways', pathwayCategory(p.pathwayId, 'open'), cols);
      if (p.status === 'likely') count('pathways', pathwayCategory(p.pathwayId, 'likely'), cols);
    }
    for (const [item, indicator] of Object.entries(CHECKLIST_INDICATORS)) {
      for (const option of new Set(selected(c.answers[item]))) {
        count(indicator, `${item}:${option}`, cols);
      }
    }
    for (const action of agreedActionsOf(c.answers)) {
      count('actions', 'agreed', cols);
      if (isIsoDate(action.dueDate)) count('actions', 'with-due-date', cols);
      if (action.done === true) count('actions', 'done', cols);
    }
  }
  for (const consent of input.consents) {
    if (inQuarter(consent.date)) {
      count('consents', consent.kind, columnsOf(input.persons.get(consent.caseId), consent.date));
    }
  }
  for (const r of input.revocations) {
    if (inQuarter(r.date)) {
      count('consents', 'revocation', columnsOf(input.persons.get(r.caseId), r.date));
    }
  }
  for (const r of input.referrals) {
    if (!inQuarter(r.date)) continue;
    const cols = columnsOf(input.persons.get(r.caseId), r.date);
    count('referrals', 'made', cols);
    if (r.accepted) count('referrals', 'accepted', cols);
  }
  for (const c of input.closures) {
    if (!inQuarter(c.date)) continue;
    // Age band on the closing day; a detail counts in its own row as well (a subset).
    const cols = columnsOf(input.persons.get(c.caseId), c.date);
    count('outcomes', outcomeCategory(c.outcome), cols);
    if (c.detail !== undefined) count('outcomes', outcomeCategory(c.outcome, c.detail), cols);
  }

  return catalogue.map((indicator) => {
    const counter: Counter = counters.get(indicator.id) ?? new Map<never, never>();
    return {
      indicator,
      rows: indicator.categories.map(({ id }): RawRow => {
        const row = counter.get(id);
        return row
          ? { category: id, total: row.total, by: row.by }
          : {
              category: id,
              total: 0,
              by: { nationality: new Map(), ageBand: new Map(), gender: new Map() },
            };
      }),
    };
  });
}

/** Pathways rated likely or possible; facts the engine refuses count as none. */
function pathwaysOf(facts: StatisticsInput['conversations'][number]['facts'], date: IsoDate) {
  try {
    return evaluatePathways(facts, date).filter(
      (p) => p.status === 'likely' || p.status === 'possible',
    );
  } catch {
    return [];
  }
}
