import { useTranslation } from 'react-i18next';
import { PATHWAY_IDS, ruleKeyPrefix, type ReferralPackage } from '../../domain';
import { formatDisplayDate } from '../conversation/assessments/format';
import { factEntries, factValueText } from './factText';
import { runtimeT } from '../../i18n/runtimeKeys';

/**
 * The data a referral carries, section by section — shown to the sender before sending (so
 * the counsellor sees exactly what leaves), printed in a referral letter, and shown to the
 * recipient. Nothing outside the package is ever rendered here.
 */
export function PackageView({
  pkg,
  headingLevel = 3,
  language,
}: {
  pkg: ReferralPackage;
  headingLevel?: 2 | 3;
  /** Fixed language of a printed document; the UI language otherwise. */
  language?: 'de';
}) {
  const { t: uiT, i18n } = useTranslation(['referrals', 'script', 'cases', 'rules']);
  const t = language ? i18n.getFixedT(language, 'referrals') : uiT;
  const lang = language ?? i18n.language;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const pathwayTitle = (id: string) => {
    const known = PATHWAY_IDS.find((p) => p === id);
    return known ? t(`${ruleKeyPrefix(known)}.title`, { ns: 'rules' }) : id;
  };
  const facts = factEntries(pkg.facts);
  const empty =
    pkg.person === undefined &&
    pkg.contact === undefined &&
    pkg.fileNumber === undefined &&
    facts.length === 0 &&
    pkg.counselling === undefined;
  if (empty) return <p className="kern-body">{t('package.empty')}</p>;
  return (
    <div className="stack referral-package">
      {(pkg.person || pkg.contact || pkg.fileNumber || facts.length > 0) && (
        <dl className="definition-list">
          {pkg.person && (
            <>
              <dt>{t('package.person')}</dt>
              <dd>
                {pkg.person.displayName}
                {pkg.person.pseudonymised && ` ${t('package.pseudonym')}`}
              </dd>
            </>
          )}
          {pkg.contact && (
            <>
              <dt>{t('package.contact')}</dt>
              <dd>{pkg.contact}</dd>
            </>
          )}
          {pkg.fileNumber && (
            <>
              <dt>{t('package.fileNumber')}</dt>
              <dd>{pkg.fileNumber}</dd>
            </>
          )}
          {facts.map(([field, value]) => (
            <div key={field} className="definition-list__row">
              <dt>{t(`facts.${field}.label`, { ns: 'script' })}</dt>
              <dd>{factValueText(field, value, runtimeT(t), lang)}</dd>
            </div>
          ))}
        </dl>
      )}
      {pkg.counselling && (
        <section className="stack">
          <H className="kern-heading-small">
            {t('package.counselling', {
              date: formatDisplayDate(pkg.counselling.sessionDate, lang),
            })}
          </H>
          {pkg.counselling.pathways.length > 0 ? (
            <ul className="kern-list">
              {pkg.counselling.pathways.map((p) => (
                <li key={p.pathwayId}>
                  {t('package.pathway', {
                    title: pathwayTitle(p.pathwayId),
                    status: t(`package.status.${p.status}`),
                  })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="kern-body">{t('package.noPathways')}</p>
          )}
          {pkg.counselling.openActions.length > 0 && (
            <ul className="kern-list">
              {pkg.counselling.openActions.map((a, i) => (
                <li key={i}>
                  {a.text ?? (a.actionKey ? t(a.actionKey, { ns: 'rules' }) : '')}
                  {a.dueDate &&
                    ` ${t('package.due', { date: formatDisplayDate(a.dueDate, lang) })}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
