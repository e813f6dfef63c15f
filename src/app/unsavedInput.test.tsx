import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import {
  hasUnsavedInput,
  installLeaveGuard,
  leavingLosesInput,
  useHasUnsavedInput,
  useUnsavedInputGuard,
} from './unsavedInput';
import { navigate } from './router';

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

function Autosaving() {
  useUnsavedInputGuard('autosave', true, { savedOnLeave: true });
  return null;
}

describe('leaving a form with unsaved input', () => {
  it('asks before a link or history step leaves a dirty form, not after an autosave', () => {
    window.history.replaceState(null, '', '/faelle/neu');
    const confirm = vi.fn(() => false);
    const uninstall = installLeaveGuard(confirm);
    const view = render(<Autosaving />);
    // An autosaving form writes its input when it closes: nothing to ask.
    expect(leavingLosesInput()).toBe(false);
    expect(navigate('/a', { byUser: true })).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
    view.unmount();

    render(<Form id="consent" />);
    act(() => {
      screen.getByText('consent').click();
    });
    expect(leavingLosesInput()).toBe(true);
    expect(navigate('/b', { byUser: true })).toBe(false);
    expect(confirm).toHaveBeenCalledOnce();
    expect(window.location.pathname).toBe('/a');
    // The app's own move after saving is not asked about.
    expect(navigate('/c')).toBe(true);
    confirm.mockReturnValue(true);
    expect(navigate('/d', { byUser: true })).toBe(true);
    uninstall();
  });
});
