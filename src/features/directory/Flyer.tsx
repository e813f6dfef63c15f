import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportOffer } from '../../domain/directory';
import { findClientLanguage } from '../../i18n/languages';
import { formatClientDate } from '../../ui/clientFormat';
import { isolateAll, IsolatedRuns } from '../../ui/IsolatedRuns';
import { usePrintFonts } from '../../ui/printFonts';
import { OfferBlock } from './OfferBlock';

type Props = { offers: readonly SupportOffer[]; lang: string };

/** At most this many offers go on one A4 page (the screen says so when more are chosen). */
export const FLYER_MAX_OFFERS = 6;

/**
 * The one-page A4 flyer in the client's language, with the title also in German for the
 * counsellor. "Stand" is the latest date on which one of the offers was checked. Example
 * data is announced at the top, in the client's language. Fonts for the language are
 * loaded before `data-fonts-ready` turns true (printWhenFontsReady waits for them).
 */
export function Flyer({ offers, lang }: Props) {
  const { t } = useTranslation('flyer', { lng: lang });
  const german = useTranslation('flyer', { lng: 'de' });
  const ref = useRef<HTMLElement>(null);
  const key = `${lang}|${offers.map((o) => o.id).join(',')}`;
  const fontsReady = usePrintFonts(ref, key);
  const dir = findClientLanguage(lang)?.dir ?? 'ltr';
  const reviewed = offers.map((o) => o.reviewedOn).sort();
  const asOf = reviewed[reviewed.length - 1];
  return (
    <article
      className="flyer"
      ref={ref}
      lang={lang}
      dir={dir}
      data-fonts-ready={fontsReady}
      aria-labelledby="flyer-title"
    >
      {offers.some((o) => o.example) && (
        <div className="flyer__example">
          <p>{t('example')}</p>
          {lang !== 'de' && (
            <p lang="de" dir="ltr">
              {german.t('example')}
            </p>
          )}
        </div>
      )}
      <h2 className="flyer__title" id="flyer-title">
        {t('title')}
      </h2>
      {lang !== 'de' && (
        <p className="flyer__subtitle" lang="de" dir="ltr">
          {german.t('title')}
        </p>
      )}
      <p className="flyer__intro">{t('intro')}</p>
      <div className="flyer__offers">
        {offers.map((offer) => (
          <OfferBlock key={offer.id} offer={offer} lang={lang} level={3} />
        ))}
      </div>
      <footer className="flyer__footer">
        {asOf && (
          <p>
            <IsolatedRuns text={t('asOf', isolateAll({ date: formatClientDate(asOf, lang) }))} />
          </p>
        )}
        {lang !== 'de' && <p>{t('authoritative')}</p>}
      </footer>
    </article>
  );
}
