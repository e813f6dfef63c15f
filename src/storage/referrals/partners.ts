import { z } from 'zod';
import { partnerSchema, type Partner } from '../../protocol';
import type { PerspektiveDb } from '../db';

/**
 * Partner organisations (same server, receive referrals through the app), as the last pull
 * reported them. Stored plain: organisation names are not personal data, and the consent
 * builder needs them offline. A damaged value reads as "none known".
 */
export const PARTNERS_PREFERENCE = 'referralPartners';

export async function storePartners(
  db: PerspektiveDb,
  partners: readonly Partner[],
): Promise<void> {
  await db.preferences.put({
    key: PARTNERS_PREFERENCE,
    value: partners,
    updatedAt: new Date().toISOString(),
  });
}

export async function readPartners(db: PerspektiveDb): Promise<Partner[]> {
  const parsed = z
    .array(partnerSchema)
    .safeParse((await db.preferences.get(PARTNERS_PREFERENCE))?.value);
  return parsed.success ? parsed.data : [];
}
