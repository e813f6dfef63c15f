// What a finalised session's content hash covers. Storage hashes the canonical JSON
// (src/protocol/canonicalJson.ts: sorted keys, no whitespace) of this object with SHA-256.
// The hash is computed outside the domain because WebCrypto is asynchronous and not pure;
// the domain only decides, deterministically, WHICH content is hashed.
//
// Covered: everything the file note documents about the conversation and the facts it
// was based on, plus who finalised it and when. Not covered: addenda (appended later, they
// must not break the hash), the hash itself, and navigation state (currentStepId).
import type { CaseRecord } from '../cases/schema';
import type { CaseFacts } from '../facts/schema';
import type { ScriptAnswers } from '../script/types';
import type { ConversationSession, NextAppointment, Participant } from './schema';

/** Bump when the payload's shape changes, so old hashes are verified with the old shape. */
export const FINALISATION_PAYLOAD_FORMAT = 'perspektive.session-finalisation@1';

export type FinalisationPayload = {
  readonly format: typeof FINALISATION_PAYLOAD_FORMAT;
  readonly id: string;
  readonly caseId: string;
  readonly scriptVersion: string;
  readonly rulesetVersion: string;
  readonly asOf: string;
  readonly place?: string;
  readonly startTime?: string;
  readonly endTime?: string;
  readonly participants: readonly Participant[];
  readonly answers: ScriptAnswers;
  readonly topicsCovered: readonly string[];
  readonly nextAppointment?: NextAppointment;
  readonly facts: CaseFacts;
  readonly finalisedAt: string;
  readonly finalisedBy: string;
};

export type Signing = { readonly finalisedAt: string; readonly finalisedBy: string };

/**
 * A deep copy with object keys sorted and undefined members (and empty optional strings)
 * dropped: JSON has no undefined, and "" and a missing value must hash alike.
 */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined && member !== '') out[key] = plain(member);
    }
    return out;
  }
  return value;
}

/**
 * The exact object whose canonical JSON is hashed when `session` is finalised.
 *
 * For a draft, pass `signing` (who finalises, when) and the current case: the payload
 * snapshots `caseRecord.facts`. For a finalised session (to verify the stored hash),
 * `signing` and the case's current facts are ignored: the stored finalisation and facts
 * snapshot are used, so later fact changes do not invalidate the hash.
 */
export function finalisationPayload(
  session: ConversationSession,
  caseRecord: CaseRecord,
  signing?: Signing,
): FinalisationPayload {
  if (caseRecord.id !== session.caseId) {
    throw new RangeError(
      `Session ${session.id} belongs to case ${session.caseId}, not ${caseRecord.id}`,
    );
  }
  const stored = session.finalisation;
  const by = stored ?? signing;
  if (!by)
    throw new RangeError(`Finalising session ${session.id} needs finalisedAt and finalisedBy`);
  return plain({
    format: FINALISATION_PAYLOAD_FORMAT,
    id: session.id,
    caseId: session.caseId,
    scriptVersion: session.scriptVersion,
    rulesetVersion: session.rulesetVersion,
    asOf: session.asOf,
    place: session.place,
    startTime: session.startTime,
    endTime: session.endTime,
    participants: session.participants,
    answers: session.answers,
    topicsCovered: session.topicsCovered,
    nextAppointment: session.nextAppointment,
    facts: stored ? stored.factsSnapshot : caseRecord.facts,
    finalisedAt: by.finalisedAt,
    finalisedBy: by.finalisedBy.trim(),
  }) as FinalisationPayload;
}
