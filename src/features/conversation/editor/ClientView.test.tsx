import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { InfoItem } from '../../../domain';
import { ClientLanguageProvider, useClientLanguage } from '../../../app/clientLanguage';
import { initI18n } from '../../../i18n/i18n';
import i18next from 'i18next';
import { isClientMode } from '../../../app/clientMode';
import { navigate } from '../../../app/router';
import { getVault } from '../../../storage/appStorage';
import { ClientView } from './ClientView';

const PASSPHRASE = 'Korrekt Pferd 7 Batterie';

const WELCOME: InfoItem = {
  kind: 'info',
  id: 'welcome',
  audience: 'client',
  textKey: 'client.pg.welcome',
};
const WITH_REF: InfoItem = { ...WELCOME, id: 'ref', legalRef: '§ 60a AufenthG' };
const arabicWelcome = 'مرحباً. تدور هذه المحادثة';

function Switch({ to }: { to: string }) {
  const { setLanguage } = useClientLanguage();
  return (
    <button
      type="button"
      onClick={() => {
        setLanguage(to);
      }}
    >
      {to}
    </button>
  );
}

function renderView(items: readonly InfoItem[], to: string) {
  const onClose = vi.fn();
  render(
    <ClientLanguageProvider>
      <Switch to={to} />
      <Suspense fallback={null}>
        <ClientView items={items} onClose={onClose} />
      </Suspense>
    </ClientLanguageProvider>,
  );
  act(() => {
    screen.getByText(to).click();
  });
  return { onClose };
}

beforeAll(async () => {
  await initI18n('de');
});
afterEach(() => {
  cleanup();
});

describe('client view', () => {
  it('shows the client text in the client language, left-to-right for English', async () => {
    renderView([WELCOME], 'en');
    expect(await screen.findByText(/^Hello\. This conversation is about/)).toBeInTheDocument();
    const region = screen.getByTestId('client-region');
    expect(region).toHaveAttribute('lang', 'en');
    expect(region).toHaveAttribute('dir', 'ltr');
  });

  it('turns right-to-left for Arabic, with the § reference isolated as German', async () => {
    renderView([WITH_REF], 'ar');
    expect(await screen.findByText('معلومات لك')).toBeInTheDocument();
    const region = screen.getByTestId('client-region');
    expect(region).toHaveAttribute('dir', 'rtl');
    expect(region).toHaveAttribute('lang', 'ar');
    expect(await screen.findByText(arabicWelcome, { exact: false })).toBeInTheDocument();
    expect(screen.getByText('§ 60a AufenthG')).toHaveAttribute('lang', 'de');
    expect(screen.queryByText(/لم تتم ترجمة هذا النص/)).not.toBeInTheDocument();
  });

  it('marks a text missing in the client language as German, with a notice', async () => {
    // Every shipped language is complete (clientLocales.test.ts); a text added to German
    // before its translation arrives must still never be shown as another language.
    i18next.addResource('de', 'clientScript', 'client.test.only-german', 'Nur auf Deutsch.');
    renderView([{ ...WELCOME, id: 'new', textKey: 'client.test.only-german' }], 'ar');
    const german = await screen.findByText('Nur auf Deutsch.');
    expect(german).toHaveAttribute('lang', 'de');
    expect(german).toHaveAttribute('dir', 'ltr');
    expect(screen.getByText(/لم تتم ترجمة هذا النص/)).toBeInTheDocument();
  });

  it('says so when a step has nothing for the client, and starts reading at the title', async () => {
    renderView([], 'de');
    expect(await screen.findByText(/keinen Text für Sie/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Information für Sie' })).toHaveFocus();
  });

  it('is a closed room: no navigation while open, the way back only with the passphrase', async () => {
    await getVault().setUp(PASSPHRASE);
    const { onClose } = renderView([WELCOME], 'de');
    await screen.findByText('Information für Sie');
    expect(isClientMode()).toBe(true);
    expect(navigate('/faelle/neu', { byUser: true })).toBe(false);
    expect(navigate('/faelle/neu')).toBe(false);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Zurück zur Beratungsansicht' }));
    const field = await screen.findByLabelText('Passphrase des Geräts');
    expect(field).toHaveFocus();
    await user.type(field, 'Falsche Passphrase 1');
    await user.click(screen.getByRole('button', { name: 'Zurück zur Beratung' }));
    expect(await screen.findByText('Die Passphrase ist falsch.')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    await user.type(field, PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Zurück zur Beratung' }));
    await waitFor(() => {
      expect(onClose).toHaveBeenCalledOnce();
    });
    cleanup();
    // Closed with the screen: navigation works again.
    expect(isClientMode()).toBe(false);
    expect(navigate('/faelle/neu')).toBe(true);
  });

  it('falls back to German for an unknown language code, never to an empty screen', async () => {
    renderView([WELCOME], 'xx');
    expect(await screen.findByText('Information für Sie')).toBeInTheDocument();
    expect(screen.getByTestId('client-region')).toHaveAttribute('lang', 'de');
  });
});
