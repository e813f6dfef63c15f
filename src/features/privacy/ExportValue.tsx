import type { TFunction } from 'i18next';
import { formatNumericDate } from '../../ui/clientFormat';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[a-z][a-z-]*$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATETIME_FORMAT = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** A date or timestamp of the export in German (the JSON keeps the ISO form). */
export function germanMoment(value: string): string {
  if (DATE.test(value)) return formatNumericDate(value);
  if (DATETIME.test(value)) {
    const at = new Date(value);
    if (!Number.isNaN(at.getTime())) return DATETIME_FORMAT.format(at);
  }
  return value;
}

type Props = { value: unknown; t: TFunction<'privacy'>; depth?: number };

/**
 * Any stored value of the export as readable German: dates formatted, yes/no, lists, nested
 * objects as description lists with German field names where the app has one (else the
 * stored key — nothing is left out because it has no label), signature images as images.
 */
export function ExportValue({ value, t, depth = 0 }: Props) {
  if (value === null || value === undefined || value === '') return <>{t('export.empty')}</>;
  if (typeof value === 'boolean') return <>{value ? t('export.yes') : t('export.no')}</>;
  if (typeof value === 'number') return <>{String(value)}</>;
  if (typeof value === 'string') {
    if (value.startsWith('data:image/')) {
      return <img className="access-export__image" src={value} alt={t('export.signature')} />;
    }
    // Stored codes (female, finalised, data-consent …) in German where the app names them.
    if (CODE.test(value)) return <>{t(`values.${value}`, { defaultValue: value })}</>;
    return <>{germanMoment(value)}</>;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return <>{t('export.none')}</>;
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      return (
        <>{value.map((v) => (typeof v === 'string' ? germanMoment(v) : String(v))).join(', ')}</>
      );
    }
    return (
      <ol className="access-export__list">
        {(value as unknown[]).map((item, index) => (
          // Stored lists have no ids of their own; their order is the stored one.
          <li key={index}>
            <ExportValue value={item} t={t} depth={depth + 1} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === 'object') {
    return <ExportFields data={value as Record<string, unknown>} t={t} depth={depth + 1} />;
  }
  return <>{JSON.stringify(value)}</>;
}

/** An object's fields as a description list. */
export function ExportFields({
  data,
  t,
  depth = 0,
}: {
  data: Record<string, unknown>;
  t: TFunction<'privacy'>;
  depth?: number;
}) {
  const entries = Object.entries(data);
  if (entries.length === 0) return <>{t('export.none')}</>;
  return (
    <dl className={`access-export__fields access-export__fields--${depth > 0 ? 'nested' : 'top'}`}>
      {entries.map(([key, value]) => (
        <div key={key} className="access-export__field">
          <dt>{t(`fields.${key}`, { defaultValue: key })}</dt>
          <dd>
            <ExportValue value={value} t={t} depth={depth} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
