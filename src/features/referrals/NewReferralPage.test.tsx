import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { addYears } from '../../domain';
import { CARITAS_ID, KI_ID, signedContent } from '../../domain/consents/consents.fixtures';
import { todayIso } from '../../app/today';
import { initI18n } from '../../i18n/i18n';
import { getRepositories, getVault } from '../../storage/appStorage';
import { TEST_PASSPHRASE } from '../../../test/support/storageTesting';
import { NewReferralPage } from './NewReferralPage';

const today = todayIso();
const PARTNER = '9d2f4c1e-1111-4a2b-8c3d-000000000001';

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadNamespaces(['referrals', 'consents', 'script', 'rules', 'cases']);
  await getVault().setUp(TEST_PASSPHRASE);
}, 60_000);
afterEach(cleanup);

/** A case whose consent names the KI (a partner) and Caritas (not in Perspektive). */
async function consentedCase() {
  const { cases, consents } = getRepositories();
  const record = await cases.create(
    { displayName: 'Amina Beispiel', pseudonymised: false, createdOn: today, fileNumber: 'AZ 7' },
    { birthDate: '1990-02-03', nationality: 'SY', fitToTravel: 'no', hasConvictions: 'yes' },
  );
  await consents.sign(
    signedContent({
      caseId: record.id,
      validFrom: today,
      validUntil: addYears(today, 1),
      signedAt: `${today}T10:15:00+01:00`,
      recipients: [
        { id: KI_ID, kind: 'integration-centre', name: 'KI Kreis Beispiel', partnerOrgId: PARTNER },
        { id: CARITAS_ID, kind: 'welfare-organisation', name: 'Caritas Beispielstadt' },
      ],
    }),
  );
  return record;
}

function show(id: string) {
  render(
    <Suspense fallback={null}>
      <NewReferralPage id={id} />
    </Suspense>,
  );
}

describe('NewReferralPage', () => {
  it('offers only what the consent grants, previews exactly that, and sends it', async () => {
    const user = userEvent.setup();
    const record = await consentedCase();
    show(record.id);
    const recipients = await screen.findByRole('group', { name: 'An welche Stelle?' });
    expect(within(recipients).getAllByRole('radio')).toHaveLength(2);

    // Nothing chosen: inline messages, nothing stored.
    await user.type(screen.getByLabelText('Weitergeleitet von'), 'Frau Berger');
    await user.click(screen.getByRole('button', { name: 'Weiterleiten' }));
    expect(
      await screen.findByText('Bitte wählen Sie eine Stelle aus der Einwilligung.'),
    ).toBeVisible();
    expect(await getRepositories().referrals.forCase(record.id)).toEqual([]);

    await user.click(within(recipients).getByRole('radio', { name: /^KI Kreis Beispiel/ }));
    const purposes = screen.getByRole('group', { name: /^Wofür\?/ });
    // The KI's purposes only (passport, language course), never e.g. housing.
    expect(
      within(purposes)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['passport-procurement', 'language-course']);
    const categories = screen.getByRole('group', { name: /^Welche Daten\?/ });
    expect(within(categories).queryByRole('checkbox', { name: /Gesundheit/ })).toBeNull();
    await user.click(within(purposes).getByRole('radio', { name: /Pass/ }));
    await user.click(within(categories).getByRole('checkbox', { name: /Identität/ }));

    const preview = screen.getByRole('region', { name: 'Diese Daten werden übermittelt' });
    expect(within(preview).getByText('Amina Beispiel')).toBeVisible();
    // Not consented or never referred: no fitness to travel, no convictions, no file number.
    expect(within(preview).queryByText('AZ 7')).toBeNull();
    expect(preview.textContent).not.toMatch(/Reisefähig|Verurteil/);
    // The free-text message is sent too: the preview shows it.
    await user.type(
      screen.getByLabelText('Nachricht an die Stelle (freiwillig)'),
      'Bitte Termin zur Passbeschaffung.',
    );
    expect(within(preview).getByText('Bitte Termin zur Passbeschaffung.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Weiterleiten' }));
    await expect
      .poll(async () => (await getRepositories().referrals.forCase(record.id)).length)
      .toBe(1);
    const [sent] = await getRepositories().referrals.forCase(record.id);
    expect(sent).toMatchObject({
      channel: 'perspektive',
      targetOrgId: PARTNER,
      purpose: 'passport-procurement',
      categories: ['identity-contact'],
      sentBy: 'Frau Berger',
      message: 'Bitte Termin zur Passbeschaffung.',
      state: 'sent',
    });
    // Identity and contact is name, date of birth, address, phone: not the nationality.
    expect(sent?.package.facts).toEqual({ birthDate: '1990-02-03' });
  });

  it('explains that a consent is needed when none covers a referral', async () => {
    const { cases } = getRepositories();
    const record = await cases.create({
      displayName: 'Ohne',
      pseudonymised: true,
      createdOn: today,
    });
    show(record.id);
    expect(
      await screen.findByText(/nur mit einer gültigen, nicht widerrufenen Einwilligung/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Weiterleiten' })).toBeNull();
  });
});
