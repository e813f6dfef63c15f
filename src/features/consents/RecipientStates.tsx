import { useTranslation } from 'react-i18next';
import type { RecipientConsentState } from '../../domain';

const tone: Record<RecipientConsentState['status'], string> = {
  active: 'badge--success',
  expiring: 'badge--warning',
  expired: '',
  revoked: 'badge--danger',
  'not-yet-valid': 'badge--info',
};

/**
 * The consent state per recipient at a glance: may data flow to them today, until when,
 * for what. Text carries the state (colour only repeats it).
 */
export function RecipientStates({ states }: { states: readonly RecipientConsentState[] }) {
  const { t, i18n } = useTranslation('consents');
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
      new Date(`${iso}T12:00:00`),
    );
  if (states.length === 0) return <p className="kern-body">{t('state.none')}</p>;
  return (
    <table className="consent-states">
      <caption className="kern-label">{t('state.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('state.recipient')}</th>
          <th scope="col">{t('state.status')}</th>
          <th scope="col">{t('state.purposes')}</th>
        </tr>
      </thead>
      <tbody>
        {states.map((s) => (
          <tr key={`${s.consentId}-${s.recipient.id}`}>
            <th scope="row">
              {s.recipient.name}
              <span className="consent-states__kind">
                {t(`catalog.recipientKind.${s.recipient.kind}`)} · {t(`kind.${s.consentKind}`)}
              </span>
            </th>
            <td>
              <span className={`badge ${tone[s.status]}`}>
                {t(`state.statuses.${s.status}`, {
                  until: date(s.validUntil),
                  from: date(s.validFrom),
                  on: s.revokedOn ? date(s.revokedOn) : '',
                })}
              </span>
            </td>
            <td>{s.purposes.map((p) => t(`catalog.purpose.${p}`)).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
