import { Suspense } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n } from '../../i18n/i18n';
import { perspektivgespraech } from '../../content';
import { getRepositories, getVault } from '../../storage/appStorage';
import type { StoredCase } from '../../storage/cases/caseRepository';
import { FileNotePage } from './FileNotePage';

let record: StoredCase;
let draftId: string;

const ACTIONS = {
  answers: {
    actions: [{ id: 'a1', text: 'Pass beantragen', responsible: 'client', dueDate: '2026-11-10' }],
  },
} as const;

function startSession() {
  return getRepositories().sessions.start({
    caseId: record.id,
    template: perspektivgespraech,
    asOf: '2026-11-20',
    counsellorName: 'Frau Beispiel',
  });
}

beforeAll(async () => {
  await initI18n('de');
  // The app's singletons (the page reads through them); 600k PBKDF2 iterations, once per file.
  await getVault().setUp('Korrekt Pferd 7 Batterie');
  record = await getRepositories().cases.create(
    { displayName: 'Amina Beispiel', pseudonymised: false, createdOn: '2026-11-01' },
    {},
  );
  const draft = await startSession();
  await getRepositories().sessions.saveDraft(draft.id, ACTIONS);
  draftId = draft.id;
}, 60_000);

afterEach(cleanup);

afterAll(async () => {
  await i18next.changeLanguage('de');
});

function renderPage(id: string) {
  return render(
    <Suspense fallback={null}>
      <FileNotePage id={id} />
    </Suspense>,
  );
}

describe('FileNotePage', () => {
  it('shows a draft in German with participants, actions and the draft marker', async () => {
    renderPage(draftId);
    const title = await screen.findByRole('heading', {
      level: 1,
      name: 'Aktenvermerk über ein Perspektivgespräch',
    });
    const note = title.closest('article');
    expect(note).toHaveAttribute('lang', 'de');
    expect(screen.getByTestId('file-note-draft')).toHaveTextContent(
      'Entwurf – nicht abgeschlossen',
    );
    expect(screen.getByText('Gesprächsführung: Frau Beispiel')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Pass beantragen – zuständig: betroffene Person; zu erledigen bis 10.11.2026',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('20.11.2026')).toBeInTheDocument(); // conversation date (meta)
    expect(screen.getByText('Amina Beispiel')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Drucken' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zurück zum Gespräch' })).toHaveAttribute(
      'href',
      `/gespraeche/${draftId}`,
    );
    // Drafts have no checksum to verify.
    expect(screen.queryByText('Prüfsumme bestätigt')).not.toBeInTheDocument();
  });

  it('shows a finalised session without draft marker, with confirmed checksum and addendum', async () => {
    const { sessions } = getRepositories();
    const { id } = await startSession();
    await sessions.saveDraft(id, ACTIONS);
    await sessions.finalise(id, record, 'Frau Beispiel');
    await sessions.addAddendum(id, 'Frau Beispiel', 'Der Pass wurde inzwischen beantragt.');
    renderPage(id);
    expect(await screen.findByText('Prüfsumme bestätigt')).toBeInTheDocument();
    expect(screen.queryByTestId('file-note-draft')).not.toBeInTheDocument();
    const finalisation = screen.getByRole('region', { name: 'Abschluss' });
    expect(
      within(finalisation).getByText(
        /^Abgeschlossen am \d{2}\.\d{2}\.\d{4} um \d{2}:\d{2} Uhr von Frau Beispiel; Prüfsumme/,
      ),
    ).toBeInTheDocument();
    const addenda = screen.getByRole('region', { name: 'Nachträge' });
    expect(within(addenda).getByText('Der Pass wurde inzwischen beantragt.')).toBeInTheDocument();
    expect(
      within(addenda).getByText(
        /^Nachtrag vom \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr, von Frau Beispiel:$/,
      ),
    ).toBeInTheDocument();
  });

  it('keeps the document German when the interface is English', async () => {
    await i18next.changeLanguage('en');
    renderPage(draftId);
    expect(
      await screen.findByRole('heading', { name: 'Aktenvermerk über ein Perspektivgespräch' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/zu erledigen bis 10\.11\.2026/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
    await i18next.changeLanguage('de');
  });

  it('says so when the conversation does not exist', async () => {
    renderPage('00000000-0000-4000-8000-000000000000');
    expect(
      await screen.findByRole('heading', { name: 'Gespräch nicht gefunden' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Übersicht' })).toHaveAttribute('href', '/');
  });
});
