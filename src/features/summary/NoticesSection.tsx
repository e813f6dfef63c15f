import type { TFunction } from 'i18next';
import type { HandedNotice } from '../../domain';
import { formatClientDate, languageName } from '../../ui/clientFormat';
import { LegalText } from './LegalText';

type Props = {
  notices: readonly HandedNotice[];
  /** i18next's t fixed to one language and the `summary` namespace. */
  t: TFunction<'summary'>;
  lang: string;
  heading: 'h2' | 'h3';
};

/**
 * The written notices handed out in the conversation, in the reader's language: what each
 * is, the day it was handed out and the language of the copy, and the deadline or ban length
 * it states. Dates and numbers are isolated so they keep their order in right-to-left text.
 */
export function NoticesSection({ notices, t, lang, heading: H }: Props) {
  if (notices.length === 0) return null;
  return (
    <section className="summary__section summary__notices">
      <H>{t('doc.notices')}</H>
      <p>{t('doc.noticesIntro')}</p>
      <ul>
        {notices.map((n) => (
          <li key={n.kind} className="summary__notice">
            <strong>
              <LegalText text={t(`notice.${n.kind}`)} />
            </strong>
            <br />
            {t('doc.noticeHandedOut', {
              date: isolate(formatClientDate(n.handedOutOn, lang)),
              language: languageName(n.language, lang),
              interpolation: { escapeValue: false },
            })}
            {n.deadline !== undefined && (
              <>
                <br />
                <strong>
                  {t('doc.noticeDeadline', {
                    date: isolate(formatClientDate(n.deadline, lang)),
                    interpolation: { escapeValue: false },
                  })}
                </strong>
              </>
            )}
            {n.banMonths !== undefined && (
              <>
                <br />
                {t('doc.noticeBan', {
                  months: isolate(String(n.banMonths)),
                  count: n.banMonths,
                  interpolation: { escapeValue: false },
                })}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** First-strong isolate (FSI … PDI): the value keeps its own order inside any text. */
function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}
