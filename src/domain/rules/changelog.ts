// What changed in the rule set from one version to the next, and the legal questions the
// stored sources did not settle. The review sheet (npm run content:review) prints both, so a
// lawyer sees what to check first. German: the sheet is written for German lawyers.
import type { IsoDate } from '../dates';
import { RULESET_VERSION } from './meta';

export type RulesetChange = {
  /** Where: a pathway, consequence, return option, text or the engine. */
  readonly area: string;
  readonly change: string;
  /** What the change rests on (a finding of a named review, a statute, a court decision). */
  readonly basis: string;
};

export type RulesetRelease = {
  readonly version: string;
  readonly previous: string;
  readonly date: IsoDate;
  readonly changes: readonly RulesetChange[];
};

export type OpenQuestion = {
  readonly area: string;
  readonly question: string;
  /** Since when the question is open (the day it was written down). */
  readonly since: IsoDate;
  /** What was read without settling it. */
  readonly consulted: string;
};

const REVIEW = 'Rechtsprüfung vom 04.12.2026 (shared/research/legal-review-2026-12.md)';

/** Newest first; the first entry is the current RULESET_VERSION (a test enforces it). */
export const RULESET_RELEASES: readonly RulesetRelease[] = [
  {
    version: RULESET_VERSION,
    previous: 'rules@2026-11-1',
    date: '2026-12-04',
    changes: [
      {
        area: '§ 61 AufenthG',
        change:
          'Die räumliche Beschränkung auf das Land erlischt nach drei Monaten erlaubten, ' +
          'geduldeten oder gestatteten Aufenthalts; danach gilt sie nur bei einer Anordnung ' +
          'nach Abs. 1c (neue Angabe). Die Wohnsitzauflage (Abs. 1d) ist eine eigene Folge.',
        basis: `${REVIEW}, Nr. 1`,
      },
      {
        area: '§ 104c, § 25a, § 25b AufenthG',
        change:
          'Frist ist das Ablaufdatum der eigenen Erlaubnis nach § 104c (neue Angabe „gültig ' +
          'bis“); der 30.06.2027 ist nur das späteste mögliche Ablaufdatum, nie eine Handlungsfrist.',
        basis: `${REVIEW}, Nr. 2`,
      },
      {
        area: 'Familiäre Aufenthaltsrechte',
        change:
          'Aufenthaltstitel der Bezugsperson als Angabe; Familiennachzug zu subsidiär ' +
          'Schutzberechtigten bis 23.07.2027 ausgesetzt (§ 104 Abs. 14); andere humanitäre ' +
          'Titel: rechtliche Bewertung (§ 29 Abs. 3). § 30 AsylG nach der Neugliederung zitiert.',
        basis: `${REVIEW}, Nr. 3 und 15`,
      },
      {
        area: '§ 60c, § 16g AufenthG',
        change:
          'Ausschlussgründe aus erfassten Angaben: Verurteilung über den Grenzen des § 19d ' +
          '(Abs. 2 Nr. 4), konkrete Maßnahmen zur Aufenthaltsbeendigung (Abs. 2 Nr. 5: ' +
          'Abschiebungstermin, Antrag auf geförderte Ausreise, Dublin-Verfahren; Passbeschaffung ' +
          'durch die Behörde zur Bewertung). § 16g als Anspruch. Warnung vor REAG/GARP-Anträgen.',
        basis: `${REVIEW}, Nr. 4, 5 und 13`,
      },
      {
        area: 'Aufenthaltszeiten (alle Wege)',
        change:
          'Ein nicht erfasster Zeitraum ist keine Unterbrechung: Die Voraussetzung bleibt offen ' +
          'und fragt nach dem Status in diesem Zeitraum, statt „nicht erfüllt“ zu sagen.',
        basis: `${REVIEW}, Nr. 6`,
      },
      {
        area: '§ 11 AufenthG',
        change:
          'Freiwillige Ausreise vermeidet nur das Verbot wegen Abschiebung; Hinweise auf Verbote ' +
          'nach Abs. 6 (nicht bei unverschuldeter Unmöglichkeit) und Abs. 7.',
        basis: `${REVIEW}, Nr. 7`,
      },
      {
        area: 'Texte',
        change:
          '§ 60b-Heilung, § 25 Abs. 5 (Verschulden bei fehlenden Papieren), Optionsmodell, ' +
          'REAG/GARP (BAMF), Türkei-Sonderregel, § 23a, Vertraulichkeit nur bei unabhängigen ' +
          'Stellen, keine englischen Wörter in Rechtsgrundlagen und Quellen.',
        basis: `${REVIEW}, Nr. 8–12, 14, 16 und fehlende Inhalte Nr. 6`,
      },
      {
        area: 'Neue Inhalte',
        change:
          'Westbalkanregelung (§ 26 Abs. 2 BeschV) als Rückkehr-und-Wiederkommen-Option; Folge ' +
          '„Abschiebung“ (RüVG: keine Ankündigung, Betreten der Wohnung); Duldung ist keine ' +
          'Arbeitserlaubnis (§ 4a Abs. 4); § 1a AsylbLG: vorherige schriftliche Belehrung, ' +
          'Akutversorgung; ausgehändigte Schriftstücke und Belehrungen als eigener Schritt.',
        basis: `${REVIEW}, fehlende Inhalte Nr. 1–4 und Änderungen 2026`,
      },
    ],
  },
];

