import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { KREIS_UNNA_EXAMPLE } from '../../content/directory/kreisUnnaExample';
import fa from '../../../locales/fa/flyer.json';
import { Flyer } from './Flyer';

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadLanguages(['fa', 'de']);
  await i18next.loadNamespaces('flyer');
});
afterEach(cleanup);

const withFa = KREIS_UNNA_EXAMPLE.find((o) => o.descriptions.fa !== undefined);
const withoutFa = KREIS_UNNA_EXAMPLE.find((o) => o.descriptions.fa === undefined);

describe('flyer', () => {
  it('prints the client language, falls back to marked German text, and names example data', async () => {
    if (!withFa || !withoutFa) throw new Error('fixture');
    render(
      <Suspense fallback={null}>
        <Flyer offers={[withFa, withoutFa]} lang="fa" />
      </Suspense>,
    );
    const flyer = await screen.findByRole('article');
    expect(flyer).toHaveAttribute('dir', 'rtl');
    expect(flyer).toHaveAttribute('lang', 'fa');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(fa.title);
    expect(screen.getByText(fa.example)).toBeInTheDocument();
    // The offer with a Persian text shows it; the other shows German, marked and tagged.
    expect(screen.getByText(withFa.descriptions.fa ?? '')).toHaveAttribute('lang', 'fa');
    const german = screen.getByText(withoutFa.descriptions.de ?? '');
    expect(german).toHaveAttribute('lang', 'de');
    expect(german).toHaveAttribute('dir', 'ltr');
    expect(screen.getAllByText(fa.inGerman)).toHaveLength(1);
    // Names and phone numbers stay left-to-right runs inside the Persian text.
    const phone = screen.getByText(withFa.contact.phone ?? '');
    expect(phone.tagName).toBe('BDI');
    expect(phone).toHaveAttribute('dir', 'ltr');
  });

  it('has no example notice for real offers and no German subtitle in German', async () => {
    const real = { ...KREIS_UNNA_EXAMPLE[0]!, example: false };
    render(
      <Suspense fallback={null}>
        <Flyer offers={[real]} lang="de" />
      </Suspense>,
    );
    await screen.findByRole('article');
    expect(screen.queryByText(/^Beispieldaten/)).toBeNull();
    expect(screen.queryByText('Diesen Text gibt es nur auf Deutsch.')).toBeNull();
    expect(screen.getAllByText('Hilfe und Beratung in Ihrer Nähe')).toHaveLength(1);
  });
});
