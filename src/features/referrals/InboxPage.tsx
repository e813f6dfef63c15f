import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import {
  dismissWithdrawnIncoming,
  useIncomingReferrals,
  useWithdrawnIncoming,
} from '../../storage/hooks/useReferrals';
import { Alert } from '../../ui/Alert';
import { formatDisplayDate } from '../conversation/assessments/format';
import { runtimeT } from '../../i18n/runtimeKeys';
import './referrals.css';

/**
 * Route `/weiterleitungen`: cases other organisations passed to this one. Each carries only
 * the data the person consented to; a withdrawn one disappears at the next sync.
 */
export function InboxPage() {
  const { t, i18n } = useTranslation(['referrals', 'consents']);
  const incoming = useIncomingReferrals();
  const withdrawn = useWithdrawnIncoming();
  const day = (iso: string) => formatDisplayDate(iso.slice(0, 10), i18n.language);
  return (
    <div className="stack">
      <h1 className="kern-heading-large">{t('inbox.title')}</h1>
      <p className="kern-body">{t('inbox.intro')}</p>
      {withdrawn?.map((w) => (
        <Alert key={w.id} tone="info" title={t('inbox.withdrawn.title')}>
          <p className="kern-body">
            {t('inbox.withdrawn.body', {
              from: w.fromOrgName,
              date: day(w.sentAt),
              purpose: runtimeT(t)(`catalog.purpose.${w.purpose}`, { ns: 'consents' }),
            })}
          </p>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => void dismissWithdrawnIncoming(w.id)}
          >
            <span className="kern-label">{t('inbox.withdrawn.read')}</span>
          </button>
        </Alert>
      ))}
      {incoming === undefined ? (
        <p className="kern-body">{t('loading')}</p>
      ) : incoming.length === 0 ? (
        <p className="kern-body">{t('inbox.empty')}</p>
      ) : (
        <ul className="session-list">
          {incoming.map((r) => (
            <li key={r.id} className="case-card referral-item">
              <AppLink href={routes.incomingReferral(r.id)}>
                {t('inbox.item', {
                  name: r.package.person?.displayName ?? t('inbox.noName'),
                  from: r.fromOrgName,
                })}
              </AppLink>
              <p className="kern-body">
                {t('inbox.meta', {
                  purpose: t(`catalog.purpose.${r.purpose}`, { ns: 'consents' }),
                  date: formatDisplayDate(r.sentAt.slice(0, 10), i18n.language),
                })}{' '}
                <span className={`badge ${r.status === 'open' ? 'badge--info' : ''}`}>
                  {t(`inbox.status.${r.status}`)}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
