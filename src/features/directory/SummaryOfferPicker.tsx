import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchOffers, type SupportOffer } from '../../domain/directory';
import { useDirectory } from '../../storage/hooks/useDirectory';
import { TextField } from '../../ui/TextField';

type Props = {
  /** Ids of the offers chosen for the summary, in the order they were chosen. */
  selected: readonly string[];
  onChange: (ids: string[]) => void;
};

const SHOWN = 12;

/**
 * On the summary screen: search this device's directory (offline) and tick the offers to
 * print under "Where you can get help". Chosen offers stay listed (ticked) while searching.
 */
export function SummaryOfferPicker({ selected, onChange }: Props) {
  const { t } = useTranslation(['directory', 'flyer']);
  const directory = useDirectory();
  const [query, setQuery] = useState('');
  const offers = useMemo(() => directory?.offers ?? [], [directory]);
  const chosen = selected
    .map((id) => offers.find((o) => o.id === id))
    .filter((o): o is SupportOffer => o !== undefined);
  const others = useMemo(
    () =>
      searchOffers(offers, { query })
        .map((m) => m.offer)
        .filter((o) => !selected.includes(o.id))
        .slice(0, SHOWN),
    [offers, query, selected],
  );
  const option = (offer: SupportOffer, checked: boolean) => (
    <li key={offer.id} className="kern-form-check">
      <input
        id={`summary-offer-${offer.id}`}
        type="checkbox"
        className="kern-form-check__checkbox"
        checked={checked}
        onChange={(e) => {
          onChange(
            e.currentTarget.checked
              ? [...selected, offer.id]
              : selected.filter((id) => id !== offer.id),
          );
        }}
      />
      <label className="kern-label" htmlFor={`summary-offer-${offer.id}`}>
        {t('picker.option', { name: offer.name, kind: t(`kind.${offer.kind}`, { ns: 'flyer' }) })}
      </label>
    </li>
  );
  return (
    <section className="stack" aria-labelledby="summary-offers">
      <h2 className="kern-heading-small" id="summary-offers">
        {t('picker.title')}
      </h2>
      {offers.length === 0 ? (
        <p className="kern-body">{t('picker.empty')}</p>
      ) : (
        <>
          <TextField
            id="summary-offer-query"
            label={t('picker.query')}
            hint={t('search.hint')}
            value={query}
            autoComplete="off"
            maxLength={80}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
            }}
          />
          <p className="kern-body" role="status">
            {t('picker.selected', { count: chosen.length })}
          </p>
          <ul className="directory-picker">
            {chosen.map((o) => option(o, true))}
            {others.map((o) => option(o, false))}
          </ul>
        </>
      )}
    </section>
  );
}
