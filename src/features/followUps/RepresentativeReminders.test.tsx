import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { perspektivgespraech } from '../../content';
import { todayIso } from '../../app/today';
import { initI18n } from '../../i18n/i18n';
import { getRepositories, getVault } from '../../storage/appStorage';
import { TEST_PASSPHRASE } from '../../../test/support/storageTesting';
import { FollowUpsPage } from './FollowUpsPage';

beforeAll(async () => {
  await initI18n('de');
  // The app's singletons (the page reads through them); 600k PBKDF2 iterations, once per file.
  await getVault().setUp(TEST_PASSPHRASE);
}, 60_000);
afterEach(cleanup);

const LAWYER = {
  id: '0b7c3c4e-1f55-4a8e-9d0e-2a7f3c1b9e01',
  name: 'RAin Klein',
  role: 'lawyer',
  contact: 'Kanzlei Klein, 0231 123456',
  scope: 'Aufenthaltsverfahren',
  proof: { kind: 'written-power-of-attorney' },
} as const;

describe('FollowUpsPage: informing the authorised representative', () => {
  it('reminds of a finalised conversation and a step of the representative until acknowledged', async () => {
    const user = userEvent.setup();
    const { cases, sessions } = getRepositories();
    const record = await cases.create({
      displayName: 'Amina Beispiel',
      pseudonymised: false,
      createdOn: '2026-11-01',
      representatives: [LAWYER],
    });
    const session = await sessions.start({
      caseId: record.id,
      template: perspektivgespraech,
      asOf: todayIso(),
      counsellorName: 'Frau Beispiel',
    });
    await sessions.saveDraft(session.id, {
      answers: {
        actions: [{ id: 'r1', text: 'Akteneinsicht beantragen', responsible: 'representative' }],
      },
    });

    render(
      <Suspense fallback={null}>
        <FollowUpsPage />
      </Suspense>,
    );
    // A draft: only the step the representative is responsible for.
    const step = await screen.findByText(
      'Vertretung über den vereinbarten Schritt informieren: Akteneinsicht beantragen',
    );
    expect(screen.queryByText(/^Vertretung über das Gespräch informieren/)).not.toBeInTheDocument();
    const stepItem = step.closest('li');
    expect(stepItem).not.toBeNull();
    expect(
      within(stepItem as HTMLElement).getByText(
        'RAin Klein (Rechtsanwältin/Rechtsanwalt), Kanzlei Klein, 0231 123456',
      ),
    ).toBeVisible();

    // Finalised: the conversation as a whole is to be reported too.
    await sessions.finalise(session.id, record, 'Frau Beispiel');
    const conversation = await screen.findByText(
      'Vertretung über das Gespräch informieren (Ergebnisse und vereinbarte Schritte)',
    );
    const item = conversation.closest('li') as HTMLElement;
    expect(within(item).getByRole('link', { name: 'Amina Beispiel' })).toBeVisible();
    expect(within(item).getByText(/RAin Klein/)).toBeVisible();

    // "Informed" of the conversation covers its steps: both reminders go.
    await user.click(within(item).getByRole('button', { name: 'Vertretung informiert' }));
    await waitFor(() => {
      expect(screen.queryByRole('button', { name: 'Vertretung informiert' })).toBeNull();
    });
    // The focus does not fall back to the page: it goes to the count of open entries.
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('1 offener Eintrag');
    // The step itself stays on the list until it is done.
    expect(screen.getByText('Akteneinsicht beantragen')).toBeVisible();
    const stored = await cases.get(record.id);
    expect(stored?.profile.representativeNotices).toEqual([
      { sessionId: session.id, representativeId: LAWYER.id, informedOn: todayIso() },
    ]);
  });
});
