import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SyncHttpError, type AdminClient } from '../../app/sync/SyncProvider';
import { initI18n } from '../../i18n/i18n';
import type { DevicePolicy } from '../../protocol';
import { LockPolicyPanel } from './LockPolicyPanel';

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadNamespaces('admin');
});
afterEach(cleanup);

function renderPanel(setPolicy: (p: DevicePolicy) => Promise<DevicePolicy>) {
  const spy = vi.fn(setPolicy);
  const admin = {
    policy: () => Promise.resolve({ idleLockMinutes: 5, hiddenLockSeconds: 60 }),
    setPolicy: spy,
  } as Partial<AdminClient> as AdminClient; // the panel uses only these two calls
  render(<LockPolicyPanel admin={admin} />);
  return { spy, user: userEvent.setup() };
}

describe('lock policy panel', () => {
  it('shows the current times and saves new ones as numbers', async () => {
    const { spy, user } = renderPanel((p) => Promise.resolve(p));
    const idle = await screen.findByLabelText('Sperren nach Inaktivität (Minuten)');
    expect(idle).toHaveValue('5');
    await user.clear(idle);
    await user.type(idle, '2');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(spy).toHaveBeenCalledWith({ idleLockMinutes: 2, hiddenLockSeconds: 60 });
    expect(await screen.findByText(/^Gespeichert\./)).toBeInTheDocument();
  });

  it('refuses values outside the safe bounds before sending anything', async () => {
    const { spy, user } = renderPanel((p) => Promise.resolve(p));
    const hidden = await screen.findByLabelText(/Sperren, wenn die App nicht sichtbar ist/);
    await user.clear(hidden);
    await user.type(hidden, '600');
    expect(screen.getByRole('button', { name: 'Speichern' })).toBeDisabled();
    expect(hidden).toHaveAttribute('aria-invalid', 'true');
    expect(spy).not.toHaveBeenCalled();
  });

  it('says plainly when the server cannot be reached', async () => {
    const { user } = renderPanel(() =>
      Promise.reject(new SyncHttpError(0, 'offline', 'The server could not be reached.')),
    );
    await screen.findByLabelText('Sperren nach Inaktivität (Minuten)');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText(/Der Server ist nicht erreichbar/)).toBeInTheDocument();
  });
});
