import type { Resolver } from 'react-hook-form';
import {
  CaseFactsSchema,
  CaseProfileSchema,
  factPlausibilityIssues,
  type IsoDate,
} from '../../domain';

export type NewCaseValues = {
  displayName: string;
  fileNumber: string;
  /** '' = not asked; otherwise one of genderValues. */
  gender: string;
  nationality?: unknown;
  birthDate?: unknown;
};

type Errors = Partial<Record<keyof NewCaseValues, { type: string; message: string }>>;

/**
 * Validates the new-case form with the domain's schemas: the profile schema for name and
 * file number, the facts schema per fact, then plausibility against today (no birth date
 * in the future). Messages are i18n keys.
 */
export function newCaseResolver(today: IsoDate): Resolver<NewCaseValues> {
  return (values) => {
    const errors: Errors = {};
    const profile = CaseProfileSchema.pick({
      displayName: true,
      fileNumber: true,
      gender: true,
    }).safeParse({
      displayName: values.displayName,
      fileNumber: values.fileNumber,
      gender: values.gender === '' ? undefined : values.gender,
    });
    if (!profile.success) {
      for (const issue of profile.error.issues) {
        const field = issue.path[0] as 'displayName' | 'fileNumber' | 'gender';
        errors[field] ??= { type: 'validate', message: issue.message };
      }
    }
    const facts: Record<string, unknown> = {};
    for (const field of ['nationality', 'birthDate'] as const) {
      const value = values[field];
      if (value === undefined || value === '') continue;
      const parsed = CaseFactsSchema.shape[field].safeParse(value);
      if (parsed.success) facts[field] = parsed.data;
      else errors[field] = { type: 'validate', message: parsed.error.issues[0]?.message ?? '' };
    }
    for (const issue of factPlausibilityIssues(facts, today)) {
      if (issue.field === 'birthDate')
        errors.birthDate ??= { type: 'validate', message: issue.code };
    }
    const valid = Object.keys(errors).length === 0;
    return valid ? { values, errors: {} } : { values: {}, errors };
  };
}
