import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../domain';
import { usePageBoxWords, usePrintFonts } from '../../ui/printFonts';
import { TranslationStatusLines } from '../../ui/TranslationStatusLines';
import { directionOf, SummaryBody } from './SummaryBody';

type Props = { summary: ClientSummary; lang: string; organisation: string };

/**
 * The printable summary: the client's language first, then the German text, which is
 * authoritative (a page break between them). The translation status of the client's language
 * is printed in small type. The page header (title, organisation) and page numbers come from the @page
 * margin boxes (summary.css); their words are set here in the client's language.
 */
export function SummaryDocument({ summary, lang, organisation }: Props) {
  const client = useTranslation('summary', { lng: lang });
  const german = useTranslation('summary', { lng: 'de' });
  const dir = directionOf(lang);
  const ref = useRef<HTMLElement>(null);
  const fontsReady = usePrintFonts(ref, `${lang}|${JSON.stringify(summary)}`);
  const title = organisation ? `${client.t('doc.title')} · ${organisation}` : client.t('doc.title');
  const germanTitle = organisation
    ? `${german.t('doc.title')} · ${organisation}`
    : german.t('doc.title');
  // The German part prints on its own named page with German header and footer words.
  usePageBoxWords({
    'print-page': client.t('doc.page'),
    'print-of': client.t('doc.of'),
    'print-title': title,
    'print-page-de': german.t('doc.page'),
    'print-of-de': german.t('doc.of'),
    'print-title-de': germanTitle,
  });

  return (
    <article className="summary" ref={ref} data-fonts-ready={fontsReady}>
      <section className="summary__part" lang={lang} dir={dir}>
        <SummaryBody
          summary={summary}
          t={client.t}
          lang={lang}
          organisation={organisation}
          level={1}
        />
        <TranslationStatusLines
          ns="summary"
          prefix="doc"
          lang={lang}
          dir={dir}
          className="summary__status-line"
        />
      </section>
      {lang !== 'de' && (
        <section className="summary__part summary__part--german" lang="de" dir="ltr">
          <p className="summary__authoritative" lang={lang} dir={dir}>
            {client.t('doc.authoritative')}
          </p>
          <p className="summary__authoritative">
            {german.t('doc.german')} – {german.t('doc.authoritative')}
          </p>
          <SummaryBody
            summary={summary}
            t={german.t}
            lang="de"
            organisation={organisation}
            level={2}
          />
        </section>
      )}
    </article>
  );
}
