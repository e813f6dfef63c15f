import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { SPECIAL_CATEGORIES } from '../../domain';
import { useConsentController, useConsentDetail } from '../../storage/hooks/useConsents';
import { useReferral } from '../../storage/hooks/useReferrals';
import { formatDisplayDate } from '../conversation/assessments/format';
import { PackageView } from './PackageView';
import { isolateAll, IsolatedRuns } from '../../ui/IsolatedRuns';
import './referrals.css';

/**
 * Route `/weiterleitungen/:id/brief`: the referral letter for a recipient that does not use
 * Perspektive. German (it goes to an office); it carries exactly the referral's package and
 * names the consent it rests on. Printed by the browser (A4), offline like everything else.
 */
export function ReferralLetterPage({ id }: { id: string }) {
  // The letter is German whatever the UI language (it goes to a German office).
  const { i18n } = useTranslation(['referrals', 'consents', 'script', 'rules', 'cases']);
  const t = i18n.getFixedT('de', 'referrals');
  const referral = useReferral(id);
  const consent = useConsentDetail(referral?.consentId ?? '');
  const { value: controller } = useConsentController();
  if (referral === undefined || (referral && consent === undefined) || controller === undefined) {
    return <p className="kern-body">{t('loading')}</p>;
  }
  if (referral === null || referral.channel !== 'letter' || referral.state === 'refused') {
    return (
      <div className="stack">
        <h1 className="kern-heading-large">{t('letter.notFound')}</h1>
        <AppLink href={routes.home}>{t('form.backHome')}</AppLink>
      </div>
    );
  }
  const recipient = consent?.consent.recipients.find((r) => r.id === referral.recipientId);
  const de = (iso: string) => formatDisplayDate(iso.slice(0, 10), 'de');
  const special = referral.categories.some((c) => SPECIAL_CATEGORIES.has(c));
  return (
    <div className="stack referral-letter-page">
      <div className="row no-print">
        <AppLink href={routes.case(referral.caseId)} className="kern-link back-link">
          {t('letter.back')}
        </AppLink>
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          onClick={() => {
            window.print();
          }}
        >
          <span className="kern-label">{t('letter.print')}</span>
        </button>
      </div>
      <article className="stack referral-letter" lang="de" aria-labelledby="letter-subject">
        {controller && (
          <AddressBlock lines={[controller.name, controller.address, controller.contact]} />
        )}
        <AddressBlock lines={[referral.recipientName, recipient?.contact]} />
        <p className="kern-body">
          <IsolatedRuns text={t('letter.dateLine', isolateAll({ date: de(referral.sentAt) }))} />
        </p>
        <h1 id="letter-subject" className="kern-heading-medium">
          {t('letter.subject', {
            purpose: t(`catalog.purpose.${referral.purpose}`, { ns: 'consents' }),
          })}
        </h1>
        <p className="kern-body">{t('letter.opening')}</p>
        {referral.message && <p className="kern-body preserve-lines">{referral.message}</p>}
        <h2 className="kern-heading-small">{t('letter.data')}</h2>
        <PackageView pkg={referral.package} headingLevel={2} language="de" />
        <p className="kern-body">
          <IsolatedRuns
            text={t(
              special ? 'letter.basisSpecial' : 'letter.basis',
              isolateAll({
                signed: consent ? de(consent.consent.signedAt) : '',
                until: consent ? de(consent.consent.validUntil) : '',
              }),
            )}
          />
        </p>
        <p className="kern-body">{t('letter.purposeBound')}</p>
        <p className="kern-body">
          <IsolatedRuns text={t('letter.closing', isolateAll({ by: referral.sentBy }))} />
        </p>
      </article>
    </div>
  );
}

/**
 * A postal address block, one line each. Every line is its own direction run: a name in
 * Arabic script or a phone number keeps its order on the German letter.
 */
function AddressBlock({ lines }: { lines: readonly (string | undefined)[] }) {
  const shown = lines.filter((l): l is string => Boolean(l));
  return (
    <p className="kern-body preserve-lines">
      {shown.map((line, index) => (
        <span key={index}>
          {index > 0 && <br />}
          <bdi>{line}</bdi>
        </span>
      ))}
    </p>
  );
}
