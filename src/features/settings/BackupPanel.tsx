import { useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DevicePassphraseReusedError } from '../../storage/backup/createBackup';
import { checkPassphrase } from '../../storage/crypto/passphrasePolicy';
import { useDeviceBackup, type BackupFile } from '../../storage/hooks/useBackup';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/TextField';
import { PassphraseField } from '../lock/PassphraseField';

/** Hands the file to the browser's download (the tablet asks where to save it). */
function saveFile(file: BackupFile) {
  const url = URL.createObjectURL(new Blob([file.bytes], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the blob by now; the URL must not outlive the page's need.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

/**
 * Einstellungen › Datensicherung: when this device was last backed up or synced, a reminder
 * when neither happened for the configured days, making a backup file under a passphrase of
 * its own, and the reminder's days. Everything stays on the device until the counsellor
 * saves the file.
 */
export function BackupPanel() {
  const { t, i18n } = useTranslation('backup');
  const { status, create, markSaved, saveReminderDays } = useDeviceBackup();
  const format = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.language],
  );
  const when = (iso: string | undefined) =>
    iso === undefined ? t('settings.never') : format.format(new Date(iso));

  return (
    <div className="stack">
      <p className="kern-body">{t('settings.intro')}</p>
      {status && (
        <dl className="definition-list">
          <dt>{t('settings.lastBackup')}</dt>
          <dd data-testid="last-backup">{when(status.lastBackupAt)}</dd>
          <dt>{t('settings.lastSync')}</dt>
          <dd>{when(status.lastSyncAt)}</dd>
        </dl>
      )}
      {status?.due && (
        <Alert tone="warning" title={t('settings.dueTitle')}>
          {t('settings.due', { count: status.daysWithout ?? status.reminderDays })}
        </Alert>
      )}
      <CreateBackupForm create={create} markSaved={markSaved} />
      {status && <ReminderForm days={status.reminderDays} save={saveReminderDays} />}
    </div>
  );
}

type Outcome = { kind: 'done'; fileName: string } | { kind: 'failed' } | undefined;

function CreateBackupForm({
  create,
  markSaved,
}: {
  create: (passphrase: string) => Promise<BackupFile>;
  markSaved: (file: BackupFile) => Promise<void>;
}) {
  const { t } = useTranslation('backup');
  const { t: tLock } = useTranslation('lock');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [reused, setReused] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const problems = checkPassphrase(passphrase);
  const mismatch = repeat !== passphrase;

  const passphraseError = () => {
    if (reused) return t('settings.sameAsDevice');
    if (!submitted || problems.length === 0) return undefined;
    return problems.map((p) => tLock(`setup.problem.${p}`)).join(' ');
  };

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    setOutcome(undefined);
    setReused(false);
    if (problems.length > 0 || mismatch) return;
    setBusy(true);
    try {
      const file = await create(passphrase);
      saveFile(file);
      await markSaved(file);
      setPassphrase('');
      setRepeat('');
      setSubmitted(false);
      setOutcome({ kind: 'done', fileName: file.fileName });
    } catch (error) {
      if (error instanceof DevicePassphraseReusedError) setReused(true);
      else setOutcome({ kind: 'failed' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="stack form-narrow"
      noValidate
      aria-labelledby="backup-create-heading"
      onSubmit={(e) => void onSubmit(e)}
    >
      <h3 id="backup-create-heading" className="kern-heading-small">
        {t('settings.createTitle')}
      </h3>
      <PassphraseField
        label={t('settings.passphrase')}
        hint={t('settings.passphraseHint')}
        value={passphrase}
        autoComplete="new-password"
        error={passphraseError()}
        onChange={(e) => {
          setPassphrase(e.target.value);
          setReused(false);
        }}
      />
      <PassphraseField
        label={t('settings.repeat')}
        value={repeat}
        autoComplete="new-password"
        error={submitted && mismatch ? tLock('setup.mismatch') : undefined}
        onChange={(e) => {
          setRepeat(e.target.value);
        }}
      />
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{busy ? t('settings.working') : t('settings.submit')}</span>
        </button>
      </div>
      {outcome?.kind === 'done' && (
        <Alert
          tone="success"
          title={t('settings.done', { fileName: outcome.fileName })}
          live="status"
        >
          {t('settings.doneHint')}
        </Alert>
      )}
      {outcome?.kind === 'failed' && (
        <Alert tone="danger" title={t('settings.failed')} live="alert" />
      )}
    </form>
  );
}

function ReminderForm({ days, save }: { days: number; save: (days: number) => Promise<void> }) {
  const { t } = useTranslation('backup');
  const [value, setValue] = useState(String(days));
  const [result, setResult] = useState<'saved' | 'invalid' | 'failed' | undefined>(undefined);

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const parsed = Number(value);
    if (!/^\d{1,3}$/.test(value.trim()) || parsed < 1 || parsed > 365) {
      setResult('invalid');
      return;
    }
    try {
      await save(parsed);
      setResult('saved');
    } catch {
      setResult('failed');
    }
  };

  return (
    <form
      className="stack form-narrow"
      noValidate
      aria-labelledby="backup-reminder-heading"
      onSubmit={(e) => void onSubmit(e)}
    >
      <h3 id="backup-reminder-heading" className="kern-heading-small">
        {t('settings.reminderTitle')}
      </h3>
      <TextField
        label={t('settings.reminderDays')}
        hint={t('settings.reminderHint')}
        inputMode="numeric"
        value={value}
        error={result === 'invalid' ? t('settings.reminderInvalid') : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setResult(undefined);
        }}
      />
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t('settings.reminderSave')}</span>
        </button>
      </div>
      {result === 'saved' && (
        <Alert tone="success" title={t('settings.reminderSaved')} live="status" />
      )}
      {result === 'failed' && (
        <Alert tone="danger" title={t('settings.reminderFailed')} live="alert" />
      )}
    </form>
  );
}
