import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCRIPT_TEMPLATES, templateForVersion } from '../../content';
import { scriptVersionOf } from '../../domain';
import { AppLink } from '../../app/AppLink';
import { navigate, routes } from '../../app/router';
import { todayIso } from '../../app/today';
import { useCounsellingDefaults } from '../../storage/hooks/useCounsellingDefaults';
import { useCaseDetail, useRecordActions } from '../../storage/hooks/useCases';
import { Alert } from '../../ui/Alert';
import { nationalityLabel } from '../../ui/nationalityLabel';
import { ConsentSection } from '../consents/ConsentSection';
import { ReferralSection } from '../referrals/ReferralSection';
import { RepresentativesSection } from './representatives/RepresentativesSection';
import { DepartureLetterLink } from '../letters/DepartureLetterLink';
import { CaseProfileEditor } from './CaseProfileEditor';
import { CaseClosingSection } from './CaseClosingSection';
import { AccessRequestSection } from '../privacy/AccessRequestSection';

/** Route `/faelle/:id`: the case with its conversations; starts a new conversation. */
export function CasePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation(['cases', 'script']);
  const detail = useCaseDetail(id);
  const { sessions } = useRecordActions();
  const { value: defaults } = useCounsellingDefaults();
  const [template, setTemplate] = useState(
    SCRIPT_TEMPLATES[0] ? scriptVersionOf(SCRIPT_TEMPLATES[0]) : '',
  );
  const [failed, setFailed] = useState(false);

  if (detail === undefined) return <p className="kern-body">{t('list.loading')}</p>;
  if (detail === null) {
    return (
      <div className="stack">
        <h1 className="kern-heading-large">{t('detail.notFound')}</h1>
        <AppLink href={routes.home}>{t('detail.back')}</AppLink>
      </div>
    );
  }
  const { record } = detail;
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
      new Date(`${iso}T12:00:00`),
    );
  const start = async () => {
    setFailed(false);
    const chosen = templateForVersion(template);
    if (!chosen) return;
    try {
      const session = await sessions.start({
        caseId: record.id,
        template: chosen,
        asOf: todayIso(),
        ...(defaults?.counsellorName ? { counsellorName: defaults.counsellorName } : {}),
        ...(defaults?.defaultPlace ? { place: defaults.defaultPlace } : {}),
      });
      navigate(routes.session(session.id));
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="stack">
      <AppLink href={routes.home} className="kern-link back-link">
        {t('detail.back')}
      </AppLink>
      <h1 className="kern-heading-large">
        {record.profile.displayName}
        {record.profile.pseudonymised && (
          <span className="badge">{t('list.badges.pseudonym')}</span>
        )}
      </h1>
      <dl className="definition-list">
        {record.profile.fileNumber && (
          <>
            <dt>{t('fields.fileNumber')}</dt>
            <dd>{record.profile.fileNumber}</dd>
          </>
        )}
        {record.facts.nationality && (
          <>
            <dt>{t('fields.nationality')}</dt>
            <dd>
              {nationalityLabel(record.facts.nationality, i18n.language, {
                stateless: t('nationality.stateless'),
                unknown: t('nationality.unknown'),
              })}
            </dd>
          </>
        )}
        {record.facts.birthDate && (
          <>
            <dt>{t('fields.birthDate')}</dt>
            <dd>{date(record.facts.birthDate)}</dd>
          </>
        )}
        <dt>{t('fields.createdOn')}</dt>
        <dd>{date(record.profile.createdOn)}</dd>
      </dl>
      <CaseProfileEditor key={record.id} record={record} />
      <RepresentativesSection record={record} />

      <section className="stack" aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="kern-heading-medium">
          {t('detail.sessions')}
        </h2>
        {detail.sessions.length === 0 ? (
          <p className="kern-body">{t('detail.noSessions')}</p>
        ) : (
          <ul className="session-list">
            {detail.sessions.map((s) => {
              const tpl = templateForVersion(s.scriptVersion);
              return (
                <li key={s.id} className="case-card">
                  <AppLink href={routes.session(s.id)}>
                    {t('detail.sessionLink', {
                      date: date(s.asOf),
                      title: tpl ? t(tpl.titleKey, { ns: 'script' }) : s.scriptVersion,
                    })}
                  </AppLink>
                  <span className={`badge ${s.status === 'draft' ? 'badge--info' : ''}`}>
                    {t(`detail.status.${s.status}`)}
                  </span>
                  {s.status === 'finalised' && (
                    <AppLink href={routes.fileNote(s.id)}>{t('detail.fileNote')}</AppLink>
                  )}
                  <AppLink href={routes.summary(s.id)}>{t('detail.summary')}</AppLink>
                  <DepartureLetterLink sessionId={s.id} />
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="stack" aria-labelledby="start-title">
        <h2 id="start-title" className="kern-heading-medium">
          {t('detail.start')}
        </h2>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('detail.template')}</legend>
          {SCRIPT_TEMPLATES.map((tpl) => {
            const version = scriptVersionOf(tpl);
            return (
              <div className="kern-form-check" key={version}>
                <input
                  id={`tpl-${tpl.id}`}
                  type="radio"
                  name="template"
                  className="kern-form-check__radio"
                  checked={template === version}
                  aria-describedby={`tpl-${tpl.id}-desc`}
                  onChange={() => {
                    setTemplate(version);
                  }}
                />
                <label className="kern-label" htmlFor={`tpl-${tpl.id}`}>
                  {t(tpl.titleKey, { ns: 'script' })}
                </label>
                <p className="kern-hint" id={`tpl-${tpl.id}-desc`}>
                  {t(tpl.descriptionKey, { ns: 'script' })}
                </p>
              </div>
            );
          })}
        </fieldset>
        <div className="row">
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => void start()}>
            <span className="kern-label">{t('detail.startButton')}</span>
          </button>
        </div>
        {failed && <Alert tone="danger" title={t('detail.startFailed')} live="alert" />}
      </section>

      <ConsentSection caseId={record.id} />
      <ReferralSection caseId={record.id} />
      <CaseClosingSection record={record} />
      <AccessRequestSection caseId={record.id} />
    </div>
  );
}
