import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { useSync } from '../../app/sync/SyncProvider';
import { Alert } from '../../ui/Alert';
import { useOnline } from '../../ui/useOnline';
import './admin.css';

type Props<C> = {
  /** The API client of this page; undefined unless an admin is signed in (see SyncProvider). */
  client: C | undefined;
  /**
   * The namespace holding the page's texts under `admin.`: back, title, intro, checking,
   * notAdmin, offlineTitle, offlineBody.
   */
  ns: 'directory' | 'letters' | 'privacy';
  children: (client: C) => ReactNode;
};

/**
 * The frame of an administration page that edits organisation data on the server (support
 * directory, letters): back link, title, and the editor only for a signed-in admin whose
 * one-time password is replaced, while online. Offline the page says so and changes nothing;
 * the devices keep using their copies.
 */
export function OnlineAdminPage<C>({ client, ns, children }: Props<C>) {
  const { t } = useTranslation(ns, { keyPrefix: 'admin' });
  const { account } = useSync();
  const online = useOnline();
  return (
    <div className="stack admin">
      <AppLink href={routes.admin} className="kern-link back-link">
        {t('back')}
      </AppLink>
      <h1 className="kern-heading-large">{t('title')}</h1>
      <p className="kern-body">{t('intro')}</p>
      {account === undefined ? (
        <p className="kern-body" role="status">
          {t('checking')}
        </p>
      ) : !client || !account || account.mustChangePassword ? (
        <Alert tone="info" title={t('notAdmin')} />
      ) : !online ? (
        <Alert tone="warning" title={t('offlineTitle')}>
          <p className="kern-body">{t('offlineBody')}</p>
        </Alert>
      ) : (
        children(client)
      )}
    </div>
  );
}
