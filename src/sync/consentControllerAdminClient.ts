import {
  consentControllerResponseSchema,
  consentControllerSavedSchema,
  type ConsentControllerSaved,
} from '../protocol';
import type { Controller } from '../domain';
import type { ApiCall } from './transport';

/**
 * The administrator's calls for the organisation's details for consents (admin role, own
 * organisation). Online only: a failure throws SyncHttpError (status 0 offline, 409
 * `controller_changed` when another administrator saved meanwhile) and changes nothing.
 */
export function consentControllerAdminClient(call: ApiCall, token: string) {
  return {
    async load(): Promise<{ version: number; controller: Record<string, unknown> | null }> {
      const response = await call(
        'GET',
        '/api/organisation/consent-controller',
        consentControllerResponseSchema,
        undefined,
        token,
      );
      return 'controller' in response ? response : { version: response.version, controller: null };
    },
    save(baseVersion: number, controller: Controller): Promise<ConsentControllerSaved> {
      return call(
        'PUT',
        '/api/admin/organisation/consent-controller',
        consentControllerSavedSchema,
        { baseVersion, controller },
        token,
      );
    },
  };
}
export type ConsentControllerAdminClient = ReturnType<typeof consentControllerAdminClient>;
