import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { addYears } from '../../domain';
import { CARITAS_ID, KI_ID, signedContent } from '../../domain/consents/consents.fixtures';
import { todayIso } from '../../app/today';
import { initI18n } from '../../i18n/i18n';
import { getRepositories, getVault } from '../../storage/appStorage';
import { TEST_PASSPHRASE } from '../../../test/support/storageTesting';
import { ConsentSection } from './ConsentSection';

// Dates around the real today: the section derives the state with todayIso().
const today = todayIso();
const validUntil = addYears(today, 1);
const medium = (iso: string) =>
  new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(new Date(`${iso}T12:00:00`));

function signToday(caseId: string, overrides: Parameters<typeof signedContent>[0] = {}) {
  return getRepositories().consents.sign(
    signedContent({
      caseId,
      validFrom: today,
      validUntil,
      signedAt: `${today}T10:15:00+01:00`,
      ...overrides,
    }),
  );
}

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadNamespaces('consents');
  // The app's singletons (the section reads through them); 600k PBKDF2 iterations, once.
  await getVault().setUp(TEST_PASSPHRASE);
}, 60_000);
afterEach(cleanup);

function show(caseId: string) {
  render(
    <Suspense fallback={null}>
      <ConsentSection caseId={caseId} />
    </Suspense>,
  );
}

describe('ConsentSection', () => {
  it('lists the signed consent and the state per recipient, live after a revocation', async () => {
    const caseId = crypto.randomUUID();
    const consent = await signToday(caseId);
    show(caseId);

    const link = await screen.findByRole('link', {
      name: `Einwilligung, Fassung 1, unterschrieben am ${medium(today)}`,
    });
    expect(link).toHaveAttribute('href', `/einwilligungen/${consent.id}`);
    expect(screen.queryByText('ersetzt')).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Stand je Empfänger heute' });
    const caritas = () => within(table).getByRole('row', { name: /^Caritas Beispielstadt/ });
    const ki = () => within(table).getByRole('row', { name: /^KI Kreis Beispiel/ });
    expect(within(caritas()).getByText(`Gültig bis ${medium(validUntil)}`)).toBeInTheDocument();
    expect(within(ki()).getByText(`Gültig bis ${medium(validUntil)}`)).toBeInTheDocument();

    await getRepositories().consents.revoke(
      {
        caseId,
        consentId: consent.id,
        scope: { kind: 'recipients', recipientIds: [CARITAS_ID] },
        receivedOn: today,
        receivedVia: 'phone',
        recordedBy: 'Frau Berger',
        recordedAt: `${today}T11:00:00+01:00`,
      },
      today,
    );

    expect(
      await within(caritas()).findByText(`Widerrufen am ${medium(today)}`),
    ).toBeInTheDocument();
    expect(caritas()).not.toHaveTextContent('Gültig bis');
    expect(within(ki()).getByText(`Gültig bis ${medium(validUntil)}`)).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('marks a replaced version and shows only the recipients of the current one', async () => {
    const caseId = crypto.randomUUID();
    const first = await signToday(caseId);
    const second = await signToday(caseId, {
      version: 2,
      supersedes: first.id,
      recipients: [{ id: KI_ID, kind: 'integration-centre', name: 'KI Kreis Beispiel' }],
      grants: [
        {
          recipientId: KI_ID,
          purposes: ['housing'],
          categories: ['identity-contact'],
          direction: 'one-way',
        },
      ],
      signedAt: `${today}T11:30:00+01:00`,
    });
    show(caseId);

    const newest = await screen.findByRole('link', { name: /^Einwilligung, Fassung 2,/ });
    expect(newest).toHaveAttribute('href', `/einwilligungen/${second.id}`);
    const old = screen.getByRole('link', { name: /^Einwilligung, Fassung 1,/ });
    expect(old.closest('li')).toHaveTextContent('ersetzt');
    expect(newest.closest('li')).not.toHaveTextContent('ersetzt');

    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(2); // header + KI only
    expect(within(table).queryByText(/Caritas/)).not.toBeInTheDocument();
    expect(within(table).getByText('Wohnen')).toBeInTheDocument();
  });

  it('says there is no consent and offers to record one', async () => {
    const caseId = crypto.randomUUID();
    show(caseId);
    expect(await screen.findByText(/^Es liegt keine Einwilligung vor\./)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Einwilligung aufnehmen' })).toHaveAttribute(
      'href',
      `/faelle/${caseId}/einwilligung/neu`,
    );
    expect(screen.getByRole('link', { name: 'Schweigepflichtentbindung aufnehmen' })).toBeVisible();
  });
});
