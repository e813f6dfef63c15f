import { useCallback, useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ed25519PublicKeySchema } from '../../protocol';
import { SyncHttpError, type AdminClient } from '../../app/sync/SyncProvider';
import { TextField } from '../../ui/TextField';
import { useDateTime } from './format';
import { ResultAlert, type PanelResult } from './StatisticsContributionPanel';

type Contributor = Awaited<ReturnType<AdminClient['contributors']>>[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A statistics office's contributors on other servers: each registered with the public key
 * its signed quarterly reports are checked against (docs/operations.md). Revoking keeps the
 * reports received so far in the history and refuses new ones. Online only; the server
 * audits every change, and on failure nothing changes.
 */
export function ContributorsPanel({ admin }: { admin: AdminClient }) {
  const { t } = useTranslation('admin');
  const dateTime = useDateTime();
  const [list, setList] = useState<Contributor[] | undefined>(undefined);
  const [form, setForm] = useState({ orgId: '', name: '', publicKey: '' });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PanelResult | undefined>(undefined);

  const failed = useCallback(
    (error: unknown): PanelResult => {
      const code = error instanceof SyncHttpError ? error.code : '';
      const key =
        code === 'offline'
          ? 'contributors.offline'
          : code === 'contributor_exists'
            ? 'contributors.exists'
            : 'contributors.failed';
      return { tone: 'danger', text: t(key) };
    },
    [t],
  );
  const load = useCallback(() => {
    admin.contributors().then(setList, (error: unknown) => {
      setResult(failed(error));
    });
  }, [admin, failed]);
  useEffect(load, [load]);

  const errors = {
    orgId: UUID.test(form.orgId.trim()) ? undefined : t('contributors.orgIdInvalid'),
    name: form.name.trim() === '' ? t('contributors.nameMissing') : undefined,
    publicKey: ed25519PublicKeySchema.safeParse(form.publicKey).success
      ? undefined
      : t('contributors.keyInvalid'),
  };
  const run = async (action: () => Promise<void>, success: string) => {
    setBusy(true);
    try {
      await action();
      setResult({ tone: 'success', text: success });
      load();
    } catch (error) {
      setResult(failed(error));
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    setTried(true);
    if (errors.orgId || errors.name || errors.publicKey) return;
    const request = {
      orgId: form.orgId.trim(),
      name: form.name.trim(),
      publicKey: form.publicKey.trim(),
    };
    void run(
      async () => {
        await admin.registerContributor(request);
        setForm({ orgId: '', name: '', publicKey: '' });
        setTried(false);
      },
      t('contributors.registered', { name: request.name }),
    );
  };
  const field = (key: keyof typeof form) => ({
    value: form[key],
    error: tried ? errors[key] : undefined,
    onChange: (e: { target: { value: string } }) => {
      setForm({ ...form, [key]: e.target.value });
    },
  });

  return (
    <div className="stack">
      <p className="kern-body">{t('contributors.intro')}</p>
      {list?.length === 0 && <p className="kern-body">{t('contributors.empty')}</p>}
      {list && list.length > 0 && (
        <ul className="admin-list">
          {list.map((c) => (
            <li key={c.id} className="stack">
              <h3 className="kern-heading-small">{c.name}</h3>
              <p className="kern-body">
                {c.revokedAt
                  ? t('contributors.revokedOn', { time: dateTime(c.revokedAt) })
                  : t('contributors.since', { time: dateTime(c.registeredAt) })}{' '}
                {t('contributors.quarters', { count: c.quarters.length })}
              </p>
              {!c.revokedAt && (
                <div className="row">
                  <button
                    type="button"
                    className="kern-btn kern-btn--secondary"
                    disabled={busy}
                    onClick={() =>
                      void run(
                        () => admin.revokeContributor(c.id),
                        t('contributors.revoked', { name: c.name }),
                      )
                    }
                  >
                    <span className="kern-label">{t('contributors.revoke', { name: c.name })}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="stack form-narrow" noValidate onSubmit={onSubmit}>
        <h3 className="kern-heading-small">{t('contributors.add')}</h3>
        <TextField label={t('contributors.name')} autoComplete="off" {...field('name')} />
        <TextField
          label={t('contributors.orgId')}
          hint={t('contributors.orgIdHint')}
          autoComplete="off"
          spellCheck={false}
          {...field('orgId')}
        />
        <TextField
          label={t('contributors.publicKey')}
          hint={t('contributors.publicKeyHint')}
          autoComplete="off"
          spellCheck={false}
          {...field('publicKey')}
        />
        <div className="row">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
            <span className="kern-label">{t('contributors.submit')}</span>
          </button>
        </div>
      </form>
      <ResultAlert result={result} />
    </div>
  );
}
