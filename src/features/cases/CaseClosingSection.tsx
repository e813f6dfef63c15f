import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CASE_OUTCOMES,
  OTHER_TITLE,
  caseState,
  currentClosing,
  outcomeDetails,
  ruleKeyPrefix,
  type CaseOutcome,
  type PathwayId,
} from '../../domain';
import { todayIso } from '../../app/today';
import { useRecordActions } from '../../storage/hooks/useCases';
import type { StoredCase } from '../../storage/cases/caseRepository';
import { InvalidInputError } from '../../storage/errors';
import { Alert } from '../../ui/Alert';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

type Errors = { on?: string; outcome?: string; detail?: string; form?: string };

/** Field errors from the repository's refusal (codes are i18n keys of `cases`). */
function errorsOf(error: unknown): Errors | undefined {
  if (!(error instanceof InvalidInputError)) return undefined;
  const errors: Errors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === 'on' || field === 'outcome' || field === 'detail') errors[field] = issue.message;
    else errors.form = issue.message;
  }
  return errors;
}

/**
 * "Fall abschließen" with day and outcome, "Fall wieder öffnen", and the history of both.
 * Each is one encrypted update of the case (works offline, queued for sync); a refused input
 * (day in the future, before the case was created, …) writes nothing and keeps the form.
 */
export function CaseClosingSection({ record }: { record: StoredCase }) {
  const { t, i18n } = useTranslation(['cases', 'rules']);
  const { cases } = useRecordActions();
  const lifecycle = record.profile.lifecycle ?? [];
  const closed = caseState(lifecycle) === 'closed';
  const closing = currentClosing(lifecycle);
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState(todayIso());
  const [outcome, setOutcome] = useState<CaseOutcome | ''>('');
  const [detail, setDetail] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
      new Date(`${iso}T12:00:00`),
    );
  const outcomeText = (o: string) => t(`closing.outcomes.${o}`);
  const detailText = (o: CaseOutcome, d: string) =>
    o === 'residence-title' && d !== OTHER_TITLE
      ? t(`${ruleKeyPrefix(d as PathwayId)}.title`, { ns: 'rules' })
      : t(`closing.details.${d}`);
  const describe = (o: CaseOutcome, d: string | undefined) =>
    d === undefined ? outcomeText(o) : `${outcomeText(o)} (${detailText(o, d)})`;
  const details = outcome === '' ? [] : outcomeDetails(outcome);

  const reset = () => {
    setOpen(false);
    setOn(todayIso());
    setOutcome('');
    setDetail('');
    setErrors({});
  };

  const submit = async () => {
    if (!closed && outcome === '') {
      setErrors({ outcome: 'cases:closing.validation.outcome' });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      if (closed) {
        await cases.reopen(record.id, { on }, todayIso());
        setAnnouncement(t('closing.reopened'));
      } else {
        await cases.close(
          record.id,
          { on, outcome, ...(detail !== '' ? { detail } : {}) },
          todayIso(),
        );
        setAnnouncement(t('closing.done'));
      }
      reset();
    } catch (error) {
      setErrors(errorsOf(error) ?? { form: 'cases:closing.failed' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack" aria-labelledby="closing-title">
      <h2 id="closing-title" className="kern-heading-medium">
        {t('closing.title')}
      </h2>
      <p className="kern-body" role="status">
        {announcement}
      </p>
      {closing ? (
        <Alert
          tone="info"
          title={t('closing.closed', {
            date: date(closing.on),
            outcome: describe(closing.outcome, closing.detail),
          })}
        >
          <p className="kern-body">{t('closing.closedNotice')}</p>
        </Alert>
      ) : (
        <p className="kern-body">{t('closing.open')}</p>
      )}
      {lifecycle.length > 0 && (
        <>
          <h3 className="kern-heading-small">{t('closing.history')}</h3>
          <ol>
            {lifecycle.map((event, i) => (
              <li key={i} className="kern-body">
                {event.kind === 'closed'
                  ? t('closing.historyClosed', {
                      date: date(event.on),
                      outcome: describe(event.outcome, event.detail),
                    })
                  : t('closing.historyReopened', { date: date(event.on) })}
              </li>
            ))}
          </ol>
        </>
      )}
      {!open ? (
        <div className="row">
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              setOpen(true);
            }}
          >
            <span className="kern-label">{closed ? t('closing.reopen') : t('closing.close')}</span>
          </button>
        </div>
      ) : (
        <form
          className="stack"
          noValidate
          aria-labelledby="closing-title"
          onSubmit={(e) => {
            e.preventDefault();
            if (!busy) void submit();
          }}
        >
          {!closed && <p className="kern-body">{t('closing.intro')}</p>}
          <TextField
            id="closing-on"
            type="date"
            label={closed ? t('closing.reopenDate') : t('closing.date')}
            value={on}
            max={todayIso()}
            required
            error={errors.on ? t(errors.on) : undefined}
            onChange={(e) => {
              setOn(e.target.value);
            }}
          />
          {!closed && (
            <SelectField
              id="closing-outcome"
              label={t('closing.outcome')}
              value={outcome}
              required
              error={errors.outcome ? t(errors.outcome) : undefined}
              onChange={(e) => {
                setOutcome(e.target.value as CaseOutcome | '');
                setDetail('');
              }}
            >
              <option value="">{t('closing.choose')}</option>
              {CASE_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {outcomeText(o)}
                </option>
              ))}
            </SelectField>
          )}
          {!closed && outcome !== '' && details.length > 0 && (
            <SelectField
              id="closing-detail"
              label={t(`closing.detail.${outcome}`)}
              value={detail}
              error={errors.detail ? t(errors.detail) : undefined}
              onChange={(e) => {
                setDetail(e.target.value);
              }}
            >
              <option value="">{t('closing.detailNone')}</option>
              {details.map((d) => (
                <option key={d} value={d}>
                  {detailText(outcome, d)}
                </option>
              ))}
            </SelectField>
          )}
          {errors.form && <Alert tone="danger" live="alert" title={t(errors.form)} />}
          <div className="row">
            <button
              type="submit"
              className="kern-btn kern-btn--primary"
              aria-disabled={busy || undefined}
            >
              <span className="kern-label">
                {closed ? t('closing.reopenSubmit') : t('closing.submit')}
              </span>
            </button>
            <button type="button" className="kern-btn kern-btn--secondary" onClick={reset}>
              <span className="kern-label">{t('closing.cancel')}</span>
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
