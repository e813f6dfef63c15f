import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compact, type NextAppointment, type RecordIssue } from '../../../domain';
import { Alert } from '../../../ui/Alert';
import { TextField } from '../../../ui/TextField';
import { ValidatedDateField } from './ValidatedDateField';

type Props = {
  nextAppointment: NextAppointment | undefined;
  issues: readonly RecordIssue[];
  missing: readonly { id: string; label: string; stepId: string }[];
  /** Questions not answered yet, of all shown (for the confirmation). */
  openQuestions: number;
  totalQuestions: number;
  /** Topics (sections) not ticked "besprochen", by their titles. */
  topicsNotDiscussed: readonly string[];
  defaultFinaliser: string;
  onAppointment: (value: NextAppointment | undefined) => void;
  onGoTo: (stepId: string) => void;
  onFinalise: (finalisedBy: string) => Promise<void>;
};

/** Next appointment, completeness check and finalising (which locks the conversation). */
export function FinishStep(props: Props) {
  const { nextAppointment, issues, missing, defaultFinaliser, onAppointment, onGoTo, onFinalise } =
    props;
  const { openQuestions, totalQuestions, topicsNotDiscussed } = props;
  const { t } = useTranslation(['conversation', 'record']);
  const [by, setBy] = useState(defaultFinaliser);
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');
  const appointmentIssue = issues.find((i) => i.path.startsWith('nextAppointment'))?.code;
  const blocking = issues.filter((i) => !i.path.startsWith('nextAppointment.time'));
  const setAppointment = (patch: Partial<NextAppointment>) => {
    const next: Record<string, unknown> = compact({ ...nextAppointment, ...patch });
    onAppointment(typeof next.date === 'string' ? (next as NextAppointment) : undefined);
  };
  const canFinalise = missing.length === 0 && blocking.length === 0 && by.trim() !== '';
  // Why the button is disabled, said next to it (a disabled button alone explains nothing).
  const reason =
    missing.length > 0 || blocking.length > 0
      ? t('finish.disabled.incomplete')
      : by.trim() === ''
        ? t('finish.disabled.finaliser')
        : undefined;

  return (
    <div className="stack">
      <h2 className="kern-heading-medium" id="step-title" tabIndex={-1}>
        {t('finish.title')}
      </h2>
      <fieldset className="kern-fieldset stack">
        <legend className="kern-heading-small">{t('finish.appointment')}</legend>
        <ValidatedDateField
          id="appointment-date"
          label={t('finish.appointmentDate')}
          value={nextAppointment?.date}
          error={appointmentIssue}
          onChange={(date) => {
            setAppointment({ date });
          }}
        />
        <TextField
          label={t('finish.appointmentTime')}
          hint={t('frame.timeHint')}
          inputMode="numeric"
          maxLength={5}
          value={nextAppointment?.time ?? ''}
          disabled={!nextAppointment}
          onChange={(e) => {
            setAppointment({ time: e.target.value });
          }}
        />
        <TextField
          label={t('finish.appointmentPlace')}
          maxLength={200}
          value={nextAppointment?.place ?? ''}
          disabled={!nextAppointment}
          onChange={(e) => {
            setAppointment({ place: e.target.value });
          }}
        />
      </fieldset>

      <section className="stack" aria-labelledby="finalise-title">
        <h3 id="finalise-title" className="kern-heading-small">
          {t('finish.finaliseTitle')}
        </h3>
        <p className="kern-body">{t('finish.finaliseIntro')}</p>
        {missing.length > 0 && (
          <Alert tone="warning" title={t('finish.missing', { count: missing.length })}>
            <ul>
              {missing.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    className="kern-link link-button"
                    onClick={() => {
                      onGoTo(m.stepId);
                    }}
                  >
                    {m.label}
                  </button>
                </li>
              ))}
            </ul>
          </Alert>
        )}
        {blocking.length > 0 && (
          <Alert tone="warning" title={t('finish.invalid')}>
            <ul>
              {blocking.map((i) => (
                <li key={`${i.path}-${i.code}`}>{t(i.code, { ns: 'record' })}</li>
              ))}
            </ul>
          </Alert>
        )}
        <TextField
          label={t('finish.finalisedBy')}
          value={by}
          maxLength={120}
          required
          onChange={(e) => {
            setBy(e.target.value);
          }}
        />
        {!confirming ? (
          <div className="row">
            <button
              type="button"
              className="kern-btn kern-btn--primary"
              disabled={!canFinalise}
              aria-describedby={reason ? 'finalise-reason' : undefined}
              onClick={() => {
                setConfirming(true);
              }}
            >
              <span className="kern-label">{t('finish.finalise')}</span>
            </button>
            {reason && (
              <p id="finalise-reason" className="kern-hint">
                {reason}
              </p>
            )}
          </div>
        ) : (
          <div className="confirm-box stack" role="group" aria-labelledby="confirm-title">
            <p id="confirm-title" className="kern-title">
              {t('finish.confirmTitle')}
            </p>
            <p className="kern-body">{t('finish.confirmText')}</p>
            {openQuestions > 0 && (
              <p className="kern-body">
                {t('finish.openQuestions', { count: openQuestions, total: totalQuestions })}
              </p>
            )}
            {topicsNotDiscussed.length > 0 && (
              <>
                <p className="kern-body">
                  {t('finish.topicsNotDiscussed', { count: topicsNotDiscussed.length })}
                </p>
                <ul>
                  {topicsNotDiscussed.map((title) => (
                    <li key={title}>{title}</li>
                  ))}
                </ul>
              </>
            )}
            <div className="row">
              <button
                type="button"
                className="kern-btn kern-btn--primary"
                disabled={state === 'working'}
                onClick={() => {
                  setState('working');
                  onFinalise(by.trim()).catch(() => {
                    setState('failed');
                  });
                }}
              >
                <span className="kern-label">{t('finish.confirm')}</span>
              </button>
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                onClick={() => {
                  setConfirming(false);
                }}
              >
                <span className="kern-label">
                  {openQuestions > 0 || topicsNotDiscussed.length > 0
                    ? t('finish.back')
                    : t('finish.cancel')}
                </span>
              </button>
            </div>
          </div>
        )}
        {state === 'failed' && <Alert tone="danger" title={t('finish.failed')} live="alert" />}
      </section>
    </div>
  );
}
