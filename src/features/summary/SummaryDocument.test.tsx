import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import fa from '../../../locales/fa/summary.json';
import type { ClientSummary } from '../../domain';
import { initI18n } from '../../i18n/i18n';
import { formatClientDate } from '../../ui/clientFormat';
import { SummaryDocument } from './SummaryDocument';

const summary: ClientSummary = {
  date: '2026-12-03',
  place: 'Unna, Friedrich-Ebert-Straße 17',
  participants: [{ role: 'client', name: 'Amina Beispiel' }],
  actions: [],
  appointment: { date: '2027-01-12', time: '10:30', place: 'Raum 2.17' },
  pathways: [],
  consequences: [],
  returnOptions: [],
  consents: [],
  notices: [
    {
      kind: 'departure-deadline',
      handedOutOn: '2026-12-03',
      language: 'fa',
      deadline: '2027-01-15',
    },
  ],
  draft: false,
};

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadLanguages(['fa']);
  await i18next.loadNamespaces(['summary']);
});
afterEach(cleanup);

describe('SummaryDocument in a right-to-left language', () => {
  it('isolates dates, places and times, and states the translation status in Persian and German', async () => {
    render(
      <Suspense fallback={null}>
        <SummaryDocument summary={summary} lang="fa" organisation="Kreis Unna, 02303 27-0" />
      </Suspense>,
    );
    const persian = await screen.findByText(formatClientDate('2026-12-03', 'fa'));
    expect(persian.tagName).toBe('BDI');
    const part = persian.closest('section')!;
    expect(part).toHaveAttribute('dir', 'rtl');
    for (const value of ['Unna, Friedrich-Ebert-Straße 17', '10:30', 'Kreis Unna, 02303 27-0']) {
      const run = within(part).getByText(value);
      expect(run.tagName, value).toBe('BDI');
      expect(run, value).toHaveAttribute('dir', 'ltr');
    }
    // The status in the client's language and in German, not the file's English note.
    expect(part).toHaveTextContent(fa.doc.translationDraft);
    expect(part).toHaveTextContent('Diese Übersetzung ist ein maschinell erstellter Entwurf');
    expect(document.body).not.toHaveTextContent(fa._meta.status);
  });
});
