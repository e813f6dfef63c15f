import { z } from 'zod';

/**
 * Years a quarter may name. Records exist only from the app's first use on; the bounds keep
 * date arithmetic on the server far from its edges (years 0000–0999 and 9999 used to fail
 * with a 500).
 */
export const STATISTICS_YEARS = { min: 2000, max: 2099 } as const;

/** Calendar quarter `YYYY-Qn`: the only period statistics are published for. */
export const quarterSchema = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/, 'expected YYYY-Qn')
  .refine((q) => {
    const year = Number(q.slice(0, 4));
    return year >= STATISTICS_YEARS.min && year <= STATISTICS_YEARS.max;
  }, `the year must be from ${STATISTICS_YEARS.min} to ${STATISTICS_YEARS.max}`);

const quarterIndex = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;

/** At most five years per request. */
export const MAX_STATISTICS_QUARTERS = 20;

/** `GET /api/statistics?from=2026-Q1&to=2026-Q4` */
export const statisticsQuerySchema = z
  .strictObject({ from: quarterSchema, to: quarterSchema })
  .refine((q) => quarterIndex(q.from) <= quarterIndex(q.to), {
    message: 'from must not be after to',
    path: ['to'],
  })
  .refine((q) => quarterIndex(q.to) - quarterIndex(q.from) < MAX_STATISTICS_QUARTERS, {
    message: `at most ${MAX_STATISTICS_QUARTERS} quarters`,
    path: ['to'],
  });
export type StatisticsQueryParams = z.infer<typeof statisticsQuerySchema>;

/** A count, or null where it is suppressed. */
const cellSchema = z.number().int().nonnegative().nullable();
const columnsSchema = z.record(z.string().min(1).max(40), cellSchema);

export const statisticsRowSchema = z.strictObject({
  category: z.string().min(1).max(200),
  total: cellSchema,
  by: z.strictObject({ nationality: columnsSchema, ageBand: columnsSchema, gender: columnsSchema }),
});

export const statisticsResponseSchema = z.strictObject({
  granularity: z.literal('quarter'),
  /** Counts from 1 to threshold − 1 are never shown. */
  threshold: z.number().int().min(3),
  /** The fixed columns of each breakdown: every row has exactly these, in this order. */
  columns: z.strictObject({
    nationality: z.array(z.string().min(1).max(40)).min(2).max(60),
    ageBand: z.array(z.string().min(1).max(40)).min(2).max(60),
    gender: z.array(z.string().min(1).max(40)).min(2).max(60),
  }),
  /** Records of the organisation that failed validation and were not counted. */
  skippedRecords: z.number().int().nonnegative(),
  indicators: z.array(
    z.strictObject({
      id: z.string().min(1).max(60),
      unit: z.enum(['conversation', 'action', 'referral', 'document', 'case']),
      definitionKey: z.string().min(1).max(200),
    }),
  ),
  buckets: z.array(
    z.strictObject({
      period: quarterSchema,
      tables: z.array(
        z.strictObject({
          indicator: z.string().min(1).max(60),
          rows: z.array(statisticsRowSchema),
        }),
      ),
    }),
  ),
});
export type StatisticsResponse = z.infer<typeof statisticsResponseSchema>;
