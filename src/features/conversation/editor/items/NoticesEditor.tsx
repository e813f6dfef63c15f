import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  compact,
  MAX_BAN_MONTHS,
  NOTICE_INFO,
  noticeKindValues,
  type HandedNotice,
  type IsoDate,
  type NoticeKind,
  type NoticesItem,
} from '../../../../domain';
import { clientLanguages } from '../../../../i18n/languages';
import { DepartureLetterLink } from '../../../letters/DepartureLetterLink';
import { ValidatedDateField } from '../ValidatedDateField';

type Props = {
  item: NoticesItem;
  value: readonly HandedNotice[];
  /** The conversation's date: the day a ticked notice was handed out unless changed. */
  asOf: IsoDate;
  /** The client's language from the participants (else German). */
  defaultLanguage: string;
  /** The conversation, to print the organisation's letter for it. */
  sessionId: string;
  onChange: (value: HandedNotice[]) => void;
};

/**
 * Which written notices were handed out, on which day and in which language, with the
 * deadline or ban length a notice states. Ticking a notice records it for the conversation's
 * date in the client's language; both can be changed. Nothing is pre-ticked.
 */
export function NoticesEditor(props: Props) {
  const { item, value, asOf, defaultLanguage, sessionId, onChange } = props;
  const { t } = useTranslation(['script', 'conversation', 'record']);
  const headingId = useId();
  const hintId = useId();
  const find = (kind: NoticeKind) => value.find((n) => n.kind === kind);
  const toggle = (kind: NoticeKind, on: boolean) => {
    const next = on
      ? [...value, { kind, handedOutOn: asOf, language: defaultLanguage }]
      : value.filter((n) => n.kind !== kind);
    onChange(sortByCatalogue(next));
  };
  const update = (kind: NoticeKind, patch: Partial<HandedNotice>) => {
    onChange(value.map((n) => (n.kind === kind ? compact({ ...n, ...patch }) : n)));
  };

  return (
    <fieldset
      className="kern-fieldset notices"
      aria-describedby={item.hintKey ? hintId : undefined}
    >
      <legend className="kern-label" id={headingId}>
        {t(item.labelKey)}
        {item.required && (
          <span className="required-marker">{t('conversation:items.required')}</span>
        )}
      </legend>
      {item.hintKey && (
        <p className="kern-hint" id={hintId}>
          {t(item.hintKey)}
        </p>
      )}
      <div className="kern-fieldset__body stack">
        {noticeKindValues.map((kind) => {
          const notice = find(kind);
          const id = `notice-${kind}`;
          const info = NOTICE_INFO[kind];
          return (
            <div key={kind} className="notice-row">
              <div className="kern-form-check">
                <input
                  id={id}
                  type="checkbox"
                  className="kern-form-check__checkbox"
                  checked={notice !== undefined}
                  onChange={(e) => {
                    toggle(kind, e.target.checked);
                  }}
                />
                <label className="kern-label" htmlFor={id}>
                  {t(`record:record.notice.${kind}`)}
                  {info.legalRef !== '' && (
                    <>
                      {' '}
                      <span className="legal-ref">{info.legalRef}</span>
                    </>
                  )}
                </label>
              </div>
              {kind === 'departure-information-letter' && (
                <p className="notice-details">
                  <DepartureLetterLink sessionId={sessionId} />
                </p>
              )}
              {notice && (
                <div className="row notice-details">
                  <ValidatedDateField
                    id={`${id}-date`}
                    label={t('conversation:notices.handedOutOn')}
                    value={notice.handedOutOn}
                    required
                    onChange={(next) => {
                      if (next !== undefined) update(kind, { handedOutOn: next });
                    }}
                  />
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={`${id}-lang`}>
                      {t('conversation:notices.language')}
                    </label>
                    <div className="kern-form-input__select-wrapper">
                      <select
                        id={`${id}-lang`}
                        className="kern-form-input__select"
                        value={notice.language}
                        onChange={(e) => {
                          update(kind, { language: e.target.value });
                        }}
                      >
                        {clientLanguages.map((l) => (
                          <option key={l.code} value={l.code} lang={l.code}>
                            {l.nativeName}
                          </option>
                        ))}
                      </select>
                    </div>
                  </div>
                  {info.deadline && (
                    <ValidatedDateField
                      id={`${id}-deadline`}
                      label={t('conversation:notices.deadline')}
                      value={notice.deadline}
                      onChange={(next) => {
                        update(kind, { deadline: next });
                      }}
                    />
                  )}
                  {info.banLength && (
                    <BanMonthsField
                      id={`${id}-ban`}
                      value={notice.banMonths}
                      onChange={(banMonths) => {
                        update(kind, { banMonths });
                      }}
                    />
                  )}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function BanMonthsField(props: {
  id: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}) {
  const { t } = useTranslation(['conversation', 'record']);
  const { id, value, onChange } = props;
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>
        {t('conversation:notices.banMonths')}
      </label>
      <input
        id={id}
        className="kern-form-input__input notice-months"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_BAN_MONTHS}
        step={1}
        value={value ?? ''}
        onChange={(e) => {
          const n = Number.parseInt(e.target.value, 10);
          onChange(Number.isInteger(n) && n >= 1 && n <= MAX_BAN_MONTHS ? n : undefined);
        }}
      />
    </div>
  );
}

function sortByCatalogue(notices: readonly HandedNotice[]): HandedNotice[] {
  return [...notices].sort(
    (a, b) => noticeKindValues.indexOf(a.kind) - noticeKindValues.indexOf(b.kind),
  );
}
