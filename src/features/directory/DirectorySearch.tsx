import { useTranslation } from 'react-i18next';
import {
  SUPPORT_OFFER_KINDS,
  type SupportOffer,
  type SupportOfferKind,
} from '../../domain/directory';
import { languageName } from '../../ui/clientFormat';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

type Props = {
  offers: readonly SupportOffer[];
  query: string;
  onQuery: (value: string) => void;
  kind: SupportOfferKind | '';
  onKind: (value: SupportOfferKind | '') => void;
  spoken: string;
  onSpoken: (value: string) => void;
};

const isKind = (value: string): value is SupportOfferKind =>
  (SUPPORT_OFFER_KINDS as readonly string[]).includes(value);

/** Search by postcode or municipality and filters; results update while typing. */
export function DirectorySearch({ offers, query, onQuery, kind, onKind, spoken, onSpoken }: Props) {
  const { t, i18n } = useTranslation('directory');
  const flyer = useTranslation('flyer');
  const spokenLanguages = [...new Set(offers.flatMap((o) => o.languages))]
    .map((code) => ({ code, name: languageName(code, i18n.language) }))
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  return (
    <form
      role="search"
      className="stack form-narrow"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <TextField
        id="directory-query"
        label={t('search.query')}
        hint={t('search.hint')}
        value={query}
        autoComplete="off"
        maxLength={80}
        onChange={(e) => {
          onQuery(e.currentTarget.value);
        }}
      />
      <SelectField
        id="directory-kind"
        label={t('search.kind')}
        value={kind}
        onChange={(e) => {
          const value = e.currentTarget.value;
          onKind(isKind(value) ? value : '');
        }}
      >
        <option value="">{t('search.allKinds')}</option>
        {SUPPORT_OFFER_KINDS.map((k) => (
          <option key={k} value={k}>
            {flyer.t(`kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="directory-spoken"
        label={t('search.spoken')}
        value={spoken}
        onChange={(e) => {
          onSpoken(e.currentTarget.value);
        }}
      >
        <option value="">{t('search.allLanguages')}</option>
        {spokenLanguages.map((l) => (
          <option key={l.code} value={l.code}>
            {l.name}
          </option>
        ))}
      </SelectField>
    </form>
  );
}
