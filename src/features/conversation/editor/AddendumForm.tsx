import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordActions } from '../../../storage/hooks/useCases';
import { Alert } from '../../../ui/Alert';
import { TextField } from '../../../ui/TextField';

const ADDENDUM_MAX = 5000;

type Props = {
  sessionId: string;
  /** Pre-filled author: the device's counsellor name, else whoever finalised the session. */
  defaultAuthor: string;
};

/**
 * Appends a dated addendum to a finalised conversation. The button is never silently
 * disabled: a missing author or text gets an inline message on submit. If saving fails
 * (storage error, device locked meanwhile) the text stays in the field.
 */
export function AddendumForm({ sessionId, defaultAuthor }: Props) {
  const { t } = useTranslation('conversation');
  const { sessions } = useRecordActions();
  const [author, setAuthor] = useState<string | undefined>(undefined);
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [state, setState] = useState<'idle' | 'working' | 'saved' | 'failed'>('idle');
  // Until the counsellor types, the author follows the (asynchronously loaded) default.
  const authorValue = author ?? defaultAuthor;
  const authorError =
    submitted && authorValue.trim() === '' ? t('finalised.authorRequired') : undefined;
  const textError = submitted && text.trim() === '' ? t('finalised.textRequired') : undefined;

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        if (authorValue.trim() === '' || text.trim() === '' || state === 'working') return;
        setState('working');
        sessions.addAddendum(sessionId, authorValue.trim(), text.trim()).then(
          () => {
            setText('');
            setSubmitted(false);
            setState('saved');
          },
          () => {
            setState('failed');
          },
        );
      }}
    >
      <TextField
        label={t('finalised.author')}
        value={authorValue}
        maxLength={120}
        error={authorError}
        required
        onChange={(e) => {
          setAuthor(e.target.value);
        }}
      />
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="addendum-text">
          {t('finalised.addendumText')}
        </label>
        <div className="kern-hint" id="addendum-hint">
          {t('finalised.addendumHint')}
        </div>
        <textarea
          id="addendum-text"
          className={`kern-form-input__input${textError ? ' kern-form-input__input--error' : ''}`}
          rows={4}
          maxLength={ADDENDUM_MAX}
          required
          aria-invalid={textError ? true : undefined}
          aria-describedby={textError ? 'addendum-hint addendum-error' : 'addendum-hint'}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setState('idle');
          }}
        />
        {textError && (
          <p className="kern-error" id="addendum-error" role="alert">
            {textError}
          </p>
        )}
      </div>
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={state === 'working'}>
          <span className="kern-label">{t('finalised.addAddendum')}</span>
        </button>
      </div>
      {state === 'saved' && (
        <Alert tone="success" title={t('finalised.addendumSaved')} live="status" />
      )}
      {state === 'failed' && (
        <Alert tone="danger" title={t('finalised.addendumFailed')} live="alert" />
      )}
    </form>
  );
}
