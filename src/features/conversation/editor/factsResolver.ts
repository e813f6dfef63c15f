import type { FieldErrors, Resolver } from 'react-hook-form';
import {
  CaseFactsSchema,
  factPlausibilityIssues,
  type CaseFacts,
  type FactField,
  type IsoDate,
} from '../../../domain';

export type FactValues = Partial<Record<FactField, unknown>>;

/**
 * react-hook-form resolver for the fact questions of one step: each field through its zod
 * schema (messages are i18n keys), then the cross-field plausibility checks of the domain
 * against the conversation date, using the other facts of the case as context.
 */
export function factsResolver(asOf: IsoDate, context: () => CaseFacts): Resolver<FactValues> {
  return (values) => {
    const errors: FieldErrors<FactValues> = {};
    const valid: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(values) as [FactField, unknown][]) {
      if (value === undefined) continue;
      const parsed = CaseFactsSchema.shape[name].safeParse(value);
      if (parsed.success) valid[name] = parsed.data;
      else errors[name] = { type: 'validate', message: parsed.error.issues[0]?.message ?? '' };
    }
    const merged = { ...context(), ...valid };
    for (const issue of factPlausibilityIssues(merged, asOf)) {
      if (issue.field in values && !(issue.field in errors)) {
        errors[issue.field] = { type: 'plausibility', message: issue.code };
      }
    }
    return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors };
  };
}
