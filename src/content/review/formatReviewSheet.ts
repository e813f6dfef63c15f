// Builds the legal review sheet (Markdown) from the rule registries: every rule,
// requirement, note, consequence and return-programme hint with its legal reference,
// source, validity, review date, confidence, to-verify flag and German text. Pure: the
// CLI (printReviewSheet.ts) reads the locale file and prints the result.
import {
  CONSEQUENCES,
  OPEN_QUESTIONS,
  OPTIONSMODELL_META,
  PATHWAYS,
  RESEARCH_STATE,
  RETURN_OPTIONS,
  RULESET_RELEASES,
  RULESET_VERSION,
} from '../../domain';
import type { OpenQuestion, RuleMeta, RulesetRelease } from '../../domain';

export type TextLookup = (key: string) => string | undefined;

export type ReviewEntry = {
  readonly label: string;
  readonly meta: RuleMeta;
  /** German text keys shown for this entry (title, explanation...). */
  readonly textKeys: readonly string[];
};

export type ReviewGroup = {
  readonly heading: string;
  readonly titleKey?: string;
  readonly entries: readonly ReviewEntry[];
};

/** Resolves dotted keys in a nested locale object (e.g. the parsed rules.json). */
export function lookupFromJson(json: unknown): TextLookup {
  return (key) => {
    let node: unknown = json;
    for (const part of key.split('.')) {
      if (typeof node !== 'object' || node === null) return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === 'string' ? node : undefined;
  };
}

/** The review entries, grouped by pathway, consequence, return option and screening. */
export function reviewGroups(): ReviewGroup[] {
  const pathways = PATHWAYS.map((p): ReviewGroup => {
    const prefix = `rules.${p.id}`;
    return {
      heading: p.meta.legalRef,
      titleKey: `${prefix}.title`,
      entries: [
        { label: 'Regel', meta: p.meta, textKeys: [`${prefix}.summary`] },
        ...p.requirements.map((r) => ({
          label: `Voraussetzung ${r.id} (${r.kind})`,
          meta: r.meta,
          textKeys: [
            `${prefix}.requirement.${r.id}.label`,
            `${prefix}.requirement.${r.id}.explanation`,
          ],
        })),
        ...p.notes.map((n) => ({
          label: `Hinweis ${n.id}`,
          meta: n.meta ?? p.meta,
          textKeys: [`${prefix}.note.${n.id}`],
        })),
      ],
    };
  });
  const consequences = CONSEQUENCES.map((c): ReviewGroup => {
    const prefix = `consequences.${c.id}`;
    return {
      heading: c.meta.legalRef,
      titleKey: `${prefix}.title`,
      entries: [
        { label: 'Folge', meta: c.meta, textKeys: [`${prefix}.explanation`] },
        ...c.notes.map((n) => ({
          label: `Hinweis ${n.id}`,
          meta: n.meta ?? c.meta,
          textKeys: [`${prefix}.note.${n.id}`],
        })),
      ],
    };
  });
  const returnOptions = RETURN_OPTIONS.map((o): ReviewGroup => {
    // (actions are plain instructions; their legal basis is the option's)
    const prefix = `returnOptions.${o.id}`;
    return {
      heading: o.meta.legalRef,
      titleKey: `${prefix}.title`,
      entries: [
        {
          label: 'Programm',
          meta: o.meta,
          textKeys: [`${prefix}.description`, `${prefix}.support`],
        },
        ...o.hints.map((h) => ({
          label: `Hinweis ${h.id}`,
          meta: h.meta ?? o.meta,
          textKeys: [`${prefix}.hint.${h.id}`],
        })),
      ],
    };
  });
  const screening: ReviewGroup = {
    heading: OPTIONSMODELL_META.legalRef,
    titleKey: 'screening.optionsmodell.title',
    entries: [
      {
        label: 'Vorprüfung',
        meta: OPTIONSMODELL_META,
        textKeys: ['screening.optionsmodell.note.proposal'],
      },
    ],
  };
  return [...pathways, ...consequences, ...returnOptions, screening];
}

const CONFIDENCE_DE = { high: 'hoch', medium: 'mittel', low: 'niedrig' } as const;

/** Table cells must not break the Markdown table. */
function cell(value: string): string {
  return value.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function row(entry: ReviewEntry): string {
  const m = entry.meta;
  return `| ${[
    entry.label,
    m.legalRef,
    m.source,
    m.validFrom,
    m.validUntil ?? '–',
    m.reviewedOn,
    CONFIDENCE_DE[m.confidence],
    m.toVerify ? '**ja**' : 'nein',
  ]
    .map(cell)
    .join(' | ')} |`;
}

function texts(entry: ReviewEntry, lookup: TextLookup): string[] {
  const lines = entry.textKeys.map((key) => {
    const text = lookup(key);
    return `  - ${text ?? `⚠ Text fehlt (${key})`}`;
  });
  const note = entry.meta.reviewNote ? [`  - _Prüfhinweis: ${entry.meta.reviewNote}_`] : [];
  return [`- **${entry.label}**${entry.meta.toVerify ? ' (zu prüfen)' : ''}`, ...lines, ...note];
}

/** What changed since the previous version: the newest release's changes with their basis. */
function changesSection(release: RulesetRelease | undefined): string[] {
  if (!release) return [];
  return [
    '',
    `## Änderungen seit \`${release.previous}\` (Stand ${germanDate(release.date)})`,
    '',
    ...release.changes.map((c) => `- **${c.area}:** ${c.change} _(Grundlage: ${c.basis})_`),
  ];
}

/**
 * Every open question: the standalone ones, then each entry still to verify that says what
 * exactly is uncertain (its review note), so nothing uncertain hides in a table cell.
 */
function openQuestionsSection(
  questions: readonly OpenQuestion[],
  groups: readonly ReviewGroup[],
): string[] {
  // One line per distinct note of a rule, naming every entry it concerns.
  const perEntry = new Map<string, string[]>();
  for (const g of groups) {
    for (const e of g.entries) {
      if (!e.meta.toVerify || e.meta.reviewNote === undefined) continue;
      const key = `${g.heading}\u0000${e.meta.reviewNote}`;
      perEntry.set(key, [...(perEntry.get(key) ?? []), e.label]);
    }
  }
  return [
    '',
    '## Offene Fragen',
    '',
    ...questions.map(
      (q) =>
        `- **${q.area}** (offen seit ${germanDate(q.since)}): ${q.question} ` +
        `_(gelesen: ${q.consulted})_`,
    ),
    ...[...perEntry.entries()].map(([key, labels]) => {
      const [heading, note] = key.split('\u0000');
      return `- ${heading ?? ''}: ${note ?? ''} _(betrifft: ${labels.join(', ')})_`;
    }),
  ];
}

/** How many entries were checked against a named source on which day (reviewedOn). */
function reviewDatesLine(entries: readonly ReviewEntry[]): string {
  const byDate = new Map<string, number>();
  for (const e of entries) byDate.set(e.meta.reviewedOn, (byDate.get(e.meta.reviewedOn) ?? 0) + 1);
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([date, n]) => `${n} am ${germanDate(date)}`)
    .join(', ');
}

const germanDate = (iso: string) => iso.split('-').reverse().join('.');

export function formatReviewSheet(groups: readonly ReviewGroup[], lookup: TextLookup): string {
  const entries = groups.flatMap((g) => g.entries);
  const toVerify = entries.filter((e) => e.meta.toVerify).length;
  const current = RULESET_RELEASES.find((r) => r.version === RULESET_VERSION);
  const out: string[] = [
    '# Prüfbogen Regelwerk',
    '',
    `Regelwerk-Version: \`${RULESET_VERSION}\`` +
      (current ? ` (vorher \`${current.previous}\`)` : '') +
      ` · ${entries.length} Einträge, davon ${toVerify} zu prüfen.`,
    '',
    `„Geprüft am“ nennt den Tag, an dem ein Eintrag gegen die genannte Quelle geprüft wurde ` +
      `(${reviewDatesLine(entries)}); ${germanDate(RESEARCH_STATE)} ist der Stand der ` +
      'ursprünglichen Recherche. Alles mit „zu prüfen“ vor der Verwendung gegen ' +
      'gesetze-im-internet.de und die aktuellen BAMF-/IOM-Merkblätter prüfen. Beträge von ' +
      'Rückkehrprogrammen sind bewusst nicht hinterlegt.',
    ...changesSection(current),
    ...openQuestionsSection(OPEN_QUESTIONS, groups),
  ];
  for (const group of groups) {
    const title = group.titleKey ? lookup(group.titleKey) : undefined;
    out.push('', `## ${title ?? group.heading}`, '');
    out.push(
      '| Eintrag | Rechtsgrundlage | Quelle | Gültig ab | Gültig bis | Geprüft am | Konfidenz | Zu prüfen |',
      '|---|---|---|---|---|---|---|---|',
      ...group.entries.map(row),
      '',
      ...group.entries.flatMap((e) => texts(e, lookup)),
    );
  }
  return `${out.join('\n')}\n`;
}
