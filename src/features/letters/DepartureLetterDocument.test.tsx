import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { departureLetterSchema, LETTER_BLANK } from '../../domain/letters';
import { TEST_LETTER } from '../../domain/letters/letters.fixtures';
import ar from '../../../locales/ar/letter.json';
import de from '../../../locales/de/letter.json';
import { DepartureLetterDocument } from './DepartureLetterDocument';

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadLanguages(['ar', 'de']);
  await i18next.loadNamespaces('letter');
});
afterEach(cleanup);

const letter = departureLetterSchema.parse(TEST_LETTER);
const data = {
  name: 'Amal Beispiel',
  birthDate: '1990-04-01',
  nationality: 'stateless',
  fileNumber: 'AZ-77',
  handedOutOn: '2026-12-04',
  organisation: 'Test-ABH',
};

function show(lang: string) {
  render(
    <Suspense fallback={null}>
      <DepartureLetterDocument letter={letter} data={data} lang={lang} organisation="Test-ABH" />
    </Suspense>,
  );
  return screen.findByRole('article');
}

describe('departure letter document', () => {
  it('prints Arabic first, then the authoritative German, saying so in both languages', async () => {
    const article = await show('ar');
    const [arabic, german] = article.querySelectorAll<HTMLElement>('.letter__part');
    expect(arabic).toHaveAttribute('dir', 'rtl');
    expect(arabic).toHaveAttribute('lang', 'ar');
    expect(german).toHaveAttribute('lang', 'de');
    expect(within(arabic!).getByText(ar.translationNote)).toBeInTheDocument();
    expect(within(german!).getByRole('heading', { level: 2 })).toHaveTextContent(de.germanVersion);
    expect(within(german!).getByText(ar.authoritative)).toHaveAttribute('lang', 'ar');
    expect(within(german!).getByText(de.authoritative)).toBeInTheDocument();

    // Values are isolated left-to-right runs; numeric dates read alike in both parts.
    const names = within(arabic!).getAllByText('Amal Beispiel');
    expect(names[0]?.tagName).toBe('BDI');
    expect(names[0]).toHaveAttribute('dir', 'ltr');
    expect(within(arabic!).getAllByText('01.04.1990')).toHaveLength(1);
    expect(within(german!).getAllByText('01.04.1990')).toHaveLength(1);
    expect(within(arabic!).getByText(ar.stateless).tagName).toBe('BDI');
    expect(within(german!).getByText(de.stateless)).toBeInTheDocument();

    // Block 2 has no Arabic text: German, marked in Arabic, with a line for the missing deadline.
    const fallback = within(arabic!).getByText(ar.inGerman);
    const block = fallback.closest('section');
    expect(block).toHaveAttribute('lang', 'de');
    expect(block).toHaveTextContent(`Testfrist: ${LETTER_BLANK}. Ausgehändigt am 04.12.2026.`);
    expect(within(german!).queryByText(de.inGerman)).toBeNull();

    // The page boxes (header, page numbers) get their words in Arabic.
    const root = document.documentElement.style;
    expect(root.getPropertyValue('--letter-page')).toBe(JSON.stringify(ar.page));
    expect(root.getPropertyValue('--letter-title')).toBe(JSON.stringify('Test-ABH'));
    cleanup();
    expect(root.getPropertyValue('--letter-page')).toBe('');
  });

  it('prints German alone when the person reads German', async () => {
    const article = await show('de');
    expect(article.querySelectorAll('.letter__part')).toHaveLength(1);
    expect(screen.queryByText(de.translationNote)).toBeNull();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Testschreiben für Amal Beispiel' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Stand: 01.12.2026')).toBeInTheDocument();
  });
});
