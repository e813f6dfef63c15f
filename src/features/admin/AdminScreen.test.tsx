import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SyncHttpError, type AdminClient } from '../../app/sync/SyncProvider';
import { initI18n } from '../../i18n/i18n';
import type { Device, User } from '../../protocol';
import { AdminScreen } from './AdminScreen';

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadNamespaces('admin');
});
afterEach(cleanup);

const ADMIN_ID = '00000000-0000-4000-8000-000000000001';
const COUNSELLOR_ID = '00000000-0000-4000-8000-000000000002';
const OWN_DEVICE = '00000000-0000-4000-8000-0000000000a1';
const OTHER_DEVICE = '00000000-0000-4000-8000-0000000000b2';

const adminUser: User = {
  id: ADMIN_ID,
  email: 'admin@example.org',
  displayName: 'Ada Admin',
  roles: ['admin'],
  active: true,
  mustChangePassword: false,
};
const counsellor: User = {
  id: COUNSELLOR_ID,
  email: 'berta@example.org',
  displayName: 'Berta Beraterin',
  roles: ['counsellor', 'team-lead'],
  active: true,
  mustChangePassword: true,
};
const device = (clientId: string, userId: string, name: string): Device => ({
  clientId,
  userId,
  name,
  registeredAt: '2026-03-02T09:15:00.000Z',
  lastSeenAt: null,
  revokedAt: null,
  lastClientSeq: 0,
});

function fakeAdmin(overrides: Partial<AdminClient> = {}) {
  const calls = {
    createUser: vi.fn<AdminClient['createUser']>((request) =>
      Promise.resolve({
        user: {
          ...request,
          id: '00000000-0000-4000-8000-000000000003',
          active: true,
          mustChangePassword: true,
        },
        oneTimePassword: 'neu-einmal-passwort-123',
      }),
    ),
    setActive: vi.fn<AdminClient['setActive']>((userId, active) =>
      Promise.resolve({ ...counsellor, id: userId, active }),
    ),
    revokeDevice: vi.fn<AdminClient['revokeDevice']>((clientId) =>
      Promise.resolve({
        ...device(clientId, COUNSELLOR_ID, 'Tablet Außendienst'),
        revokedAt: '2026-03-03T10:00:00.000Z',
      }),
    ),
  };
  const admin: AdminClient = {
    users: () => Promise.resolve([counsellor, adminUser]),
    devices: () =>
      Promise.resolve([
        device(OWN_DEVICE, ADMIN_ID, 'Admin-Tablet'),
        device(OTHER_DEVICE, COUNSELLOR_ID, 'Tablet Außendienst'),
      ]),
    resetPassword: () =>
      Promise.resolve({ user: counsellor, oneTimePassword: 'reset-passwort-456' }),
    policy: () => Promise.resolve({ idleLockMinutes: 5, hiddenLockSeconds: 60 }),
    setPolicy: (policy) => Promise.resolve(policy),
    statisticsOffices: () => Promise.resolve([]),
    setContribution: () => Promise.resolve(),
    contributors: () => Promise.resolve([]),
    registerContributor: () => Promise.resolve(),
    revokeContributor: () => Promise.resolve(),
    ...calls,
    ...overrides,
  };
  return { admin, calls };
}

function renderScreen({ admin, calls } = fakeAdmin()) {
  render(<AdminScreen admin={admin} ownUserId={ADMIN_ID} ownClientId={OWN_DEVICE} />);
  return { calls, user: userEvent.setup() };
}

const card = (name: string) => screen.getByRole('heading', { name }).closest('li')!;

