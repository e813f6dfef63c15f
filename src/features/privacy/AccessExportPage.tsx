import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { useSync, type AccessExportWire, type PrivacyClient } from '../../app/sync/SyncProvider';
import { Alert } from '../../ui/Alert';
import { printWhenFontsReady, usePrintFonts } from '../../ui/printFonts';
import { useOnline } from '../../ui/useOnline';
import { AccessExportDocument } from './AccessExportDocument';
import { useAccessExport } from './useAccessExport';
import './accessExport.css';

/** Saves the export exactly as the server sent it (pretty-printed UTF-8 JSON). */
function downloadJson(data: AccessExportWire, caseId: string): void {
  const text = `${JSON.stringify(data, null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `auskunft-art15-${caseId.slice(0, 8)}-${data.generatedAt.slice(0, 10)}.json`;
  link.click();
  // Give the browser the moment it needs to start the download before the URL goes.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

function Ready({ data, caseId, back }: { data: AccessExportWire; caseId: string; back: string }) {
  const { t } = useTranslation('privacy');
  const documentRef = useRef<HTMLDivElement>(null);
  const fontsReady = usePrintFonts(documentRef, data.generatedAt);
  return (
    <div className="stack access-export-page">
      <div className="row no-print" role="group" aria-label={t('export.actions')}>
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          aria-disabled={!fontsReady || undefined}
          onClick={() => {
            if (fontsReady) void printWhenFontsReady();
          }}
        >
          <span className="kern-label">{t('export.print')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            downloadJson(data, caseId);
          }}
        >
          <span className="kern-label">{t('export.download')}</span>
        </button>
        <AppLink href={back} className="kern-btn kern-btn--tertiary">
          <span className="kern-label">{t('export.back')}</span>
        </AppLink>
      </div>
      <p className="kern-body no-print">
        {t('export.schemaNote', { format: data.format, version: data.formatVersion })}
      </p>
      <div ref={documentRef}>
        <AccessExportDocument data={data} />
      </div>
    </div>
  );
}

function Loaded({ client, caseId, back }: { client: PrivacyClient; caseId: string; back: string }) {
  const { t } = useTranslation('privacy');
  const state = useAccessExport(client, caseId);
  if (state.kind === 'loading') {
    return (
      <p className="kern-body" role="status">
        {t('export.loading')}
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div className="stack">
        <Alert
          tone="danger"
          live="alert"
          title={t(state.problem.key, { code: state.problem.code })}
        />
        <p className="kern-body">
          <AppLink href={back}>{t('export.back')}</AppLink>
        </p>
      </div>
    );
  }
  return <Ready data={state.data} caseId={caseId} back={back} />;
}

/**
 * Route `/auskunft/:caseId`: the Art. 15 export of one case, built on the server (the
 * administrator, or a counsellor where the organisation allows it — otherwise the server's
 * 403 is explained). Shown as a German document to print or save as PDF, and downloadable
 * as JSON following docs/art15-export.schema.json. Online only; nothing is stored.
 */
export function AccessExportPage({ id }: { id: string }) {
  const { t } = useTranslation('privacy');
  const { privacy, admin, account } = useSync();
  const online = useOnline();
  const back = admin ? routes.privacyAdmin : routes.case(id);
  if (account === undefined) {
    return (
      <p className="kern-body" role="status">
        {t('admin.checking')}
      </p>
    );
  }
  if (!privacy) {
    return (
      <div className="stack">
        <h1 className="kern-heading-large">{t('export.pageTitle')}</h1>
        <Alert tone="info" title={t('export.signIn')} />
      </div>
    );
  }
  if (!online) {
    return (
      <div className="stack">
        <h1 className="kern-heading-large">{t('export.pageTitle')}</h1>
        <Alert tone="warning" title={t('admin.offlineTitle')}>
          <p className="kern-body">{t('export.offline')}</p>
        </Alert>
      </div>
    );
  }
  return <Loaded client={privacy} caseId={id} back={back} />;
}
