import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchOffers, type SupportOffer, type SupportOfferKind } from '../../domain/directory';
import { useClientLanguage } from '../../app/clientLanguage';
import { isShippedClientLanguage, shippedClientLanguages } from '../../i18n/localeFiles';
import { useDirectory } from '../../storage/hooks/useDirectory';
import { Alert } from '../../ui/Alert';
import { LanguageOptions, SelectField } from '../../ui/SelectField';
import { printWhenFontsReady } from '../../ui/printFonts';
import { formatClientDate } from '../../ui/clientFormat';
import { Flyer, FLYER_MAX_OFFERS } from './Flyer';
import { DirectorySearch } from './DirectorySearch';
import { DirectoryStatus } from './DirectoryStatus';
import { OfferBlock } from './OfferBlock';
import './flyer.css';

/**
 * Route `/hilfsangebote`: the organisation's support directory from this device's copy —
 * searchable offline by postcode or municipality, filterable by kind and spoken language —
 * and the one-page flyer of the chosen offers in the client's language.
 */
export function DirectoryPage() {
  const { t, i18n } = useTranslation('directory');
  const directory = useDirectory();
  const { language } = useClientLanguage();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<SupportOfferKind | ''>('');
  const [spoken, setSpoken] = useState('');
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [lang, setLang] = useState(isShippedClientLanguage(language.code) ? language.code : 'de');
  const offers = useMemo(() => directory?.offers ?? [], [directory]);
  const matches = useMemo(
    () =>
      searchOffers(offers, {
        query,
        ...(kind ? { kinds: [kind] } : {}),
        ...(spoken ? { language: spoken } : {}),
      }),
    [offers, query, kind, spoken],
  );
  const chosen = selected
    .map((id) => offers.find((o) => o.id === id))
    .filter((o): o is SupportOffer => o !== undefined);

  if (!directory) return <p className="kern-body">{t('loading')}</p>;
  const toggle = (id: string, on: boolean) => {
    setSelected((current) => (on ? [...current, id] : current.filter((x) => x !== id)));
  };

  return (
    <div className="stack">
      <div className="no-print stack">
        <h1 className="kern-heading-large">{t('title')}</h1>
        <p className="kern-body">{t('intro')}</p>
        <DirectoryStatus directory={directory} />
        {offers.length > 0 && (
          <>
            <DirectorySearch
              offers={offers}
              query={query}
              onQuery={setQuery}
              kind={kind}
              onKind={setKind}
              spoken={spoken}
              onSpoken={setSpoken}
            />
            <h2 className="kern-heading-medium" id="directory-results">
              {t('results.title')}
            </h2>
            <p className="kern-body" role="status">
              {t('results.count', { count: matches.length })}
            </p>
            <ul className="directory-results" aria-labelledby="directory-results">
              {matches.map(({ offer, reason }) => (
                <li key={offer.id} className="directory-result">
                  {offer.example && <p className="directory-example">{t('example.badge')}</p>}
                  <OfferBlock offer={offer} lang={i18n.language === 'en' ? 'en' : 'de'} level={3} />
                  <p className="kern-body">
                    {t(`results.reason.${reason}`)}{' '}
                    {t('results.reviewed', {
                      date: formatClientDate(offer.reviewedOn, i18n.language),
                    })}
                  </p>
                  <div className="kern-form-check">
                    <input
                      id={`directory-select-${offer.id}`}
                      type="checkbox"
                      className="kern-form-check__checkbox"
                      checked={selected.includes(offer.id)}
                      onChange={(e) => {
                        toggle(offer.id, e.currentTarget.checked);
                      }}
                    />
                    <label className="kern-label" htmlFor={`directory-select-${offer.id}`}>
                      {t('results.select', { name: offer.name })}
                    </label>
                  </div>
                </li>
              ))}
            </ul>
            <section className="stack" aria-labelledby="directory-flyer">
              <h2 className="kern-heading-medium" id="directory-flyer">
                {t('flyer.title')}
              </h2>
              <p className="kern-body" role="status">
                {chosen.length === 0
                  ? t('flyer.none')
                  : t('flyer.selected', { count: chosen.length })}
              </p>
              {chosen.length > FLYER_MAX_OFFERS && (
                <Alert tone="warning" title={t('flyer.tooMany', { max: FLYER_MAX_OFFERS })} />
              )}
              <SelectField
                id="directory-flyer-language"
                label={t('flyer.language')}
                value={lang}
                onChange={(e) => {
                  setLang(e.currentTarget.value);
                }}
              >
                <LanguageOptions languages={shippedClientLanguages} />
              </SelectField>
              <div className="row">
                <button
                  type="button"
                  className="kern-btn kern-btn--primary"
                  disabled={chosen.length === 0}
                  onClick={() => void printWhenFontsReady()}
                >
                  <span className="kern-label">{t('flyer.print')}</span>
                </button>
              </div>
            </section>
          </>
        )}
      </div>
      {chosen.length > 0 && <Flyer offers={chosen.slice(0, FLYER_MAX_OFFERS)} lang={lang} />}
    </div>
  );
}
