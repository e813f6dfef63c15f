import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SyncHttpError, type AdminClient } from '../../app/sync/SyncProvider';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/TextField';

const IDLE = { min: 1, max: 15 };
const HIDDEN = { min: 0, max: 300 };

const inRange = (text: string, b: { min: number; max: number }) =>
  /^\d+$/.test(text.trim()) && Number(text) >= b.min && Number(text) <= b.max;

/**
 * The organisation's auto-lock times for all its tablets, within the safe bounds the server
 * enforces. Devices apply a change at their next sync. Online only; on failure the stored
 * policy stays as it was.
 */
export function LockPolicyPanel({ admin }: { admin: AdminClient }) {
  const { t } = useTranslation('admin');
  const [idle, setIdle] = useState('');
  const [hidden, setHidden] = useState('');
  const [state, setState] = useState<'loading' | 'ready' | 'saving' | 'saved' | 'failed'>(
    'loading',
  );
  const [offline, setOffline] = useState(false);

  useEffect(() => {
    let live = true;
    admin.policy().then(
      (policy) => {
        if (!live) return;
        setIdle(String(policy.idleLockMinutes));
        setHidden(String(policy.hiddenLockSeconds));
        setState('ready');
      },
      (error: unknown) => {
        if (!live) return;
        setOffline(error instanceof SyncHttpError && error.offline);
        setState('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [admin]);

  const idleError = inRange(idle, IDLE) ? undefined : t('policy.idleRange', IDLE);
  const hiddenError = inRange(hidden, HIDDEN) ? undefined : t('policy.hiddenRange', HIDDEN);

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (idleError || hiddenError) return;
    setState('saving');
    try {
      await admin.setPolicy({
        idleLockMinutes: Number(idle),
        hiddenLockSeconds: Number(hidden),
      });
      setState('saved');
    } catch (error) {
      setOffline(error instanceof SyncHttpError && error.offline);
      setState('failed');
    }
  };

  if (state === 'loading') {
    return (
      <p className="kern-body" role="status">
        {t('policy.loading')}
      </p>
    );
  }
  return (
    <form className="stack form-narrow" noValidate onSubmit={(e) => void onSubmit(e)}>
      <p className="kern-body">{t('policy.intro')}</p>
      <TextField
        label={t('policy.idle')}
        hint={t('policy.idleRange', IDLE)}
        inputMode="numeric"
        value={idle}
        error={idle === '' || idleError === undefined ? undefined : idleError}
        onChange={(e) => {
          setIdle(e.target.value);
          setState('ready');
        }}
      />
      <TextField
        label={t('policy.hidden')}
        hint={t('policy.hiddenRange', HIDDEN)}
        inputMode="numeric"
        value={hidden}
        error={hidden === '' || hiddenError === undefined ? undefined : hiddenError}
        onChange={(e) => {
          setHidden(e.target.value);
          setState('ready');
        }}
      />
      <div className="row">
        <button
          type="submit"
          className="kern-btn kern-btn--primary"
          disabled={state === 'saving' || idleError !== undefined || hiddenError !== undefined}
        >
          <span className="kern-label">{t('policy.save')}</span>
        </button>
      </div>
      {state === 'saved' && <Alert tone="success" live="status" title={t('policy.saved')} />}
      {state === 'failed' && (
        <Alert
          tone="danger"
          live="alert"
          title={offline ? t('policy.offline') : t('policy.failed')}
        />
      )}
    </form>
  );
}
