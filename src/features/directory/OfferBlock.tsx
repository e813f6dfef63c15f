import { useTranslation } from 'react-i18next';
import { descriptionFor, type SupportOffer } from '../../domain/directory';
import { IsolatedValue } from '../../ui/IsolatedValue';
import { languageName } from '../../ui/clientFormat';

type Props = {
  offer: SupportOffer;
  /** The client's language (texts of the `flyer` namespace; German where a description is missing). */
  lang: string;
  level: 2 | 3 | 4;
};

/**
 * One offer as the client reads it, on the flyer and in the summary. Names, places,
 * addresses, phone numbers and web addresses are the administrator's German or Latin text:
 * each is its own left-to-right run (`<bdi dir="ltr">`), so they keep their order in
 * Arabic, Persian or Sorani text. A description missing in the client's language is printed
 * in German and says so.
 */
export function OfferBlock({ offer, lang, level }: Props) {
  const { t } = useTranslation('flyer', { lng: lang });
  const H = `h${String(level)}` as 'h2' | 'h3' | 'h4';
  const description = descriptionFor(offer, lang);
  const { address, contact, coverage } = offer;
  const latin = (value: string) => (
    <bdi dir="ltr" lang="de">
      {value}
    </bdi>
  );
  const fact = (label: string, value: React.ReactNode) => (
    <div className="offer-block__fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <div className="offer-block" data-offer-id={offer.id}>
      <p className="offer-block__kind">{t(`kind.${offer.kind}`)}</p>
      <H className="offer-block__name">{latin(offer.name)}</H>
      <p className="offer-block__coverage">
        {coverage.scope === 'local' ? (
          <IsolatedValue
            sentence={(places) => t('coverage.areas', { places })}
            value={coverage.areas.map((a) => a.municipality).join(', ')}
            lang="de"
          />
        ) : (
          t(`coverage.${coverage.scope}`)
        )}
      </p>
      {description.fallback && <p className="offer-block__hint">{t('inGerman')}</p>}
      <p
        className="offer-block__description"
        lang={description.lang}
        dir={description.fallback ? 'ltr' : undefined}
      >
        {description.text}
      </p>
      <dl className="offer-block__facts">
        {address &&
          fact(t('label.address'), latin(`${address.street}, ${address.postcode} ${address.city}`))}
        {offer.openingHours && fact(t('label.openingHours'), latin(offer.openingHours))}
        {offer.languages.length > 0 &&
          fact(
            t('label.languages'),
            offer.languages
              .map((code) => languageName(code, lang))
              .join(lang === 'ar' ? '، ' : ', '),
          )}
        {contact.phone && fact(t('label.phone'), latin(contact.phone))}
        {contact.email && fact(t('label.email'), latin(contact.email))}
        {contact.web && fact(t('label.web'), latin(contact.web))}
      </dl>
    </div>
  );
}
