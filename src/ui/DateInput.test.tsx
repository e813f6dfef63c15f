import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { DateTextField } from './DateInput';

afterEach(cleanup);

function Harness({ initial, onChange }: { initial: string; onChange: (v: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <DateTextField
      id="until"
      label="Gültig bis"
      hint="Letzter Tag"
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('DateTextField', () => {
  it('shows a stored date as TT.MM.JJJJ in a text field, never the browser date picker', () => {
    render(<Harness initial="2027-08-28" onChange={vi.fn()} />);
    const input = screen.getByRole('textbox', { name: 'Gültig bis' });
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveValue('28.08.2027');
    expect(input).toHaveAccessibleDescription('Letzter Tag');
  });

  it('passes on the ISO date once typed, the raw text before, and "" when emptied', async () => {
    const onChange = vi.fn<(v: string) => void>();
    render(<Harness initial="" onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Gültig bis' });
    await userEvent.type(input, '1.2.2028');
    expect(onChange).toHaveBeenLastCalledWith('2028-02-01');
    await userEvent.tab();
    expect(input).toHaveValue('01.02.2028');
    await userEvent.clear(input);
    expect(onChange).toHaveBeenLastCalledWith('');
    await userEvent.type(input, '31.02');
    expect(onChange).toHaveBeenLastCalledWith('31.02');
  });
});
