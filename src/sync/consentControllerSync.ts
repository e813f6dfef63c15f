import { consentControllerResponseSchema } from '../protocol';
import { versionedDocumentSync } from './documentSync';

/**
 * Brings the device's copy of the organisation's details for consents up to the server's
 * version after every successful pull (like the letter and the directory). Offline or on any
 * failure it throws and the old copy stays.
 */
export const consentControllerSync = versionedDocumentSync(
  '/api/organisation/consent-controller',
  consentControllerResponseSchema,
  (response) => response.controller,
);
