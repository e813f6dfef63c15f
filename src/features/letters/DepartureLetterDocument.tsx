import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  renderLetter,
  type DepartureLetter,
  type LetterData,
  type LetterFormatters,
  type RenderedLetter,
} from '../../domain/letters';
import { findClientLanguage } from '../../i18n/languages';
import { formatNumericDate } from '../../ui/clientFormat';
import { nationalityLabel } from '../../ui/nationalityLabel';
import { usePageBoxWords, usePrintFonts } from '../../ui/printFonts';
import { LetterSegments } from './LetterSegments';

type Props = {
  letter: DepartureLetter;
  data: LetterData;
  /** The client's language (a shipped client language); 'de' prints the German text only. */
  lang: string;
  organisation: string;
};

type PartProps = {
  rendered: RenderedLetter;
  /** Texts of the `letter` namespace in the part's language. */
  t: TFunction<'letter'>;
  level: 2 | 3;
  reviewedOn: string;
  /** Direction of the part's language (for the note on a block printed in German). */
  dir: 'ltr' | 'rtl';
};

/** The blocks of one language; a block missing in it is printed in German and says so. */
function LetterPart({ rendered, t, level, reviewedOn, dir }: PartProps) {
  const H = `h${String(level)}` as 'h2' | 'h3';
  return (
    <>
      {rendered.blocks.map((block) => (
        <section
          key={block.id}
          className="letter__block"
          lang={block.fallback ? 'de' : undefined}
          dir={block.fallback ? 'ltr' : undefined}
        >
          {block.fallback && (
            <p className="letter__fallback" lang={rendered.lang} dir={dir}>
              {t('inGerman')}
            </p>
          )}
          {block.heading && (
            <H className="letter__heading">
              <LetterSegments segments={block.heading} />
            </H>
          )}
          {block.paragraphs.map((paragraph, index) => (
            <p key={String(index)} className="letter__paragraph">
              <LetterSegments segments={paragraph} />
            </p>
          ))}
        </section>
      ))}
      <p className="letter__as-of">{t('asOf', { date: formatNumericDate(reviewedOn) })}</p>
    </>
  );
}

/**
 * The organisation's letter as handed out: the client's language first, then the German
 * text, which is authoritative (said in both languages; a page break between the parts).
 * Dates are printed as digits (04.12.2026), so both parts show them alike. The page header
 * (organisation) and page numbers come from the named @page's margin boxes (letter.css),
 * whose words are set here in the client's language. Fonts for the text are loaded before
 * `data-fonts-ready` turns true (printWhenFontsReady waits for them).
 */
export function DepartureLetterDocument({ letter, data, lang, organisation }: Props) {
  const client = useTranslation('letter', { lng: lang });
  const german = useTranslation('letter', { lng: 'de' });
  const dir = findClientLanguage(lang)?.dir ?? 'ltr';
  const bilingual = lang !== 'de';
  const ref = useRef<HTMLElement>(null);
  const fontsReady = usePrintFonts(
    ref,
    `${lang}|${JSON.stringify(letter)}|${JSON.stringify(data)}`,
  );

  const [translated, authoritative] = useMemo(() => {
    const format: LetterFormatters = {
      date: formatNumericDate,
      nationality: (code, l) =>
        nationalityLabel(code, l, {
          stateless: (l === 'de' ? german.t : client.t)('stateless'),
          unknown: '',
        }) || undefined,
    };
    return [renderLetter(letter, data, lang, format), renderLetter(letter, data, 'de', format)];
  }, [letter, data, lang, client.t, german.t]);

  usePageBoxWords({
    'letter-page': client.t('page'),
    'letter-of': client.t('of'),
    'letter-title': organisation,
  });

  return (
    <article className="letter" ref={ref} data-fonts-ready={fontsReady}>
      {bilingual && (
        <section className="letter__part" lang={lang} dir={dir}>
          <p className="letter__authoritative">{client.t('translationNote')}</p>
          <LetterPart
            rendered={translated}
            t={client.t}
            level={2}
            reviewedOn={letter.reviewedOn}
            dir={dir}
          />
        </section>
      )}
      <section
        className={bilingual ? 'letter__part letter__part--german' : 'letter__part'}
        lang="de"
        dir="ltr"
        aria-labelledby={bilingual ? 'letter-german' : undefined}
      >
        {bilingual && (
          <>
            <h2 className="letter__part-title" id="letter-german">
              {german.t('germanVersion')}
            </h2>
            <p className="letter__authoritative" lang={lang} dir={dir}>
              {client.t('authoritative')}
            </p>
            <p className="letter__authoritative">{german.t('authoritative')}</p>
          </>
        )}
        <LetterPart
          rendered={authoritative}
          t={german.t}
          level={bilingual ? 3 : 2}
          reviewedOn={letter.reviewedOn}
          dir="ltr"
        />
      </section>
    </article>
  );
}
