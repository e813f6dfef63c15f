import {
  departureLetterResponseSchema,
  departureLetterSavedSchema,
  type DepartureLetterSaved,
} from '../protocol';
import type { DepartureLetterInput } from '../domain/letters';
import type { ApiCall } from './transport';

/**
 * The administrator's calls for the organisation's departure-information letter (admin role,
 * own organisation). Online only: each call fails with SyncHttpError (status 0 when offline,
 * 409 `letter_changed` when another administrator saved meanwhile) and changes nothing
 * locally; the editor shows the error and keeps its input.
 */
export function letterAdminClient(call: ApiCall, token: string) {
  return {
    /** The organisation's current letter (null: none yet) with its version. */
    async load(): Promise<{ version: number; letter: Record<string, unknown> | null }> {
      const response = await call(
        'GET',
        '/api/letters/departure-information',
        departureLetterResponseSchema,
        undefined,
        token,
      );
      // Asked without `since`, the server always sends the letter; this only satisfies the type.
      return 'letter' in response ? response : { version: response.version, letter: null };
    },
    save(baseVersion: number, letter: DepartureLetterInput): Promise<DepartureLetterSaved> {
      return call(
        'PUT',
        '/api/admin/letters/departure-information',
        departureLetterSavedSchema,
        { baseVersion, letter },
        token,
      );
    },
  };
}
export type LetterAdminClient = ReturnType<typeof letterAdminClient>;
