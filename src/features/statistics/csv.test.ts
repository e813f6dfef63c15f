import { describe, expect, it } from 'vitest';
import type { StatisticsResponse } from '../../protocol';
import { csvField, definitionsCsv, statisticsCsv, type CsvLabels } from './csv';

const data: StatisticsResponse = {
  granularity: 'quarter',
  threshold: 5,
  columns: { nationality: ['AF', 'SY', 'other'], ageBand: ['18-26', '27-44'], gender: ['female'] },
  skippedRecords: 0,
  indicators: [{ id: 'conversations', unit: 'conversation', definitionKey: 'd' }],
  buckets: [
    {
      period: '2026-Q1',
      tables: [
        {
          indicator: 'conversations',
          rows: [
            {
              category: 'perspektivgespraech',
              total: 8,
              by: {
                nationality: { SY: null, AF: null, other: null },
                ageBand: { '18-26': null, '27-44': null },
                gender: { female: 8 },
              },
            },
          ],
        },
      ],
    },
  ],
};

const labels: CsvLabels = {
  columns: {
    period: 'Quartal',
    indicator: 'Kennzahl',
    category: 'Kategorie',
    dimension: 'Aufschlüsselung',
    value: 'Ausprägung',
    count: 'Anzahl',
    unit: 'Einheit',
    definition: 'Definition',
  },
  period: (q) => q,
  indicator: () => 'Gespräche',
  category: () => 'Perspektivgespräch',
  dimension: (d) => d,
  column: (_d, v) => v,
  unit: () => 'Gespräche',
  definition: () => 'Abgeschlossene Gespräche; "finalisiert"',
  suppressed: 'gesperrt',
};

describe('statistics CSV', () => {
  it('writes UTF-8 with BOM, semicolons, CRLF and one line per fixed column, in its order', () => {
    const csv = statisticsCsv(data, labels);
    expect(
      csv.startsWith('\uFEFFQuartal;Kennzahl;Kategorie;Aufschlüsselung;Ausprägung;Anzahl\r\n'),
    ).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFQuartal;Kennzahl;Kategorie;Aufschlüsselung;Ausprägung;Anzahl',
      '2026-Q1;Gespräche;Perspektivgespräch;total;total;8',
      '2026-Q1;Gespräche;Perspektivgespräch;nationality;AF;gesperrt',
      '2026-Q1;Gespräche;Perspektivgespräch;nationality;SY;gesperrt',
      '2026-Q1;Gespräche;Perspektivgespräch;nationality;other;gesperrt',
      '2026-Q1;Gespräche;Perspektivgespräch;ageBand;18-26;gesperrt',
      '2026-Q1;Gespräche;Perspektivgespräch;ageBand;27-44;gesperrt',
      '2026-Q1;Gespräche;Perspektivgespräch;gender;female;8',
      '',
    ]);
  });

  it('refuses an answer whose row lacks a fixed column', () => {
    const broken = structuredClone(data);
    broken.buckets[0]!.tables[0]!.rows[0]!.by.nationality = { SY: null };
    expect(() => statisticsCsv(broken, labels)).toThrow(/AF missing/);
  });

  it('puts the definitions and the suppression rules into the side file', () => {
    const csv = definitionsCsv(data, labels, [['Schwelle', '5']]);
    expect(csv).toBe(
      '\uFEFFSchwelle;5\r\n\r\nKennzahl;Einheit;Definition\r\nGespräche;Gespräche;"Abgeschlossene Gespräche; ""finalisiert"""\r\n',
    );
  });

  it('quotes separators and defuses formulas', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).toBe('-3');
  });
});
