import {
  publicationSchema,
  statisticsResponseSchema,
  type Publication,
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
    /** A statistics office's publication of one quarter (office accounts only). */
    publication(quarter: string): Promise<Publication> {
      const query = new URLSearchParams({ quarter }).toString();
      const path = `/api/statistics-office/publication?${query}`;
      return call('GET', path, publicationSchema, undefined, token);
    },
  };
}
export type StatisticsClient = ReturnType<typeof statisticsClient>;
