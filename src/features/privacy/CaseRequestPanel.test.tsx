import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SyncHttpError, type PrivacyClient } from '../../app/sync/SyncProvider';
import { initI18n } from '../../i18n/i18n';
import type { DeletionResult } from '../../protocol';
import { CaseRequestPanel } from './CaseRequestPanel';

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadNamespaces('privacy');
});
afterEach(cleanup);

const CASE = '3f2b8c1e-1111-4222-8333-944445555666';

function renderPanel(
  erase: (caseId: string, basis: string | undefined) => Promise<DeletionResult>,
  statutoryRetention: boolean,
) {
  const spy = vi.fn(erase);
  const onErased = vi.fn();
  const client = { erase: spy } as Partial<PrivacyClient> as PrivacyClient; // only erase
  render(
    <CaseRequestPanel
      client={client}
      statutoryRetention={statutoryRetention}
      onErased={onErased}
    />,
  );
  return { spy, onErased, user: userEvent.setup() };
}

describe('Art. 17 erasure of one case', () => {
  it('asks for the legal basis under a statutory duty before anything is sent', async () => {
    const { spy, user } = renderPanel(() => Promise.resolve({ targets: 1, counts: {} }), true);
    await user.type(screen.getByRole('textbox', { name: 'Fallkennung' }), CASE);
    await user.click(screen.getByRole('button', { name: 'Fall löschen (Art. 17 DSGVO) …' }));
    expect(screen.getByText('Bitte wählen Sie die Rechtsgrundlage.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Endgültig löschen' })).toBeNull();
    expect(spy).not.toHaveBeenCalled();
  });

  it('names what goes, and deletes with the chosen basis only after confirmation', async () => {
    const { spy, onErased, user } = renderPanel(
      () => Promise.resolve({ targets: 1, counts: { case: 1 } }),
      true,
    );
    await user.type(screen.getByRole('textbox', { name: 'Fallkennung' }), CASE.toUpperCase());
    await user.selectOptions(screen.getByLabelText('Rechtsgrundlage der Löschung'), 'order');
    await user.click(screen.getByRole('button', { name: 'Fall löschen (Art. 17 DSGVO) …' }));
    const panel = screen.getByRole('group', { name: `Fall ${CASE} endgültig löschen?` });
    expect(panel).toHaveTextContent(/auch die Kopien bei den Stellen/);
    expect(panel).toHaveTextContent(/Löschprotokoll/);
    expect(spy).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Endgültig löschen' }));
    expect(spy).toHaveBeenCalledWith(CASE, 'order');
    expect(await screen.findByText('Der Fall wurde gelöscht.')).toBeInTheDocument();
    expect(onErased).toHaveBeenCalled();
  });

  it("shows the server's statutory-retention refusal as such, nothing deleted", async () => {
    const { onErased, user } = renderPanel(
      () => Promise.reject(new SyncHttpError(409, 'legal_basis_required', 'Name the legal basis.')),
      false, // the screen did not know yet: the server decides
    );
    await user.type(screen.getByRole('textbox', { name: 'Fallkennung' }), CASE);
    await user.click(screen.getByRole('button', { name: 'Fall löschen (Art. 17 DSGVO) …' }));
    await user.click(screen.getByRole('button', { name: 'Endgültig löschen' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Gesetzliche Aufbewahrungspflicht');
    expect(alert).toHaveTextContent(/Der Fall wurde nicht gelöscht/);
    expect(screen.queryByText('Der Fall wurde gelöscht.')).toBeNull();
    expect(onErased).not.toHaveBeenCalled();
  });

  it('refuses an incomplete case identifier', async () => {
    const { spy, user } = renderPanel(() => Promise.resolve({ targets: 1, counts: {} }), false);
    await user.type(screen.getByRole('textbox', { name: 'Fallkennung' }), '3f2b8c1e');
    await user.click(screen.getByRole('button', { name: 'Fall löschen (Art. 17 DSGVO) …' }));
    expect(screen.getByText(/^Bitte die vollständige Fallkennung eingeben/)).toBeInTheDocument();
    expect(spy).not.toHaveBeenCalled();
  });
});
