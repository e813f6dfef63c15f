// Turns stored records (the server's `records` rows, or a device's decrypted records) into
// the minimal facts statistics count. Each record is validated with the domain schemas; one
// that fails is skipped and counted, never partly used. Nothing personal is kept beyond what
// is counted: nationality, birth date (for the age band), gender, dates and answer codes.
import { z } from 'zod';
import { CaseProfileSchema, type CaseRecord } from '../cases/schema';
import { currentClosing, type CaseLifecycle } from '../cases/closing';
import type { SignedConsent } from '../consents/schema';
import type { ConsentRevocation } from '../consents/revocation';
import { referralStates, type Referral } from '../referrals/schema';
import { CaseFactsSchema, FACT_FIELDS, IsoDateSchema } from '../facts/schema';
import { IsoDateTimeSchema, SessionDraftSchema } from '../sessions/schema';
import type { ConversationSession } from '../sessions/schema';
import type {
  StatisticsInput,
  StatsClosure,
  StatsConsent,
  StatsConversation,
  StatsEvent,
  StatsPerson,
  StatsReferral,
} from './types';

export type StoredRecord = {
  readonly entity: string;
  readonly id: string;
  readonly data: unknown;
  /** Consents: true when the server froze them with a content hash. */
  readonly signed?: boolean;
};

const uuid = z.uuid();
const pick = (data: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => data[k] !== undefined).map((k) => [k, data[k]]));

const PROFILE_KEYS = Object.keys(CaseProfileSchema.shape);

const sessionRest = z.object({
  caseId: uuid,
  scriptVersion: z.string().min(1).max(100),
  status: z.enum(['draft', 'finalised']),
  finalisation: z
    .object({ finalisedAt: IsoDateTimeSchema, factsSnapshot: CaseFactsSchema })
    .optional(),
});

const consentCore = z.object({
  caseId: uuid,
  kind: z.enum(['data-consent', 'confidentiality-waiver']),
  signedAt: IsoDateTimeSchema,
});

const revocationCore = z.object({ caseId: uuid, consentId: uuid, receivedOn: IsoDateSchema });

/** Referrals (sent by this organisation): only what is counted; the server keeps `state`. */
const referralCore = z.object({
  caseId: uuid,
  sentAt: IsoDateTimeSchema,
  state: z.enum(referralStates),
});

const asObject = (data: unknown): Record<string, unknown> | undefined =>
  typeof data === 'object' && data !== null && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : undefined;

export type ParsedStatisticsInput = { input: StatisticsInput; skipped: number };

/** Parses stored records; unknown entities are ignored, invalid ones skipped and counted. */
export function statisticsInputFromRecords(records: Iterable<StoredRecord>): ParsedStatisticsInput {
  const persons = new Map<string, StatsPerson>();
  const conversations: StatsConversation[] = [];
  const consents: StatsConsent[] = [];
  const revocations: StatsEvent[] = [];
  const referrals: StatsReferral[] = [];
  const closures: StatsClosure[] = [];
  let skipped = 0;
  for (const record of records) {
    const data = asObject(record.data);
    if (!data) {
      skipped += 1;
      continue;
    }
    switch (record.entity) {
      case 'case': {
        const profile = CaseProfileSchema.safeParse(pick(data, PROFILE_KEYS));
        const facts = CaseFactsSchema.safeParse(pick(data, FACT_FIELDS));
        if (!profile.success || !facts.success) skipped += 1;
        else {
          persons.set(record.id, personOf(profile.data.gender, facts.data));
          const closure = closureOf(record.id, profile.data.lifecycle);
          if (closure) closures.push(closure);
        }
        break;
      }
      case 'session': {
        const draftKeys = Object.keys(SessionDraftSchema.shape);
        const draft = SessionDraftSchema.safeParse(pick(data, draftKeys));
        const rest = sessionRest.safeParse(data);
        if (!draft.success || !rest.success) skipped += 1;
        else if (rest.data.status === 'finalised' && rest.data.finalisation) {
          conversations.push({
            caseId: rest.data.caseId,
            date: draft.data.asOf,
            templateId: templateIdOf(rest.data.scriptVersion),
            topicsCovered: draft.data.topicsCovered,
            answers: draft.data.answers,
            facts: rest.data.finalisation.factsSnapshot,
          });
        }
        break;
      }
      case 'consent': {
        const parsed = consentCore.safeParse(data);
        if (!parsed.success) skipped += 1;
        else if (record.signed !== false) {
          const { caseId, kind, signedAt } = parsed.data;
          consents.push({ caseId, kind, date: signedAt.slice(0, 10) });
        }
        break;
      }
      case 'consent-revocation': {
        const parsed = revocationCore.safeParse(data);
        if (!parsed.success) skipped += 1;
        else revocations.push({ caseId: parsed.data.caseId, date: parsed.data.receivedOn });
        break;
      }
      case 'referral': {
        const parsed = referralCore.safeParse(data);
        if (!parsed.success) skipped += 1;
        else {
          const { caseId, sentAt, state } = parsed.data;
          referrals.push({ caseId, date: sentAt.slice(0, 10), accepted: state === 'accepted' });
        }
        break;
      }
      default:
        break;
    }
  }
  return {
    input: { persons, conversations, consents, revocations, referrals, closures },
    skipped,
  };
}

