import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';

/** The way from the administration screen to retention, access and erasure. */
export function PrivacyAdminLink() {
  const { t } = useTranslation('privacy');
  return (
    <p className="kern-body">
      <AppLink href={routes.privacyAdmin}>{t('admin.link')}</AppLink>
    </p>
  );
}
