import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import i18next from 'i18next';
import { FACT_FIELDS, factKeys } from '../../../domain';
import { FactQuestion } from './FactQuestion';
import { factFieldSchema } from './factFieldSchema';
import { renderQuestion, setUpI18n } from './testHarness';

beforeAll(async () => {
  await setUpI18n('de');
});

describe('FactQuestion', () => {
  it('renders every fact field with its question as accessible name', () => {
    for (const field of FACT_FIELDS) {
      const view = renderQuestion(field, { idPrefix: 'q' });
      const question = i18next.t(factKeys(field).question, { ns: 'script' });
      expect(view.container.querySelector(`#q-${field}`), field).toHaveAccessibleName(question);
      view.unmount();
    }
  });

  it('shows the error translated, announced and linked to the control', () => {
    renderQuestion('birthDate', { value: '31.02.2020', error: 'facts.validation.date' });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Bitte ein gültiges Datum eingeben (TT.MM.JJJJ).');
    const input = screen.getByRole('textbox', { name: 'Wann ist die Person geboren?' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(input).toHaveAccessibleDescription(
      expect.stringContaining('Bitte ein gültiges Datum eingeben') as string,
    );
  });

  it('falls back to a generic message for an error key without text', () => {
    renderQuestion('birthDate', { error: 'record.validation.does-not-exist' });
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte prüfen Sie diese Angabe.');
  });

  it('has no error and no aria-invalid without an error', () => {
    renderQuestion('nationality');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('combobox')).not.toHaveAttribute('aria-invalid');
  });

  it('marks required questions in the accessible name', () => {
    renderQuestion('birthDate', { required: true });
    const input = screen.getByRole('textbox', {
      name: 'Wann ist die Person geboren? (Pflichtangabe)',
    });
    expect(input).toHaveAttribute('aria-required', 'true');
  });

  it('adds an extra hint from the script namespace to the description', () => {
    renderQuestion('birthDate', { hintKey: 'facts.validation.date' });
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription(
      expect.stringContaining('Bitte ein gültiges Datum eingeben') as string,
    );
  });

  it('shows the sensitive-data notice for special-category facts only', () => {
    renderQuestion('hasConvictions');
    const group = screen.getByRole('radiogroup', {
      name: 'Ist die Person in Deutschland strafrechtlich verurteilt worden?',
    });
    expect(group).toHaveAccessibleDescription(expect.stringContaining('Sensible Angabe') as string);
    const view = renderQuestion('inEducation');
    expect(view.container).not.toHaveTextContent('Sensible Angabe');
  });

  it('reports blur of a group once focus leaves the whole group', async () => {
    const { user, onBlur } = renderQuestion('inEducation');
    await user.click(screen.getByRole('radio', { name: 'Ja' }));
    await user.keyboard('{ArrowDown}');
    expect(onBlur).not.toHaveBeenCalled();
    await user.tab(); // to "clear answer", still in the group
    expect(onBlur).not.toHaveBeenCalled();
    await user.tab();
    expect(onBlur).toHaveBeenCalledTimes(1);
  });

  it('works inside a react-hook-form Controller with per-field validation', async () => {
    const schema = z.object({ birthDate: factFieldSchema('birthDate') });
    function Form() {
      const { control } = useForm<z.input<typeof schema>>({
        resolver: zodResolver(schema),
        mode: 'onBlur',
      });
      return (
        <form>
          <Controller
            name="birthDate"
            control={control}
            render={({ field, fieldState }) => (
              <FactQuestion
                field="birthDate"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
              />
            )}
          />
        </form>
      );
    }
    render(<Form />);
    const user = userEvent.setup();
    const input = screen.getByRole('textbox', { name: 'Wann ist die Person geboren?' });
    await user.type(input, '31.02.2020');
    await user.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('Bitte ein gültiges Datum');
    await user.clear(input);
    await user.type(input, '28.02.2020');
    await user.tab();
    await expect.poll(() => screen.queryByRole('alert')).toBeNull();
    expect(input).toHaveValue('28.02.2020');
  });
});
