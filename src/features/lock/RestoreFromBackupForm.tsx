import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissRevocationNotice } from '../../storage/revocationNotice';
import type { BackupProblem } from '../../storage/backup/container';
import { checkPassphrase } from '../../storage/crypto/passphrasePolicy';
import { useRestoreFromBackup } from '../../storage/hooks/useRestoreFromBackup';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/TextField';
import { PassphraseField } from './PassphraseField';

type Refusal = { kind: 'problem'; problem: BackupProblem } | { kind: 'failed' } | undefined;

/**
 * First start from a device backup (storage/backup): the file, its passphrase, and a new
 * passphrase for this tablet. The file is checked whole first — a wrong passphrase, a
 * truncated or damaged file is refused with its reason and nothing is written; only then is
 * the device set up with all of it, in one transaction. On success the vault unlocks and
 * the app opens.
 */
export function RestoreFromBackupForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('backup');
  const { t: tLock } = useTranslation('lock');
  const { read, setUp } = useRestoreFromBackup();
  const [file, setFile] = useState<File | undefined>(undefined);
  const [backupPassphrase, setBackupPassphrase] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const refusalBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    if (refusal) refusalBox.current?.focus();
  }, [refusal]);

  const problems = checkPassphrase(passphrase);
  const mismatch = repeat !== passphrase;

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    setRefusal(undefined);
    if (!file || backupPassphrase === '' || problems.length > 0 || mismatch) return;
    setBusy(true);
    try {
      const result = await read(file, backupPassphrase);
      if (!result.ok) {
        setRefusal({ kind: 'problem', problem: result.problem });
        return;
      }
      await setUp(passphrase, result.contents);
      dismissRevocationNotice(); // set up again: the note of an earlier block has been read
    } catch {
      setRefusal({ kind: 'failed' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="lock-screen stack" aria-labelledby="restore-title">
      <h1 id="restore-title" className="kern-heading-large" tabIndex={-1} ref={heading}>
        {t('restore.title')}
      </h1>
      <p className="kern-body">{t('restore.intro')}</p>
      <form className="stack" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          type="file"
          label={t('restore.file')}
          accept=".pbak,application/octet-stream"
          error={submitted && !file ? t('restore.fileMissing') : undefined}
          onChange={(e) => {
            setFile(e.target.files?.[0]);
            setRefusal(undefined);
          }}
        />
        <PassphraseField
          label={t('restore.passphrase')}
          value={backupPassphrase}
          autoComplete="off"
          error={submitted && backupPassphrase === '' ? t('restore.passphraseMissing') : undefined}
          onChange={(e) => {
            setBackupPassphrase(e.target.value);
            setRefusal(undefined);
          }}
        />
        <PassphraseField
          label={t('restore.devicePassphrase')}
          hint={tLock('setup.rules')}
          value={passphrase}
          autoComplete="new-password"
          error={
            submitted && problems.length > 0
              ? problems.map((p) => tLock(`setup.problem.${p}`)).join(' ')
              : undefined
          }
          onChange={(e) => {
            setPassphrase(e.target.value);
          }}
        />
        <PassphraseField
          label={t('restore.repeat')}
          value={repeat}
          autoComplete="new-password"
          error={submitted && mismatch ? tLock('setup.mismatch') : undefined}
          onChange={(e) => {
            setRepeat(e.target.value);
          }}
        />
        {refusal && (
          <div ref={refusalBox} tabIndex={-1} data-testid="restore-refused">
            <Alert tone="danger" title={t('restore.refusedTitle')} live="alert">
              {refusal.kind === 'problem'
                ? `${t(`restore.problem.${refusal.problem}`)} ${t('restore.unchanged')}`
                : t('restore.failed')}
            </Alert>
          </div>
        )}
        <div className="row">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
            <span className="kern-label">{busy ? t('restore.working') : t('restore.submit')}</span>
          </button>
          <button
            type="button"
            className="kern-btn kern-btn--tertiary"
            disabled={busy}
            onClick={onCancel}
          >
            <span className="kern-label">{t('restore.cancel')}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
