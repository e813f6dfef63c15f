import { useTranslation } from 'react-i18next';
import { useStorageState } from '../../storage/hooks/useStorageState';
import { formatBytes } from '../../ui/formatBytes';

export function StoragePanel() {
  const { t, i18n } = useTranslation();
  const { state, persist } = useStorageState();
  const amount = (bytes: number | undefined) =>
    bytes === undefined ? t('storage.unknown') : formatBytes(bytes, i18n.language);
  const persistence =
    state?.persisted === undefined
      ? t('storage.unknown')
      : state.persisted
        ? t('storage.persisted')
        : t('storage.notPersisted');
  return (
    <>
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('storage.usage')}</dt>
          <dd className="kern-description-list-item__value" data-testid="storage-usage">
            {t('storage.usageOf', {
              usage: amount(state?.usageBytes),
              quota: amount(state?.quotaBytes),
            })}
          </dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('storage.persistence')}</dt>
          <dd className="kern-description-list-item__value" data-testid="storage-persistence">
            {persistence}
          </dd>
        </div>
      </dl>
      {state?.persisted === false && (
        <>
          <p className="kern-body">{t('storage.persistExplanation')}</p>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => void persist()}
          >
            <span className="kern-label">{t('storage.requestPersistence')}</span>
          </button>
        </>
      )}
    </>
  );
}
