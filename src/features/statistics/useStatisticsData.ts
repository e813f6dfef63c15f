import { useEffect, useMemo, useRef, useState } from 'react';
import {
  computeStatistics,
  DEFAULT_THRESHOLD,
  statisticsReport,
  type StatisticsBucket,
} from '../../domain';
import { statisticsVocabulary } from '../../content/statisticsVocabulary';
import { SyncHttpError, type StatisticsClient } from '../../app/sync/SyncProvider';
import type { StatisticsResponse } from '../../protocol';
import { useLocalStatisticsInput } from '../../storage/hooks/useLocalStatistics';

export type StatisticsSource = 'organisation' | 'device';
export type StatisticsFilter = { from: string; to: string; source: StatisticsSource };

/** Why the organisation's figures are missing: a message key of `statistics` (+ code). */
export type StatisticsProblem = { key: string; code?: string };

export type StatisticsData = {
  data: StatisticsResponse | undefined;
  /** When the shown figures were computed or received. */
  at: Date | undefined;
  loading: boolean;
  problem: StatisticsProblem | undefined;
  reload: () => void;
};

const vocabulary = statisticsVocabulary();

/** This device's figures in the server's format, so one view and one export serve both. */
export function toResponse(buckets: StatisticsBucket[], threshold: number): StatisticsResponse {
  return statisticsReport(buckets, { threshold, skippedRecords: 0, vocabulary });
}

export function problemOf(error: unknown): StatisticsProblem {
  if (!(error instanceof SyncHttpError)) return { key: 'status.failed', code: 'unexpected' };
  if (error.offline) return { key: 'status.offline' };
  if (error.status === 403) return { key: 'status.forbidden' };
  if (error.status === 401) return { key: 'status.signedOut' };
  return { key: 'status.failed', code: error.code };
}

type Request = { client: StatisticsClient; from: string; to: string; attempt: number };

/**
 * The figures for a filter: computed here from this device's records (suppressed like the
 * server's, so a screenshot of one's own figures exposes nobody either), or fetched from the
 * organisation's server (online only, never stored).
 */
export function useStatisticsData(
  filter: StatisticsFilter,
  client: StatisticsClient | undefined,
): StatisticsData {
  // Primitive dependencies: the filter object is new on every render of the page.
  const { from, to, source } = filter;
  const input = useLocalStatisticsInput(source === 'device');
  const local = useMemo(() => {
    if (!input || source !== 'device') return undefined;
    const buckets = computeStatistics(input, { from, to, vocabulary });
    return { data: toResponse(buckets, DEFAULT_THRESHOLD), at: new Date() };
  }, [input, from, to, source]);

  const [attempt, setAttempt] = useState(0);
  const request = useMemo<Request | undefined>(
    () => (source === 'organisation' && client ? { client, from, to, attempt } : undefined),
    [source, client, from, to, attempt],
  );
  const settled = useSettled(request, (r) => r.client.get(r.from, r.to));

  const reload = () => {
    setAttempt((a) => a + 1);
  };
  if (source === 'device') {
    return { data: local?.data, at: local?.at, loading: !local, problem: undefined, reload };
  }
  if (!request)
    return { data: undefined, at: undefined, loading: false, problem: undefined, reload };
  return { ...settled, reload };
}

/**
 * The answer to the latest request, fetched online (never stored): loading until it settles;
 * an answer to an earlier request is dropped. `run` must depend on nothing but the request.
 */
export function useSettled<R extends object, T>(
  request: R | undefined,
  run: (request: R) => Promise<T>,
): {
  data: T | undefined;
  at: Date | undefined;
  loading: boolean;
  problem: StatisticsProblem | undefined;
} {
  const [settled, setSettled] = useState<
    { request: R; data?: T; at?: Date; problem?: StatisticsProblem } | undefined
  >(undefined);
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    if (!request) return;
    let current = true;
    runRef.current(request).then(
      (data) => {
        if (current) setSettled({ request, data, at: new Date() });
      },
      (error: unknown) => {
        if (current) setSettled({ request, problem: problemOf(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [request]);

  const done = request && settled?.request === request ? settled : undefined;
  return { data: done?.data, at: done?.at, loading: !!request && !done, problem: done?.problem };
}
