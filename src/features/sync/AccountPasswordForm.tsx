import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SyncHttpError, useSync } from '../../app/sync/SyncProvider';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/TextField';

const MIN_LENGTH = 12; // the server's rule (protocol newPasswordSchema)

/**
 * Sets a new account password — required after a first sign-in with a one-time password,
 * before the server accepts any data. Online only; on failure nothing changes.
 */
export function AccountPasswordForm() {
  const { t } = useTranslation('sync');
  const { changePassword } = useSync();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const currentError = submitted && !current ? t('account.required') : undefined;
  const nextError =
    submitted && next.length < MIN_LENGTH ? t('password.tooShort', { min: MIN_LENGTH }) : undefined;
  const repeatError = submitted && repeat !== next ? t('password.mismatch') : undefined;

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!current || next.length < MIN_LENGTH || repeat !== next) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await changePassword(current, next);
    } catch (error) {
      setCurrent('');
      setProblem(
        error instanceof SyncHttpError && error.offline
          ? 'account.offline'
          : error instanceof SyncHttpError && error.status === 401
            ? 'password.wrong'
            : 'account.failed',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack form-narrow" noValidate onSubmit={(e) => void onSubmit(e)}>
      <Alert tone="warning" title={t('password.required')} />
      <TextField
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
        value={current}
        maxLength={256}
        required
        error={currentError}
        onChange={(e) => {
          setCurrent(e.target.value);
        }}
      />
      <TextField
        label={t('password.next')}
        hint={t('password.rules', { min: MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        value={next}
        maxLength={256}
        required
        error={nextError}
        onChange={(e) => {
          setNext(e.target.value);
        }}
      />
      <TextField
        label={t('password.repeat')}
        type="password"
        autoComplete="new-password"
        value={repeat}
        maxLength={256}
        required
        error={repeatError}
        onChange={(e) => {
          setRepeat(e.target.value);
        }}
      />
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{t('password.submit')}</span>
        </button>
      </div>
      {problem && <Alert tone="danger" live="alert" title={t(problem)} />}
    </form>
  );
}
