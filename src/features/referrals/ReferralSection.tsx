import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { useCaseReferrals, useReferralActions } from '../../storage/hooks/useReferrals';
import type { StoredReferral } from '../../storage/referrals/referralRepository';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { formatDisplayDate } from '../conversation/assessments/format';
import { ReferralStateBadge } from './ReferralStateBadge';
import './referrals.css';

/** On the case page: referrals sent for this case, their answers, and a new referral. */
export function ReferralSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('referrals');
  const referrals = useCaseReferrals(caseId);
  return (
    <section className="stack" aria-labelledby="referrals-title">
      <h2 id="referrals-title" className="kern-heading-medium">
        {t('section.title')}
      </h2>
      <p className="kern-body">{t('section.intro')}</p>
      {referrals === undefined ? (
        <p className="kern-body">{t('loading')}</p>
      ) : referrals.length === 0 ? (
        <p className="kern-body">{t('section.none')}</p>
      ) : (
        <ul className="session-list">
          {referrals.map((r) => (
            <ReferralItem key={r.id} referral={r} />
          ))}
        </ul>
      )}
      <div className="row">
        <AppLink href={routes.newReferral(caseId)} className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t('section.new')}</span>
        </AppLink>
      </div>
    </section>
  );
}

function ReferralItem({ referral: r }: { referral: StoredReferral }) {
  const { t, i18n } = useTranslation(['referrals', 'consents']);
  const actions = useReferralActions();
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const withdrawable =
    r.channel === 'perspektive' && (r.state === 'sent' || r.state === 'accepted');
  const [busy, setBusy] = useState(false);
  const withdraw = async () => {
    setFailed(false);
    setBusy(true);
    try {
      await actions.withdraw(r.id, new Date());
      setConfirming(false);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const lastReport = r.reports?.at(-1);
  return (
    <li className="case-card referral-item">
      <div className="stack stack--tight">
        <p className="kern-body">
          <strong>{r.recipientName}</strong>{' '}
          {t('item.purpose', { purpose: t(`catalog.purpose.${r.purpose}`, { ns: 'consents' }) })}
        </p>
        <p className="kern-body kern-body--small">
          {t(`item.channel.${r.channel}`, {
            date: formatDisplayDate(r.sentAt.slice(0, 10), i18n.language),
          })}
        </p>
        <ReferralStateBadge referral={r} />
        {lastReport && (
          <p className="kern-body kern-body--small">
            {t('item.lastReport', {
              date: formatDisplayDate(lastReport.at.slice(0, 10), i18n.language),
              by: lastReport.by,
              text: lastReport.text,
            })}
          </p>
        )}
      </div>
      <div className="row">
        {r.channel === 'letter' && r.state !== 'refused' && (
          <AppLink href={routes.referralLetter(r.id)}>{t('item.letter')}</AppLink>
        )}
        {withdrawable && !confirming && (
          <button
            type="button"
            className="kern-btn kern-btn--tertiary"
            onClick={() => {
              setConfirming(true);
            }}
          >
            <span className="kern-label">{t('item.withdraw')}</span>
          </button>
        )}
      </div>
      {confirming && (
        <ConfirmPanel
          title={t('item.withdrawConfirmTitle')}
          headingLevel={3}
          confirmLabel={t('item.withdrawYes')}
          cancelLabel={t('item.withdrawNo')}
          busyLabel={t('item.withdrawing')}
          busy={busy}
          problem={failed ? t('item.withdrawFailed') : undefined}
          onConfirm={() => void withdraw()}
          onCancel={() => {
            setConfirming(false);
          }}
        >
          <p className="kern-body">{t('item.withdrawConfirm', { name: r.recipientName })}</p>
        </ConfirmPanel>
      )}
    </li>
  );
}
