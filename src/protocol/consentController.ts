import { z } from 'zod';
import { documentVersionSchema, unchangedResponseSchema } from './versioned';

// The organisation's details for consents on the wire (issue 23). The details travel as a
// JSON object that both sides validate with the domain's ControllerSchema: the server before
// it stores them, every device when it reads its copy. Here only the envelopes.

const controllerObject = z.record(z.string(), z.unknown());

/**
 * `GET /api/organisation/consent-controller?since=<version>`. Version 0 and `controller: null`:
 * the administrator has not entered them yet.
 */
export const consentControllerResponseSchema = z.union([
  unchangedResponseSchema,
  z.strictObject({ version: documentVersionSchema, controller: controllerObject.nullable() }),
]);
export type ConsentControllerResponse = z.infer<typeof consentControllerResponseSchema>;

/**
 * `PUT /api/admin/organisation/consent-controller`: the details with the version the
 * administrator's form started from (another save in between: 409 `controller_changed`).
 */
export const consentControllerPutSchema = z.strictObject({
  baseVersion: documentVersionSchema,
  controller: z.unknown(),
});

export const consentControllerSavedSchema = z.strictObject({
  version: documentVersionSchema,
  controller: controllerObject,
});
export type ConsentControllerSaved = z.infer<typeof consentControllerSavedSchema>;
