import { lazy, Suspense, useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UnlockFailedError } from '../../storage/crypto/keystore';
import { useVault } from '../../storage/hooks/useVault';
import { UnlockBackoffError } from '../../storage/vault/errors';
import { Alert } from '../../ui/Alert';
import { PassphraseField } from './PassphraseField';

// The way out for a forgotten passphrase needs storage (it counts unsynced changes and
// deletes the database); it loads on its own below the form, which renders from the boot
// chunk without storage (see storage/hooks/useVault.ts).
const WipeDevicePanel = lazy(() =>
  import('../settings/WipeDevicePanel').then((m) => ({ default: m.WipeDevicePanel })),
);

/**
 * Asks for the passphrase; after repeated failures it shows how long to wait. Below, the way
 * out for a forgotten passphrase: resetting the device (all local data is deleted).
 */
export function UnlockScreen() {
  const { t } = useTranslation('lock');
  const { unlock, retryAfterMs, preload } = useVault();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<'wrong' | 'failed' | undefined>(undefined);
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void retryAfterMs().then((ms) => {
      if (ms > 0) setWaitUntil(Date.now() + ms);
    });
  }, [retryAfterMs]);
  useEffect(() => {
    if (waitUntil <= now) return;
    const timer = setTimeout(() => {
      setNow(Date.now());
    }, 1_000);
    return () => {
      clearTimeout(timer);
    };
  }, [waitUntil, now]);

  const seconds = Math.max(0, Math.ceil((waitUntil - now) / 1_000));
  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (seconds > 0 || passphrase === '') return;
    setBusy(true);
    setError(undefined);
    try {
      await unlock(passphrase);
    } catch (e) {
      setPassphrase('');
      if (e instanceof UnlockBackoffError) {
        setWaitUntil(Date.now() + e.retryAfterMs);
      } else {
        setError(e instanceof UnlockFailedError ? 'wrong' : 'failed');
        const ms = await retryAfterMs();
        if (ms > 0) setWaitUntil(Date.now() + ms);
      }
      setNow(Date.now());
      setBusy(false);
      input.current?.focus();
    }
  };

  return (
    <section className="lock-screen stack" aria-labelledby="unlock-title">
      <h1 id="unlock-title" className="kern-heading-large">
        {t('unlock.title')}
      </h1>
      <p className="kern-body">{t('unlock.intro')}</p>
      <form className="stack" noValidate onSubmit={(e) => void onSubmit(e)}>
        <PassphraseField
          ref={input}
          // Storage loads while the passphrase is typed, so unlocking starts without a wait.
          onFocus={preload}
          label={t('unlock.passphrase')}
          value={passphrase}
          error={error ? t(`unlock.${error}`) : undefined}
          onChange={(e) => {
            setPassphrase(e.target.value);
          }}
        />
        <div className="row">
          <button
            type="submit"
            className="kern-btn kern-btn--primary"
            disabled={busy || seconds > 0}
          >
            <span className="kern-label">{busy ? t('unlock.working') : t('unlock.submit')}</span>
          </button>
        </div>
        {seconds > 0 && (
          <Alert tone="warning" title={t('unlock.wait', { count: seconds })} live="status" />
        )}
      </form>
      {/* A forgotten passphrase must not brick the tablet: resetting is always possible. */}
      <Suspense fallback={null}>
        <WipeDevicePanel variant="forgotten" headingLevel={2} />
      </Suspense>
    </section>
  );
}
