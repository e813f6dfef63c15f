import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { todayIso } from '../../../app/today';
import { initI18n } from '../../../i18n/i18n';
import { getRepositories, getVault } from '../../../storage/appStorage';
import { useCaseDetail } from '../../../storage/hooks/useCases';
import { TEST_PASSPHRASE } from '../../../../test/support/storageTesting';
import { RepresentativesSection } from './RepresentativesSection';

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadNamespaces('representatives');
  // The app's singletons (the section writes through them); 600k PBKDF2 iterations, once.
  await getVault().setUp(TEST_PASSPHRASE);
}, 60_000);
afterEach(cleanup);

/** The section as the case page shows it: live from storage. */
function LiveSection({ caseId }: { caseId: string }) {
  const detail = useCaseDetail(caseId);
  return detail ? <RepresentativesSection record={detail.record} /> : null;
}

async function show() {
  const record = await getRepositories().cases.create({
    displayName: 'Amina Beispiel',
    pseudonymised: false,
    createdOn: '2026-11-01',
  });
  render(
    <Suspense fallback={null}>
      <LiveSection caseId={record.id} />
    </Suspense>,
  );
  await screen.findByRole('heading', { level: 2, name: 'Bevollmächtigte' });
  return record.id;
}

const stored = async (caseId: string) =>
  (await getRepositories().cases.get(caseId))?.profile.representatives;
/** Enters text by pasting: typing letter by letter is slow on a busy test machine. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** The stored record: every write changes its updatedAt (and queues it for sync). */
const storedRecord = (caseId: string) => getRepositories().cases.get(caseId);

