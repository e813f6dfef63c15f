import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeviceErrors, type DeviceErrorEntry } from '../../storage/hooks/useDeviceErrors';
import { useDateTime } from '../admin/format';

/** Store and entity names the log may carry, each with a German label for the counsellor. */
const AREAS = [
  'cases',
  'sessions',
  'consents',
  'revocations',
  'referrals',
  'incomingReferrals',
  'case',
  'session',
  'consent',
  'consent-revocation',
  'referral',
  'referral-inbox',
] as const;
type Area = (typeof AREAS)[number];
const isArea = (value: string): value is Area => (AREAS as readonly string[]).includes(value);

/** A term and its value; identifiers are shown as written, left to right, never translated. */
function Fact({ term, children, identifier = false }: FactProps) {
  return (
    <>
      <dt>{term}</dt>
      {identifier ? (
        <dd translate="no" dir="ltr">
          <code>{children}</code>
        </dd>
      ) : (
        <dd>{children}</dd>
      )}
    </>
  );
}
type FactProps = { term: string; children: string; identifier?: boolean };

/** One line per entry for support (pasted into an e-mail or a ticket); technical on purpose. */
function supportText(entries: readonly DeviceErrorEntry[]): string {
  return entries
    .map((e) =>
      [
        e.at,
        e.source,
        e.name,
        e.code && `code=${e.code}`,
        e.store && `store=${e.store}`,
        e.recordId && `record=${e.recordId}`,
      ]
        .filter(Boolean)
        .join(' '),
    )
    .join('\n');
}

/**
 * The device's last errors under Einstellungen (diagnostics/errorLog.ts): what a counsellor
 * reads out or copies for support. It holds no values, so it is shown as it is.
 */
export function DeviceErrorLogPanel() {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const { entries, clear } = useDeviceErrors();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  const areaLabel = (area: string) => (isArea(area) ? t(`diagnostics.area.${area}`) : area);

  return (
    <>
      <p className="kern-body">{t('diagnostics.intro')}</p>
      {entries.length === 0 ? (
        <p className="kern-body" data-testid="device-errors-empty">
          {t('diagnostics.empty')}
        </p>
      ) : (
        <ol className="device-errors" data-testid="device-errors">
          {entries.map((e, index) => (
            <li key={`${e.at}-${String(index)}`} className="kern-body">
              <strong>
                <bdi>{dateTime(e.at)}</bdi> · {t(`diagnostics.source.${e.source}`)}
              </strong>
              <dl className="device-errors__facts">
                <Fact term={t('diagnostics.name')} identifier>
                  {e.name}
                </Fact>
                {e.code && (
                  <Fact term={t('diagnostics.code')} identifier>
                    {e.code}
                  </Fact>
                )}
                {e.store && <Fact term={t('diagnostics.store')}>{areaLabel(e.store)}</Fact>}
                {e.recordId && (
                  <Fact term={t('diagnostics.record')} identifier>
                    {e.recordId}
                  </Fact>
                )}
              </dl>
            </li>
          ))}
        </ol>
      )}
      {entries.length > 0 && (
        <div className="row">
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              navigator.clipboard.writeText(supportText(entries)).then(
                () => {
                  setCopy('copied');
                },
                () => {
                  setCopy('failed');
                },
              );
            }}
          >
            <span className="kern-label">{t('diagnostics.copy')}</span>
          </button>
          <button
            type="button"
            className="kern-btn kern-btn--tertiary"
            onClick={() => {
              clear();
              setCopy('idle');
            }}
          >
            <span className="kern-label">{t('diagnostics.clear')}</span>
          </button>
        </div>
      )}
      <p className="kern-body" role="status">
        {copy === 'copied' && t('diagnostics.copied')}
        {copy === 'failed' && t('diagnostics.copyFailed')}
      </p>
    </>
  );
}
