import { z } from 'zod';
import { ControllerSchema, type Controller } from '../domain';
import { getDb, type PerspektiveDb } from './db';

/** Defaults a counsellor sets once and every new conversation starts from. */
export const counsellingDefaultsSchema = z.object({
  counsellorName: z.string().trim().max(120),
  organisation: z.string().trim().max(160),
  defaultPlace: z.string().trim().max(160),
  /** Advisory services that keep no real names on the device record pseudonyms only. */
  pseudonymisedMode: z.boolean(),
});
export type CounsellingDefaults = z.infer<typeof counsellingDefaultsSchema>;

export const emptyCounsellingDefaults: CounsellingDefaults = {
  counsellorName: '',
  organisation: '',
  defaultPlace: '',
  pseudonymisedMode: false,
};

const KEY = 'counsellingDefaults';
const CONTROLLER_KEY = 'consentController';
/** The organisation's details as the administrator entered them, fetched by sync. */
const ORG_CONTROLLER_KEY = 'organisationConsentController';

const orgCopySchema = z.object({
  version: z.number().int().min(0),
  checkedAt: z.string(),
  controller: z.unknown(),
});

/** Where the details for consents on this device come from. */
export type ControllerSource = 'organisation' | 'device';

/**
 * Device-local preferences. Works fully offline (IndexedDB only, never synced).
 * A stored value that no longer matches the schema (older version, tampering) is ignored
 * and the empty defaults are returned rather than crashing the settings screen.
 */
export function preferencesRepository(db: PerspektiveDb) {
  return {
    async getCounsellingDefaults(): Promise<CounsellingDefaults> {
      const row = await db.preferences.get(KEY);
      // Values saved by an older version lack newer fields: fill them with their defaults.
      const stored: unknown = row?.value;
      const parsed = counsellingDefaultsSchema.safeParse(
        stored && typeof stored === 'object' ? { ...emptyCounsellingDefaults, ...stored } : stored,
      );
      return parsed.success ? parsed.data : emptyCounsellingDefaults;
    },
    /**
     * The organisation's details printed on every consent (controller, contact, data
     * protection officer, supervisory authority); undefined until set. Not personal data,
     * so stored plain. A stored value that fails the schema counts as not set.
     */
    async getConsentController(): Promise<Controller | undefined> {
      return (await this.getConsentControllerWithSource())?.controller;
    },
    /**
     * The details and where they come from: the organisation's (entered once by the
     * administrator, synced) win; the ones typed on this device before that existed remain
     * only as a fallback for devices whose organisation has not entered any yet.
     */
    async getConsentControllerWithSource(): Promise<
      { controller: Controller; source: ControllerSource } | undefined
    > {
      const copy = orgCopySchema.safeParse((await db.preferences.get(ORG_CONTROLLER_KEY))?.value);
      const org = copy.success ? ControllerSchema.safeParse(copy.data.controller) : undefined;
      if (org?.success) return { controller: org.data, source: 'organisation' };
      const parsed = ControllerSchema.safeParse((await db.preferences.get(CONTROLLER_KEY))?.value);
      return parsed.success ? { controller: parsed.data, source: 'device' } : undefined;
    },
    /** The device's copy of the organisation's details (sync/documentSync VersionedCopy). */
    organisationControllerCopy() {
      const read = async () => {
        const parsed = orgCopySchema.safeParse(
          (await db.preferences.get(ORG_CONTROLLER_KEY))?.value,
        );
        return parsed.success ? parsed.data : undefined;
      };
      return {
        version: async () => (await read())?.version ?? 0,
        async replace(version: number, controller: unknown, now: Date): Promise<void> {
          await db.preferences.put({
            key: ORG_CONTROLLER_KEY,
            value: { version, checkedAt: now.toISOString(), controller },
            updatedAt: now.toISOString(),
          });
        },
        async markChecked(now: Date): Promise<void> {
          const current = await read();
          if (!current) return;
          await db.preferences.put({
            key: ORG_CONTROLLER_KEY,
            value: { ...current, checkedAt: now.toISOString() },
            updatedAt: now.toISOString(),
          });
        },
      };
    },
    /** Validates, then writes; throws (and writes nothing) when the input is invalid. */
    async saveConsentController(value: Controller, now: Date): Promise<void> {
      const valid = ControllerSchema.parse(value);
      await db.preferences.put({ key: CONTROLLER_KEY, value: valid, updatedAt: now.toISOString() });
    },
    /** Validates, then writes; throws (and writes nothing) when the input is invalid. */
    async saveCounsellingDefaults(value: CounsellingDefaults, now: Date): Promise<void> {
      const valid = counsellingDefaultsSchema.parse(value);
      await db.preferences.put({ key: KEY, value: valid, updatedAt: now.toISOString() });
    },
  };
}
export type PreferencesRepository = ReturnType<typeof preferencesRepository>;

/** The repository over the app's database (for the sync client, which has no db access). */
export function localPreferencesRepository() {
  return preferencesRepository(getDb());
}
