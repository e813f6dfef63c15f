import { z } from 'zod';
import { ControllerSchema, type Controller } from '../domain';
import type { PerspektiveDb } from './db';

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
      const parsed = ControllerSchema.safeParse((await db.preferences.get(CONTROLLER_KEY))?.value);
      return parsed.success ? parsed.data : undefined;
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
