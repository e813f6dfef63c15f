import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SyncHttpError, useSync } from '../../app/sync/SyncProvider';
import { assessPassword, authErrorCodes, knownWords, passwordPolicy } from '../../protocol';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/TextField';
import { usePasswordStrength } from './usePasswordStrength';
import { waitText } from './waitText';
import { runtimeT } from '../../i18n/runtimeKeys';

const MIN_LENGTH = passwordPolicy.minLength;

type Problem = { key: string; wait?: number | undefined };

/** Which plain-German message a refused change gets (codes from the server's protocol). */
function changeProblem(error: unknown): Problem {
  if (!(error instanceof SyncHttpError)) return { key: 'account.failed' };
  if (error.offline) return { key: 'account.offline' };
  if (error.status === 429) return { key: 'password.tooMany', wait: error.retryAfterSeconds };
  if (error.status === 401) return { key: 'password.wrong' };
  if (error.code === authErrorCodes.weakPassword) return { key: 'password.weak' };
  if (error.code === authErrorCodes.passwordReused) return { key: 'password.reused' };
  return { key: 'account.failed' };
}

/**
 * Sets a new account password: `first` after a first sign-in with a one-time password
 * (required before the server accepts any data), `change` later from the settings. Online
 * only; on failure nothing changes. While typing, a strength hint (the same estimate the
 * server applies, loaded lazily); the server decides and also refuses reuse of the current
 * password.
 */
export function AccountPasswordForm({
  mode,
  onChanged,
  onCancel,
}: {
  mode: 'first' | 'change';
  onChanged?: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('sync');
  const { account, changePassword } = useSync();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [weak, setWeak] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const words = knownWords({
    email: account?.email,
    displayName: account?.displayName,
    organisationName: account?.organisationName,
  });
  const strength = usePasswordStrength(next, words);

  const currentError = submitted && !current ? t('account.required') : undefined;
  const nextError =
    submitted && next.length < MIN_LENGTH
      ? t('password.tooShort', { min: MIN_LENGTH })
      : weak
        ? t('password.weak')
        : undefined;
  const repeatError = submitted && repeat !== next ? t('password.mismatch') : undefined;
  const hint = [
    t('password.rules', { min: MIN_LENGTH }),
    strength ? t('password.strength', { level: t(`password.level.${strength.score}`) }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setWeak(false);
    if (!current || next.length < MIN_LENGTH || repeat !== next) return;
    setBusy(true);
    setProblem(undefined);
    try {
      // The hint would be refused by the server anyway: say so without a round trip.
      const verdict = await assessPassword(next, words).catch(() => undefined);
      if (verdict && !verdict.ok) {
        setWeak(true);
        return;
      }
      await changePassword(current, next);
      onChanged?.();
    } catch (error) {
      setCurrent('');
      setProblem(changeProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack form-narrow" noValidate onSubmit={(e) => void onSubmit(e)}>
      {mode === 'first' && <Alert tone="warning" title={t('password.required')} />}
      <TextField
        label={mode === 'first' ? t('password.current') : t('password.currentPlain')}
        type="password"
        autoComplete="current-password"
        value={current}
        maxLength={passwordPolicy.maxLength}
        required
        error={currentError}
        onChange={(e) => {
          setCurrent(e.target.value);
        }}
      />
      <TextField
        label={t('password.next')}
        hint={hint}
        type="password"
        autoComplete="new-password"
        value={next}
        maxLength={passwordPolicy.maxLength}
        required
        error={nextError}
        onChange={(e) => {
          setNext(e.target.value);
          setWeak(false);
        }}
      />
      <TextField
        label={t('password.repeat')}
        type="password"
        autoComplete="new-password"
        value={repeat}
        maxLength={passwordPolicy.maxLength}
        required
        error={repeatError}
        onChange={(e) => {
          setRepeat(e.target.value);
        }}
      />
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">
            {mode === 'first' ? t('password.submit') : t('password.submitChange')}
          </span>
        </button>
        {onCancel && (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
            <span className="kern-label">{t('password.cancel')}</span>
          </button>
        )}
      </div>
      {problem && (
        <Alert
          tone="danger"
          live="alert"
          title={runtimeT(t)(problem.key, { wait: waitText(t, problem.wait) })}
        />
      )}
    </form>
  );
}
