import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { initI18n } from '../../i18n/i18n';
import { perspektivgespraech } from '../../content';
import { ClientLanguageProvider } from '../../app/clientLanguage';
import { getRepositories, getVault } from '../../storage/appStorage';
import { CasesPage } from './CasesPage';
import { PAGE_SIZE } from './CaseListPager';

beforeAll(async () => {
  await initI18n('de');
  await getVault().setUp('Korrekt Pferd 7 Batterie');
}, 60_000);

afterEach(cleanup);

function renderPage() {
  return render(
    <ClientLanguageProvider>
      <Suspense fallback={null}>
        <CasesPage />
      </Suspense>
    </ClientLanguageProvider>,
  );
}

describe('CasesPage', () => {
  it('lists a page of cases at a time, searches and filters all of them', async () => {
    const { cases, sessions } = getRepositories();
    const total = PAGE_SIZE + 5;
    for (let i = 0; i < total - 1; i++) {
      await cases.create({
        displayName: `Fall ${String(i)}`,
        pseudonymised: false,
        createdOn: '2026-11-01',
      });
    }
    const due = await cases.create(
      {
        displayName: 'Zielperson Beispiel',
        pseudonymised: false,
        createdOn: '2026-11-01',
        fileNumber: 'AZ 9/99',
      },
      { nationality: 'SY' },
    );
    const session = await sessions.start({
      caseId: due.id,
      template: perspektivgespraech,
      asOf: '2026-11-20',
    });
    await sessions.saveDraft(session.id, {
      answers: {
        actions: [
          { id: 'a1', text: 'Pass beantragen', responsible: 'client', dueDate: '2026-01-10' },
        ],
      },
    });

    renderPage();
    const status = await screen.findByText(
      `${String(PAGE_SIZE)} von ${String(total)} Fällen angezeigt`,
      {},
      { timeout: 10_000 }, // the first read builds every digest; slow on a loaded CI machine
    );
    expect(status).toHaveAttribute('role', 'status');
    const list = () => within(document.querySelector('ul.case-list') as HTMLElement);
    expect(list().getAllByRole('link')).toHaveLength(PAGE_SIZE);

    fireEvent.click(screen.getByRole('button', { name: '5 weitere Fälle anzeigen' }));
    // Focus moves within the click (no waiting): the first newly shown case. Plain selector:
    // role queries over all rows are slow enough to time out on a busy CI.
    expect(document.activeElement).toBe(
      document.querySelectorAll('ul.case-list > li > a')[PAGE_SIZE],
    );
    expect(screen.getByText(`${String(total)} Fälle`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /weitere/ })).toBeNull();
    const target = screen.getByRole('link', { name: 'Zielperson Beispiel' });
    expect(
      within(target.closest('li') as HTMLElement).getByText('Wiedervorlage fällig'),
    ).toBeInTheDocument();
    expect(
      within(target.closest('li') as HTMLElement).getByText('1 offenes Gespräch'),
    ).toBeInTheDocument();

    // Search covers every case, also by nationality name and file number.
    fireEvent.change(screen.getByLabelText('Fälle durchsuchen'), {
      target: { value: 'syrien 9/99' },
    });
    await screen.findByText('1 Fall', {}, { timeout: 5000 });
    expect(
      list()
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Zielperson Beispiel']);

    fireEvent.change(screen.getByLabelText('Fälle durchsuchen'), { target: { value: '' } });
    fireEvent.click(screen.getByLabelText('mit fälligen Wiedervorlagen'));
    await screen.findByText('1 Fall', {}, { timeout: 5000 });

    // The digests built for this first view were stored: the next opening reads only them.
    await waitFor(async () => {
      const read = await getRepositories().caseIndex.read();
      expect(read.rebuilt).toEqual([]);
      expect(read.entries).toHaveLength(total);
    });
  }, 30_000); // 105 cases are created and encrypted first

  it('marks closed cases and filters open or closed ones', async () => {
    const { cases } = getRepositories();
    const closed = await cases.create({
      displayName: 'Abgeschlossene Person',
      pseudonymised: false,
      createdOn: '2026-11-01',
    });
    await cases.close(
      closed.id,
      { on: '2026-11-15', outcome: 'voluntary-departure' },
      '2026-11-20',
    );
    renderPage();
    fireEvent.change(await screen.findByLabelText('Status'), { target: { value: 'closed' } });
    await screen.findByText('1 Fall', {}, { timeout: 10_000 });
    const item = screen.getByRole('link', { name: 'Abgeschlossene Person' }).closest('li');
    expect(within(item as HTMLElement).getByText('Abgeschlossen')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'open' } });
    await waitFor(() => {
      expect(screen.queryByRole('link', { name: 'Abgeschlossene Person' })).toBeNull();
    });
  }, 30_000);
});
