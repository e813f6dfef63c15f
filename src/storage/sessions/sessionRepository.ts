import { localIsoDateTime } from '../localTime';
import {
  applyDraftChange,
  appendAddendum,
  finalisationPayload,
  finaliseSession,
  newSessionDraft,
  RULESET_VERSION,
  type CaseRecord,
  type ConversationSession,
  type IsoDate,
  type ScriptTemplate,
  type SessionDraftChange,
} from '../../domain';
import { canonicalJson } from '../../protocol/canonicalJson';
import { sha256Hex } from '../records/contentHash';
import { sealedStore, type SealedStoreOptions, type StoredRecord } from '../records/sealedStore';
import type { Vault } from '../vault/vault';

/** On disk: every session property except the id is one sync field. */
type SessionFields = Omit<ConversationSession, 'id'> & Record<string, unknown>;

export type StoredSession = ConversationSession & { updatedAt: string };

function fromStored(stored: StoredRecord<SessionFields>): StoredSession {
  return { ...stored.value, id: stored.id, updatedAt: stored.updatedAt };
}

function toFields(session: ConversationSession): SessionFields {
  const fields: Record<string, unknown> = { ...session };
  delete fields.id;
  delete fields.updatedAt; // row metadata of StoredSession, not content
  return JSON.parse(JSON.stringify(fields)) as SessionFields; // drops undefined members
}

export { sha256Hex };

/** Recomputes the content hash of a finalised session; false if anything was altered. */
export async function verifySessionHash(
  session: ConversationSession,
  caseRecord: CaseRecord,
): Promise<boolean> {
  if (!session.finalisation) return false;
  const hash = await sha256Hex(canonicalJson(finalisationPayload(session, caseRecord)));
  return hash === session.finalisation.contentHash;
}

/**
 * Conversations, encrypted at rest. The lifecycle rules (draft → finalised → addenda only)
 * are the domain's (sessions/lifecycle.ts); this repository applies them inside the
 * serialised read-modify-write of the sealed store, so a finalised session cannot be
 * changed by a late autosave either. Offline: local only; every write queues an outbox
 * entry. Failure: the promise rejects, nothing is written.
 */
export function sessionRepository(vault: Vault, options: SealedStoreOptions = {}) {
  const store = sealedStore<SessionFields>(vault, 'sessions', 'session', options);
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());

  return {
    async start(input: {
      caseId: string;
      template: ScriptTemplate;
      asOf: IsoDate;
      counsellorName?: string;
      place?: string;
    }): Promise<StoredSession> {
      const id = newId();
      const draft = newSessionDraft({
        id,
        caseId: input.caseId,
        template: input.template,
        rulesetVersion: RULESET_VERSION,
        asOf: input.asOf,
        participantIds: { client: newId(), counsellor: newId() },
        ...(input.counsellorName !== undefined ? { counsellorName: input.counsellorName } : {}),
        ...(input.place !== undefined ? { place: input.place } : {}),
      });
      return fromStored(await store.create(id, input.caseId, toFields(draft)));
    },

    async get(id: string): Promise<StoredSession | undefined> {
      const stored = await store.get(id);
      return stored ? fromStored(stored) : undefined;
    },

    async byCase(caseId: string): Promise<StoredSession[]> {
      return (await store.byCase(caseId))
        .map(fromStored)
        .sort((a, b) => b.asOf.localeCompare(a.asOf) || b.updatedAt.localeCompare(a.updatedAt));
    },

    async all(): Promise<StoredSession[]> {
      return (await store.all()).map(fromStored);
    },

    /** Autosave target. Throws SessionLockedError for a finalised session; writes nothing. */
    async saveDraft(id: string, change: SessionDraftChange): Promise<StoredSession> {
      const stored = await store.update(id, (current) =>
        toFields(applyDraftChange({ ...current, id }, change)),
      );
      return fromStored(stored);
    },

    /**
     * Locks the session: records who and when, snapshots the case facts and stores the
     * SHA-256 of the canonical content. Validation errors (SessionValidationError) write nothing.
     */
    async finalise(
      id: string,
      caseRecord: CaseRecord,
      finalisedBy: string,
    ): Promise<StoredSession> {
      const current = await this.get(id);
      if (!current) throw new Error(`sessions/${id} does not exist.`);
      // Local time with offset, so the date part is the day the counsellor sees (see localTime).
      const finalisedAt = localIsoDateTime(now());
      const signing = { finalisedAt, finalisedBy };
      const contentHash = await sha256Hex(
        canonicalJson(finalisationPayload(current, caseRecord, signing)),
      );
      const stored = await store.update(id, (latest) => {
        const session = { ...latest, id };
        // A change between hashing and writing would make the hash wrong: refuse it.
        if (canonicalJson(toFields(session)) !== canonicalJson(toFields(current))) {
          throw new Error('The session changed while finalising; please try again.');
        }
        return toFields(
          finaliseSession(session, { ...signing, contentHash, facts: caseRecord.facts }),
        );
      });
      return fromStored(stored);
    },

    /** Appends a dated addendum to a finalised session; the content and hash stay as they were. */
    async addAddendum(id: string, author: string, text: string): Promise<StoredSession> {
      const stored = await store.update(id, (current) =>
        toFields(
          appendAddendum(
            { ...current, id },
            {
              id: newId(),
              writtenAt: localIsoDateTime(now()),
              author,
              text,
            },
          ),
        ),
      );
      return fromStored(stored);
    },
  };
}
export type SessionRepository = ReturnType<typeof sessionRepository>;
