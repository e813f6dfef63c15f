import { directoryResponseSchema } from '../protocol';
import { versionedDocumentSync, type DocumentSync } from './documentSync';

/** What a sync run calls after a successful pull (see syncEngine.ts). */
export type DirectorySync = DocumentSync;

/**
 * Brings the device's copy of the support directory up to the server's version after every
 * successful pull (offline or on failure it throws and the old copy stays).
 */
export const directorySync = versionedDocumentSync(
  '/api/directory',
  directoryResponseSchema,
  (response) => response.offers,
);
