import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runtimeT } from '../../../i18n/runtimeKeys';
import {
  compact,
  answersWithParticipants,
  computeProgress,
  evaluateConsequences,
  evaluatePathways,
  factKeys,
  findItem,
  suggestActions,
  validateSessionDraft,
  visibleItems,
  withClientLanguage,
  type AnswerValue,
  type CaseFacts,
  type FactField,
  type InfoItem,
  type ScriptTemplate,
} from '../../../domain';
import { todayIso } from '../../../app/today';
import type { FactsPatch, StoredCase } from '../../../storage/cases/caseRepository';
import type { StoredSession } from '../../../storage/sessions/sessionRepository';
import { useCounsellingDefaults } from '../../../storage/hooks/useCounsellingDefaults';
import { useRecordActions } from '../../../storage/hooks/useCases';
import { ClientLanguageSelect } from '../../clientView/ClientLanguageSelect';
import { AutosaveStatusLine } from './AutosaveStatusLine';
import { ClientView } from './ClientView';
import { FinalisedPanel } from './FinalisedPanel';
import { FinishStep } from './FinishStep';
import { FrameStep } from './FrameStep';
import { FINISH_STEP, FRAME_STEP, navigationFor, stepOrder } from './navigation';
import { editableState, toDraftChange, type SessionState } from './sessionState';
import { StepNav } from './StepNav';
import { StepView } from './StepView';
import { useAutosave } from './useAutosave';
import { useSessionClientLanguage } from './useSessionClientLanguage';

type Props = { session: StoredSession; record: StoredCase; template: ScriptTemplate };

const newId = () => globalThis.crypto.randomUUID();

/**
 * The guided conversation. Holds what the counsellor types in React state (so typing is
 * never blocked) and autosaves session data and case facts separately; both survive a
 * reload, a crash (up to the last ~300 ms) and locking. A finalised session is read-only.
 */
