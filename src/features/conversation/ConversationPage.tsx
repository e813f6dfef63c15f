import { useTranslation } from 'react-i18next';
import { templateForVersion } from '../../content';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { useIsClientMode } from '../../app/clientMode';
import { useSessionDetail } from '../../storage/hooks/useCases';
import { Alert } from '../../ui/Alert';
import { ConversationEditor } from './editor/ConversationEditor';
import './conversation.css';

/** Route `/gespraeche/:id`: loads the conversation and its case, then the editor. */
export function ConversationPage({ id }: { id: string }) {
  const { t } = useTranslation('conversation');
  const detail = useSessionDetail(id);
  const closed = useIsClientMode();
  if (detail === undefined) return <p className="kern-body">{t('loading')}</p>;
  if (detail === null) {
    return (
      <div className="stack">
        <h1 className="kern-heading-large">{t('notFound')}</h1>
        <AppLink href={routes.home}>{t('backToCases')}</AppLink>
      </div>
    );
  }
  const template = templateForVersion(detail.session.scriptVersion);
  if (!template) {
    return (
      <Alert tone="danger" title={t('unknownScript', { version: detail.session.scriptVersion })} />
    );
  }
  return (
    <>
      {/* Not while the tablet shows the client view: it names the person and leads away. */}
      {!closed && (
        <AppLink href={routes.case(detail.record.id)} className="kern-link back-link">
          {t('backToCase', { name: detail.record.profile.displayName })}
        </AppLink>
      )}
      <ConversationEditor session={detail.session} record={detail.record} template={template} />
    </>
  );
}