describe('RepresentativesSection', () => {
  it('adds a representative, with inline messages for invalid input that write nothing', async () => {
    const user = userEvent.setup();
    const caseId = await show();
    expect(screen.getByText('Es ist keine bevollmächtigte Person eingetragen.')).toBeVisible();
    const before = await storedRecord(caseId);

    await user.click(screen.getByRole('button', { name: 'Bevollmächtigte Person hinzufügen' }));
    const form = screen.getByRole('form', { name: 'Bevollmächtigte Person hinzufügen' });
    expect(within(form).getByRole('heading', { level: 3 })).toHaveFocus();

    // Empty: each required field says what is missing; the focus goes to the first.
    await user.click(within(form).getByRole('button', { name: 'Speichern' }));
    const name = within(form).getByRole('textbox', { name: 'Name' });
    await waitFor(() => {
      expect(name).toHaveFocus();
    });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(
      expect.stringContaining('Bitte den Namen der bevollmächtigten Person angeben.'),
    );
    expect(
      within(form).getByText('Bitte angeben, wie die bevollmächtigte Person erreichbar ist.'),
    ).toBeVisible();
    expect(within(form).getByText('Bitte den Umfang der Vollmacht angeben.')).toBeVisible();

    // Too long a scope: its own message, still nothing stored.
    await fill(user, name, 'RAin Klein');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Rolle' }), 'lawyer');
    await fill(
      user,
      within(form).getByRole('textbox', { name: 'Kontakt' }),
      'Kanzlei Klein, 0231 123456',
    );
    const scope = within(form).getByRole('textbox', { name: 'Umfang der Vollmacht' });
    await user.click(scope);
    await user.paste('x'.repeat(501));
    await user.click(within(form).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => {
      expect(scope).toHaveFocus();
    });
    expect(scope).toHaveAccessibleDescription(
      expect.stringContaining('Der Umfang der Vollmacht darf höchstens 500 Zeichen lang sein.'),
    );
    expect(await stored(caseId)).toBeUndefined();
    expect(await storedRecord(caseId)).toEqual(before);

    await user.clear(scope);
    await fill(user, scope, 'Aufenthaltsverfahren einschließlich Akteneinsicht');
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Art des Nachweises' }),
      'court-appointment',
    );
    await fill(
      user,
      within(form).getByRole('textbox', { name: 'Ablageort des Nachweises (optional)' }),
      'Kopie in der Ausländerakte',
    );
    await user.click(within(form).getByRole('button', { name: 'Speichern' }));

    const card = await screen.findByRole('listitem', { name: 'RAin Klein' });
    expect(within(card).getByText('Rechtsanwältin/Rechtsanwalt')).toBeVisible();
    expect(within(card).getByText('Kanzlei Klein, 0231 123456')).toBeVisible();
    expect(
      within(card).getByText('Aufenthaltsverfahren einschließlich Akteneinsicht'),
    ).toBeVisible();
    expect(within(card).getByText(/^Gerichtliche Bestellung/)).toHaveTextContent(
      'Gerichtliche BestellungAblage: Kopie in der Ausländerakte',
    );
    expect(screen.getByRole('status')).toHaveTextContent('RAin Klein ist gespeichert.');
    expect(screen.getByRole('heading', { level: 2, name: 'Bevollmächtigte' })).toHaveFocus();
    expect(await stored(caseId)).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
        name: 'RAin Klein',
        role: 'lawyer',
        contact: 'Kanzlei Klein, 0231 123456',
        scope: 'Aufenthaltsverfahren einschließlich Akteneinsicht',
        proof: { kind: 'court-appointment', note: 'Kopie in der Ausländerakte' },
        addedOn: todayIso(),
      },
    ]);
    expect((await storedRecord(caseId))?.updatedAt).not.toBe(before?.updatedAt);
  }, 15_000); // many interactions; the 5 s default is tight when the machine is busy

  it('edits and, after confirmation, removes a representative', async () => {
    const user = userEvent.setup();
    const caseId = await show();
    await getRepositories().cases.updateProfile(caseId, {
      representatives: [
        {
          id: crypto.randomUUID(),
          name: 'Herr Sommer',
          role: 'volunteer',
          contact: 'sommer@example.org',
          scope: 'Begleitung zu Terminen',
          proof: { kind: 'written-power-of-attorney', dated: '2026-10-01' },
        },
      ],
    });
    const card = await screen.findByRole('listitem', { name: 'Herr Sommer' });
    expect(within(card).getByText('Schriftliche Vollmacht vom 01.10.2026')).toBeVisible();

    await user.click(within(card).getByRole('button', { name: 'Bearbeiten: Herr Sommer' }));
    const form = screen.getByRole('form', { name: 'Bevollmächtigte Person bearbeiten' });
    const contact = within(form).getByRole('textbox', { name: 'Kontakt' });
    expect(contact).toHaveValue('sommer@example.org');
    await user.clear(contact);
    await fill(user, contact, '0170 1234567');
    await user.click(within(form).getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('0170 1234567')).toBeVisible();
    expect((await stored(caseId))?.[0]).toMatchObject({
      name: 'Herr Sommer',
      contact: '0170 1234567',
      proof: { kind: 'written-power-of-attorney', dated: '2026-10-01' },
    });
    expect((await stored(caseId))?.[0]).not.toHaveProperty('addedOn');

    // Remove: asks first; cancelling returns the focus and keeps the entry.
    const remove = () => screen.getByRole('button', { name: 'Entfernen: Herr Sommer' });
    await user.click(remove());
    const question = screen.getByRole('group', {
      name: 'Herr Sommer als bevollmächtigte Person entfernen?',
    });
    expect(within(question).getByRole('heading')).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Abbrechen' }));
    expect(remove()).toHaveFocus();
    expect(await stored(caseId)).toHaveLength(1);

    await user.click(remove());
    await user.click(screen.getByRole('button', { name: 'Ja, entfernen' }));
    expect(
      await screen.findByText('Es ist keine bevollmächtigte Person eingetragen.'),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Herr Sommer ist entfernt.');
    expect(await stored(caseId)).toEqual([]);
  }, 15_000);
});
