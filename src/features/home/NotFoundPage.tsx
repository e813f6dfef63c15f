import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="kern-heading-large">{t('notFound.title')}</h1>
      <p className="kern-body">
        <a className="kern-link" href="/">
          {t('notFound.back')}
        </a>
      </p>
    </>
  );
}
