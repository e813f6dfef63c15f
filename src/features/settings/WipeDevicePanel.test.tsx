import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { WipeBlockedError } from '../../storage/wipe';
import { WipeDeviceControls } from './WipeDevicePanel';

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadNamespaces('lock');
});
afterEach(() => {
  cleanup();
});

function setUp(unsynced: number | undefined, wipe = vi.fn(() => Promise.resolve())) {
  const onWiped = vi.fn();
  render(<WipeDeviceControls unsynced={unsynced} wipe={wipe} onWiped={onWiped} />);
  return { user: userEvent.setup(), wipe, onWiped };
}

const confirmButton = () => screen.getByRole('button', { name: 'Endgültig löschen' });
const wordField = () =>
  screen.getByRole('textbox', { name: 'Geben Sie zur Bestätigung LÖSCHEN ein' });

async function openConfirmation(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Gerät zurücksetzen' }));
}

describe('wipe device panel', () => {
  it('asks for confirmation inline and states how many changes would be lost', async () => {
    const { user } = setUp(3);
    expect(screen.queryByTestId('wipe-unsynced')).not.toBeInTheDocument();
    await openConfirmation(user);
    expect(screen.getByRole('heading', { name: /Wirklich alle Daten/ })).toHaveFocus();
    expect(screen.getByTestId('wipe-unsynced')).toHaveTextContent(
      '3 Änderungen wurden noch nicht übertragen und gehen unwiderruflich verloren.',
    );
  });

  it.each([
    [0, 'Alle Änderungen sind übertragen.'],
    [1, '1 Änderung wurde noch nicht übertragen und geht unwiderruflich verloren.'],
  ])('words %i unsynced changes correctly', async (count, text) => {
    const { user } = setUp(count);
    await openConfirmation(user);
    expect(screen.getByTestId('wipe-unsynced')).toHaveTextContent(text);
  });

  it('enables the final button only once LÖSCHEN is typed', async () => {
    const { user, wipe, onWiped } = setUp(2);
    await openConfirmation(user);
    expect(confirmButton()).toBeDisabled();
    await user.type(wordField(), 'LÖSCH');
    expect(confirmButton()).toBeDisabled();
    await user.click(confirmButton());
    expect(wipe).not.toHaveBeenCalled();
    await user.type(wordField(), 'EN');
    expect(confirmButton()).toBeEnabled();
    await user.click(confirmButton());
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(onWiped).toHaveBeenCalledTimes(1);
  });

  it('stays disabled while the unsynced changes are still being counted', async () => {
    const { user } = setUp(undefined);
    await openConfirmation(user);
    await user.type(wordField(), 'LÖSCHEN');
    expect(screen.getByTestId('wipe-unsynced')).toHaveTextContent('werden gezählt');
    expect(confirmButton()).toBeDisabled();
  });

  it('cancel closes the confirmation, forgets the word and returns focus', async () => {
    const { user, wipe } = setUp(1);
    await openConfirmation(user);
    await user.type(wordField(), 'LÖSCHEN');
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gerät zurücksetzen' })).toHaveFocus();
    await openConfirmation(user);
    expect(wordField()).toHaveValue('');
    expect(wipe).not.toHaveBeenCalled();
  });

  it('shows a danger alert when wiping fails and does not reload', async () => {
    const wipe = vi.fn(() => Promise.reject(new Error('disk')));
    const { user, onWiped } = setUp(1, wipe);
    await openConfirmation(user);
    await user.type(wordField(), 'LÖSCHEN');
    await user.click(confirmButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('Es wurden keine Daten gelöscht.');
    expect(onWiped).not.toHaveBeenCalled();
    expect(confirmButton()).toBeEnabled();
  });

  it('explains a reset blocked by another tab', async () => {
    const wipe = vi.fn(() => Promise.reject(new WipeBlockedError()));
    const { user } = setUp(0, wipe);
    await openConfirmation(user);
    await user.type(wordField(), 'löschen');
    await user.click(confirmButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('anderen Tab oder Fenster');
  });

  it('on the unlock screen the entry names the forgotten passphrase', async () => {
    const user = userEvent.setup();
    render(
      <WipeDeviceControls
        variant="forgotten"
        headingLevel={2}
        unsynced={4}
        wipe={vi.fn()}
        onWiped={vi.fn()}
      />,
    );
    await user.click(
      screen.getByRole('button', { name: 'Passphrase vergessen? Gerät zurücksetzen' }),
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    expect(screen.getByTestId('wipe-unsynced')).toHaveTextContent('4 Änderungen');
  });
});
