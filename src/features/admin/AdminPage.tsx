import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { useSync } from '../../app/sync/SyncProvider';
import { Alert } from '../../ui/Alert';
import { AdminScreen } from './AdminScreen';
import './admin.css';

/**
 * The administration screen (route /verwaltung): accounts and devices of the signed-in
 * admin's organisation. Everything here talks to the server directly; nothing is stored.
 */
export function AdminPage() {
  const { t } = useTranslation('admin');
  const { admin, account, clientId: ownClientId, consentControllerAdmin } = useSync();

  return (
    <div className="stack admin">
      <h1 className="kern-heading-large">{t('title')}</h1>
      {account === undefined ? (
        <p className="kern-body" role="status">
          {t('checking')}
        </p>
      ) : !admin || !account ? (
        <div className="stack">
          <Alert tone="info" title={t('notAdmin.title')}>
            <p className="kern-body">{t('notAdmin.body')}</p>
          </Alert>
          <p className="kern-body">
            <AppLink href={routes.settings}>{t('notAdmin.link')}</AppLink>
          </p>
        </div>
      ) : account.mustChangePassword ? (
        <Alert tone="warning" title={t('problem.passwordChange')}>
          <p className="kern-body">
            <AppLink href={routes.settings}>{t('notAdmin.link')}</AppLink>
          </p>
        </Alert>
      ) : (
        <>
          <p className="kern-body">{t('intro')}</p>
          <AdminScreen
            admin={admin}
            ownUserId={account.userId}
            ownClientId={ownClientId}
            controllerAdmin={consentControllerAdmin}
            statisticsOffice={account.organisationKind === 'statistics-office'}
          />
        </>
      )}
    </div>
  );
}
