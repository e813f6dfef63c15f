import { departureLetterResponseSchema } from '../protocol';
import { versionedDocumentSync } from './documentSync';

/**
 * Brings the device's copy of the organisation's departure-information letter up to the
 * server's version after every successful pull. Offline or on any failure it throws and the
 * old copy stays (the sync run ignores the failure; the record sync is not affected).
 */
export const departureLetterSync = versionedDocumentSync(
  '/api/letters/departure-information',
  departureLetterResponseSchema,
  (response) => response.letter,
);
