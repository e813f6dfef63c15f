import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SyncHttpError, type AdminClient } from '../../app/sync/SyncProvider';
import { initI18n } from '../../i18n/i18n';
import { ContributorsPanel } from './ContributorsPanel';

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadNamespaces('admin');
});
afterEach(cleanup);

const KEY = `MCowBQYDK2VwAyEA${'A'.repeat(43)}=`;
const CONTRIBUTOR = {
  id: '00000000-0000-4000-8000-0000000000c1',
  orgId: '00000000-0000-4000-8000-0000000000c2',
  name: 'Kreis C Caritas',
  registeredAt: '2026-12-01T09:00:00.000Z',
  revokedAt: null,
  quarters: ['2026-Q3'],
};

function renderPanel(register: AdminClient['registerContributor']) {
  const revoke = vi.fn<AdminClient['revokeContributor']>(() => Promise.resolve());
  const registerSpy = vi.fn(register);
  const admin = {
    contributors: () => Promise.resolve([CONTRIBUTOR]),
    registerContributor: registerSpy,
    revokeContributor: revoke,
  } as Partial<AdminClient> as AdminClient; // the panel uses only these three calls
  render(<ContributorsPanel admin={admin} />);
  return { registerSpy, revoke, user: userEvent.setup() };
}

describe('contributors panel', () => {
  it('revokes a contributor and says that a registered organisation cannot be added twice', async () => {
    const { registerSpy, revoke, user } = renderPanel(() =>
      Promise.reject(new SyncHttpError(409, 'contributor_exists', 'exists')),
    );
    expect(await screen.findByText(/1 Quartalsbericht gültig\./)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Kreis C Caritas widerrufen' }));
    expect(revoke).toHaveBeenCalledWith(CONTRIBUTOR.id);
    expect(await screen.findByText('Kreis C Caritas ist widerrufen.')).toBeVisible();

    await user.type(screen.getByLabelText('Name der Organisation'), 'Kreis C Caritas');
    await user.type(screen.getByLabelText('Kennung der Organisation'), CONTRIBUTOR.orgId);
    await user.type(screen.getByLabelText('Öffentlicher Schlüssel'), KEY);
    await user.click(screen.getByRole('button', { name: 'Eintragen' }));
    expect(registerSpy).toHaveBeenCalledWith({
      orgId: CONTRIBUTOR.orgId,
      name: 'Kreis C Caritas',
      publicKey: KEY,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(/schon eingetragen/);
  });
});
