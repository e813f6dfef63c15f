import { useTranslation } from 'react-i18next';
import { formatClientDate } from './clientFormat';

/**
 * A locale file's `_meta.status` as the client reads it. The file records it in English for
 * the people who translate and review ("machine-assisted draft (AI translation, 2026-11-21),
 * not yet reviewed …", "reviewed by …, 2027-01-10"); printed, it must be in the document's
 * language and in German, never in English.
 */
export type TranslationStatus = { reviewed: boolean; date: string | undefined };

export function translationStatus(meta: string | undefined): TranslationStatus | undefined {
  if (!meta || meta.trim() === 'source') return undefined;
  return {
    reviewed: /^reviewed\b/i.test(meta.trim()),
    date: /\b\d{4}-\d{2}-\d{2}\b/.exec(meta)?.[0],
  };
}

type Props = {
  /** The client namespace the document's texts come from (its `_meta.status` is read). */
  ns: 'consentText' | 'summary';
  /** Where its sentences are: `<prefix>.translationDraft`, `…Reviewed`, `…Date`. */
  prefix: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  className: string;
};

/**
 * The translation status of a client document in small print: in the document's language,
 * then in German. Nothing for German documents or files without a status.
 */
export function TranslationStatusLines({ ns, prefix, lang, dir, className }: Props) {
  const client = useTranslation(ns, { lng: lang });
  const german = useTranslation(ns, { lng: 'de' });
  const status = translationStatus(
    client.i18n.getResource(lang, ns, '_meta.status') as string | undefined,
  );
  if (lang === 'de' || !status) return null;
  const line = (t: typeof client.t, l: string) =>
    [
      t(`${prefix}.${status.reviewed ? 'translationReviewed' : 'translationDraft'}`),
      status.date ? t(`${prefix}.translationDate`, { date: formatClientDate(status.date, l) }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  return (
    <div className={className}>
      <p lang={lang} dir={dir}>
        {line(client.t, lang)}
      </p>
      <p lang="de" dir="ltr">
        {line(german.t, 'de')}
      </p>
    </div>
  );
}
