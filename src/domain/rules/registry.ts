// All pathway rules, in the order the conversation presents them.
import { aufenthg104c } from './aufenthg104c';
import { aufenthg16g } from './aufenthg16g';
import { aufenthg19d } from './aufenthg19d';
import { aufenthg23a } from './aufenthg23a';
import { aufenthg25_5 } from './aufenthg25-5';
import { aufenthg25a } from './aufenthg25a';
import { aufenthg25b } from './aufenthg25b';
import { aufenthg60c } from './aufenthg60c';
import { aufenthg60d } from './aufenthg60d';
import { family } from './family';
import type { PathwayDef, PathwayId } from './types';

export const PATHWAYS: readonly PathwayDef[] = [
  aufenthg25a,
  aufenthg25b,
  aufenthg104c,
  aufenthg60c,
  aufenthg16g,
  aufenthg60d,
  aufenthg19d,
  aufenthg23a,
  aufenthg25_5,
  family,
];

export const PATHWAY_IDS: readonly PathwayId[] = PATHWAYS.map((p) => p.id);

export function ruleKeyPrefix(id: PathwayId): string {
  return `rules.${id}`;
}

export function requirementKeys(
  id: PathwayId,
  requirementId: string,
): { label: string; explanation: string; action: string } {
  const base = `${ruleKeyPrefix(id)}.requirement.${requirementId}`;
  return { label: `${base}.label`, explanation: `${base}.explanation`, action: `${base}.action` };
}
