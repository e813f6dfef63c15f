import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import type { HashCheck } from './useHashCheck';

/**
 * The result of the content-hash check, in the UI language. A confirmed hash is a screen
 * notice only (paper cannot prove it); a mismatch is printed too, so a printout of altered
 * content cannot pass as the finalised record.
 */
export function HashStatus({ check }: { check: HashCheck }) {
  const { t } = useTranslation('documents');
  if (check === 'invalid') {
    return (
      <Alert tone="danger" title={t('fileNote.hash.invalid')} live="alert">
        <p className="kern-body">{t('fileNote.hash.invalidBody')}</p>
      </Alert>
    );
  }
  return (
    <div role="status" className="no-print">
      {check === 'checking' && <p className="kern-body">{t('fileNote.hash.checking')}</p>}
      {check === 'valid' && (
        <Alert tone="success" title={t('fileNote.hash.valid')}>
          <p className="kern-body">{t('fileNote.hash.validBody')}</p>
        </Alert>
      )}
      {check === 'error' && (
        <Alert tone="warning" title={t('fileNote.hash.error')}>
          <p className="kern-body">{t('fileNote.hash.errorBody')}</p>
        </Alert>
      )}
    </div>
  );
}
