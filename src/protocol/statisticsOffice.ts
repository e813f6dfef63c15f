import { z } from 'zod';
import { organisationKindSchema } from './auth';
import { quarterSchema, statisticsResponseSchema, statisticsRowSchema } from './statistics';

// A statistics office across organisations (issue 27): the opt-in of a contributing
// organisation, the registration of a contributor on another server, the signed quarterly
// report it uploads, and what office accounts read. Raw counts travel only inside a signed
// report between servers; every answer to an office account is suppressed across sources.

/** The format name and version of a quarterly report; a new layout is a new version. */
export const STATISTICS_REPORT_FORMAT = 'perspektive-statistics-report/1';

const count = z.number().int().min(0).max(1_000_000);
const id = z.string().min(1).max(200);
const cells = z.record(z.string().min(1).max(40), count);

/** What is signed: `canonicalJson(report)` as UTF-8 bytes (see ARCHITECTURE.md). */
export const statisticsReportSchema = z.strictObject({
  format: z.literal(STATISTICS_REPORT_FORMAT),
  /** The contributing organisation as its own server knows it. */
  contributor: z.strictObject({ orgId: z.uuid(), name: z.string().trim().min(1).max(200) }),
  quarter: quarterSchema,
  /** The indicator catalogue the counts follow (domain/statistics/catalogue.ts). */
  catalogueVersion: z.string().min(1).max(60),
  /** The threshold the contributor publishes its own figures with. */
  threshold: z.number().int().min(3).max(100),
  /** When the report was made; a later report for the same quarter replaces an earlier one. */
  createdAt: z.iso.datetime({ offset: true }),
  tables: z
    .array(
      z.strictObject({
        indicator: id,
        rows: z
          .array(
            z.strictObject({
              category: id,
              total: count,
              by: z.strictObject({ nationality: cells, ageBand: cells, gender: cells }),
            }),
          )
          .max(500),
      }),
    )
    .max(50),
});
export type StatisticsReport = z.infer<typeof statisticsReportSchema>;

/** An Ed25519 signature (64 bytes) in base64. */
const signatureSchema = z
  .string()
  .regex(/^[A-Za-z0-9+/]{86}==$/, 'expected an Ed25519 signature in base64');

/** `POST /api/statistics-office/reports`: the file `statistics-report` writes, as it is. */
export const signedStatisticsReportSchema = z.strictObject({
  report: statisticsReportSchema,
  signature: signatureSchema,
});
export type SignedStatisticsReport = z.infer<typeof signedStatisticsReportSchema>;

export const reportUploadResponseSchema = z.strictObject({
  quarter: quarterSchema,
  /** true when an earlier report of the same quarter was replaced (it stays in the history). */
  replaced: z.boolean(),
  /**
   * false when the office has released this quarter already: the report is stored and kept
   * in the history, but a released publication is frozen and does not change.
   */
  affectsRelease: z.boolean(),
});
export type ReportUploadResponse = z.infer<typeof reportUploadResponseSchema>;

/** An Ed25519 public key as base64 of its DER SubjectPublicKeyInfo (44 bytes). */
export const ed25519PublicKeySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9+/]{59}=$/, 'expected an Ed25519 public key (base64 SPKI)');

/** `POST /api/statistics-office/contributors` (the office's admin). */
export const registerContributorSchema = z.strictObject({
  orgId: z.uuid(),
  name: z.string().trim().min(1).max(200),
  publicKey: ed25519PublicKeySchema,
});
export type RegisterContributor = z.infer<typeof registerContributorSchema>;

export const contributorSchema = z.strictObject({
  id: z.uuid(),
  orgId: z.uuid(),
  name: z.string(),
  registeredAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  /** Quarters with a report in force. */
  quarters: z.array(quarterSchema),
});
export const contributorListSchema = z.strictObject({ contributors: z.array(contributorSchema) });
export type ContributorList = z.infer<typeof contributorListSchema>;

/** `GET /api/admin/statistics-offices`: offices on this server and this organisation's opt-in. */
export const statisticsOfficeListSchema = z.strictObject({
  offices: z.array(z.strictObject({ id: z.uuid(), name: z.string(), contributing: z.boolean() })),
});
export type StatisticsOfficeList = z.infer<typeof statisticsOfficeListSchema>;

/** `PUT /api/admin/statistics-offices/:officeId/contribution` */
export const contributionRequestSchema = z.strictObject({ contribute: z.boolean() });

/** `GET /api/statistics-office/publication?quarter=2026-Q4` (released quarters only) */
export const publicationQuerySchema = z.strictObject({ quarter: quarterSchema });

/** `POST /api/statistics-office/publications/:quarter/release` */
export const releaseParamsSchema = z.strictObject({ quarter: quarterSchema });

/** A quarter the office has released: its publication is frozen from `releasedAt` on. */
export const releaseSchema = z.strictObject({
  quarter: quarterSchema,
  releasedAt: z.iso.datetime(),
  catalogueVersion: z.string(),
});
export type Release = z.infer<typeof releaseSchema>;

/** `GET /api/statistics-office/publications`: every released quarter, newest first. */
export const releaseListSchema = z.strictObject({ releases: z.array(releaseSchema) });
export type ReleaseList = z.infer<typeof releaseListSchema>;

const tableSchema = z.strictObject({
  indicator: z.string().min(1).max(60),
  rows: z.array(statisticsRowSchema),
});

export const euFigureSchema = z.strictObject({
  id: z.string(),
  code: z.string(),
  datasets: z.array(z.string()),
  supply: z.enum(['partial', 'none']),
  toVerify: z.boolean(),
  total: z.number().int().nonnegative().nullable(),
  byNationality: z.record(z.string(), z.number().int().nonnegative().nullable()),
});

/**
 * One quarter for the office: the combined table over every contributing organisation and
 * each organisation's own table, all suppressed across sources. Organisations are named and
 * keyed by position (`o1`, …), never by a record's or an organisation's id.
 */
export const publicationSchema = z.strictObject({
  quarter: quarterSchema,
  catalogueVersion: z.string(),
  threshold: statisticsResponseSchema.shape.threshold,
  columns: statisticsResponseSchema.shape.columns,
  indicators: statisticsResponseSchema.shape.indicators,
  organisations: z.array(
    z.strictObject({
      key: z.string().regex(/^o\d{1,4}$/),
      name: z.string(),
      /** The kind of an organisation on this server; null for a report from another server. */
      kind: organisationKindSchema.nullable(),
      source: z.enum(['server', 'report']),
    }),
  ),
  combined: z.array(tableSchema),
  byOrganisation: z.array(z.strictObject({ key: z.string(), tables: z.array(tableSchema) })),
  eu: z.array(euFigureSchema),
});
export type Publication = z.infer<typeof publicationSchema>;
