import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { useSync } from '../../app/sync/SyncProvider';

/**
 * On a case's page: the way to its Art. 15 export and the case identifier the administration
 * needs for an access or erasure request. Shown only with a server account (the export is
 * built on the server); whether this account may produce it, the server decides.
 */
export function AccessRequestSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('privacy');
  const { privacy } = useSync();
  if (!privacy) return null;
  return (
    <section className="stack" aria-labelledby="access-request-title">
      <h2 id="access-request-title" className="kern-heading-medium">
        {t('caseLink.title')}
      </h2>
      <p className="kern-body">
        {t('caseLink.body')} <code className="case-id">{caseId}</code>
      </p>
      <p className="kern-body">
        <AppLink href={routes.accessExport(caseId)}>{t('caseLink.link')}</AppLink>
      </p>
    </section>
  );
}
