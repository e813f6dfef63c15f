import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { revocationChannels, type RevocationChannel, type SignedConsent } from '../../domain';
import { todayIso } from '../../app/today';
import { localIsoDateTime } from '../../storage/localTime';
import { InvalidInputError } from '../../storage/errors';
import { useConsentActions } from '../../storage/hooks/useConsents';
import { Alert } from '../../ui/Alert';
import { SelectField } from '../../ui/SelectField';
import { DateTextField } from '../../ui/DateInput';
import { TextField } from '../../ui/TextField';
import { runtimeT } from '../../i18n/runtimeKeys';

type Props = {
  consent: SignedConsent;
  /** Recipients still covered (not revoked yet). */
  open: readonly { id: string; name: string }[];
  counsellor: string;
};

/**
 * Records a withdrawal as it reached the organisation: whole or for some recipients, the
 * day it arrived and how. Withdrawing must be as easy as consenting, so only the scope and
 * the day are required. Stored as a new event; the signed consent stays unchanged.
 */
export function RevocationForm({ consent, open, counsellor }: Props) {
  const { t } = useTranslation('consents');
  const actions = useConsentActions();
  const [scope, setScope] = useState<'all' | 'recipients'>('all');
  const [chosen, setChosen] = useState<string[]>([]);
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [via, setVia] = useState<RevocationChannel>('in-person');
  const [recordedBy, setRecordedBy] = useState(counsellor);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');

  const submit = async () => {
    setState('saving');
    setErrors({});
    try {
      await actions.revoke(
        {
          caseId: consent.caseId,
          consentId: consent.id,
          scope: scope === 'all' ? { kind: 'all' } : { kind: 'recipients', recipientIds: chosen },
          receivedOn,
          receivedVia: via,
          recordedBy,
          recordedAt: localIsoDateTime(new Date()),
          ...(note.trim() ? { note } : {}),
        },
        todayIso(),
      );
      setState('saved');
      setChosen([]);
      setNote('');
    } catch (error) {
      if (error instanceof InvalidInputError) {
        setErrors(
          Object.fromEntries(error.issues.map((i) => [String(i.path[0] ?? 'scope'), i.message])),
        );
        setState('idle');
      } else {
        setState('failed');
      }
    }
  };
  const message = (field: string) => (errors[field] ? runtimeT(t)(errors[field]) : undefined);

  return (
    <form
      className="stack form-narrow"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset
        className="kern-fieldset"
        aria-describedby={errors.scope ? 'revoke-scope-error' : undefined}
      >
        <legend className="kern-label">{t('revoke.scope')}</legend>
        <div className="kern-fieldset__body">
          {(['all', 'recipients'] as const).map((s) => (
            <div className="kern-form-check" key={s}>
              <input
                id={`revoke-scope-${s}`}
                type="radio"
                name="revoke-scope"
                className="kern-form-check__radio"
                checked={scope === s}
                onChange={() => {
                  setScope(s);
                }}
              />
              <label className="kern-label" htmlFor={`revoke-scope-${s}`}>
                {t(`revoke.scopes.${s}`)}
              </label>
            </div>
          ))}
          {scope === 'recipients' &&
            open.map((r) => (
              <div className="kern-form-check consent-indent" key={r.id}>
                <input
                  id={`revoke-recipient-${r.id}`}
                  type="checkbox"
                  className="kern-form-check__checkbox"
                  checked={chosen.includes(r.id)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setChosen((c) => (on ? [...c, r.id] : c.filter((x) => x !== r.id)));
                  }}
                />
                <label className="kern-label" htmlFor={`revoke-recipient-${r.id}`}>
                  {r.name}
                </label>
              </div>
            ))}
        </div>
        {errors.scope && (
          <p className="kern-error" id="revoke-scope-error" role="alert">
            {message('scope')}
          </p>
        )}
      </fieldset>
      <DateTextField
        id="revoke-received"
        label={t('revoke.receivedOn')}
        value={receivedOn}
        error={message('receivedOn')}
        onChange={setReceivedOn}
      />
      <SelectField
        id="revoke-via"
        label={t('revoke.via')}
        value={via}
        onChange={(e) => {
          setVia(e.currentTarget.value as RevocationChannel);
        }}
      >
        {revocationChannels.map((c) => (
          <option key={c} value={c}>
            {t(`revoke.channels.${c}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="revoke-recorded-by"
        label={t('revoke.recordedBy')}
        value={recordedBy}
        maxLength={200}
        error={message('recordedBy')}
        onChange={(e) => {
          setRecordedBy(e.currentTarget.value);
        }}
      />
      <TextField
        id="revoke-note"
        label={t('revoke.note')}
        value={note}
        maxLength={1000}
        error={message('note')}
        onChange={(e) => {
          setNote(e.currentTarget.value);
        }}
      />
      {state === 'saved' && <Alert tone="success" live="status" title={t('revoke.saved')} />}
      {state === 'failed' && (
        <Alert tone="danger" title={t('revoke.failed.title')}>
          <p className="kern-body">{t('revoke.failed.body')}</p>
        </Alert>
      )}
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={state === 'saving'}>
          <span className="kern-label">{t('revoke.submit')}</span>
        </button>
      </div>
    </form>
  );
}
