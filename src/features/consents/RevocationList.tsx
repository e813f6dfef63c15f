import { useTranslation } from 'react-i18next';
import type { ConsentRevocation, SignedConsent } from '../../domain';
import { formatClientDate } from '../../ui/clientFormat';

type Props = {
  consent: SignedConsent;
  revocations: readonly ConsentRevocation[];
  /** Language of the list: the interface's on screen, German on the file copy. */
  lng?: string;
  headingLevel: 2 | 3;
};

/**
 * Every revocation of a consent as it was recorded: when and how it came in, what it
 * covers, who recorded it and when, and the note — the proof the file needs (Art. 7(1) GDPR
 * applies to the withdrawal too).
 */
export function RevocationList({ consent, revocations, lng, headingLevel }: Props) {
  const { t, i18n } = useTranslation('consents', lng ? { lng } : undefined);
  const language = lng ?? i18n.language;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const recordedAt = (iso: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  const scope = (r: ConsentRevocation) =>
    r.scope.kind === 'all'
      ? t('revocations.all')
      : t('revocations.for', {
          names: consent.recipients
            .filter((x) => r.scope.kind === 'recipients' && r.scope.recipientIds.includes(x.id))
            .map((x) => x.name)
            .join(', '),
        });
  const ordered = [...revocations].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
  return (
    <section className="consent-revocations stack" aria-labelledby={`revocations-${consent.id}`}>
      <H id={`revocations-${consent.id}`} className="kern-heading-small">
        {t('revocations.title')}
      </H>
      <table className="consent-states">
        <thead>
          <tr>
            <th scope="col">{t('revocations.receivedOn')}</th>
            <th scope="col">{t('revocations.via')}</th>
            <th scope="col">{t('revocations.scope')}</th>
            <th scope="col">{t('revocations.recordedBy')}</th>
            <th scope="col">{t('revocations.note')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((r) => (
            <tr key={r.id}>
              <td>{formatClientDate(r.receivedOn, language)}</td>
              <td>{t(`revoke.channels.${r.receivedVia}`)}</td>
              <td>{scope(r)}</td>
              <td>
                {t('revocations.recordedByAt', {
                  name: r.recordedBy,
                  at: recordedAt(r.recordedAt),
                })}
              </td>
              <td>{r.note ?? t('revocations.noNote')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
