import { useTranslation } from 'react-i18next';
import { namespaceOf, type InfoItem } from '../../../../domain';

/** A text to read out to the client, or a hint for the counsellor only. */
export function InfoBlock({ item }: { item: InfoItem }) {
  // Client texts live in their own file (shipped in every client language), hints in script.
  const { t } = useTranslation(['conversation', 'clientScript', 'script']);
  const text = t(item.textKey, { ns: namespaceOf(item.textKey) ?? 'script' });
  if (item.audience === 'counsellor') {
    return (
      <aside className="script-hint" aria-label={t('items.hintLabel')}>
        <p className="kern-body">{text}</p>
        {item.legalRef && <p className="legal-ref">{item.legalRef}</p>}
      </aside>
    );
  }
  return (
    <div className="script-say">
      <p className="script-say__label">{t('items.sayLabel')}</p>
      <p className="kern-body">{text}</p>
      {item.legalRef && <p className="legal-ref">{item.legalRef}</p>}
    </div>
  );
}
