import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { hasUnsavedInput, useHasUnsavedInput, useUnsavedInputGuard } from './unsavedInput';

function Form({ id }: { id: string }) {
  const [dirty, setDirty] = useState(false);
  useUnsavedInputGuard(id, dirty);
  return (
    <button
      type="button"
      onClick={() => {
        setDirty((d) => !d);
      }}
    >
      {id}
    </button>
  );
}
function Indicator() {
  return <output>{String(useHasUnsavedInput())}</output>;
}

describe('unsaved input registry', () => {
  it('is dirty while any registered form is dirty and clean after all are saved or gone', () => {
    const view = render(
      <>
        <Form id="a" />
        <Form id="b" />
        <Indicator />
      </>,
    );
    const status = () => screen.getByRole('status').textContent;
    expect(status()).toBe('false');
    act(() => {
      screen.getByText('a').click();
    });
    act(() => {
      screen.getByText('b').click();
    });
    expect(status()).toBe('true');
    act(() => {
      screen.getByText('a').click();
    });
    expect(status()).toBe('true'); // b is still dirty
    expect(hasUnsavedInput()).toBe(true);
    view.unmount(); // closing the form drops its registration
    expect(hasUnsavedInput()).toBe(false);
  });
});
