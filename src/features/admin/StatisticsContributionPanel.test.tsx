import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SyncHttpError, type AdminClient } from '../../app/sync/SyncProvider';
import { initI18n } from '../../i18n/i18n';
import { StatisticsContributionPanel } from './StatisticsContributionPanel';

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadNamespaces('admin');
});
afterEach(cleanup);

const OFFICE = { id: '00000000-0000-4000-8000-0000000000aa', name: 'Statistikamt Land' };

function renderPanel(setContribution: AdminClient['setContribution']) {
  const spy = vi.fn(setContribution);
  const admin = {
    statisticsOffices: () => Promise.resolve([{ ...OFFICE, contributing: false }]),
    setContribution: spy,
  } as Partial<AdminClient> as AdminClient; // the panel uses only these two calls
  render(<StatisticsContributionPanel admin={admin} />);
  return { spy, user: userEvent.setup() };
}

describe('statistics contribution panel', () => {
  it('opts in and withdraws again, saying what holds now', async () => {
    const { spy, user } = renderPanel(() => Promise.resolve());
    expect(await screen.findByText('Diese Organisation liefert keine Zahlen.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Zahlen an Statistikamt Land liefern' }));
    expect(spy).toHaveBeenLastCalledWith(OFFICE.id, true);
    expect(await screen.findByText('Diese Organisation liefert ihre Zahlen.')).toBeVisible();
    await user.click(
      screen.getByRole('button', { name: 'Zustimmung für Statistikamt Land widerrufen' }),
    );
    expect(spy).toHaveBeenLastCalledWith(OFFICE.id, false);
    expect(await screen.findByText(/^Zustimmung widerrufen/)).toBeVisible();
  });

  it('changes nothing when the server cannot be reached', async () => {
    const { user } = renderPanel(() =>
      Promise.reject(new SyncHttpError(0, 'offline', 'The server could not be reached.')),
    );
    await user.click(
      await screen.findByRole('button', { name: 'Zahlen an Statistikamt Land liefern' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/Keine Verbindung/);
    expect(screen.getByText('Diese Organisation liefert keine Zahlen.')).toBeVisible();
  });
});
