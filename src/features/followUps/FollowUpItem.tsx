import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import type { FollowUp } from '../../domain';
import {
  AcknowledgeNotice,
  RepresentativesToInform,
  useReminderText,
} from '../cases/representatives/RepresentativeReminder';
import { formatUiDate } from './followUpDisplay';
import { MarkDone } from './MarkDone';

type Props = {
  readonly followUp: FollowUp;
  /** The case's display name; undefined if the case is not on this device. */
  readonly caseName: string | undefined;
  /** Date of the conversation the follow-up was agreed in, if known. */
  readonly sessionDate: string | undefined;
  /** After a reminder to inform the representatives was acknowledged (it leaves the list). */
  readonly onAcknowledged?: (() => void) | undefined;
};

/**
 * One agreed action, appointment or reminder to inform the representatives: whose, what,
 * who acts (or is to be informed), by when, and where it was agreed.
 */
export function FollowUpItem({ followUp: f, caseName, sessionDate, onAcknowledged }: Props) {
  const { t, i18n } = useTranslation(['documents', 'rules']);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const date = (iso: string) => formatUiDate(iso, language);
  const reminderText = useReminderText();
  const reminder = f.kind === 'inform-representative';
  const whatId = useId();

  let what: string;
  if (f.kind === 'appointment') {
    what =
      f.place !== undefined
        ? t('followUps.appointmentPlace', { ns: 'documents', place: f.place })
        : t('followUps.appointment', { ns: 'documents' });
  } else if (f.text !== undefined) {
    what = f.text;
  } else if (f.actionKey !== undefined) {
    what = t(f.actionKey, { ns: 'rules' });
  } else {
    what = t('followUps.unspecified', { ns: 'documents' });
  }
  if (reminder) what = reminderText(f, what);

  let due: string | undefined;
  if (f.dueDate !== undefined) {
    const day =
      f.time !== undefined
        ? t('followUps.dueWithTime', { ns: 'documents', date: date(f.dueDate), time: f.time })
        : date(f.dueDate);
    due =
      f.urgency === 'no-date'
        ? day
        : t(`followUps.due.${f.urgency}`, { ns: 'documents', date: day });
  }

  return (
    <li className="follow-up">
      <AppLink href={routes.case(f.caseId)} className="kern-link follow-up__case">
        {caseName ?? t('followUps.unknownCase', { ns: 'documents' })}
      </AppLink>
      <dl className="kern-description-list follow-up__details">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">
            {t('followUps.fields.what', { ns: 'documents' })}
          </dt>
          <dd id={whatId} className="kern-description-list-item__value">
            {what}
          </dd>
        </div>
        {f.responsible !== undefined && (
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">
              {t('followUps.fields.responsible', { ns: 'documents' })}
            </dt>
            <dd className="kern-description-list-item__value">
              {t(`followUps.responsible.${f.responsible}`, { ns: 'documents' })}
            </dd>
          </div>
        )}
        {reminder && <RepresentativesToInform followUp={f} />}
        {due !== undefined && (
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">
              {t('followUps.fields.due', { ns: 'documents' })}
            </dt>
            <dd className="kern-description-list-item__value">{due}</dd>
          </div>
        )}
      </dl>
      <AppLink href={routes.session(f.sessionId)} className="kern-link follow-up__session">
        {sessionDate !== undefined
          ? t('followUps.openSession', { ns: 'documents', date: date(sessionDate) })
          : t('followUps.openSessionUndated', { ns: 'documents' })}
      </AppLink>
      {reminder && <AcknowledgeNotice followUp={f} describedBy={whatId} onDone={onAcknowledged} />}
      {f.kind === 'action' && (
        <MarkDone followUp={f} describedBy={whatId} onDone={onAcknowledged} />
      )}
    </li>
  );
}
