import { z } from 'zod';
import { documentVersionSchema, unchangedResponseSchema, versionedQuerySchema } from './versioned';

// The support directory on the wire. Offers travel as JSON objects that both sides validate
// with the domain schema (src/domain/directory): the server before it stores one, every
// device when it reads its copy. Here only the envelopes.

/** Upper bound of offers per organisation (a county has dozens, not thousands). */
export const DIRECTORY_MAX_OFFERS = 500;

const version = documentVersionSchema;
const offerObject = z.record(z.string(), z.unknown());

/** `GET /api/directory?since=<version>`: `since` lets an unchanged directory answer cheaply. */
export const directoryQuerySchema = versionedQuerySchema;
export type DirectoryRequestQuery = z.infer<typeof directoryQuerySchema>;

/**
 * The organisation's directory. Version 0 means the administrator never entered anything.
 * `unchanged: true` (no offers) answers a request whose `since` equals the current version.
 */
export const directoryResponseSchema = z.union([
  unchangedResponseSchema,
  z.strictObject({ version, offers: z.array(offerObject).max(DIRECTORY_MAX_OFFERS) }),
]);
export type DirectoryResponse = z.infer<typeof directoryResponseSchema>;

/** Answer to creating or changing one offer: the stored offer and the new directory version. */
export const directoryOfferResponseSchema = z.strictObject({ version, offer: offerObject });
export type DirectoryOfferResponse = z.infer<typeof directoryOfferResponseSchema>;

/** Answer to deleting an offer or loading the example data (`loaded`: offers added). */
export const directoryChangeResponseSchema = z.strictObject({
  version,
  loaded: z.number().int().min(0).optional(),
});
export type DirectoryChangeResponse = z.infer<typeof directoryChangeResponseSchema>;
