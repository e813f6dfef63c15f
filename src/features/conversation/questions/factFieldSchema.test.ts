import { describe, expect, it } from 'vitest';
import { CaseFactsSchema, VALIDATION } from '../../../domain';
import { factFieldSchema } from './factFieldSchema';

describe('factFieldSchema', () => {
  it('is the schema of that field in CaseFacts', () => {
    expect(factFieldSchema('birthDate')).toBe(CaseFactsSchema.shape.birthDate);
  });

  it('validates a single answer with the validation codes as messages', () => {
    const birthDate = factFieldSchema('birthDate');
    expect(birthDate.safeParse(undefined).success).toBe(true);
    expect(birthDate.safeParse('2000-02-29').success).toBe(true);
    expect(birthDate.safeParse('31.02.2020').error?.issues[0]?.message).toBe(VALIDATION.date);

    const hours = factFieldSchema('employmentHoursPerWeek');
    expect(hours.safeParse(19.5).success).toBe(true);
    expect(hours.safeParse(81).error?.issues[0]?.message).toBe(VALIDATION.hoursPerWeek);
    expect(hours.safeParse('viel').error?.issues[0]?.message).toBe(VALIDATION.hoursPerWeek);

    const history = factFieldSchema('statusHistory');
    const backwards = [{ status: 'duldung-60a', from: '2020-05-01', until: '2020-01-01' }];
    expect(history.safeParse(backwards).error?.issues[0]?.message).toBe(VALIDATION.periodOrder);
  });
});
