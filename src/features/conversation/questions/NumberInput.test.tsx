import { beforeAll, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderQuestion, setUpI18n } from './testHarness';

beforeAll(async () => {
  await setUpI18n('de');
});

describe('count question', () => {
  const QUESTION = 'Wie viele minderjährige Kinder leben im Haushalt?';

  it('emits numbers, raw text that is no number, and undefined when empty', async () => {
    const { user, last } = renderQuestion('minorChildrenInHousehold');
    const input = screen.getByRole('textbox', { name: QUESTION });
    expect(input).toHaveAttribute('inputmode', 'numeric');
    await user.type(input, '3');
    expect(last()).toBe(3);
    await user.type(input, 'x');
    expect(last()).toBe('3x');
    await user.clear(input);
    expect(last()).toBeUndefined();
  });

  it('shows a stored 0', () => {
    renderQuestion('convictionSentenceMonths', { value: 0 });
    expect(screen.getByRole('textbox')).toHaveValue('0');
  });
});

describe('hours question', () => {
  const QUESTION = 'Wie viele Stunden pro Woche arbeitet die Person?';

  it('accepts a decimal comma and shows stored decimals with a comma', async () => {
    const { user, last } = renderQuestion('employmentHoursPerWeek', { value: 19.5 });
    const input = screen.getByRole('textbox', { name: QUESTION });
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input).toHaveValue('19,5');
    await user.clear(input);
    await user.type(input, '20,25');
    expect(last()).toBe(20.25);
    expect(input).toHaveValue('20,25');
  });
});
