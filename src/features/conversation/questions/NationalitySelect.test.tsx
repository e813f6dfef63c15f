import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderQuestion, setUpI18n } from './testHarness';

const QUESTION = 'Welche Staatsangehörigkeit hat die Person (oder staatenlos)?';

beforeAll(async () => {
  await setUpI18n('de');
});
afterAll(async () => {
  await setUpI18n('de');
});

describe('nationality question', () => {
  it('offers an empty choice, unknown, stateless, then countries by German name', () => {
    renderQuestion('nationality');
    const select = screen.getByRole('combobox', { name: QUESTION });
    const options = within(select).getAllByRole('option');
    expect(options.slice(0, 4).map((o) => o.textContent)).toEqual([
      'Bitte auswählen',
      'Unbekannt',
      'Staatenlos',
      'Afghanistan',
    ]);
    const names = options.map((o) => o.textContent);
    expect(names).toContain('Kosovo');
    expect(names).not.toContain('Europäische Union');
    expect(names.indexOf('Ägypten')).toBeLessThan(names.indexOf('Albanien'));
  });

  it('emits the ISO code, the special values, and undefined for the empty choice', async () => {
    const { user, last } = renderQuestion('nationality');
    const select = screen.getByRole('combobox', { name: QUESTION });
    await user.selectOptions(select, 'Syrien');
    expect(last()).toBe('SY');
    await user.selectOptions(select, 'Staatenlos');
    expect(last()).toBe('stateless');
    await user.selectOptions(select, 'Bitte auswählen');
    expect(last()).toBeUndefined();
  });

  it('keeps a stored code the list does not know visible', () => {
    renderQuestion('nationality', { value: 'QQ' });
    expect(screen.getByRole('combobox', { name: QUESTION })).toHaveDisplayValue(
      'QQ (nicht in der Liste)',
    );
  });

  it('names countries in English when the interface is English', async () => {
    await setUpI18n('en');
    renderQuestion('nationality', { value: 'DE' });
    expect(
      screen.getByRole('combobox', { name: 'What is the person’s nationality (or stateless)?' }),
    ).toHaveDisplayValue('Germany');
  });
});