/**
 * The closing in force, if the case is closed: a closing later undone by a reopening is not
 * counted (the case's outcome is what it was closed with last).
 */
function closureOf(caseId: string, lifecycle: CaseLifecycle | undefined): StatsClosure | undefined {
  const closing = currentClosing(lifecycle);
  if (!closing) return undefined;
  return {
    caseId,
    date: closing.on,
    outcome: closing.outcome,
    ...(closing.detail !== undefined ? { detail: closing.detail } : {}),
  };
}

function personOf(
  gender: StatsPerson['gender'],
  facts: { nationality?: string; birthDate?: string },
): StatsPerson {
  return { gender, nationality: facts.nationality, birthDate: facts.birthDate };
}

function templateIdOf(scriptVersion: string): string {
  const at = scriptVersion.lastIndexOf('@');
  return at > 0 ? scriptVersion.slice(0, at) : scriptVersion;
}

/** The same from a device's own (already validated) records. */
export function statisticsInputFromDomain(records: {
  readonly cases: readonly CaseRecord[];
  readonly sessions: readonly ConversationSession[];
  readonly consents: readonly SignedConsent[];
  readonly revocations: readonly ConsentRevocation[];
  /** Referrals sent from this device's cases; `refused` ones never left and do not count. */
  readonly referrals?: readonly Pick<Referral, 'caseId' | 'sentAt' | 'state'>[];
}): StatisticsInput {
  return {
    persons: new Map(
      records.cases.map((c) => [c.id, personOf(c.profile.gender, c.facts)] as const),
    ),
    conversations: records.sessions.flatMap((s) =>
      s.status === 'finalised' && s.finalisation
        ? [
            {
              caseId: s.caseId,
              date: s.asOf,
              templateId: templateIdOf(s.scriptVersion),
              topicsCovered: s.topicsCovered,
              answers: s.answers,
              facts: s.finalisation.factsSnapshot,
            },
          ]
        : [],
    ),
    consents: records.consents.map((c) => ({
      caseId: c.caseId,
      kind: c.kind,
      date: c.signedAt.slice(0, 10),
    })),
    revocations: records.revocations.map((r) => ({ caseId: r.caseId, date: r.receivedOn })),
    referrals: (records.referrals ?? [])
      .filter((r) => r.state !== 'refused')
      .map((r) => ({
        caseId: r.caseId,
        date: r.sentAt.slice(0, 10),
        accepted: r.state === 'accepted',
      })),
    closures: records.cases.flatMap((c) => {
      const closure = closureOf(c.id, c.profile.lifecycle);
      return closure ? [closure] : [];
    }),
  };
}
