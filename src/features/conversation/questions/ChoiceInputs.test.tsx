import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderQuestion, setUpI18n } from './testHarness';

beforeAll(async () => {
  await setUpI18n('de');
});

describe('single-choice question', () => {
  const QUESTION = 'Welches Aufenthaltspapier hat die Person heute?';

  it('is a radio group named by the question with the option labels', () => {
    renderQuestion('currentStatus');
    const group = screen.getByRole('radiogroup', { name: QUESTION });
    expect(within(group).getAllByRole('radio')).toHaveLength(9);
    expect(within(group).getByRole('radio', { name: 'Duldung (§ 60a)' })).not.toBeChecked();
    expect(screen.queryByRole('button', { name: /Antwort löschen/ })).toBeNull();
  });

  it('emits the chosen option and can clear it again', async () => {
    const { user, last } = renderQuestion('currentStatus');
    await user.click(screen.getByRole('radio', { name: 'Duldung (§ 60a)' }));
    expect(last()).toBe('duldung-60a');
    expect(screen.getByRole('radio', { name: 'Duldung (§ 60a)' })).toBeChecked();

    const clear = screen.getByRole('button', {
      name: 'Antwort löschen: Aktueller Aufenthaltsstatus',
    });
    await user.click(clear);
    expect(last()).toBeUndefined();
    expect(screen.getByRole('radio', { name: 'Duldung (§ 60a)' })).not.toBeChecked();
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();
  });

  it('marks the group invalid and required', () => {
    renderQuestion('inEducation', { error: 'facts.validation.option', required: true });
    const group = screen.getByRole('radiogroup', {
      name: 'Geht die Person derzeit zur Schule, macht eine Ausbildung oder studiert sie? (Pflichtangabe)',
    });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAttribute('aria-required', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Bitte eine Option aus der Liste auswählen.',
    );
  });
});

describe('multi-choice question', () => {
  const QUESTION = 'Welche Schritte zur Passbeschaffung hat die Person schon unternommen?';

  it('emits the ticked options in option order, [] when none, undefined when cleared', async () => {
    const { user, last } = renderQuestion('passportStepsTaken');
    const group = screen.getByRole('group', { name: QUESTION });
    await user.click(within(group).getByRole('checkbox', { name: 'Gebühren bezahlt' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Antrag bei der Botschaft' }));
    expect(last()).toEqual(['embassy-application', 'fees-paid']);

    await user.click(within(group).getByRole('checkbox', { name: 'Gebühren bezahlt' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Antrag bei der Botschaft' }));
    expect(last()).toEqual([]);

    await user.click(
      screen.getByRole('button', { name: 'Antwort löschen: Schritte zur Passbeschaffung' }),
    );
    expect(last()).toBeUndefined();
  });

  it('keeps values outside the option set instead of dropping them', async () => {
    const { user, last } = renderQuestion('familyTieKinds', { value: ['legacy-value'] });
    await user.click(screen.getByRole('checkbox', { name: 'Ehe mit deutscher Person' }));
    expect(last()).toEqual(['spouse-german', 'legacy-value']);
  });

  it('marks the checkboxes invalid when the question has an error', () => {
    renderQuestion('pendingProceedingKinds', { error: 'facts.validation.option' });
    for (const box of screen.getAllByRole('checkbox')) {
      expect(box).toHaveAttribute('aria-invalid', 'true');
    }
  });
});
