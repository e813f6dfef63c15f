import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { useSync } from '../../app/sync/SyncProvider';
import { useCaseList } from '../../storage/hooks/useCases';
import { CasesPage } from '../cases/CasesPage';
import { accountPurpose } from '../sync/accountRole';
import { DecisionNotices } from '../sync/DecisionNotices';

/**
 * The start screen fits the account: an administration or statistics account (which keeps no
 * cases) starts on what it is for; case work, and a device nobody signed in yet, on the case
 * list (which then also says how to sign in).
 */
export function HomePage() {
  const { account, statistics } = useSync();
  const entries = useCaseList();
  const purpose = accountPurpose(account);
  if ((purpose === 'admin' || purpose === 'statistics') && entries?.length === 0) {
    return <RoleLanding purpose={purpose} withStatistics={statistics !== undefined} />;
  }
  return <CasesPage signInHint={purpose === 'signed-out'} notices={<DecisionNotices />} />;
}

function RoleLanding({
  purpose,
  withStatistics,
}: {
  purpose: 'admin' | 'statistics';
  withStatistics: boolean;
}) {
  const { t } = useTranslation('common');
  return (
    <div className="stack">
      <h1 className="kern-heading-large">{t(`landing.${purpose}.title`)}</h1>
      <p className="kern-body">{t(`landing.${purpose}.text`)}</p>
      <div className="row">
        <AppLink
          href={purpose === 'admin' ? routes.admin : routes.statistics}
          className="kern-btn kern-btn--primary"
        >
          <span className="kern-label">{t(`landing.${purpose}.go`)}</span>
        </AppLink>
        {purpose === 'admin' && withStatistics && (
          <AppLink href={routes.statistics} className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t('landing.statistics.go')}</span>
          </AppLink>
        )}
      </div>
    </div>
  );
}
