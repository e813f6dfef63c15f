import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import type { InboxStatus } from '../../domain';
import { useCounsellingDefaults } from '../../storage/hooks/useCounsellingDefaults';
import { useIncomingReferral, useReferralActions } from '../../storage/hooks/useReferrals';
import { Alert } from '../../ui/Alert';
import { formatDisplayDate } from '../conversation/assessments/format';
import { PackageView } from './PackageView';
import { ReportForm } from './ReportForm';
import './referrals.css';

/** Route `/weiterleitungen/eingang/:id`: one received referral, answered here. */
export function IncomingReferralPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation(['referrals', 'consents']);
  const referral = useIncomingReferral(id);
  const { value: defaults } = useCounsellingDefaults();
  const actions = useReferralActions();
  const [failed, setFailed] = useState(false);
  if (referral === undefined) return <p className="kern-body">{t('loading')}</p>;
  if (referral === null) {
    return (
      <div className="stack">
        <h1 className="kern-heading-large">{t('incoming.gone')}</h1>
        <p className="kern-body">{t('incoming.goneExplained')}</p>
        <AppLink href={routes.referralInbox}>{t('incoming.back')}</AppLink>
      </div>
    );
  }
  const date = (iso: string) => formatDisplayDate(iso.slice(0, 10), i18n.language);
  const answer = async (status: InboxStatus) => {
    setFailed(false);
    try {
      await actions.answer(id, status);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="stack">
      <AppLink href={routes.referralInbox} className="kern-link back-link">
        {t('incoming.back')}
      </AppLink>
      <h1 className="kern-heading-large">
        {t('incoming.title', { name: referral.package.person?.displayName ?? t('inbox.noName') })}
      </h1>
      <dl className="definition-list">
        <dt>{t('incoming.from')}</dt>
        <dd>
          {t('incoming.fromValue', {
            org: referral.fromOrgName,
            by: referral.sentBy,
            date: date(referral.sentAt),
          })}
        </dd>
        <dt>{t('incoming.purpose')}</dt>
        <dd>{t(`catalog.purpose.${referral.purpose}`, { ns: 'consents' })}</dd>
        <dt>{t('incoming.categories')}</dt>
        <dd>
          {referral.categories
            .map((c) => t(`catalog.category.${c}`, { ns: 'consents' }))
            .join(', ')}
        </dd>
        <dt>{t('incoming.consentUntil')}</dt>
        <dd>{date(referral.consentValidUntil)}</dd>
        <dt>{t('incoming.status')}</dt>
        <dd>{t(`inbox.status.${referral.status}`)}</dd>
      </dl>
      {referral.message && (
        <section className="stack" aria-labelledby="incoming-message">
          <h2 id="incoming-message" className="kern-heading-medium">
            {t('incoming.message')}
          </h2>
          <p className="kern-body preserve-lines">{referral.message}</p>
        </section>
      )}
      <section className="stack" aria-labelledby="incoming-data">
        <h2 id="incoming-data" className="kern-heading-medium">
          {t('incoming.data')}
        </h2>
        <p className="kern-body">{t('incoming.dataNote')}</p>
        <PackageView pkg={referral.package} />
      </section>
      <section className="stack" aria-labelledby="incoming-answer">
        <h2 id="incoming-answer" className="kern-heading-medium">
          {t('incoming.answer')}
        </h2>
        <div className="row">
          {referral.status !== 'accepted' && (
            <button
              type="button"
              className="kern-btn kern-btn--primary"
              onClick={() => void answer('accepted')}
            >
              <span className="kern-label">{t('incoming.accept')}</span>
            </button>
          )}
          {referral.status !== 'declined' && (
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => void answer('declined')}
            >
              <span className="kern-label">{t('incoming.decline')}</span>
            </button>
          )}
        </div>
        {failed && <Alert tone="danger" title={t('incoming.failed')} live="alert" />}
        {referral.reports.length > 0 && (
          <ul className="kern-list">
            {referral.reports.map((r, i) => (
              <li key={i}>{t('incoming.report', { date: date(r.at), by: r.by, text: r.text })}</li>
            ))}
          </ul>
        )}
        <ReportForm id={id} defaultBy={defaults?.counsellorName ?? ''} />
      </section>
    </div>
  );
}
