import type { TFunction } from 'i18next';
import type { ClientSummary } from '../../domain';
import { findClientLanguage } from '../../i18n/languages';
import { formatClientDate, languageName } from '../../ui/clientFormat';
import { isolateAll, IsolatedRuns } from '../../ui/IsolatedRuns';
import { LegalText } from './LegalText';
import { OfferBlock } from '../directory/OfferBlock';
import { NoticesSection } from './NoticesSection';
import { runtimeT } from '../../i18n/runtimeKeys';

type Props = {
  summary: ClientSummary;
  /** i18next's t fixed to one language and the `summary` namespace. */
  t: TFunction<'summary'>;
  lang: string;
  organisation: string;
  /** The German part of a bilingual document uses h2 where the client part uses h1. */
  level: 1 | 2;
};

/**
 * The summary in one language. Names, places, dates, times, the organisation and § references
 * are isolated (`<bdi>`), so they keep their order inside right-to-left text. Free-text
 * actions are the counsellor's German words: shown as written, marked German.
 */
export function SummaryBody({ summary, t, lang, organisation, level }: Props) {
  /** A sentence whose values are their own direction runs. */
  const say = (key: string, values: Record<string, string>) => (
    <IsolatedRuns text={runtimeT(t)(key, isolateAll(values))} />
  );
  const H = level === 1 ? 'h1' : 'h2';
  const H2 = level === 1 ? 'h2' : 'h3';
  const H3 = level === 1 ? 'h3' : 'h4';
  const interpreter = summary.participants.find((p) => p.role === 'interpreter');
  return (
    <>
      <H className="summary__title">{t('doc.title')}</H>
      {summary.draft && <p className="summary__draft">{t('doc.draft')}</p>}
      <p>{t('doc.intro')}</p>
      <ul className="summary__meta">
        <li>{say('doc.date', { date: formatClientDate(summary.date, lang) })}</li>
        {summary.place && <li>{say('doc.place', { place: summary.place })}</li>}
        {organisation && <li>{say('doc.organisation', { organisation })}</li>}
      </ul>

      <section className="summary__section summary__actions">
        <H2>{t('doc.actions')}</H2>
        {summary.actions.length === 0 ? (
          <p>{t('doc.noActions')}</p>
        ) : (
          <>
            <p>{t('doc.actionsIntro')}</p>
            <ol className="summary__action-list">
              {summary.actions.map((action) => (
                <li key={action.id} className="summary__action">
                  <strong className="summary__due">
                    {action.dueDate
                      ? say('doc.dueBy', { date: formatClientDate(action.dueDate, lang) })
                      : t('doc.noDueDate')}
                  </strong>
                  {action.textKey ? (
                    <p>
                      <LegalText text={t(action.textKey)} />
                    </p>
                  ) : (
                    <>
                      {lang !== 'de' && <p className="summary__hint">{t('doc.writtenInGerman')}</p>}
                      <p lang="de" dir="ltr">
                        {action.text}
                      </p>
                    </>
                  )}
                  <p className="summary__hint">{t(`doc.responsible.${action.responsible}`)}</p>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section className="summary__section">
        <H2>{t('doc.appointment')}</H2>
        {summary.appointment ? (
          <>
            <p className="summary__appointment">
              {summary.appointment.time
                ? say('doc.appointmentAt', {
                    date: formatClientDate(summary.appointment.date, lang),
                    time: summary.appointment.time,
                  })
                : formatClientDate(summary.appointment.date, lang)}
            </p>
            {summary.appointment.place && (
              <p>{say('doc.appointmentPlace', { place: summary.appointment.place })}</p>
            )}
          </>
        ) : (
          <p>{t('doc.noAppointment')}</p>
        )}
      </section>

      <NoticesSection notices={summary.notices} t={t} lang={lang} heading={H2} />

      <section className="summary__section">
        <H2>{t('doc.participants')}</H2>
        <ul>
          {/* The interpreter has a line of their own below (with the language): once only. */}
          {summary.participants
            .filter((p) => !(interpreter?.language && p === interpreter))
            .map((p, index) => (
              <li key={`${p.role}-${String(index)}`}>
                {t(`doc.role.${p.role}`)}
                {p.name && (
                  <>
                    {': '}
                    <bdi>{p.name}</bdi>
                  </>
                )}
              </li>
            ))}
        </ul>
        {interpreter?.language && (
          <p>
            {say('doc.interpreter', {
              name: interpreter.name ?? '',
              language: languageName(interpreter.language, lang),
            })}
          </p>
        )}
      </section>

      {summary.pathways.length > 0 && (
        <section className="summary__section">
          <H2>{t('doc.pathways')}</H2>
          <p>{t('doc.pathwaysIntro')}</p>
          {summary.pathways.map((p) => (
            <div key={p.id} className="summary__item">
              <H3>
                <LegalText text={t(`pathway.${p.id}.title`)} />
              </H3>
              <p>
                <LegalText text={t(`pathway.${p.id}.what`)} />
              </p>
              <p className="summary__status">{t(`status.${p.status}`)}</p>
            </div>
          ))}
        </section>
      )}

      {summary.consequences.length > 0 && (
        <section className="summary__section">
          <H2>{t('doc.consequences')}</H2>
          {summary.consequences.map((id) => (
            <div key={id} className="summary__item">
              <H3>
                <LegalText text={t(`consequence.${id}.title`)} />
              </H3>
              <p>
                <LegalText text={t(`consequence.${id}.what`)} />
              </p>
            </div>
          ))}
        </section>
      )}

      {summary.returnOptions.length > 0 && (
        <section className="summary__section">
          <H2>{t('doc.returnOptions')}</H2>
          {summary.returnOptions.map((id) => (
            <div key={id} className="summary__item">
              <H3>
                <LegalText text={t(`returnOption.${id}.title`)} />
              </H3>
              <p>
                <LegalText text={t(`returnOption.${id}.what`)} />
              </p>
              <p className="summary__hint">
                <LegalText text={t(`returnOption.${id}.contact`)} />
              </p>
            </div>
          ))}
        </section>
      )}

      {summary.offers && summary.offers.length > 0 && (
        <section className="summary__section">
          <H2>{t('doc.help')}</H2>
          {summary.offers.map((offer) => (
            <div key={offer.id} className="summary__item">
              <OfferBlock offer={offer} lang={lang} level={level === 1 ? 3 : 4} />
            </div>
          ))}
        </section>
      )}

      {summary.consents.length > 0 && (
        <section className="summary__section">
          <H2>{t('doc.consents')}</H2>
          <ul>
            {summary.consents.map((c, index) => (
              <li key={`${c.kind}-${String(index)}`}>
                {say('doc.consentLine', {
                  kind: t(`doc.consentKind.${c.kind}`),
                  date: formatClientDate(c.signedOn, lang),
                  recipients: c.recipients.join(', '),
                })}
              </li>
            ))}
          </ul>
          <p>{t('doc.consentRevocable')}</p>
        </section>
      )}
    </>
  );
}

/** Text direction of a client language (German and unknown codes: left to right). */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return findClientLanguage(lang)?.dir ?? 'ltr';
}
