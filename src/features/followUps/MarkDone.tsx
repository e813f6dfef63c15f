import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { completeAction, isAfter, type FollowUp } from '../../domain';
import { todayIso } from '../../app/today';
import { useRecordActions } from '../../storage/hooks/useCases';
import { Alert } from '../../ui/Alert';
import { ValidatedDateField } from '../conversation/editor/ValidatedDateField';

/**
 * Marks an agreed step done on a day (today by default, not in the future). The mark is one
 * encrypted update of the case profile — finalised conversations stay untouched — read fresh
 * before writing so a change made meanwhile is kept; offline it is queued for sync. On
 * failure the step stays in the list with a message.
 */
export function MarkDone({
  followUp: f,
  describedBy,
  onDone,
}: {
  followUp: FollowUp;
  describedBy?: string;
  onDone?: (() => void) | undefined;
}) {
  const { t } = useTranslation('documents');
  const { cases } = useRecordActions();
  const today = todayIso();
  const [doneOn, setDoneOn] = useState<string | undefined>(today);
  const [state, setState] = useState<'idle' | 'saving' | 'failed'>('idle');
  const actionId = f.actionId;
  if (f.kind !== 'action' || actionId === undefined) return null;
  const future = doneOn !== undefined && isAfter(doneOn, today);
  const save = async () => {
    if (doneOn === undefined || future) return;
    setState('saving');
    try {
      const record = await cases.get(f.caseId);
      if (!record) throw new Error('case not found');
      await cases.updateProfile(f.caseId, {
        actionCompletions: completeAction(record.profile.actionCompletions, {
          sessionId: f.sessionId,
          actionId,
          doneOn,
        }),
      });
      onDone?.();
    } catch {
      setState('failed');
    }
  };
  const id = `done-${f.sessionId}-${actionId}`;
  return (
    <div className="row follow-up__done">
      <ValidatedDateField
        id={id}
        label={t('followUps.doneOn')}
        value={doneOn}
        error={future ? 'record.validation.done-future' : undefined}
        onChange={setDoneOn}
      />
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        aria-describedby={describedBy}
        aria-disabled={state === 'saving' || doneOn === undefined || future || undefined}
        onClick={() => {
          if (state !== 'saving') void save();
        }}
      >
        <span className="kern-label">{t('followUps.markDone')}</span>
      </button>
      {state === 'failed' && (
        <Alert tone="danger" title={t('followUps.markDoneFailed')} live="alert" />
      )}
    </div>
  );
}
