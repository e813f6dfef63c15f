import { beforeAll, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { initI18n } from '../../i18n/i18n';
import { ClientLanguageProvider, useClientLanguage } from '../../app/clientLanguage';
import { ClientWelcome } from './ClientWelcome';

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

beforeAll(async () => {
  await initI18n('de');
});

describe('ClientWelcome', () => {
  it('shows the client text in the client language, right-to-left for Arabic', async () => {
    render(
      <ClientLanguageProvider>
        <Switch to="ar" />
        <Suspense fallback={null}>
          <ClientWelcome />
        </Suspense>
      </ClientLanguageProvider>,
    );
    const region = await screen.findByTestId('client-region');
    expect(await screen.findByText('Information für Sie')).toBeInTheDocument();
    expect(region).toHaveAttribute('dir', 'ltr');
    expect(region).toHaveAttribute('lang', 'de');

    act(() => {
      screen.getByText('ar').click();
    });
    expect(await screen.findByText('معلومات لك')).toBeInTheDocument();
    const rtl = screen.getByTestId('client-region');
    expect(rtl).toHaveAttribute('dir', 'rtl');
    expect(rtl).toHaveAttribute('lang', 'ar');
  });

  it('falls back to German for an unknown language code, never to an empty screen', async () => {
    render(
      <ClientLanguageProvider>
        <Switch to="xx" />
        <Suspense fallback={null}>
          <ClientWelcome />
        </Suspense>
      </ClientLanguageProvider>,
    );
    act(() => {
      screen.getByText('xx').click();
    });
    expect(await screen.findByText('Information für Sie')).toBeInTheDocument();
  });
});
