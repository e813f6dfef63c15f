// Counts for the polite live summary lines ("3 Wege möglich, 2 unklar, …").
import type {
  ConsequenceAssessment,
  PathwayAssessment,
  ReturnOptionAssessment,
} from '../../../domain';
import { isExcluded } from './statusLook';

export function countPathways(pathways: readonly PathwayAssessment[]) {
  return {
    possible: pathways.filter((p) => p.status === 'likely' || p.status === 'possible').length,
    unclear: pathways.filter((p) => p.status === 'unknown').length,
    excluded: pathways.filter((p) => isExcluded(p.status)).length,
  };
}

export function countConsequences(consequences: readonly ConsequenceAssessment[]) {
  const count = (a: ConsequenceAssessment['applicability']) =>
    consequences.filter((c) => c.applicability === a).length;
  return { applies: count('applies'), threatens: count('threatens'), unknown: count('unknown') };
}

export function countReturnOptions(options: readonly ReturnOptionAssessment[]) {
  const count = (e: ReturnOptionAssessment['eligibility']) =>
    options.filter((o) => o.eligibility === e).length;
  return {
    likely: count('likely-eligible'),
    check: count('check'),
    notEligible: count('not-eligible'),
    unknown: count('unknown'),
  };
}
