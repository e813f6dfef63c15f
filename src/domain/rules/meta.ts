// Rule metadata helpers and the sources cited in /work/shared/research/domain.md.
import { isAfter, isBefore } from '../dates';
import type { IsoDate } from '../dates';
import { daysBetween } from '../dates';
import type { Confidence, RuleMeta } from './types';

/** Bump when any rule, threshold or date changes; every assessment records it. */
export const RULESET_VERSION = 'rules@2026-12-1';

/**
 * The EU Asylum and Migration Pact (GEAS) applies from this day; rules whose wording changes
 * with it get a version ending the day before and one starting here.
 */
export const GEAS_APPLICABLE_FROM: IsoDate = '2026-06-12';
export const GEAS_APPLICABLE_FROM_DAY_BEFORE: IsoDate = '2026-06-11';

/**
 * The research these rules were checked against covers public sources up to late Feb 2026.
 * It is the default reviewedOn; a rule gets a later date only when it was checked against a
 * named source on that day (e.g. the legal review of 4.12.2026 for the rules it corrected).
 */
export const RESEARCH_STATE: IsoDate = '2026-02-28';

export const SOURCES = {
  aufenthg: 'AufenthG (gesetze-im-internet.de)',
  buzer25a: 'buzer.de § 25a AufenthG; asyl.net; Nds. Flüchtlingsrat Leitfaden 14.1.1',
  buzer25b: 'NI Erlass § 25b; Nds. Flüchtlingsrat; BW Anwendungshinweise (A2)',
  paragraph60b5: 'Stadt Münster; Handbook Germany; Nds. Flüchtlingsrat (§ 60b Abs. 5)',
  chancen:
    'asyl.net "Gesetzesänderungen zum Jahreswechsel"; buzer.de Chancen-Aufenthaltsrechtsgesetz Art. 5',
  chancenOpen: 'sonnenberg-lawfirm (offene Frage); Zahlen des BMI laut Welt',
  p60c: 'AOK Rechtsdatenbank § 60c (Gesetzestext); Flüchtlingsrat Hessen (05/2025, 26.02.2024)',
  p16g: 'deubner § 16g AufenthG (Stand 01.07.2024); Flüchtlingsrat Hessen',
  p60d: 'deubner § 60d (Stand 07/2024); Flüchtlingsrat Hessen; Berlin LEA; arrivo',
  p19d: 'buzer.de § 19d (Stand 11.04.2024); Stadt Frankfurt',
  p23a: 'Härtefallkommission (Wikipedia); SH Verfahrensgrundsätze 25.09.2025',
  p25_5: 'Rechtsprüfung 12/2026 Nr. 9; § 25 Abs. 5 S. 3–4 AufenthG (Gesetzestext)',
  family: 'AufenthG §§ 27–36, § 10 Abs. 3, § 5 Abs. 2; § 39 S. 1 Nr. 5 AufenthV; migrando § 10',
  p60bDuldung: 'Stadt Münster; berlin-hilft; BMI Anwendungshinweise § 60b (asyl.net M28354)',
  passportSteps: 'BMI Anwendungshinweise § 60b; Gesetzestext (nicht erneut gelesen)',
  duties: 'VG München M 24 K 19.6002; Gesetzestext §§ 48, 82, 95 AufenthG',
  asylblg1a: 'AsylbLG § 1a, § 14 (expydoc, asylgesetz.de); Bay. LSG L 8 AY 11/24',
  workBan: 'Berlin VAB (2021); VG Göttingen 1 A 340/17',
  p61: 'VG München; Flüchtlingsrat NRW (2024); Gesetzestext § 61 AufenthG',
  p11: 'buzer.de § 11 AufenthG (Stand 21.02.2024); BAMF DA-Asyl (Abs. 7)',
  detention:
    'migrando § 62; asyl.net Sicherungshaft; Nds. Flüchtlingsrat; abschiebungshaft-buch; dlf',
  costs: 'Hamburg Innenbehörde; VG Saarlouis 10 K 2370/10; asyl.net M21594',
  reag: 'returningfromgermany.de REAG/GARP; Förderdatenbank; Flüchtlingsrat NRW "REAG/GARP 2.0"',
  countryRules: 'returningfromgermany.de Sonderregelungen; BAMF REAG/GARP; NRW MKJFGFI 17.09.2025',
  shp: 'returningfromgermany.de StarthilfePlus; BAMF StarthilfePlus page (08.04.2024)',
  eurp: 'returningfromgermany.de EURP und JRS; frontex.europa.eu; SWD(2021) 121',
  zirf: 'returningfromgermany.de FAQ; IOM Germany; LfAR Bayern',
  portal: 'returningfromgermany.de (BAMF + IOM)',
  counselling:
    'BAMF "Handlungsleitfaden für bundesweit einheitliche Standards in der Rückkehrberatung" (24.03.2023); MKJFGFI NRW 17.09.2025',
  optionsmodell:
    'Schleswig-Holsteinischer Landkreistag, Beschluss der Mitgliederversammlung vom 29.11.2024 ("Optionsmodell")',
  ruevg:
    'Rückführungsverbesserungsgesetz (in Kraft seit 27.2.2024): fr-hessen; frnrw; bundestag hib',
  lawyer2026:
    'Gesetz zur Abschaffung des Pflichtanwalts in Abschiebungshaft (in Kraft seit 1.2.2026)',
} as const;

type MetaInput = Omit<RuleMeta, 'toVerify' | 'reviewedOn'> & { readonly reviewedOn?: IsoDate };

/**
 * Builds rule metadata. Anything not backed by a high-confidence source is flagged
 * `toVerify`: domain.md requires M/L items to be checked before they reach users.
 */
export function meta(input: MetaInput): RuleMeta {
  return {
    ...input,
    reviewedOn: input.reviewedOn ?? RESEARCH_STATE,
    toVerify: input.confidence !== 'high',
  };
}

/** Same metadata with another confidence/reference, e.g. for one requirement of a rule. */
export function derive(
  base: RuleMeta,
  changes: Partial<Omit<RuleMeta, 'toVerify'>> & { readonly confidence?: Confidence },
): RuleMeta {
  return meta({ ...base, ...changes });
}

/** Whether the rule applies on `asOf` (inside its validity window). */
export function isInForce(rule: RuleMeta, asOf: IsoDate): boolean {
  if (isBefore(asOf, rule.validFrom)) return false;
  return rule.validUntil === undefined || !isAfter(asOf, rule.validUntil);
}

/** Whether a rule's review is older than `maxAgeDays` (default: half a year) on `asOf`. */
export function isReviewOverdue(rule: RuleMeta, asOf: IsoDate, maxAgeDays = 183): boolean {
  return daysBetween(rule.reviewedOn, asOf) > maxAgeDays;
}
