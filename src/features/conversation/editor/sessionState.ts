import type { ConversationSession, SessionDraftChange } from '../../../domain';

/** The editable part of a session, as held by the editor while the counsellor types. */
export type SessionState = Required<
  Pick<SessionDraftChange, 'asOf' | 'participants' | 'answers' | 'topicsCovered'>
> &
  Omit<SessionDraftChange, 'asOf' | 'participants' | 'answers' | 'topicsCovered'>;

export function editableState(session: ConversationSession): SessionState {
  return {
    asOf: session.asOf,
    participants: session.participants,
    answers: session.answers,
    topicsCovered: session.topicsCovered,
    ...(session.place !== undefined ? { place: session.place } : {}),
    ...(session.startTime !== undefined ? { startTime: session.startTime } : {}),
    ...(session.endTime !== undefined ? { endTime: session.endTime } : {}),
    ...(session.currentStepId !== undefined ? { currentStepId: session.currentStepId } : {}),
    ...(session.nextAppointment !== undefined ? { nextAppointment: session.nextAppointment } : {}),
  };
}

/** Empty strings mean "not given": stored as absent so validation and the hash agree. */
export function toDraftChange(patch: Partial<SessionState>): SessionDraftChange {
  const change: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) change[key] = value === '' ? undefined : value;
  return change;
}
