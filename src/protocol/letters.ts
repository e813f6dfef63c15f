import { z } from 'zod';
import { documentVersionSchema, unchangedResponseSchema } from './versioned';

// The organisation's letters on the wire (issue #20): today the Ausreiseinformationsschreiben.
// The letter travels as a JSON object that both sides validate with the domain schema
// (src/domain/letters): the server before it stores it, every device when it reads its copy.
// Here only the envelopes.

const letterObject = z.record(z.string(), z.unknown());

/**
 * `GET /api/letters/departure-information?since=<version>`. Version 0 and `letter: null`:
 * the administrator has not entered the letter yet.
 */
export const departureLetterResponseSchema = z.union([
  unchangedResponseSchema,
  z.strictObject({ version: documentVersionSchema, letter: letterObject.nullable() }),
]);
export type DepartureLetterResponse = z.infer<typeof departureLetterResponseSchema>;

/**
 * `PUT /api/admin/letters/departure-information`: the whole letter, with the version the
 * administrator's editor started from. Another administrator's save in between makes it a 409
 * `letter_changed` instead of silently overwriting their text.
 */
export const departureLetterPutSchema = z.strictObject({
  baseVersion: documentVersionSchema,
  letter: z.unknown(),
});

/** Answer to a save: the stored letter and its version. */
export const departureLetterSavedSchema = z.strictObject({
  version: documentVersionSchema,
  letter: letterObject,
});
export type DepartureLetterSaved = z.infer<typeof departureLetterSavedSchema>;
