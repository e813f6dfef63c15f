import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { FactQuestion } from './FactQuestion';
import { renderQuestion, setUpI18n } from './testHarness';

const QUESTION = 'Wann ist die Person geboren?';

beforeAll(async () => {
  await setUpI18n('de');
});

describe('date question', () => {
  it('is a numeric text input named by the question, with the format as description', () => {
    renderQuestion('birthDate');
    const input = screen.getByRole('textbox', { name: QUESTION });
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAccessibleDescription('Format TT.MM.JJJJ, zum Beispiel 31.12.1990');
  });

  it('emits the ISO date and keeps the typed text until blur, then shows TT.MM.JJJJ', async () => {
    const { user, last, onBlur } = renderQuestion('birthDate');
    const input = screen.getByRole('textbox', { name: QUESTION });
    await user.type(input, '1.2.2020');
    expect(last()).toBe('2020-02-01');
    expect(input).toHaveValue('1.2.2020');
    await user.tab();
    expect(input).toHaveValue('01.02.2020');
    expect(onBlur).toHaveBeenCalledTimes(1);
  });

  it('accepts ISO input', async () => {
    const { user, last } = renderQuestion('birthDate');
    await user.type(screen.getByRole('textbox', { name: QUESTION }), '2000-02-29');
    expect(last()).toBe('2000-02-29');
  });

  it('emits invalid text as typed, so the schema reports it', async () => {
    const { user, last } = renderQuestion('birthDate');
    const input = screen.getByRole('textbox', { name: QUESTION });
    await user.type(input, 'gestern');
    expect(last()).toBe('gestern');
    await user.tab();
    expect(input).toHaveValue('gestern');
  });

  it('does not accept 31.02.2020 as a date', async () => {
    const { user, onChange, last } = renderQuestion('birthDate');
    await user.type(screen.getByRole('textbox', { name: QUESTION }), '31.02.2020');
    expect(last()).toBe('31.02.2020');
    expect(
      onChange.mock.calls.flat().some((v) => typeof v === 'string' && v.startsWith('2020-')),
    ).toBe(false);
  });

  it('emits undefined when cleared', async () => {
    const { user, last } = renderQuestion('birthDate', { value: '1999-12-24' });
    const input = screen.getByRole('textbox', { name: QUESTION });
    expect(input).toHaveValue('24.12.1999');
    await user.clear(input);
    expect(last()).toBeUndefined();
  });

  it('shows a value that changes from outside (form reset) even while text is typed', async () => {
    function Resettable() {
      const [value, setValue] = useState<unknown>('1999-12-24');
      return (
        <>
          <FactQuestion field="birthDate" value={value} onChange={setValue} />
          <button
            type="button"
            onClick={() => {
              setValue('2001-01-05');
            }}
          >
            reset
          </button>
        </>
      );
    }
    render(<Resettable />);
    const user = userEvent.setup();
    const input = screen.getByRole('textbox', { name: QUESTION });
    await user.clear(input);
    await user.type(input, '3.3.200');
    await user.click(screen.getByRole('button', { name: 'reset' }));
    expect(input).toHaveValue('05.01.2001');
  });
});
