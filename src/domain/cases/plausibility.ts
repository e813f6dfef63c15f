// Cross-field plausibility of case facts. The facts schema checks each field on its own
// (a valid date is a valid date); only together do some values become impossible, e.g. an
// entry before birth. These are errors the counsellor should correct, because the engine
// would otherwise compute deadlines from impossible dates.
import type { IsoDate } from '../dates';
import { addYears, isAfter, isBefore, isIsoDate } from '../dates';
import { assertAsOf } from '../engine/common';
import type { CaseFacts, FactField } from '../facts/schema';
import { RECORD_VALIDATION } from './validation';
import type { RecordValidationCode } from './validation';

export type FactPlausibilityIssue = {
  readonly field: FactField;
  readonly code: RecordValidationCode;
  /** For list fields (statusHistory, applicationsFiled): the index of the entry concerned. */
  readonly index?: number;
};

/** Oldest plausible age: anything older is almost certainly a typo in the year. */
const MAX_AGE_YEARS = 120;

const valid = (value: string | undefined): IsoDate | undefined =>
  isIsoDate(value) ? value : undefined;

/**
 * Impossible combinations of facts on `asOf` (the conversation date). `createdOn` is the
 * date the case was opened: nobody can be born after their case was opened. Invalid dates
 * are ignored here; the schema reports them.
 */
export function factPlausibilityIssues(
  facts: CaseFacts,
  asOf: IsoDate,
  createdOn?: IsoDate,
): FactPlausibilityIssue[] {
  assertAsOf(asOf);
  const issues: FactPlausibilityIssue[] = [];
  const add = (field: FactField, code: RecordValidationCode, index?: number) => {
    issues.push(index === undefined ? { field, code } : { field, code, index });
  };
  const birth = valid(facts.birthDate);
  const entry = valid(facts.firstEntryDate);
  const future = (date: IsoDate | undefined) => date !== undefined && isAfter(date, asOf);
  const beforeBirth = (date: IsoDate | undefined) =>
    date !== undefined && birth !== undefined && isBefore(date, birth);

  if (future(birth)) add('birthDate', RECORD_VALIDATION.birthDateFuture);
  if (birth !== undefined && isBefore(birth, addYears(asOf, -MAX_AGE_YEARS))) {
    add('birthDate', RECORD_VALIDATION.birthDateTooOld);
  }
  if (birth !== undefined && isIsoDate(createdOn) && isAfter(birth, createdOn)) {
    add('birthDate', RECORD_VALIDATION.birthDateAfterCreated);
  }

  if (future(entry)) add('firstEntryDate', RECORD_VALIDATION.entryDateFuture);
  if (beforeBirth(entry)) add('firstEntryDate', RECORD_VALIDATION.entryBeforeBirth);

  const identity = valid(facts.identityClarifiedOn);
  if (future(identity)) add('identityClarifiedOn', RECORD_VALIDATION.identityDateFuture);
  if (beforeBirth(identity)) add('identityClarifiedOn', RECORD_VALIDATION.identityBeforeBirth);

  const asylum = valid(facts.asylumApplicationDate);
  if (future(asylum)) add('asylumApplicationDate', RECORD_VALIDATION.asylumDateFuture);
  if (asylum !== undefined && entry !== undefined && isBefore(asylum, entry)) {
    add('asylumApplicationDate', RECORD_VALIDATION.asylumBeforeEntry);
  }

  // A training may start in the future (contract signed), but not before birth.
  if (beforeBirth(valid(facts.trainingStartDate))) {
    add('trainingStartDate', RECORD_VALIDATION.trainingBeforeBirth);
  }

  (facts.statusHistory ?? []).forEach((period, index) => {
    const from = valid(period.from);
    if (future(from)) add('statusHistory', RECORD_VALIDATION.statusPeriodFuture, index);
    if (beforeBirth(from)) add('statusHistory', RECORD_VALIDATION.statusPeriodBeforeBirth, index);
  });
  (facts.applicationsFiled ?? []).forEach((application, index) => {
    if (future(valid(application.filedOn))) {
      add('applicationsFiled', RECORD_VALIDATION.applicationFiledFuture, index);
    }
  });
  return issues;
}
