import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { initI18n } from '../../i18n/i18n';
import { addDays } from '../../domain';
import { perspektivgespraech } from '../../content';
import { todayIso } from '../../app/today';
import { getRepositories, getVault } from '../../storage/appStorage';
import { FollowUpsPage } from './FollowUpsPage';

beforeAll(async () => {
  await initI18n('de');
  // The app's singletons (the page reads through them); 600k PBKDF2 iterations, once per file.
  await getVault().setUp('Korrekt Pferd 7 Batterie');
}, 60_000);

afterEach(cleanup);

function renderPage() {
  return render(
    <Suspense fallback={null}>
      <FollowUpsPage />
    </Suspense>,
  );
}

describe('FollowUpsPage', () => {
  // Runs first, while the database is still empty.
  it('shows the empty state when nothing is due', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Nichts fällig' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 offene Einträge');
  });

  it('groups open actions by urgency, with the case and the conversation linked', async () => {
    const { cases, sessions } = getRepositories();
    const record = await cases.create(
      { displayName: 'Amina Beispiel', pseudonymised: false, createdOn: '2026-11-01' },
      {},
    );
    const session = await sessions.start({
      caseId: record.id,
      template: perspektivgespraech,
      asOf: '2026-11-20',
      counsellorName: 'Frau Beispiel',
    });
    await sessions.saveDraft(session.id, {
      answers: {
        actions: [
          { id: 'a1', text: 'Pass beantragen', responsible: 'client', dueDate: '2026-11-10' },
          {
            id: 'a2',
            text: 'Bescheinigung ausstellen',
            responsible: 'authority',
            dueDate: addDays(todayIso(), 3),
          },
          {
            id: 'a3',
            actionKey: 'consequences.passlessness.action.keep-proof',
            responsible: 'counsellor',
          },
          { id: 'a4', text: 'Erledigt', responsible: 'client', done: true },
        ],
      },
    });

    renderPage();
    const overdue = await screen.findByRole('region', { name: 'Überfällig: 1 Eintrag' });
    expect(within(overdue).getByRole('link', { name: 'Amina Beispiel' })).toHaveAttribute(
      'href',
      `/faelle/${record.id}`,
    );
    expect(within(overdue).getByText('Pass beantragen')).toBeInTheDocument();
    expect(within(overdue).getByText('Betroffene Person')).toBeInTheDocument();
    expect(within(overdue).getByText('10.11.2026 – überfällig')).toBeInTheDocument();
    expect(
      within(overdue).getByRole('link', { name: 'Gespräch vom 20.11.2026 öffnen' }),
    ).toHaveAttribute('href', `/gespraeche/${session.id}`);

    const soon = screen.getByRole('region', { name: 'In den nächsten 7 Tagen fällig: 1 Eintrag' });
    expect(within(soon).getByText('Bescheinigung ausstellen')).toBeInTheDocument();
    expect(within(soon).getByText('Ausländerbehörde')).toBeInTheDocument();

    const undated = screen.getByRole('region', { name: 'Ohne Fälligkeitsdatum: 1 Eintrag' });
    expect(within(undated).getByText('Beratung')).toBeInTheDocument();
    expect(
      within(undated).getByText('Nachweise über alle Schritte aufbewahren.'),
    ).toBeInTheDocument();

    expect(screen.queryByText('Erledigt')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Nichts fällig' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('3 offene Einträge');
  });

  it('shows 50 entries at a time; "show more" adds the next and moves focus to the first of them', async () => {
    cleanup();
    const { cases, sessions } = getRepositories();
    const record = await cases.create(
      { displayName: 'Viele Schritte', pseudonymised: false, createdOn: '2026-11-01' },
      {},
    );
    const session = await sessions.start({
      caseId: record.id,
      template: perspektivgespraech,
      asOf: '2026-11-21',
      counsellorName: 'Frau Beispiel',
    });
    await sessions.saveDraft(session.id, {
      answers: {
        actions: Array.from({ length: 60 }, (_, i) => ({
          id: `m${String(i).padStart(2, '0')}`,
          text: `Schritt ${String(i)}`,
          responsible: 'client' as const,
        })),
      },
    });
    renderPage();
    // 3 entries of the test before, then 60 undated ones: 63 in all, 50 shown.
    await screen.findByRole(
      'region',
      { name: 'Ohne Fälligkeitsdatum: 61 Einträge' },
      { timeout: 12_000 },
    );
    expect(screen.getByRole('status')).toHaveTextContent('63 offene Einträge');
    const entries = () => document.querySelectorAll('li.follow-up');
    expect(entries()).toHaveLength(50);
    screen.getByRole('button', { name: '13 weitere Einträge anzeigen' }).click();
    expect(entries()).toHaveLength(63);
    expect(screen.queryByRole('button', { name: /weitere Einträge/ })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(
      document.querySelectorAll('.follow-up .follow-up__case').item(50),
    );
    // Sealing 60 actions and building the index is real crypto in jsdom: 3 s alone, over 5 s
    // on a loaded 2-core machine (seen once), so this test has more time than the default.
  }, 15_000);
});
