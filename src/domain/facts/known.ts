// "Is this fact known?" One definition for the whole engine, so that "unknown → ask" is
// applied uniformly: undefined, 'unknown' and invalid dates all count as unknown.
import { isIsoDate } from '../dates';
import { FACT_FIELD_INFO } from './fieldInfo';
import type { CaseFacts, FactField } from './schema';

export function isKnown(facts: CaseFacts, field: FactField): boolean {
  const value = facts[field];
  if (value === undefined || value === 'unknown') return false;
  if (FACT_FIELD_INFO[field].input === 'date') return isIsoDate(value);
  return true;
}

export function unknownFields(facts: CaseFacts, fields: readonly FactField[]): FactField[] {
  return fields.filter((field) => !isKnown(facts, field));
}

/** Returns the value of a date fact only if it is a valid ISO date. */
export function knownDate(value: string | undefined): string | undefined {
  return isIsoDate(value) ? value : undefined;
}
