import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../domain';
import { todayIso } from '../../../app/today';
import { useRepresentativeActions } from './representativeActions';

/** In a follow-up's description list: who is to be informed, with role and contact. */
export function RepresentativesToInform({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation('representatives');
  const list = followUp.representatives ?? [];
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{t('followUps.toInform')}</dt>
      <dd className="kern-description-list-item__value">
        <ul className="follow-up__representatives">
          {list.map((r) => (
            <li key={r.id}>
              {t('followUps.entry', {
                name: r.name,
                role: t(`roles.${r.role}`),
                contact: r.contact,
              })}
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

/**
 * "Representative informed": records a notice per listed representative (dated today).
 * `describedBy`: id of the reminder's text, so the buttons of a list are told apart.
 */
export function AcknowledgeNotice({
  followUp: f,
  describedBy,
  onDone,
}: {
  followUp: FollowUp;
  describedBy?: string;
  /** Called once the notice is stored (the reminder then leaves the list). */
  onDone?: (() => void) | undefined;
}) {
  const { t } = useTranslation('representatives');
  const actions = useRepresentativeActions();
  const [state, setState] = useState<'idle' | 'saving' | 'failed'>('idle');
  const acknowledge = async () => {
    setState('saving');
    try {
      await actions.acknowledge(
        f.caseId,
        { sessionId: f.sessionId, actionId: f.actionId },
        (f.representatives ?? []).map((r) => r.id),
        todayIso(),
      );
      onDone?.();
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        aria-describedby={describedBy}
        aria-disabled={state === 'saving' || undefined}
        onClick={() => {
          if (state !== 'saving') void acknowledge();
        }}
      >
        <span className="kern-label">{t('followUps.acknowledge')}</span>
      </button>
      {state === 'failed' && (
        <p className="kern-error" role="alert">
          {t('followUps.acknowledgeFailed')}
        </p>
      )}
    </>
  );
}

/** What the reminder asks: inform of the conversation, or of one agreed step (`step`). */
export function useReminderText(): (followUp: FollowUp, step: string) => string {
  const { t } = useTranslation('representatives');
  return (followUp, step) =>
    followUp.about === 'action' ? t('followUps.action', { what: step }) : t('followUps.session');
}
