import { useTranslation } from 'react-i18next';
import { ClientLanguageSelect } from '../clientView/ClientLanguageSelect';
import { ClientWelcome } from '../clientView/ClientWelcome';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="kern-heading-large">{t('home.title')}</h1>
      <p className="kern-body">{t('home.intro')}</p>
      <section aria-labelledby="client-view-heading" className="stack">
        <h2 id="client-view-heading" className="kern-heading-medium">
          {t('home.clientView')}
        </h2>
        <ClientLanguageSelect />
        <ClientWelcome />
      </section>
    </>
  );
}