describe('AdminScreen', () => {
  it('lists users with German roles and devices with their user; own items have no actions', async () => {
    renderScreen();
    expect(await screen.findByRole('heading', { name: 'Benutzerkonten (2)' })).toBeVisible();
    const berta = within(card('Berta Beraterin'));
    expect(berta.getByText('Beratung, Teamleitung')).toBeVisible();
    expect(berta.getByText('Einmalpasswort noch nicht ersetzt')).toBeVisible();
    expect(berta.getByRole('button', { name: 'Deaktivieren – Berta Beraterin' })).toBeVisible();
    const ada = within(screen.getByRole('heading', { name: /^Ada Admin/ }).closest('li')!);
    expect(ada.queryByRole('button')).toBeNull();
    const tablet = within(card('Tablet Außendienst'));
    expect(tablet.getByText('Berta Beraterin')).toBeVisible();
    expect(tablet.getByText(/^02\.03\.2026, \d\d:15$/)).toBeVisible();
    expect(tablet.getByText('noch nie')).toBeVisible();
    const own = within(screen.getByRole('heading', { name: /^Admin-Tablet/ }).closest('li')!);
    expect(own.getByText('Dieses Gerät')).toBeVisible();
    expect(own.queryByRole('button')).toBeNull();
  });

  it('validates the new account inline and shows the one-time password once, focused', async () => {
    const { calls, user } = renderScreen();
    const submit = await screen.findByRole('button', { name: 'Konto anlegen' });
    await user.click(submit);
    expect(screen.getByText('Bitte geben Sie eine E-Mail-Adresse ein.')).toBeVisible();
    expect(screen.getByText('Bitte geben Sie einen Namen ein.')).toBeVisible();
    expect(screen.getByLabelText(/^E-Mail-Adresse/)).toHaveFocus();
    await user.type(screen.getByLabelText(/^E-Mail-Adresse/), 'carla@');
    await user.type(screen.getByLabelText(/^Name/), 'Carla Neu');
    await user.click(screen.getByRole('checkbox', { name: 'Beratung' }));
    await user.click(submit);
    expect(screen.getByText(/vollständige E-Mail-Adresse/)).toBeVisible();
    await user.type(screen.getByLabelText(/^E-Mail-Adresse/), 'Example.org');
    await user.click(submit);
    expect(screen.getByText('Bitte wählen Sie mindestens eine Rolle.')).toBeVisible();
    expect(calls.createUser).not.toHaveBeenCalled();
    await user.click(screen.getByRole('checkbox', { name: 'Statistik' }));
    await user.click(submit);
    expect(calls.createUser).toHaveBeenCalledWith({
      email: 'carla@example.org',
      displayName: 'Carla Neu',
      roles: ['statistics'],
    });
    const box = await screen.findByTestId('one-time-password');
    expect(within(box).getByText('neu-einmal-passwort-123')).toBeVisible();
    expect(within(box).getByText(/nur jetzt angezeigt/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Einmalpasswort für Carla Neu' })).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'Benutzerkonten (3)' })).toBeVisible();
    expect(screen.getByLabelText(/^E-Mail-Adresse/)).toHaveValue('');
    await user.click(screen.getByRole('button', { name: /ausblenden/ }));
    expect(screen.queryByText('neu-einmal-passwort-123')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Neues Benutzerkonto anlegen' })).toHaveFocus();
  });

  it('says inline when the e-mail address is taken', async () => {
    const createUser = vi.fn(() => Promise.reject(new SyncHttpError(409, 'email_taken', 'taken')));
    const { user } = renderScreen(fakeAdmin({ createUser }));
    await user.type(await screen.findByLabelText(/^E-Mail-Adresse/), 'berta@example.org');
    await user.type(screen.getByLabelText(/^Name/), 'Berta');
    await user.click(screen.getByRole('button', { name: 'Konto anlegen' }));
    expect(await screen.findByText(/gibt es bereits ein Konto/)).toBeVisible();
    expect(screen.getByLabelText(/^E-Mail-Adresse/)).toHaveFocus();
  });

  it('deactivates after a confirmation and activates again', async () => {
    const { calls, user } = renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Deaktivieren – Berta Beraterin' }));
    expect(
      screen.getByRole('heading', { name: 'Konto von Berta Beraterin deaktivieren?' }),
    ).toHaveFocus();
    expect(screen.getByText(/Sitzungen des Kontos enden sofort/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Konto deaktivieren' }));
    expect(calls.setActive).toHaveBeenCalledWith(COUNSELLOR_ID, false);
    const activate = await screen.findByRole('button', { name: 'Aktivieren – Berta Beraterin' });
    expect(activate).toHaveFocus();
    expect(within(card('Berta Beraterin')).getByText(/^Deaktiviert/)).toBeVisible();
    expect(screen.getByText(/ist deaktiviert. Alle Sitzungen sind beendet/)).toBeInTheDocument();
    await user.click(activate);
    expect(calls.setActive).toHaveBeenLastCalledWith(COUNSELLOR_ID, true);
    expect(await within(card('Berta Beraterin')).findByText('Aktiv')).toBeVisible();
  });

  it('resets a password after a confirmation and shows it in the card', async () => {
    const { user } = renderScreen();
    await user.click(
      await screen.findByRole('button', { name: 'Passwort zurücksetzen – Berta Beraterin' }),
    );
    await user.click(screen.getByRole('button', { name: 'Passwort zurücksetzen' }));
    const box = await within(card('Berta Beraterin')).findByTestId('one-time-password');
    expect(within(box).getByText('reset-passwort-456')).toBeVisible();
    expect(within(box).getByRole('heading')).toHaveFocus();
  });

  it('revokes a device after a confirmation that names the consequences', async () => {
    const { calls, user } = renderScreen();
    await user.click(
      await screen.findByRole('button', { name: 'Gerät sperren – Tablet Außendienst' }),
    );
    expect(screen.getByText(/löscht es alle Daten/)).toBeVisible();
    expect(screen.getByText(/lässt sich nicht aufheben/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Endgültig sperren' }));
    expect(calls.revokeDevice).toHaveBeenCalledWith(OTHER_DEVICE);
    expect(
      await within(card('Tablet Außendienst')).findByText(/^Gesperrt seit 03.03.2026/),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Tablet Außendienst' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: /Gerät sperren/ })).toBeNull();
  });

  it('explains an offline server and loads on refresh', async () => {
    const users = vi
      .fn<AdminClient['users']>()
      .mockRejectedValueOnce(new SyncHttpError(0, 'offline', 'offline'))
      .mockResolvedValue([adminUser]);
    const { user } = renderScreen(fakeAdmin({ users }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Der Server ist nicht erreichbar');
    await user.click(screen.getByRole('button', { name: 'Aktualisieren' }));
    expect(await screen.findByRole('heading', { name: 'Benutzerkonten (1)' })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/^Stand: /)).toBeVisible();
  });

  it('keeps a failed action in its confirmation with a plain message', async () => {
    const revokeDevice = vi.fn(() => Promise.reject(new SyncHttpError(500, 'internal', 'boom')));
    const { user } = renderScreen(fakeAdmin({ revokeDevice }));
    await user.click(
      await screen.findByRole('button', { name: 'Gerät sperren – Tablet Außendienst' }),
    );
    await user.click(screen.getByRole('button', { name: 'Endgültig sperren' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('(Code: internal)');
    expect(screen.getByRole('button', { name: 'Endgültig sperren' })).toBeVisible();
  });
});
