import { statisticsResponseSchema, type StatisticsResponse } from '../protocol';
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
  };
}
export type StatisticsClient = ReturnType<typeof statisticsClient>;
