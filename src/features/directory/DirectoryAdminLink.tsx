import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';

/** The way from the administration screen to the support directory's editor. */
export function DirectoryAdminLink() {
  const { t } = useTranslation('directory');
  return (
    <p className="kern-body">
      <AppLink href={routes.directoryAdmin}>{t('admin.link')}</AppLink>
    </p>
  );
}
