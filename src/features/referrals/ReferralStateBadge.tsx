import { useTranslation } from 'react-i18next';
import type { StoredReferral } from '../../storage/referrals/referralRepository';

/** Where a referral stands, in words (never colour alone). */
export function ReferralStateBadge({ referral: r }: { referral: StoredReferral }) {
  const { t } = useTranslation('referrals');
  const key =
    r.state === 'sent' && r.channel === 'perspektive' && !r.delivered ? 'queued' : r.state;
  const tone =
    key === 'refused' || key === 'declined' || key === 'withdrawn'
      ? 'badge--warning'
      : key === 'accepted'
        ? 'badge--success'
        : 'badge--info';
  const reason =
    r.state === 'withdrawn' && r.withdrawnReason
      ? t(`state.withdrawnReason.${r.withdrawnReason}`)
      : '';
  return (
    <p className="kern-body">
      <span className={`badge ${tone}`}>{t(`state.${key}`)}</span> {reason}
    </p>
  );
}
