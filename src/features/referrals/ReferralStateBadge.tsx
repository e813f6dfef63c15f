import { useTranslation } from 'react-i18next';
import type { StoredReferral } from '../../storage/referrals/referralRepository';
import { formatDisplayDate } from '../conversation/assessments/format';

/** Where a referral stands, in words (never colour alone). */
export function ReferralStateBadge({ referral: r }: { referral: StoredReferral }) {
  const { t, i18n } = useTranslation('referrals');
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
  // Deleted at the recipient only once the server confirmed it; a letter cannot confirm.
  const deletion =
    r.state !== 'withdrawn'
      ? ''
      : r.channel === 'letter'
        ? t('state.deletion.letter')
        : r.recipientDeletedAt
          ? t('state.deletion.done', {
              date: formatDisplayDate(r.recipientDeletedAt.slice(0, 10), i18n.language),
            })
          : t('state.deletion.pending');
  return (
    <p className="kern-body">
      <span className={`badge ${tone}`}>{t(`state.${key}`)}</span> {reason} {deletion}
    </p>
  );
}
