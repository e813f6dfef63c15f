import {
  CaseFactsSchema,
  CaseProfileSchema,
  CLOSING_VALIDATION,
  closeCase,
  extendsLifecycle,
  FACT_FIELDS,
  reopenCase,
  type IsoDate,
  type LifecycleChange,
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
  'lifecycle',
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

  const changeLifecycle = async (
    id: string,
    change: (lifecycle: CaseProfile['lifecycle'], createdOn: IsoDate) => LifecycleChange,
  ): Promise<StoredCase> => {
    const stored = await store.update(id, (current) => {
      const before = fromStored({ ...dummy(id), value: current });
      const result = change(before.profile.lifecycle, before.profile.createdOn);
      if (!result.ok) {
        throw new InvalidInputError(
          result.issues.map((i) => ({ path: i.path === '' ? [] : [i.path], message: i.code })),
        );
      }
      return { ...current, lifecycle: result.lifecycle };
    });
    return fromStored(stored);
  };

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
        // Closings and reopenings are append-only: only close/reopen add to them.
        if (!extendsLifecycle(before.profile.lifecycle, parsed.data.lifecycle)) {
          throw new InvalidInputError([
            { path: ['lifecycle'], message: CLOSING_VALIDATION.invalid },
          ]);
        }
        return toFields(parsed.data, before.facts);
      });
      return fromStored(stored);
    },

    /**
     * Closes the case on `input.on` with its outcome (domain rules: not after `asOf`, not
     * before the case was created or its last reopening). Checked against the stored record
     * inside its serialised write, so two taps or a concurrent autosave cannot close it twice.
     * Offline like every write; the closing syncs as a change of the case's `lifecycle`
     * field. Refused input throws InvalidInputError and writes nothing.
     */
    async close(
      id: string,
      input: { on: string; outcome: string; detail?: string | undefined },
      asOf: IsoDate,
    ): Promise<StoredCase> {
      return changeLifecycle(id, (lifecycle, createdOn) =>
        closeCase(lifecycle, input, { createdOn, asOf }),
      );
    },

    /** Reopens a closed case on `input.on`; the closing stays in its history. As `close`. */
    async reopen(id: string, input: { on: string }, asOf: IsoDate): Promise<StoredCase> {
      return changeLifecycle(id, (lifecycle, createdOn) =>
        reopenCase(lifecycle, input, { createdOn, asOf }),
      );
    },
  };
}
export type CaseRepository = ReturnType<typeof caseRepository>;

function dummy(id: string) {
  return { id, caseId: id, updatedAt: '', rev: undefined };
}
