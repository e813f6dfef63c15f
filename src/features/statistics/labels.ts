import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorCatalogue, namespaceOf, type DimensionId } from '../../domain';
import { statisticsVocabulary } from '../../content/statisticsVocabulary';
import { nationalityLabel } from '../../ui/nationalityLabel';
import type { CsvLabels } from './csv';

const catalogue = indicatorCatalogue(statisticsVocabulary());

/** The namespaces the labels come from; the page loads them all before rendering. */
export const STATISTICS_NAMESPACES = ['statistics', 'script', 'rules', 'cases'] as const;

/**
 * Every label the dashboard and the export need, in the interface language: indicators,
 * categories (script sections and options, pathway titles), breakdown columns, quarters.
 */
export function useStatisticsLabels(): CsvLabels {
  const { t, i18n } = useTranslation([...STATISTICS_NAMESPACES]);
  const language = i18n.language;
  return useMemo(() => {
    // Keys like `script.pg.return.title` name their namespace by their root.
    const text = (key: string) =>
      key.includes(':') ? t(key) : t(key, { ns: namespaceOf(key) ?? 'statistics' });
    const categories = new Map<string, string>(
      catalogue.flatMap((d) =>
        d.categories.map((c) => {
          const label = text(c.labelKey);
          const full = c.qualifierKey ? `${label} (${text(c.qualifierKey)})` : label;
          return [`${d.id}\u0000${c.id}`, full] as const;
        }),
      ),
    );
    return {
      columns: {
        period: t('statistics:export.columns.period'),
        indicator: t('statistics:export.columns.indicator'),
        category: t('statistics:export.columns.category'),
        dimension: t('statistics:export.columns.dimension'),
        value: t('statistics:export.columns.value'),
        count: t('statistics:export.columns.count'),
        unit: t('statistics:export.columns.unit'),
        definition: t('statistics:export.columns.definition'),
      },
      period: (q: string) => t('statistics:quarter', { year: q.slice(0, 4), quarter: q.slice(6) }),
      indicator: (id: string) => t(`statistics:indicators.${id}`),
      category: (indicator: string, category: string) =>
        categories.get(`${indicator}\u0000${category}`) ?? category,
      dimension: (d: DimensionId | 'total') => t(`statistics:dimensions.${d}`),
      column: (d: DimensionId, value: string) =>
        d === 'nationality' && value === 'other'
          ? t('statistics:columns.nationality.other')
          : d === 'nationality'
            ? nationalityLabel(value, language, {
                stateless: t('statistics:columns.nationality.stateless'),
                unknown: t('statistics:columns.nationality.unknown'),
              })
            : t(`statistics:columns.${d}.${value}`),
      unit: (unit: string) => t(`statistics:units.${unit}`),
      definition: (id: string) => t(`statistics:definitions.${id}`),
      suppressed: t('statistics:suppressed'),
    };
  }, [t, language]);
}
