import { useTranslation } from 'react-i18next';
import { useClientLanguage } from '../../app/clientLanguage';
import { ClientRegion } from './ClientRegion';

/** The opening words shown to the client, in the client's language. */
export function ClientWelcome() {
  const { language } = useClientLanguage();
  const { t } = useTranslation('client', { lng: language.code });
  return (
    <ClientRegion labelId="client-welcome-title">
      <h2 id="client-welcome-title" className="kern-heading-medium">
        {t('welcome.title')}
      </h2>
      <p className="kern-body kern-body--large">{t('welcome.intro')}</p>
      <p className="kern-body kern-body--large">{t('welcome.questions')}</p>
    </ClientRegion>
  );
}