export function ConversationEditor({ session, record, template }: Props) {
  const { t } = useTranslation(['conversation', 'script']);
  const { sessions, cases } = useRecordActions();
  const { value: defaults } = useCounsellingDefaults();
  const readOnly = session.status === 'finalised';
  const [state, setState] = useState<SessionState>(() => editableState(session));
  const [facts, setFacts] = useState<CaseFacts>(record.facts);
  const [clientView, setClientView] = useState(false);
  const stateRef = useRef(state);

  const sessionSaver = useAutosave<Partial<SessionState>>(`session-${session.id}`, (patch) =>
    sessions.saveDraft(session.id, toDraftChange(patch)),
  );
  const factSaver = useAutosave<FactsPatch>(`facts-${record.id}`, (patch) =>
    cases.updateFacts(record.id, patch),
  );

  const change = useCallback(
    (patch: Partial<SessionState>) => {
      if (readOnly) return;
      const next = { ...stateRef.current, ...patch };
      stateRef.current = next;
      setState(next);
      sessionSaver.schedule(patch);
    },
    [readOnly, sessionSaver],
  );
  const onFactChange = useCallback(
    (field: FactField, value: unknown) => {
      if (readOnly) return;
      setFacts((prev) => compact({ ...prev, [field]: value }));
      factSaver.schedule({ [field]: value });
    },
    [readOnly, factSaver],
  );
  const onAnswer = useCallback(
    (itemId: string, value: AnswerValue | undefined) => {
      change({ answers: { ...stateRef.current.answers, [itemId]: value } });
    },
    [change],
  );

  useSessionClientLanguage(readOnly ? session.participants : state.participants);
  const asOf = state.asOf;
  const shownFacts = readOnly ? (session.finalisation?.factsSnapshot ?? facts) : facts;
  // The participants' roles join the answers for conditions and progress (never stored).
  const answers = useMemo(
    () =>
      answersWithParticipants(
        readOnly ? session.answers : state.answers,
        readOnly ? session.participants : state.participants,
      ),
    [readOnly, session.answers, session.participants, state.answers, state.participants],
  );
  const nav = useMemo(
    () => navigationFor(template, shownFacts, answers),
    [template, shownFacts, answers],
  );
  const order = stepOrder(nav);
  const current = order.includes(state.currentStepId ?? '')
    ? (state.currentStepId ?? FRAME_STEP)
    : FRAME_STEP;
  const progress = useMemo(
    () => computeProgress(template, shownFacts, answers),
    [template, shownFacts, answers],
  );
  const suggestions = useMemo(
    () =>
      suggestActions(evaluatePathways(shownFacts, asOf), evaluateConsequences(shownFacts, asOf)),
    [shownFacts, asOf],
  );
  const today = todayIso();
  const issues = validateSessionDraft({ ...session, ...state }, today);
  const items = visibleItems(template, shownFacts, answers);
  const missing = progress.missingRequired.map((id) => {
    const item = findItem(template, id);
    const label =
      item?.kind === 'question'
        ? t(factKeys(item.field).label, { ns: 'script' })
        : item && 'labelKey' in item
          ? t(item.labelKey, { ns: 'script' })
          : id;
    return { id, label, stepId: items.find((v) => v.item.id === id)?.stepId ?? FRAME_STEP };
  });
  const step = template.sections.flatMap((s) => s.steps).find((s) => s.id === current);
  const clientItems = items
    .filter((v) => v.stepId === current && v.item.kind === 'info' && v.item.audience === 'client')
    .map((v) => v.item as InfoItem);

  const goTo = (stepId: string) => {
    // Navigation is remembered (resume where you left off) but is not content.
    if (readOnly) setState((s) => ({ ...s, currentStepId: stepId }));
    else change({ currentStepId: stepId });
    requestAnimationFrame(() => document.getElementById('step-title')?.focus());
  };
  const index = order.indexOf(current);

  const finalise = async (by: string) => {
    await Promise.all([sessionSaver.flush(), factSaver.flush()]);
    const fresh = await cases.get(record.id);
    if (!fresh) throw new Error('case missing');
    await sessions.finalise(session.id, fresh, by);
  };

  if (clientView) {
    return (
      <ClientView
        items={clientItems}
        onClose={() => {
          setClientView(false);
        }}
      />
    );
  }
  return (
    <div className="conversation">
      <div className="conversation__head">
        <h1 className="kern-heading-large">
          {t(template.titleKey, { ns: 'script' })}
          <span className="conversation__who">{record.profile.displayName}</span>
        </h1>
        <p className="kern-body">
          {readOnly ? t('status.finalised') : t('status.draft')}
          {' · '}
          <AutosaveStatusLine
            status={[sessionSaver.status, factSaver.status]}
            savedAt={sessionSaver.savedAt ?? factSaver.savedAt}
          />
        </p>
        <div className="row">
          <ClientLanguageSelect
            onSelect={(code) => {
              if (!readOnly) {
                change({ participants: withClientLanguage(state.participants, code, newId) });
              }
            }}
          />
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              void sessionSaver.flush();
              setClientView(true);
            }}
          >
            <span className="kern-label">{t('clientView.open')}</span>
          </button>
        </div>
      </div>
      <div className="conversation__body">
        <StepNav
          sections={nav}
          current={current}
          progress={progress}
          topicsCovered={readOnly ? session.topicsCovered : state.topicsCovered}
          readOnly={readOnly}
          onSelect={goTo}
          onTopicToggle={(sectionId, covered) => {
            const rest = stateRef.current.topicsCovered.filter((s) => s !== sectionId);
            change({ topicsCovered: covered ? [...rest, sectionId] : rest });
          }}
        />
        <div className="conversation__step stack">
          {readOnly && current !== FINISH_STEP && (
            <p className="kern-body readonly-note">{t('status.readOnly')}</p>
          )}
          <fieldset disabled={readOnly} className="plain-fieldset">
            {current === FRAME_STEP && (
              <>
                <h2 className="kern-heading-medium" id="step-title" tabIndex={-1}>
                  {t('frame.title')}
                </h2>
                <FrameStep
                  state={readOnly ? editableState(session) : state}
                  issues={issues}
                  onChange={change}
                  newId={newId}
                />
              </>
            )}
            {step && (
              <StepView
                key={step.id}
                step={step}
                facts={shownFacts}
                answers={answers}
                asOf={asOf}
                sessionId={session.id}
                clientLanguage={
                  state.participants.find((p) => p.role === 'client')?.language ?? 'de'
                }
                suggestions={suggestions}
                onFactChange={onFactChange}
                onAnswer={onAnswer}
                newId={newId}
              />
            )}
          </fieldset>
          {current === FINISH_STEP &&
            (readOnly ? (
              <FinalisedPanel session={session} />
            ) : (
              <FinishStep
                nextAppointment={state.nextAppointment}
                issues={issues}
                missing={missing}
                openQuestions={progress.total - progress.answered}
                totalQuestions={progress.total}
                topicsNotDiscussed={nav
                  .filter((s) => s.script && !state.topicsCovered.includes(s.id))
                  .map((s) => runtimeT(t)(s.titleKey, { ns: s.ns }))}
                defaultFinaliser={defaults?.counsellorName ?? ''}
                onAppointment={(nextAppointment) => {
                  change({ nextAppointment });
                }}
                onGoTo={goTo}
                onFinalise={finalise}
              />
            ))}
          <div className="row step-pager">
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              disabled={index <= 0}
              onClick={() => {
                goTo(order[index - 1] ?? FRAME_STEP);
              }}
            >
              <span className="kern-label">{t('nav.previous')}</span>
            </button>
            <button
              type="button"
              className="kern-btn kern-btn--primary"
              disabled={index >= order.length - 1}
              onClick={() => {
                goTo(order[index + 1] ?? FINISH_STEP);
              }}
            >
              <span className="kern-label">{t('nav.next')}</span>
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
