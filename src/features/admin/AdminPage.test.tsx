import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SyncUi } from '../../app/sync/SyncProvider';
import type { SyncAccount } from '../../storage/sync/account';
import { initI18n } from '../../i18n/i18n';
import { AdminPage } from './AdminPage';

const sync = vi.hoisted((): { current: Partial<SyncUi> } => ({ current: {} }));
vi.mock('../../app/sync/SyncProvider', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useSync: () => sync.current,
}));

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadNamespaces('admin');
});
afterEach(cleanup);

const account: SyncAccount = {
  token: 'token-token-token-token',
  expiresAt: '2026-12-31T00:00:00.000Z',
  userId: '00000000-0000-4000-8000-000000000001',
  displayName: 'Ada Admin',
  email: 'admin@example.org',
  roles: ['counsellor'],
  mustChangePassword: false,
  organisationId: '00000000-0000-4000-8000-0000000000ff',
  organisationName: 'Kreis Beispiel',
};

describe('AdminPage', () => {
  it('explains the area to a non-admin account and links to the settings', () => {
    sync.current = { account, admin: undefined };
    render(<AdminPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Verwaltung' })).toBeVisible();
    expect(screen.getByText(/der Administration vorbehalten/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Zu den Einstellungen' })).toHaveAttribute(
      'href',
      '/einstellungen',
    );
  });

  it('explains the area when signed out', () => {
    sync.current = { account: null, admin: undefined };
    render(<AdminPage />);
    expect(screen.getByText(/mit einem Konto an, das Administrationsrechte hat/)).toBeVisible();
  });

  it('asks an admin with a one-time password to set an own password first', () => {
    const users = vi.fn();
    sync.current = {
      account: { ...account, roles: ['admin'], mustChangePassword: true },
      admin: { users } as unknown as SyncUi['admin'],
    };
    render(<AdminPage />);
    expect(screen.getByText(/zuerst unter Einstellungen ein eigenes Passwort/)).toBeVisible();
    expect(users).not.toHaveBeenCalled();
  });
});
