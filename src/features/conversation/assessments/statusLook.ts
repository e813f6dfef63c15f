// How each domain status looks: tone (colour) plus an icon shape. The words come from the
// locale files; colour is never the only carrier of a status.
import type {
  Applicability,
  Eligibility,
  PathwayStatus,
  RequirementStatus,
  ScreeningStatus,
} from '../../../domain';
import type { StatusLook } from './StatusBadge';

export const PATHWAY_LOOK: Readonly<Record<PathwayStatus, StatusLook>> = {
  likely: { tone: 'success', icon: 'check' },
  possible: { tone: 'info', icon: 'info' },
  unknown: { tone: 'warning', icon: 'question' },
  'not-met': { tone: 'danger', icon: 'cross' },
  expired: { tone: 'neutral', icon: 'clock' },
};

export const REQUIREMENT_LOOK: Readonly<Record<RequirementStatus, StatusLook>> = {
  met: { tone: 'success', icon: 'check' },
  'not-met': { tone: 'danger', icon: 'cross' },
  unknown: { tone: 'warning', icon: 'question' },
};

export const APPLICABILITY_LOOK: Readonly<Record<Applicability, StatusLook>> = {
  applies: { tone: 'danger', icon: 'error' },
  threatens: { tone: 'warning', icon: 'warning' },
  unknown: { tone: 'info', icon: 'question' },
};

export const ELIGIBILITY_LOOK: Readonly<Record<Eligibility, StatusLook>> = {
  'likely-eligible': { tone: 'success', icon: 'check' },
  check: { tone: 'info', icon: 'info' },
  'not-eligible': { tone: 'danger', icon: 'cross' },
  unknown: { tone: 'warning', icon: 'question' },
};

export const SCREENING_LOOK: Readonly<Record<ScreeningStatus, StatusLook>> = {
  'in-scope': { tone: 'warning', icon: 'warning' },
  'out-of-scope': { tone: 'neutral', icon: 'cross' },
  unknown: { tone: 'info', icon: 'question' },
};

/** Pathways that are currently ruled out: shown collapsed at the end, never hidden. */
export function isExcluded(status: PathwayStatus): boolean {
  return status === 'not-met' || status === 'expired';
}
