import { CaseFactsSchema, type FactField } from '../../../domain';

type FactShape = typeof CaseFactsSchema.shape;

/**
 * The zod schema of one CaseFacts field (optional, like in the whole schema), for validating
 * a single answer as it is entered. Messages are the i18n keys of `VALIDATION`.
 */
export function factFieldSchema<F extends FactField>(field: F): FactShape[F] {
  return CaseFactsSchema.shape[field];
}
