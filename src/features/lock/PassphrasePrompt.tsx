import { useEffect, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UnlockFailedError } from '../../storage/crypto/keystore';
import { useVault } from '../../storage/hooks/useVault';
import { UnlockBackoffError } from '../../storage/vault/errors';
import { Alert } from '../../ui/Alert';
import { PassphraseField } from './PassphraseField';

type Props = {
  /** Unlocks, or verifies while unlocked; both share the vault's persisted back-off. */
  attempt: (passphrase: string) => Promise<void>;
  label: string;
  submit: string;
  /** Further buttons beside the submit button (e.g. cancel). */
  actions?: ReactNode;
  focusOnMount?: boolean;
  /** Called when the passphrase field gets focus (e.g. to start loading storage). */
  onFocus?: () => void;
};

/**
 * The passphrase form of the lock screen and of the client view's way back: after repeated
 * failures it says how long to wait and refuses to try earlier (the vault refuses too).
 */
export function PassphrasePrompt(props: Props) {
  const { attempt, label, submit, actions, focusOnMount, onFocus } = props;
  const { t } = useTranslation('lock');
  const { retryAfterMs } = useVault();
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
    if (focusOnMount) input.current?.focus();
  }, [focusOnMount]);
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
      await attempt(passphrase);
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
    <form className="stack" noValidate onSubmit={(e) => void onSubmit(e)}>
      <PassphraseField
        ref={input}
        onFocus={onFocus}
        label={label}
        value={passphrase}
        error={error ? t(`unlock.${error}`) : undefined}
        onChange={(e) => {
          setPassphrase(e.target.value);
        }}
      />
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy || seconds > 0}>
          <span className="kern-label">{busy ? t('unlock.working') : submit}</span>
        </button>
        {actions}
      </div>
      {seconds > 0 && (
        <Alert tone="warning" title={t('unlock.wait', { count: seconds })} live="status" />
      )}
    </form>
  );
}
