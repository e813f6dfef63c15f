import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { enterClientMode, isClientMode } from './clientMode';
import { usePath } from './router';

function Where() {
  return <output>{usePath()}</output>;
}

/** What the browser does on back, forward or a history jump: the address changes, then popstate. */
function historyStep(to: string) {
  act(() => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
}

afterEach(() => {
  cleanup();
});

describe('client mode and the router', () => {
  it('refuses every history step while the room is closed and puts the address back', () => {
    window.history.replaceState(null, '', '/gespraeche/1');
    render(<Where />);
    const exit = enterClientMode();
    expect(isClientMode()).toBe(true);
    historyStep('/');
    expect(screen.getByRole('status').textContent).toBe('/gespraeche/1');
    expect(window.location.pathname).toBe('/gespraeche/1');
    historyStep('/faelle/neu');
    expect(window.location.pathname).toBe('/gespraeche/1');
    exit();
    exit(); // ending twice ends once
    expect(isClientMode()).toBe(false);
    historyStep('/');
    expect(screen.getByRole('status').textContent).toBe('/');
  });
});
