import { Suspense, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPassphrase } from '../../storage/crypto/passphrasePolicy';
import { useVault } from '../../storage/hooks/useVault';
import { dismissRevocationNotice, peekRevocationNotice } from '../../storage/revocationNotice';
import { Alert } from '../../ui/Alert';
import { PassphraseField } from './PassphraseField';
import { RestoreFromBackupForm } from './RestoreFromBackupForm';

/**
 * First start on a device: the counsellor chooses the passphrase that protects all data on
 * this tablet. There is no recovery: data that was not synced is lost with the passphrase.
 * Or the tablet is set up from a device backup of another one (RestoreFromBackupForm).
 */
export function SetupScreen() {
  const { t } = useTranslation('lock');
  const { t: tCommon } = useTranslation();
  const { preload } = useVault();
  const [fromBackup, setFromBackup] = useState(false);
  if (fromBackup) {
    return (
      <Suspense fallback={<p className="kern-body">{tCommon('shell.loading')}</p>}>
        <RestoreFromBackupForm
          onCancel={() => {
            setFromBackup(false);
          }}
        />
      </Suspense>
    );
  }
  return (
    <>
      <NewDeviceForm />
      <section className="lock-screen stack" aria-labelledby="setup-backup-title">
        <h2 id="setup-backup-title" className="kern-heading-medium">
          {t('setup.fromBackup')}
        </h2>
        <p className="kern-body">{t('setup.fromBackupIntro')}</p>
        <div className="row">
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              preload();
              setFromBackup(true);
            }}
          >
            <span className="kern-label">{t('setup.fromBackup')}</span>
          </button>
        </div>
      </section>
    </>
  );
}

function NewDeviceForm() {
  const { t } = useTranslation('lock');
  const { setUp, preload } = useVault();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  // A device the administration blocked wiped itself; say so here, where it restarts, until
  // it is set up again. Not dismissed on display: the wipe shows this screen for a moment
  // before the app reloads, and the screen after the reload must still say it.
  const [revoked] = useState(peekRevocationNotice);

  const problems = checkPassphrase(passphrase);
  const mismatch = repeat !== passphrase;
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.length > 0 || mismatch) return;
    setBusy(true);
    setUp(passphrase).then(dismissRevocationNotice, () => {
      setFailed(true);
      setBusy(false);
    });
  };

  return (
    <section className="lock-screen stack" aria-labelledby="setup-title">
      <h1 id="setup-title" className="kern-heading-large">
        {t('setup.title')}
      </h1>
      {revoked && (
        <Alert tone="warning" live="alert" title={t('setup.revoked.title')}>
          <p className="kern-body">
            {revoked.unsynced > 0
              ? t('setup.revoked.lost', { count: revoked.unsynced })
              : t('setup.revoked.nothingLost')}
          </p>
        </Alert>
      )}
      <p className="kern-body">{t('setup.intro')}</p>
      <form className="stack" noValidate onSubmit={onSubmit}>
        <PassphraseField
          // Storage loads while the passphrase is chosen, so set-up starts without a wait.
          onFocus={preload}
          label={t('setup.passphrase')}
          hint={t('setup.rules')}
          value={passphrase}
          autoComplete="new-password"
          error={
            submitted && problems.length > 0
              ? problems.map((p) => t(`setup.problem.${p}`)).join(' ')
              : undefined
          }
          onChange={(e) => {
            setPassphrase(e.target.value);
          }}
        />
        <PassphraseField
          label={t('setup.repeat')}
          value={repeat}
          autoComplete="new-password"
          error={submitted && mismatch ? t('setup.mismatch') : undefined}
          onChange={(e) => {
            setRepeat(e.target.value);
          }}
        />
        <Alert tone="warning" title={t('setup.noRecoveryTitle')}>
          {t('setup.noRecovery')}
        </Alert>
        <div className="row">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
            <span className="kern-label">{busy ? t('setup.working') : t('setup.submit')}</span>
          </button>
        </div>
        {failed && <Alert tone="danger" title={t('setup.failed')} live="alert" />}
      </form>
    </section>
  );
}
