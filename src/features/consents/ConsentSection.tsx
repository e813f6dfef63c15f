import { useTranslation } from 'react-i18next';
import { consentStates, currentConsents } from '../../domain';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { todayIso } from '../../app/today';
import { useCaseConsents } from '../../storage/hooks/useConsents';
import { RecipientStates } from './RecipientStates';
import './consents.css';

/** On the case page: consent state per recipient, the documents on file, and new ones. */
export function ConsentSection({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('consents');
  const data = useCaseConsents(caseId);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
      new Date(`${iso.slice(0, 10)}T12:00:00`),
    );
  const current = new Set(data ? currentConsents(data.consents).map((c) => c.id) : []);
  return (
    <section className="stack" aria-labelledby="consents-title">
      <h2 id="consents-title" className="kern-heading-medium">
        {t('section.title')}
      </h2>
      {data === undefined ? (
        <p className="kern-body">{t('loading')}</p>
      ) : (
        <>
          <RecipientStates states={consentStates(data.consents, data.revocations, todayIso())} />
          {data.consents.length > 0 && (
            <ul className="session-list">
              {data.consents.map((c) => (
                <li key={c.id} className="case-card">
                  <AppLink href={routes.consent(c.id)}>
                    {t('section.document', {
                      kind: t(`kind.${c.kind}`),
                      version: c.version,
                      date: date(c.signedAt),
                    })}
                  </AppLink>
                  {!current.has(c.id) && <span className="badge">{t('section.superseded')}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="row">
        <AppLink href={routes.newConsent(caseId)} className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t('section.newConsent')}</span>
        </AppLink>
        <AppLink href={routes.newWaiver(caseId)} className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t('section.newWaiver')}</span>
        </AppLink>
      </div>
    </section>
  );
}
