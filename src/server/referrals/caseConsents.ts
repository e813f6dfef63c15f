import {
  ConsentRevocationSchema,
  SignedConsentContentSchema,
  type ConsentRevocation,
  type SignedConsent,
} from '../../domain';
import type { Queryable } from '../db/database';

/**
 * The signed consents and the revocations of one case of an organisation, as the server
 * holds them (the consents' hashes were recomputed here when they were signed). Records that
 * fail the schema are left out: they cannot grant anything.
 */
export async function caseConsents(
  tx: Queryable,
  orgId: string,
  caseId: string,
): Promise<{ consents: SignedConsent[]; revocations: ConsentRevocation[] }> {
  const rows = await tx.query<{ id: string; entity: string; data: unknown; content_hash: string }>(
    `SELECT id, entity, data, content_hash FROM records
      WHERE org_id = $1 AND NOT deleted AND data->>'caseId' = $2
        AND (entity = 'consent-revocation' OR (entity = 'consent' AND content_hash IS NOT NULL))`,
    [orgId, caseId],
  );
  const consents: SignedConsent[] = [];
  const revocations: ConsentRevocation[] = [];
  for (const row of rows) {
    if (row.entity === 'consent') {
      const parsed = SignedConsentContentSchema.safeParse(row.data);
      if (parsed.success)
        consents.push({ ...parsed.data, id: row.id, contentHash: row.content_hash });
    } else {
      const parsed = ConsentRevocationSchema.safeParse(row.data);
      if (parsed.success) revocations.push({ ...parsed.data, id: row.id });
    }
  }
  return { consents, revocations };
}
