import {
  publicationSchema,
  releaseListSchema,
  releaseSchema,
  statisticsResponseSchema,
  type Publication,
  type Release,
  type ReleaseList,
  type StatisticsResponse,
} from '../protocol';
import type { ApiCall } from './transport';

/**
 * The organisation's statistics (roles statistics, team-lead, admin). Online only; the
 * answer is validated like every other and never stored on the device.
 */
export function statisticsClient(call: ApiCall, token: string) {
  return {
    get(from: string, to: string): Promise<StatisticsResponse> {
      const query = new URLSearchParams({ from, to }).toString();
      return call('GET', `/api/statistics?${query}`, statisticsResponseSchema, undefined, token);
    },
    /** A statistics office's released quarters (office accounts only). */
    releases(): Promise<ReleaseList> {
      return call(
        'GET',
        '/api/statistics-office/publications',
        releaseListSchema,
        undefined,
        token,
      );
    },
    /**
     * Releases an ended quarter for good (the office's admin only). Online only; offline or
     * refused it throws and nothing is released — the admin tries again.
     */
    release(quarter: string): Promise<Release> {
      const path = `/api/statistics-office/publications/${encodeURIComponent(quarter)}/release`;
      return call('POST', path, releaseSchema, undefined, token);
    },
    /** A statistics office's released publication of one quarter (office accounts only). */
    publication(quarter: string): Promise<Publication> {
      const query = new URLSearchParams({ quarter }).toString();
      const path = `/api/statistics-office/publication?${query}`;
      return call('GET', path, publicationSchema, undefined, token);
    },
  };
}
export type StatisticsClient = ReturnType<typeof statisticsClient>;
