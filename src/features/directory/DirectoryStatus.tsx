import { useTranslation } from 'react-i18next';
import type { LocalDirectory } from '../../storage/hooks/useDirectory';
import { Alert } from '../../ui/Alert';

/**
 * Which copy of the directory this device has: its version and when the server last
 * confirmed it, a notice while example data is shown, and what to do when it is empty.
 */
export function DirectoryStatus({ directory }: { directory: LocalDirectory }) {
  const { t, i18n } = useTranslation('directory');
  const when = directory.checkedAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(directory.checkedAt),
      )
    : undefined;
  return (
    <>
      <p className="kern-body">
        {when ? t('status.version', { version: directory.version, time: when }) : t('status.never')}
      </p>
      {directory.skipped > 0 && (
        <Alert tone="warning" title={t('status.skipped', { count: directory.skipped })} />
      )}
      {directory.offers.length === 0 && (
        <Alert tone="info" title={t('status.emptyTitle')}>
          <p className="kern-body">{t('status.emptyBody')}</p>
        </Alert>
      )}
      {directory.offers.some((o) => o.example) && (
        <Alert tone="warning" title={t('example.title')}>
          <p className="kern-body">{t('example.body')}</p>
        </Alert>
      )}
    </>
  );
}
