import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SyncHttpError, type AdminClient } from '../../app/sync/SyncProvider';
import { Alert } from '../../ui/Alert';

type Office = Awaited<ReturnType<AdminClient['statisticsOffices']>>[number];

/**
 * The organisation's opt-in to the statistics offices on its server: while it contributes,
 * the office sees its figures — suppressed, never a record — in every publication; a
 * withdrawal takes it out of the next one. Online only; the server audits every change, and
 * on failure nothing changes.
 */
export function StatisticsContributionPanel({ admin }: { admin: AdminClient }) {
  const { t } = useTranslation('admin');
  const [offices, setOffices] = useState<Office[] | undefined>(undefined);
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<{ tone: 'success' | 'danger'; text: string } | undefined>(
    undefined,
  );

  useEffect(() => {
    let live = true;
    admin.statisticsOffices().then(
      (list) => {
        if (live) setOffices(list);
      },
      () => {
        if (live) setResult({ tone: 'danger', text: t('contribution.loadFailed') });
      },
    );
    return () => {
      live = false;
    };
  }, [admin, t]);

  const toggle = async (office: Office) => {
    const contribute = !office.contributing;
    setBusy(office.id);
    try {
      await admin.setContribution(office.id, contribute);
      setOffices((list) =>
        list?.map((o) => (o.id === office.id ? { ...o, contributing: contribute } : o)),
      );
      const key = contribute ? 'contribution.joined' : 'contribution.left';
      setResult({ tone: 'success', text: t(key, { name: office.name }) });
    } catch (error) {
      const offline = error instanceof SyncHttpError && error.offline;
      setResult({
        tone: 'danger',
        text: offline ? t('contribution.offline') : t('contribution.failed'),
      });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className="stack">
      <p className="kern-body">{t('contribution.intro')}</p>
      {offices === undefined && !result && (
        <p className="kern-body" role="status">
          {t('contribution.loading')}
        </p>
      )}
      {offices?.length === 0 && <p className="kern-body">{t('contribution.none')}</p>}
      {offices && offices.length > 0 && (
        <ul className="admin-list">
          {offices.map((office) => (
            <li key={office.id} className="stack">
              <h3 className="kern-heading-small">{office.name}</h3>
              <p className="kern-body">
                {office.contributing ? t('contribution.yes') : t('contribution.no')}
              </p>
              <div className="row">
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary"
                  disabled={busy !== undefined}
                  onClick={() => void toggle(office)}
                >
                  <span className="kern-label">
                    {office.contributing
                      ? t('contribution.leave', { name: office.name })
                      : t('contribution.join', { name: office.name })}
                  </span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ResultAlert result={result} />
    </div>
  );
}

export type PanelResult = { tone: 'success' | 'danger'; text: string };

/** What an action in a panel did: success politely, failure as an alert. */
export function ResultAlert({ result }: { result: PanelResult | undefined }) {
  if (!result) return null;
  return (
    <Alert
      tone={result.tone}
      live={result.tone === 'danger' ? 'alert' : 'status'}
      title={result.text}
    />
  );
}
