export { ageBandOf, countQuarter } from './aggregate';
export type { RawTable } from './aggregate';
export { computeStatistics, statisticsReport } from './compute';
export type { StatisticsQuery } from './compute';
export {
  CHECKLIST_INDICATORS,
  INDICATOR_IDS,
  indicatorCatalogue,
  outcomeCategory,
  pathwayCategory,
} from './indicators';
export type {
  IndicatorDef,
  IndicatorId,
  IndicatorUnit,
  StatisticsCategory,
  StatisticsVocabulary,
} from './indicators';
export {
  addQuarters,
  compareQuarters,
  isQuarter,
  MAX_QUARTERS,
  quarterBounds,
  quarterOf,
  quartersBetween,
} from './periods';
export type { Quarter } from './periods';
export { statisticsInputFromDomain, statisticsInputFromRecords } from './records';
export type { ParsedStatisticsInput, StoredRecord } from './records';
export {
  COLUMNS_VERSION,
  NATIONALITY_COLUMNS,
  nationalityColumn,
  STATISTICS_COLUMNS,
} from './columns';
export type { StatisticsColumns } from './columns';
export {
  CATALOGUE_FINGERPRINTS,
  CATALOGUE_VERSION,
  catalogueFingerprint,
  catalogueShape,
  isKnownCatalogueVersion,
} from './catalogue';
export { suppressAcrossSources, sumRows } from './crossSource';
export type { CrossSourceTable, SourceRows } from './crossSource';
export { combinedRaw, officeQuarter } from './office';
export type { OfficeQuarter, OfficeSource } from './office';
export { rawTablesOfReport, reportTables, ReportTablesError } from './report';
export type { ReportRow, ReportTable } from './report';
export { EU_RETURN_CATEGORIES, euReturnFigures } from './euReturns';
export type { EuReturnCategory, EuReturnFigure, EuSupply } from './euReturns';
export {
  assertThreshold,
  DEFAULT_THRESHOLD,
  MIN_THRESHOLD,
  suppressRow,
  suppressTable,
} from './suppress';
export { AGE_BANDS, DIMENSIONS, GENDER_COLUMNS } from './types';
export type {
  AgeBand,
  Cell,
  DimensionId,
  RawRow,
  StatisticsBucket,
  StatisticsInput,
  StatisticsRow,
  StatisticsTable,
  StatsClosure,
  StatsConsent,
  StatsConversation,
  StatsEvent,
  StatsPerson,
  StatsReferral,
} from './types';
