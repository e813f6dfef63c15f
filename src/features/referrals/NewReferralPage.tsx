import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { todayIso } from '../../app/today';
import { useCaseDetail } from '../../storage/hooks/useCases';
import { useCaseConsents } from '../../storage/hooks/useConsents';
import { useCounsellingDefaults } from '../../storage/hooks/useCounsellingDefaults';
import { ReferralForm } from './ReferralForm';
import { referralChoices } from './referralForm';
import './referrals.css';

/** Route `/faelle/:id/ueberweisung/neu`: pass the case on, within what the person consented to. */
export function NewReferralPage({ id }: { id: string }) {
  const { t } = useTranslation('referrals');
  const detail = useCaseDetail(id);
  const consents = useCaseConsents(id);
  const { value: defaults } = useCounsellingDefaults();
  if (detail === undefined || consents === undefined || defaults === undefined) {
    return <p className="kern-body">{t('loading')}</p>;
  }
  if (detail === null) {
    return (
      <div className="stack">
        <h1 className="kern-heading-large">{t('form.notFound')}</h1>
        <AppLink href={routes.home}>{t('form.backHome')}</AppLink>
      </div>
    );
  }
  const choices = referralChoices(consents.consents, consents.revocations, todayIso());
  return (
    <div className="stack">
      <AppLink href={routes.case(id)} className="kern-link back-link">
        {t('form.back')}
      </AppLink>
      <h1 className="kern-heading-large">
        {t('form.title', { name: detail.record.profile.displayName })}
      </h1>
      {choices.length === 0 ? (
        <div className="stack">
          <p className="kern-body">{t('form.noConsent')}</p>
          <div className="row">
            <AppLink href={routes.newConsent(id)} className="kern-btn kern-btn--primary">
              <span className="kern-label">{t('form.takeConsent')}</span>
            </AppLink>
          </div>
        </div>
      ) : (
        <ReferralForm
          record={detail.record}
          sessions={detail.sessions}
          choices={choices}
          counsellorName={defaults.counsellorName}
        />
      )}
    </div>
  );
}
