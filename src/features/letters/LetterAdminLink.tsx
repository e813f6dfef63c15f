import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';

/** The way from the administration screen to the letter's editor. */
export function LetterAdminLink() {
  const { t } = useTranslation('letters');
  return (
    <p className="kern-body">
      <AppLink href={routes.letterAdmin}>{t('admin.link')}</AppLink>
    </p>
  );
}
