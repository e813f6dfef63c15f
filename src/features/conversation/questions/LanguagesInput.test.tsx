import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderQuestion, setUpI18n } from './testHarness';

const QUESTION = 'Welche Sprachen spricht die Person?';
const OTHER = 'Weitere Sprachen (Sprachcode)';

/** "Arabisch (العربية)"; jsdom pads the inline <span lang> with spaces in the name. */
const named = (name: string, native: string) => new RegExp(`^${name} \\(\\s?${native}\\s?\\)$`);

beforeAll(async () => {
  await setUpI18n('de');
});

describe('languages question', () => {
  it('offers the client languages as checkboxes, named in German and in the language', () => {
    renderQuestion('languages');
    const group = screen.getByRole('group', { name: QUESTION });
    expect(
      within(group).getByRole('checkbox', { name: named('Arabisch', 'العربية') }),
    ).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: 'Deutsch' })).toBeInTheDocument();
    expect(within(group).getByRole('textbox', { name: OTHER })).toHaveAccessibleDescription(
      expect.stringContaining('ISO 639') as string,
    );
  });

  it('emits the ticked languages and the typed other tags', async () => {
    const { user, last } = renderQuestion('languages');
    await user.click(screen.getByRole('checkbox', { name: named('Arabisch', 'العربية') }));
    expect(last()).toEqual(['ar']);
    await user.type(screen.getByRole('textbox', { name: OTHER }), 'ha, fa-AF');
    expect(last()).toEqual(['ar', 'ha', 'fa-AF']);
    await user.click(screen.getByRole('checkbox', { name: named('Türkisch', 'Türkçe') }));
    expect(last()).toEqual(['ar', 'tr', 'ha', 'fa-AF']);
    await user.click(screen.getByRole('checkbox', { name: named('Arabisch', 'العربية') }));
    expect(last()).toEqual(['tr', 'ha', 'fa-AF']);
  });

  it('shows stored other tags in the text field and a known tag typed there as ticked', async () => {
    const { user, last } = renderQuestion('languages', { value: ['fa', 'ha'] });
    const other = screen.getByRole('textbox', { name: OTHER });
    expect(other).toHaveValue('ha');
    expect(screen.getByRole('checkbox', { name: /^Persisch/ })).toBeChecked();
    await user.clear(other);
    await user.type(other, 'ru');
    expect(last()).toEqual(['fa', 'ru']);
    expect(screen.getByRole('checkbox', { name: named('Russisch', 'Русский') })).toBeChecked();
    await user.tab();
    expect(other).toHaveValue('');
  });

  it('passes an invalid tag on and marks the text field invalid on error', async () => {
    const { user, last, rerenderWith } = renderQuestion('languages');
    await user.type(screen.getByRole('textbox', { name: OTHER }), 'Kisuaheli!');
    expect(last()).toEqual(['Kisuaheli!']);
    rerenderWith({ error: 'facts.validation.language' });
    expect(screen.getByRole('textbox', { name: OTHER })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte eine Sprache');
  });

  it('clears the answer', async () => {
    const { user, last } = renderQuestion('languages', { value: ['de', 'xh'] });
    await user.click(screen.getByRole('button', { name: 'Antwort löschen: Sprachen' }));
    expect(last()).toBeUndefined();
    expect(screen.getByRole('textbox', { name: OTHER })).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Deutsch' })).not.toBeChecked();
  });
});
