import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { useSync } from '../../app/sync/SyncProvider';
import { Alert } from '../../ui/Alert';
import { DirectoryEditor } from './DirectoryEditor';
import { useOnline } from '../../ui/useOnline';
import '../admin/admin.css';
import './flyer.css';

/**
 * Route `/verwaltung/hilfsangebote`: the administrator maintains the organisation's support
 * directory on the server. Online only — changes go straight to the server and reach every
 * device with its next sync; offline the screen says so and changes nothing.
 */
export function DirectoryAdminPage() {
  const { t } = useTranslation('directory');
  const { directoryAdmin, account } = useSync();
  const online = useOnline();
  return (
    <div className="stack admin">
      <AppLink href={routes.admin} className="kern-link back-link">
        {t('admin.back')}
      </AppLink>
      <h1 className="kern-heading-large">{t('admin.title')}</h1>
      <p className="kern-body">{t('admin.intro')}</p>
      {account === undefined ? (
        <p className="kern-body" role="status">
          {t('admin.checking')}
        </p>
      ) : !directoryAdmin || !account || account.mustChangePassword ? (
        <Alert tone="info" title={t('admin.notAdmin')} />
      ) : !online ? (
        <Alert tone="warning" title={t('admin.offlineTitle')}>
          <p className="kern-body">{t('admin.offlineBody')}</p>
        </Alert>
      ) : (
        <DirectoryEditor admin={directoryAdmin} />
      )}
    </div>
  );
}