/**
 * Questions the stored sources did not settle and that no single rule carries (a rule's own
 * uncertainty is its `reviewNote`). Each stays until a lawyer answers it from a named source.
 */
export const OPEN_QUESTIONS: readonly OpenQuestion[] = [
  {
    area: 'GEAS (ab 12.06.2026)',
    question:
      'Wann wurde das GEAS-Anpassungsgesetz (vom Bundestag am 27.02.2026 beschlossen) ' +
      'verkündet, und wie lauten danach § 1a AsylbLG (Leistungsausschluss bei Überstellung ' +
      'nach der AMMR statt Dublin III) und § 10 Abs. 3 AufenthG? Alle Texte mit „Dublin“ prüfen.',
    since: '2026-12-04',
    consulted: REVIEW,
  },
  {
    area: 'Sichere Herkunftsstaaten',
    question:
      'Fallen die per Rechtsverordnung bestimmten sicheren Herkunftsstaaten (§ 29b AsylG, seit ' +
      '01.02.2026) und die EU-Liste von Feb. 2026 (Kosovo, Bangladesch, Kolumbien, Ägypten, ' +
      'Indien, Marokko, Tunesien) unter das Beschäftigungsverbot des § 60a Abs. 6 S. 1 Nr. 3?',
    since: '2026-12-04',
    consulted: REVIEW,
  },
  {
    area: 'Optionsmodell Schleswig-Holstein',
    question:
      'Wurden bei der Einigung von Land und Kommunen (Dez. 2024/Jan. 2025) die Ausnahmen ' +
      '(Familie, Krankheit, Ausbildungs- oder Beschäftigungsduldung) beibehalten?',
    since: '2026-12-04',
    consulted: REVIEW,
  },
  {
    area: 'Sonderregel Türkei',
    question:
      'Wurde die bis 30.06.2025 befristete Sonderregel für REAG/GARP, StarthilfePlus und EURP ' +
      'verlängert, und gilt sie 2026?',
    since: '2026-12-04',
    consulted: REVIEW,
  },
  {
    area: 'Westbalkanregelung',
    question: 'Wie hoch ist das Kontingent 2026 (2025: 50.000, geplant 25.000)?',
    since: '2026-12-04',
    consulted: REVIEW,
  },
  {
    area: '§ 104c AufenthG',
    question:
      'Können vor dem 31.12.2025 gestellte, noch nicht entschiedene Anträge nach § 104c noch ' +
      'bewilligt werden?',
    since: '2026-12-04',
    consulted: REVIEW,
  },
  {
    area: 'Beobachten (angekündigt, nicht beschlossen)',
    question:
      'Arbeitsmarktbezogenes Bleiberecht für lange Geduldete (Koalitionsvorhaben; ' +
      'Bundesratsinitiative Schleswig-Holstein Jan. 2026): noch kein Gesetz, keine Regel hinterlegt.',
    since: '2026-12-04',
    consulted: REVIEW,
  },
];
