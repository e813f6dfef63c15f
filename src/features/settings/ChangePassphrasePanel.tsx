import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UnlockFailedError } from '../../storage/crypto/keystore';
import { checkPassphrase } from '../../storage/crypto/passphrasePolicy';
import { useVault } from '../../storage/hooks/useVault';
import { Alert } from '../../ui/Alert';
import { PassphraseField } from '../lock/PassphraseField';

type Result = 'done' | 'wrong' | 'failed' | undefined;

/**
 * Changes the device passphrase. Only the data key is re-wrapped (Vault.changePassphrase);
 * no record is re-encrypted. Every attempt derives a key from the current passphrase with
 * the full PBKDF2 cost, and the button stays disabled meanwhile, so guessing here is as slow
 * as on the unlock screen (attempts here do not count towards the unlock back-off).
 */
export function ChangePassphrasePanel() {
  const { t } = useTranslation('lock');
  const { changePassphrase } = useVault();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>(undefined);
  const currentInput = useRef<HTMLInputElement>(null);

  const problems = checkPassphrase(next);
  const mismatch = repeat !== next;
  const same = next !== '' && next === current;
  const nextError = () => {
    if (!submitted) return undefined;
    if (problems.length > 0) return problems.map((p) => t(`setup.problem.${p}`)).join(' ');
    return same ? t('change.same') : undefined;
  };
  const currentError = () => {
    if (result === 'wrong') return t('change.wrong');
    return submitted && current === '' ? t('change.currentMissing') : undefined;
  };

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    setResult(undefined);
    if (current === '' || problems.length > 0 || mismatch || same) return;
    setBusy(true);
    try {
      await changePassphrase(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      setSubmitted(false);
      setResult('done');
    } catch (error) {
      setCurrent('');
      setResult(error instanceof UnlockFailedError ? 'wrong' : 'failed');
      currentInput.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack form-narrow" noValidate onSubmit={(e) => void onSubmit(e)}>
      <p className="kern-body">{t('change.intro')}</p>
      <PassphraseField
        ref={currentInput}
        label={t('change.current')}
        value={current}
        error={currentError()}
        onChange={(e) => {
          setCurrent(e.target.value);
          if (result === 'wrong') setResult(undefined);
        }}
      />
      <PassphraseField
        label={t('change.next')}
        hint={t('setup.rules')}
        value={next}
        autoComplete="new-password"
        error={nextError()}
        onChange={(e) => {
          setNext(e.target.value);
        }}
      />
      <PassphraseField
        label={t('change.repeat')}
        value={repeat}
        autoComplete="new-password"
        error={submitted && mismatch ? t('setup.mismatch') : undefined}
        onChange={(e) => {
          setRepeat(e.target.value);
        }}
      />
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{busy ? t('change.working') : t('change.submit')}</span>
        </button>
      </div>
      {result === 'done' && <Alert tone="success" title={t('change.done')} live="status" />}
      {result === 'failed' && <Alert tone="danger" title={t('change.failed')} live="alert" />}
    </form>
  );
}
