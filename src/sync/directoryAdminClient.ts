import {
  directoryChangeResponseSchema,
  directoryOfferResponseSchema,
  directoryResponseSchema,
  type DirectoryChangeResponse,
  type DirectoryOfferResponse,
} from '../protocol';
import type { SupportOfferInput } from '../domain/directory';
import type { ApiCall } from './transport';

/**
 * The administrator's calls for the support directory (admin role, own organisation). Online
 * only: each call fails with SyncHttpError (status 0 when offline) and changes nothing
 * locally; the editor shows the error and keeps the form's input.
 */
export function directoryAdminClient(call: ApiCall, token: string) {
  const path = (id: string) => `/api/admin/directory/offers/${encodeURIComponent(id)}`;
  return {
    /** The organisation's current directory (always the full list). */
    async list(): Promise<{ version: number; offers: Record<string, unknown>[] }> {
      const response = await call(
        'GET',
        '/api/directory',
        directoryResponseSchema,
        undefined,
        token,
      );
      return 'offers' in response ? response : { version: response.version, offers: [] };
    },
    create(offer: SupportOfferInput): Promise<DirectoryOfferResponse> {
      return call(
        'POST',
        '/api/admin/directory/offers',
        directoryOfferResponseSchema,
        offer,
        token,
      );
    },
    update(id: string, offer: SupportOfferInput): Promise<DirectoryOfferResponse> {
      return call('PUT', path(id), directoryOfferResponseSchema, offer, token);
    },
    remove(id: string): Promise<DirectoryChangeResponse> {
      return call('DELETE', path(id), directoryChangeResponseSchema, undefined, token);
    },
    /** Adds the example offers that are missing (idempotent). */
    loadExample(): Promise<DirectoryChangeResponse> {
      return call('POST', '/api/admin/directory/example', directoryChangeResponseSchema, {}, token);
    },
  };
}
export type DirectoryAdminClient = ReturnType<typeof directoryAdminClient>;
