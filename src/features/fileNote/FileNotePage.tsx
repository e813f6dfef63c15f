import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import type { StoredCase } from '../../storage/cases/caseRepository';
import { useSessionDetail } from '../../storage/hooks/useCases';
import type { StoredSession } from '../../storage/sessions/sessionRepository';
import { Alert } from '../../ui/Alert';
import { buildFileNote } from './buildFileNote';
import { FileNoteDocument } from './FileNoteDocument';
import { HashStatus } from './HashStatus';
import { useHashCheck } from './useHashCheck';
import './fileNote.css';
import './print.css';

function Actions({ id, printable }: { id: string; printable: boolean }) {
  const { t } = useTranslation('documents');
  return (
    <div className="row no-print file-note-actions" role="group" aria-label={t('fileNote.actions')}>
      {printable && (
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          onClick={() => {
            window.print();
          }}
        >
          <span className="kern-label">{t('fileNote.print')}</span>
        </button>
      )}
      <AppLink href={routes.session(id)} className="kern-btn kern-btn--secondary">
        <span className="kern-label">{t('fileNote.back')}</span>
      </AppLink>
    </div>
  );
}

function FileNoteView({ session, record }: { session: StoredSession; record: StoredCase }) {
  const { t } = useTranslation('documents');
  const build = useMemo(() => buildFileNote(session, record), [session, record]);
  const hash = useHashCheck(session, record);

  if (build.kind !== 'ready') {
    const prefix = build.kind === 'unknown-script' ? 'fileNote.unknownScript' : 'fileNote.failed';
    return (
      <div className="stack">
        <h1 className="kern-heading-large">{t('fileNote.pageTitle')}</h1>
        <Alert tone="danger" title={t(`${prefix}.title`)}>
          <p className="kern-body">
            {build.kind === 'unknown-script'
              ? t('fileNote.unknownScript.body', { version: build.version })
              : t('fileNote.failed.body')}
          </p>
        </Alert>
        <Actions id={session.id} printable={false} />
      </div>
    );
  }
  return (
    <div className="stack file-note-page">
      <Actions id={session.id} printable />
      {hash !== undefined && <HashStatus check={hash} />}
      <FileNoteDocument note={build.note} />
    </div>
  );
}

/** The Aktenvermerk of a conversation: on screen and printable (A4), always in German. */
export function FileNotePage({ id }: { id: string }) {
  const { t } = useTranslation('documents');
  const detail = useSessionDetail(id);

  if (detail === undefined) {
    return (
      <p className="kern-body" role="status">
        {t('fileNote.loading')}
      </p>
    );
  }
  if (detail === null) {
    return (
      <div className="stack">
        <h1 className="kern-heading-large">{t('fileNote.notFound.title')}</h1>
        <p className="kern-body">{t('fileNote.notFound.body')}</p>
        <p className="kern-body">
          <AppLink href={routes.home}>{t('fileNote.notFound.home')}</AppLink>
        </p>
      </div>
    );
  }
  return <FileNoteView session={detail.session} record={detail.record} />;
}
