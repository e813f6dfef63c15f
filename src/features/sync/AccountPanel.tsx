import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SyncHttpError, UnsyncedChangesError, useSync } from '../../app/sync/SyncProvider';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/TextField';
import { AccountPasswordForm } from './AccountPasswordForm';
import { SyncStatusPanel } from './SyncStatusPanel';
import { waitText } from './waitText';
import { runtimeT } from '../../i18n/runtimeKeys';

type Problem = { key: string; count?: number; wait?: number | undefined };

/** Which plain-German message a failed sign-in gets (codes from the server's protocol). */
function signInProblem(error: unknown): Problem {
  if (!(error instanceof SyncHttpError)) return { key: 'account.failed' };
  if (error.offline) return { key: 'account.offline' };
  if (error.status === 401) return { key: 'account.wrong' };
  if (error.status === 429) return { key: 'account.tooMany', wait: error.retryAfterSeconds };
  if (error.code === 'device_revoked') return { key: 'account.revoked' };
  if (error.code === 'device_of_other_user') return { key: 'account.otherUser' };
  return { key: 'account.failed' };
}

/**
 * Sign in to the organisation's server (online only) and see the sync state. The password
 * is sent once and never stored; the token that comes back is stored encrypted.
 */
export function AccountPanel() {
  const { t } = useTranslation('sync');
  const { account, signIn, signOut } = useSync();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  // The later password change (Einstellungen): closed, open, or just done.
  const [passwordChange, setPasswordChange] = useState<'closed' | 'open' | 'done'>('closed');
  const missing = (v: string) => (submitted && v.trim() === '' ? t('account.required') : undefined);

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!email.trim() || !password || !deviceName.trim()) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await signIn({ email: email.trim(), password, deviceName: deviceName.trim() });
      setPassword('');
      setSubmitted(false);
    } catch (error) {
      setPassword('');
      setProblem(signInProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const onSignOut = async () => {
    setProblem(undefined);
    try {
      await signOut();
    } catch (error) {
      setProblem(
        error instanceof UnsyncedChangesError
          ? { key: 'account.unsynced', count: error.pending }
          : { key: 'account.failed' },
      );
    }
  };

  if (account === undefined) return null;
  return (
    <div className="stack">
      {account ? (
        <>
          <p className="kern-body">
            {t('account.signedInAs', {
              name: account.displayName,
              email: account.email,
              organisation: account.organisationName,
            })}
          </p>
          {account.mustChangePassword ? (
            <AccountPasswordForm mode="first" />
          ) : (
            <>
              <SyncStatusPanel />
              {passwordChange === 'open' ? (
                <AccountPasswordForm
                  mode="change"
                  onChanged={() => {
                    setPasswordChange('done');
                  }}
                  onCancel={() => {
                    setPasswordChange('closed');
                  }}
                />
              ) : (
                <div className="row">
                  <button
                    type="button"
                    className="kern-btn kern-btn--secondary"
                    onClick={() => {
                      setPasswordChange('open');
                    }}
                  >
                    <span className="kern-label">{t('password.change')}</span>
                  </button>
                </div>
              )}
              {passwordChange === 'done' && (
                <Alert tone="success" live="status" title={t('password.changed')} />
              )}
            </>
          )}
          <div className="row">
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => void onSignOut()}
            >
              <span className="kern-label">{t('account.signOut')}</span>
            </button>
          </div>
        </>
      ) : (
        <form className="stack form-narrow" noValidate onSubmit={(e) => void onSubmit(e)}>
          <SyncStatusPanel />
          <TextField
            label={t('account.email')}
            type="email"
            autoComplete="username"
            value={email}
            maxLength={254}
            required
            error={missing(email)}
            onChange={(e) => {
              setEmail(e.target.value);
            }}
          />
          <TextField
            label={t('account.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            maxLength={256}
            required
            error={missing(password)}
            onChange={(e) => {
              setPassword(e.target.value);
            }}
          />
          <TextField
            label={t('account.deviceName')}
            hint={t('account.deviceNameHint')}
            value={deviceName}
            maxLength={100}
            required
            error={missing(deviceName)}
            onChange={(e) => {
              setDeviceName(e.target.value);
            }}
          />
          <div className="row">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
              <span className="kern-label">
                {busy ? t('account.signingIn') : t('account.signIn')}
              </span>
            </button>
          </div>
        </form>
      )}
      {problem && (
        <Alert
          tone="danger"
          live="alert"
          title={runtimeT(t)(problem.key, {
            count: problem.count ?? 0,
            wait: waitText(t, problem.wait),
          })}
        />
      )}
    </div>
  );
}
