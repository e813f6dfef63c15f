import { useTranslation } from 'react-i18next';
import type { DeletionCountsWire } from '../../protocol';

const ORDER = ['case', 'session', 'consent', 'consent-revocation', 'referral', 'action'] as const;

/** Counts of records per kind (no personal data), as a short list. */
export function DeletionCounts({ counts }: { counts: DeletionCountsWire }) {
  const { t } = useTranslation('privacy');
  const present = ORDER.filter((kind) => (counts[kind] ?? 0) > 0);
  if (present.length === 0) return <span>{t('export.empty')}</span>;
  return (
    <ul className="privacy-counts">
      {present.map((kind) => (
        <li key={kind}>{t('log.count', { kind: t(`kinds.${kind}`), count: counts[kind] })}</li>
      ))}
    </ul>
  );
}

/** The references the organisation lets its administrators see (never names). */
export function ReferenceList({ label, references }: { label: string; references?: string[] }) {
  if (!references || references.length === 0) return null;
  return (
    <>
      <p className="kern-body privacy-list-label" aria-hidden="true">
        {label}
      </p>
      <ul className="privacy-references" aria-label={label}>
        {references.map((ref, index) => (
          // A file number can be given to two cases; the order is the server's and fixed.
          <li key={`${ref}-${String(index)}`}>{ref}</li>
        ))}
      </ul>
    </>
  );
}
