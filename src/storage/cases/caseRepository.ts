import {
  CaseFactsSchema,
  CaseProfileSchema,
  FACT_FIELDS,
  type CaseFacts,
  type CaseProfile,
  type CaseRecord,
} from '../../domain';
import { sealedStore, type SealedStoreOptions, type StoredRecord } from '../records/sealedStore';
import type { Vault } from '../vault/vault';
import { InvalidInputError } from '../errors';

/**
 * On disk a case is one flat map of fields (profile fields + one field per fact) so that sync
 * can merge edits of different facts made on different devices field by field.
 */
type CaseFields = Record<string, unknown>;

const PROFILE_FIELDS = [
  'displayName',
  'pseudonymised',
  'fileNumber',
  'createdOn',
  'representatives',
  'representativeNotices',
  'actionCompletions',
  'gender',
] as const;

/** Facts to set; a fact given as `undefined` is removed ("not asked"). */
export type FactsPatch = { [K in keyof CaseFacts]?: CaseFacts[K] | undefined };

export type StoredCase = CaseRecord & { updatedAt: string; rev: number | undefined };

function toFields(profile: CaseProfile, facts: CaseFacts): CaseFields {
  return Object.fromEntries(
    Object.entries<unknown>({ ...profile, ...facts }).filter(([, v]) => v !== undefined),
  );
}

/**
 * Reads a stored case leniently: a value that no longer passes the current schema (older app
 * version, a bug) is dropped field by field instead of hiding the whole case.
 */
function fromStored(stored: StoredRecord<CaseFields>): StoredCase {
  const raw = stored.value;
  const profile = CaseProfileSchema.safeParse(
    Object.fromEntries(PROFILE_FIELDS.map((f) => [f, raw[f]])),
  );
  const facts: Record<string, unknown> = {};
  for (const field of FACT_FIELDS) {
    if (raw[field] === undefined) continue;
    const parsed = CaseFactsSchema.shape[field].safeParse(raw[field]);
    if (parsed.success) facts[field] = parsed.data;
  }
  return {
    id: stored.id,
    updatedAt: stored.updatedAt,
    rev: stored.rev,
    profile: profile.success
      ? profile.data
      : {
          displayName: typeof raw.displayName === 'string' ? raw.displayName : '—',
          pseudonymised: raw.pseudonymised === true,
          createdOn: typeof raw.createdOn === 'string' ? raw.createdOn : '1970-01-01',
        },
    facts: facts,
  };
}

/**
 * Cases of this device, encrypted at rest. Offline-only operations (IndexedDB); each write
 * queues an outbox entry in the same transaction for the sync client. Invalid input throws
 * InvalidInputError and writes nothing.
 */
export function caseRepository(vault: Vault, options: SealedStoreOptions = {}) {
  const store = sealedStore<CaseFields>(vault, 'cases', 'case', options);
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());

  return {
    async create(profile: CaseProfile, facts: CaseFacts = {}): Promise<StoredCase> {
      const p = CaseProfileSchema.safeParse(profile);
      if (!p.success) throw new InvalidInputError(p.error.issues);
      const f = CaseFactsSchema.safeParse(facts);
      if (!f.success) throw new InvalidInputError(f.error.issues);
      const id = newId();
      return fromStored(await store.create(id, id, toFields(p.data, f.data)));
    },

    async get(id: string): Promise<StoredCase | undefined> {
      const stored = await store.get(id);
      return stored ? fromStored(stored) : undefined;
    },

    /** Every case, newest change first. Decrypts in memory (search runs on the result). */
    async list(): Promise<StoredCase[]> {
      const all = (await store.all()).map(fromStored);
      return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },

    /**
     * Sets facts; a key with value `undefined` removes that fact ("not asked"). The merged
     * facts are validated as a whole; invalid input throws and nothing is written.
     */
    async updateFacts(id: string, patch: FactsPatch): Promise<StoredCase> {
      const stored = await store.update(id, (current) => {
        const currentFacts = fromStored({ ...dummy(id), value: current }).facts;
        const merged = Object.fromEntries(
          Object.entries<unknown>({ ...currentFacts, ...patch }).filter(([, v]) => v !== undefined),
        );
        const parsed = CaseFactsSchema.safeParse(merged);
        if (!parsed.success) throw new InvalidInputError(parsed.error.issues);
        const profile = Object.fromEntries(
          PROFILE_FIELDS.filter((f) => current[f] !== undefined).map((f) => [f, current[f]]),
        );
        return { ...profile, ...parsed.data };
      });
      return fromStored(stored);
    },

    async updateProfile(id: string, patch: Partial<CaseProfile>): Promise<StoredCase> {
      const stored = await store.update(id, (current) => {
        const before = fromStored({ ...dummy(id), value: current });
        const parsed = CaseProfileSchema.safeParse({ ...before.profile, ...patch });
        if (!parsed.success) throw new InvalidInputError(parsed.error.issues);
        return toFields(parsed.data, before.facts);
      });
      return fromStored(stored);
    },
  };
}
export type CaseRepository = ReturnType<typeof caseRepository>;

function dummy(id: string) {
  return { id, caseId: id, updatedAt: '', rev: undefined };
}
