import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { consentStates, type ConsentRevocation, type RecipientConsentState } from '../../domain';
import { CARITAS_ID, signedConsent } from '../../domain/consents/consents.fixtures';
import { initI18n } from '../../i18n/i18n';
import { RecipientStates } from './RecipientStates';

// Valid 2026-11-21 to 2027-11-20; Caritas withdrawn on 2026-12-01.
const consent = signedConsent('9b2f4c1e-8d7a-4e3b-9c6d-5a4b3c2d1e0f');
const revocation: ConsentRevocation = {
  id: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b',
  caseId: consent.caseId,
  consentId: consent.id,
  scope: { kind: 'recipients', recipientIds: [CARITAS_ID] },
  receivedOn: '2026-12-01',
  receivedVia: 'email',
  recordedBy: 'Frau Berger',
  recordedAt: '2026-12-01T09:00:00+01:00',
};

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadNamespaces('consents');
});
afterEach(cleanup);

function show(states: readonly RecipientConsentState[]) {
  render(
    <Suspense fallback={null}>
      <RecipientStates states={states} />
    </Suspense>,
  );
}

describe('RecipientStates', () => {
  it('has one row per recipient with the German status, revoked and valid', async () => {
    show(consentStates([consent], [revocation], '2026-12-10'));
    const table = await screen.findByRole('table', { name: 'Stand je Empfänger heute' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3); // header + two recipients
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Empfänger', 'Stand', 'Zwecke']);

    const caritas = within(table).getByRole('row', { name: /^Caritas Beispielstadt/ });
    expect(within(caritas).getByRole('rowheader')).toHaveTextContent(
      'Caritas BeispielstadtWohlfahrtsverband · Einwilligung',
    );
    expect(within(caritas).getByText('Widerrufen am 01.12.2026')).toHaveClass('badge--danger');
    expect(within(caritas).getByText('Soziale Beratung')).toBeInTheDocument();
    expect(caritas).not.toHaveTextContent('Gültig bis');

    const ki = within(table).getByRole('row', { name: /^KI Kreis Beispiel/ });
    expect(within(ki).getByText('Gültig bis 20.11.2027')).toHaveClass('badge--success');
    expect(within(ki).getByText('Passbeschaffung, Sprachkurs')).toBeInTheDocument();
    expect(within(ki).getByText(/Kommunales Integrationszentrum/)).toBeInTheDocument();
    expect(ki).not.toHaveTextContent('Widerrufen');
  });

  it('shows the other statuses in German: not yet valid, expiring, expired', async () => {
    show(consentStates([consent], [], '2026-11-01'));
    expect(await screen.findAllByText('Gilt ab 21.11.2026')).toHaveLength(2);
    cleanup();
    show(consentStates([consent], [], '2027-11-01'));
    expect(await screen.findAllByText('Läuft ab am 20.11.2027')).toHaveLength(2);
    cleanup();
    show(consentStates([consent], [revocation], '2027-11-21'));
    // Expired for KI; Caritas stays shown as withdrawn (the earlier, deliberate end).
    expect(await screen.findByText('Abgelaufen am 20.11.2027')).toBeInTheDocument();
    expect(screen.getByText('Widerrufen am 01.12.2026')).toBeInTheDocument();
  });

  it('says so when there is no consent at all', async () => {
    show([]);
    expect(
      await screen.findByText(
        'Es liegt keine Einwilligung vor. Ohne Einwilligung werden keine Daten weitergegeben.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
