// The shapes statistics are computed from and published as. Inputs are already parsed
// (records.ts) and carry no names, ids of people or free text beyond what is counted.
import type { Gender } from '../cases/schema';
import type { CaseOutcome } from '../cases/closing';
import type { IsoDate } from '../dates';
import type { CaseFacts } from '../facts/schema';
import type { ScriptAnswers } from '../script/types';

export const DIMENSIONS = ['nationality', 'ageBand', 'gender'] as const;
export type DimensionId = (typeof DIMENSIONS)[number];

/** Age on the day counted (conversation, signature, referral); 18–26 matters for § 25a. */
export const AGE_BANDS = ['0-17', '18-26', '27-44', '45-64', '65+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const GENDER_COLUMNS = ['female', 'male', 'diverse', 'not-stated', 'unknown'] as const;

export type StatsPerson = {
  readonly nationality?: string | undefined;
  readonly birthDate?: IsoDate | undefined;
  readonly gender?: Gender | undefined;
};

export type StatsConversation = {
  readonly caseId: string;
  /** Date of the conversation. */
  readonly date: IsoDate;
  readonly templateId: string;
  readonly topicsCovered: readonly string[];
  readonly answers: ScriptAnswers;
  /** The facts the conversation was finalised with (its snapshot). */
  readonly facts: CaseFacts;
};

export type StatsConsent = {
  readonly caseId: string;
  readonly date: IsoDate;
  readonly kind: 'data-consent' | 'confidentiality-waiver';
};

export type StatsEvent = { readonly caseId: string; readonly date: IsoDate };

export type StatsReferral = StatsEvent & { readonly accepted: boolean };

/** A case's closing in force (closedOn as `date`) with its outcome and optional detail. */
export type StatsClosure = StatsEvent & {
  readonly outcome: CaseOutcome;
  readonly detail?: string | undefined;
};

export type StatisticsInput = {
  readonly persons: ReadonlyMap<string, StatsPerson>;
  readonly conversations: readonly StatsConversation[];
  readonly consents: readonly StatsConsent[];
  readonly revocations: readonly StatsEvent[];
  readonly referrals: readonly StatsReferral[];
  /** Closed cases, counted by outcome in the quarter of their closing day. */
  readonly closures: readonly StatsClosure[];
};

/** A published count; `null` = suppressed (too few people, or needed to protect another). */
export type Cell = number | null;

export type StatisticsRow = {
  readonly category: string;
  readonly total: Cell;
  /** Per dimension every column of its fixed set (columns.ts), hidden ones as null. */
  readonly by: Readonly<Record<DimensionId, Readonly<Record<string, Cell>>>>;
};

export type StatisticsTable = {
  readonly indicator: string;
  readonly rows: readonly StatisticsRow[];
};

export type StatisticsBucket = {
  readonly period: string;
  readonly tables: readonly StatisticsTable[];
};

/** Unsuppressed counts: only ever inside the computation, never published. */
export type RawRow = {
  readonly category: string;
  readonly total: number;
  readonly by: Readonly<Record<DimensionId, ReadonlyMap<string, number>>>;
};
