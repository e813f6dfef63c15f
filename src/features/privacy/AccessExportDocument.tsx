import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessExportWire } from '../../app/sync/SyncProvider';
import { ExportFields, ExportValue, germanMoment } from './ExportValue';

type Rec = {
  id: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  content: Record<string, unknown>;
};
type Consent = Rec & { signed: boolean; signedAt: string | null };
type Conversation = Rec & { addenda: unknown[] };
type AuditRow = {
  at: string;
  entity: string;
  entityId: string;
  action: string;
  userName: string | null;
  userId: string | null;
};

/** The parts of the export the document reads (the JSON Schema defines all of it). */
type Export = AccessExportWire & {
  generatedBy: { userId: string };
  organisation: { name: string };
  case: Rec & {
    profile: Record<string, unknown>;
    facts: Record<string, unknown>;
    other: Record<string, unknown>;
  };
  representatives: unknown[];
  conversations: Conversation[];
  consents: Consent[];
  revocations: Rec[];
  referrals: Rec[];
  otherRecords: (Rec & { entity: string })[];
  audit: AuditRow[];
};

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="access-export__part" aria-labelledby={`access-${id}`}>
      <h2 id={`access-${id}`} className="kern-heading-small access-export__heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The Art. 15 export as a readable document, always in German (the language of the file;
 * the JSON beside it is the complete machine-readable form). Every record of the export is
 * shown: profile, facts, representatives, conversations with addenda, consents with their
 * signed content, revocations, referrals, other records and the audit of who did what.
 */
export function AccessExportDocument({ data }: { data: AccessExportWire }) {
  const { t } = useTranslation('privacy', { lng: 'de' });
  const doc = data as Export;
  const meta = (r: Rec) => (
    <p className="kern-body access-export__meta">
      {t('export.recordMeta', {
        created: germanMoment(r.createdAt),
        updated: germanMoment(r.updatedAt),
        revision: r.revision,
      })}
    </p>
  );
  const records = (list: Rec[], label: string, extra?: (r: Rec, i: number) => ReactNode) =>
    list.length === 0 ? (
      <p className="kern-body">{t('export.none')}</p>
    ) : (
      list.map((r, i) => (
        <article key={r.id} className="access-export__record" aria-label={t(label, { n: i + 1 })}>
          <h3 className="kern-heading-small">{t(label, { n: i + 1 })}</h3>
          {meta(r)}
          {extra?.(r, i)}
          <ExportFields data={r.content} t={t} />
        </article>
      ))
    );

  return (
    <article lang="de" className="access-export" aria-labelledby="access-export-title">
      <h1 id="access-export-title" className="kern-heading-large">
        {t('export.title')}
      </h1>
      <p className="kern-body">{t('export.subtitle', { id: doc.case.id })}</p>
      <dl className="access-export__fields access-export__fields--top">
        {[
          ['organisation', doc.organisation.name],
          ['generatedAt', germanMoment(doc.generatedAt)],
          ['generatedBy', doc.generatedBy.userId],
          ['caseId', doc.case.id],
        ].map(([key, value]) => (
          <div key={key} className="access-export__field">
            <dt>{t(`export.${key ?? ''}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <Part id="profile" title={t('export.profile')}>
        {meta(doc.case)}
        <ExportFields data={doc.case.profile} t={t} />
      </Part>
      <Part id="facts" title={t('export.facts')}>
        <ExportFields data={doc.case.facts} t={t} />
      </Part>
      {Object.keys(doc.case.other).length > 0 && (
        <Part id="other" title={t('export.other')}>
          <ExportFields data={doc.case.other} t={t} />
        </Part>
      )}
      <Part id="representatives" title={t('export.representatives')}>
        <ExportValue value={doc.representatives} t={t} />
      </Part>
      <Part id="conversations" title={t('export.conversations')}>
        {records(doc.conversations, 'export.conversation')}
      </Part>
      <Part id="consents" title={t('export.consents')}>
        {records(doc.consents, 'export.consent', (r) => {
          const consent = r as Consent;
          return (
            <p className="kern-body">
              {consent.signed && consent.signedAt
                ? t('export.signed', { date: germanMoment(consent.signedAt) })
                : t('export.unsigned')}
            </p>
          );
        })}
      </Part>
      <Part id="revocations" title={t('export.revocations')}>
        {records(doc.revocations, 'export.revocation')}
      </Part>
      <Part id="referrals" title={t('export.referrals')}>
        {records(doc.referrals, 'export.referral')}
      </Part>
      {doc.otherRecords.length > 0 && (
        <Part id="other-records" title={t('export.otherRecords')}>
          {records(doc.otherRecords, 'export.otherRecords')}
        </Part>
      )}
      <Part id="audit" title={t('export.audit')}>
        <table className="kern-table access-export__audit">
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              {(['auditAt', 'auditEntity', 'auditAction', 'auditUser'] as const).map((key) => (
                <th key={key} scope="col" className="kern-table__header">
                  {t(`export.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {doc.audit.map((row, index) => (
              // Audit rows are ordered by time and id on the server; they have no key here.
              <tr key={index} className="kern-table__row">
                <td className="kern-table__cell">{germanMoment(row.at)}</td>
                <td className="kern-table__cell">
                  {`${t(`auditEntities.${row.entity}`, { defaultValue: row.entity })} ${row.entityId.slice(0, 8)}`}
                </td>
                <td className="kern-table__cell">
                  {t(`auditActions.${row.action}`, { defaultValue: row.action })}
                </td>
                <td className="kern-table__cell">
                  {row.userName ?? row.userId ?? t('export.empty')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>
    </article>
  );
}
