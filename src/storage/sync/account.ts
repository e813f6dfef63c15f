import { z } from 'zod';
import { organisationKindSchema, roleSchema } from '../../protocol';
import { open, seal, type Sealed } from '../crypto/recordCipher';
import type { Vault } from '../vault/vault';

/**
 * The signed-in account of this device. The bearer token is a credential, so it is sealed
 * with the device key like a record: a locked or stolen tablet cannot sync or reveal it.
 */
const accountSchema = z.object({
  token: z.string().min(1),
  expiresAt: z.string(),
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  roles: z.array(roleSchema),
  mustChangePassword: z.boolean(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  /** Missing in accounts stored before issue 27: then not a statistics office. */
  organisationKind: organisationKindSchema.optional(),
});
export type SyncAccount = z.infer<typeof accountSchema>;

const KEY = 'syncAccount';
const IDENTITY = { store: 'preferences', id: KEY, schemaVersion: 1 };

export function accountStore(vault: Vault) {
  const db = vault.db;
  /** The account, or undefined when signed out (or the stored value is unreadable). */
  async function get(): Promise<SyncAccount | undefined> {
    const key = vault.requireKey();
    const stored = (await db.preferences.get(KEY))?.value as { data?: Sealed } | undefined;
    if (!stored?.data) return undefined;
    const parsed = accountSchema.safeParse(await open(key, IDENTITY, stored.data));
    return parsed.success ? parsed.data : undefined;
  }

  return {
    get,
    async set(account: SyncAccount): Promise<void> {
      const data = await seal(vault.requireKey(), IDENTITY, accountSchema.parse(account));
      await db.preferences.put({ key: KEY, value: { data }, updatedAt: new Date().toISOString() });
    },
    /**
     * Signed out: the token is gone from the device (works offline; the server copy expires).
     * With `ifToken`, only if that is still the stored token — a run that failed with an old
     * token must not remove one signed in meanwhile.
     */
    async clear(ifToken?: string): Promise<void> {
      if (ifToken !== undefined && vault.isUnlocked) {
        const current = await get();
        if (current && current.token !== ifToken) return;
      }
      await db.preferences.delete(KEY);
    },
    /** Readable while locked: whether an account is stored (not who). */
    async present(): Promise<boolean> {
      return (await db.preferences.get(KEY)) !== undefined;
    },
  };
}
export type AccountStore = ReturnType<typeof accountStore>;
