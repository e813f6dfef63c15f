import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentChoices, ConsentSignature, RenderedBlock } from '../../../domain';
import { PhotoInput } from '../../../ui/PhotoInput';
import { SignaturePad } from '../../../ui/SignaturePad';
import { TextField } from '../../../ui/TextField';
import { Alert } from '../../../ui/Alert';

export type SignInput = {
  signature: ConsentSignature;
  signedPlace: string;
  recordedBy: string;
};

type Props = {
  choices: ConsentChoices;
  text: { de: RenderedBlock[]; client: RenderedBlock[] };
  defaults: { place: string; counsellor: string };
  onBack: () => void;
  /** Stores the consent; rejects when nothing could be written (the input stays here). */
  onSign: (input: SignInput) => Promise<void>;
};

/**
 * Step 3: the signature — drawn on the tablet (touch or stylus; optionally countersigned by
 * the counsellor) or on paper, then photographed. Saving writes everything at once.
 */
export function SignStep({ choices, defaults, onBack, onSign }: Props) {
  const { t } = useTranslation('consents');
  const [method, setMethod] = useState<'drawn' | 'paper'>('drawn');
  const [signatory, setSignatory] = useState<string>();
  const [countersign, setCountersign] = useState(false);
  const [counsellor, setCounsellor] = useState<string>();
  const [photo, setPhoto] = useState<string>();
  const [place, setPlace] = useState(defaults.place);
  const [recordedBy, setRecordedBy] = useState(defaults.counsellor);
  const [attempted, setAttempted] = useState(false);
  const [state, setState] = useState<'idle' | 'saving' | 'failed'>('idle');

  const missingSignature = method === 'drawn' ? !signatory : !photo;
  const missingCounter = method === 'drawn' && countersign && !counsellor;
  const missingName = recordedBy.trim() === '';

  const save = async () => {
    setAttempted(true);
    if (missingSignature || missingCounter || missingName) return;
    const signature: ConsentSignature =
      method === 'drawn'
        ? {
            method: 'drawn',
            signatory: signatory ?? '',
            ...(countersign && counsellor ? { counsellor } : {}),
          }
        : { method: 'paper', photo: photo ?? '' };
    setState('saving');
    try {
      await onSign({ signature, signedPlace: place.trim(), recordedBy: recordedBy.trim() });
    } catch {
      setState('failed');
    }
  };

  const who =
    choices.signatory.role === 'guardian'
      ? t('sign.guardian', { name: choices.signatory.name })
      : t('sign.person', { name: choices.personName });
  return (
    <div className="stack">
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('sign.method')}</legend>
        <div className="kern-fieldset__body">
          {(['drawn', 'paper'] as const).map((m) => (
            <div className="kern-form-check" key={m}>
              <input
                id={`sign-method-${m}`}
                type="radio"
                name="sign-method"
                className="kern-form-check__radio"
                checked={method === m}
                onChange={() => {
                  setMethod(m);
                }}
              />
              <label className="kern-label" htmlFor={`sign-method-${m}`}>
                {t(`sign.methods.${m}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      {method === 'drawn' ? (
        <>
          <SignaturePad
            id="signature-signatory"
            label={who}
            hint={t('sign.padHint')}
            clearLabel={t('sign.clear')}
            error={attempted && missingSignature ? t('validation.signature') : undefined}
            onChange={setSignatory}
          />
          <div className="kern-form-check">
            <input
              id="sign-countersign"
              type="checkbox"
              className="kern-form-check__checkbox"
              checked={countersign}
              onChange={(e) => {
                setCountersign(e.currentTarget.checked);
              }}
            />
            <label className="kern-label" htmlFor="sign-countersign">
              {t('sign.countersign')}
            </label>
          </div>
          {countersign && (
            <SignaturePad
              id="signature-counsellor"
              label={t('sign.counsellor')}
              hint={t('sign.padHint')}
              clearLabel={t('sign.clear')}
              error={attempted && missingCounter ? t('validation.counsellor-signature') : undefined}
              onChange={setCounsellor}
            />
          )}
        </>
      ) : (
        <PhotoInput
          id="signature-photo"
          label={t('sign.photo')}
          hint={t('sign.photoHint')}
          previewAlt={t('sign.photoPreview')}
          removeLabel={t('sign.photoRemove')}
          unreadableMessage={t('sign.photoUnreadable')}
          error={attempted && missingSignature ? t('validation.photo') : undefined}
          value={photo}
          onChange={setPhoto}
        />
      )}

      <div className="row">
        <TextField
          id="sign-place"
          label={t('sign.place')}
          value={place}
          maxLength={120}
          onChange={(e) => {
            setPlace(e.currentTarget.value);
          }}
        />
        <TextField
          id="sign-recorded-by"
          label={t('sign.recordedBy')}
          value={recordedBy}
          maxLength={200}
          error={attempted && missingName ? t('validation.name') : undefined}
          onChange={(e) => {
            setRecordedBy(e.currentTarget.value);
          }}
        />
      </div>
      {state === 'failed' && (
        <Alert tone="danger" title={t('sign.failed.title')}>
          <p className="kern-body">{t('sign.failed.body')}</p>
        </Alert>
      )}
      <div className="row">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onBack}>
          <span className="kern-label">{t('builder.backToText')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          disabled={state === 'saving'}
          onClick={() => void save()}
        >
          <span className="kern-label">{t('sign.save')}</span>
        </button>
      </div>
    </div>
  );
}
