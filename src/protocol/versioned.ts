import { z } from 'zod';

// Organisation-wide documents that every device keeps a copy of (the support directory, the
// organisation's letters) are versioned: a device asks with the version it holds and an
// unchanged document answers in a few bytes. Versions come from server-wide sequences, so a
// device signed in to another organisation never holds a matching number by chance.

/** A document version; 0 means the organisation never stored one. */
export const documentVersionSchema = z.number().int().min(0);

/** `?since=<version>`: the version the device holds (absent before its first download). */
export const versionedQuerySchema = z.strictObject({
  since: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
});
export type VersionedQuery = z.infer<typeof versionedQuerySchema>;

/** The answer to a request whose `since` equals the current version. */
export const unchangedResponseSchema = z.strictObject({
  version: documentVersionSchema,
  unchanged: z.literal(true),
});
