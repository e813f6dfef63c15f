import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReferralActions } from '../../storage/hooks/useReferrals';
import { Alert } from '../../ui/Alert';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

const MAX = 1000;

/**
 * A progress note for the sender ("first appointment on …"). Reports are appended, never
 * edited; stored encrypted at once and sent at the next sync (offline: queued).
 */
export function ReportForm({ id, defaultBy }: { id: string; defaultBy: string }) {
  const { t } = useTranslation('referrals');
  const actions = useReferralActions();
  const [text, setText] = useState('');
  const [by, setBy] = useState(defaultBy);
  const [errors, setErrors] = useState<{ text?: string; by?: string }>({});
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const submit = async () => {
    const next = {
      ...(text.trim() === '' || text.trim().length > MAX ? { text: t('validation.report') } : {}),
      ...(by.trim() === '' ? { by: t('validation.name') } : {}),
    };
    setErrors(next);
    if (next.text ?? next.by) return;
    try {
      await actions.report(id, { text: text.trim(), by: by.trim() }, new Date());
      setText('');
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextAreaField
        id="report-text"
        label={t('report.text')}
        hint={t('report.hint')}
        value={text}
        maxLength={MAX}
        error={errors.text}
        onChange={(e) => {
          setText(e.target.value);
          setStatus('idle');
        }}
      />
      <TextField
        id="report-by"
        label={t('report.by')}
        value={by}
        maxLength={200}
        error={errors.by}
        autoComplete="off"
        onChange={(e) => {
          setBy(e.target.value);
        }}
      />
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t('report.submit')}</span>
        </button>
      </div>
      {status === 'saved' && <Alert tone="success" title={t('report.saved')} live="status" />}
      {status === 'failed' && <Alert tone="danger" title={t('report.failed')} live="alert" />}
    </form>
  );
}
