// Builds the legal review sheet (Markdown) from the rule registries: every rule,
// requirement, note, consequence and return-programme hint with its legal reference,
// source, validity, review date, confidence, to-verify flag and German text. Pure: the
// CLI (printReviewSheet.ts) reads the locale file and prints the result.
import {
  CONSEQUENCES,
  OPTIONSMODELL_META,
  PATHWAYS,
  RESEARCH_STATE,
  RETURN_OPTIONS,
  RULESET_VERSION,
} from '../../domain';
import type { RuleMeta } from '../../domain';

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

export function formatReviewSheet(groups: readonly ReviewGroup[], lookup: TextLookup): string {
  const entries = groups.flatMap((g) => g.entries);
  const toVerify = entries.filter((e) => e.meta.toVerify).length;
  const out: string[] = [
    '# Prüfbogen Regelwerk',
    '',
    `Regelwerk-Version: \`${RULESET_VERSION}\` · Stand der Recherche: ${RESEARCH_STATE} · ` +
      `${entries.length} Einträge, davon ${toVerify} zu prüfen.`,
    '',
    'Alles mit „zu prüfen“ vor der Verwendung gegen gesetze-im-internet.de und die aktuellen ' +
      'BAMF-/IOM-Merkblätter prüfen. Beträge von Rückkehrprogrammen sind bewusst nicht hinterlegt.',
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
