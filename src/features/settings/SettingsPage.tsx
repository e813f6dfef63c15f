import { useTranslation } from 'react-i18next';
import { useCounsellingDefaults } from '../../storage/hooks/useCounsellingDefaults';
import { CounsellingDefaultsForm } from './CounsellingDefaultsForm';
import { StoragePanel } from './StoragePanel';
import { AboutPanel } from './AboutPanel';

export function SettingsPage() {
  const { t } = useTranslation();
  const { value } = useCounsellingDefaults();
  return (
    <>
      <h1 className="kern-heading-large">{t('settings.title')}</h1>
      <section aria-labelledby="defaults-heading" className="stack">
        <h2 id="defaults-heading" className="kern-heading-medium">
          {t('settings.defaults.title')}
        </h2>
        <p className="kern-body">{t('settings.defaults.intro')}</p>
        {value && <CounsellingDefaultsForm initial={value} />}
      </section>
      <section aria-labelledby="storage-heading" className="stack">
        <h2 id="storage-heading" className="kern-heading-medium">
          {t('storage.title')}
        </h2>
        <StoragePanel />
      </section>
      <section aria-labelledby="about-heading" className="stack">
        <h2 id="about-heading" className="kern-heading-medium">
          {t('about.title')}
        </h2>
        <AboutPanel />
      </section>
    </>
  );
}
