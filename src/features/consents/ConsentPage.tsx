import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentStates, SHARING_STATES } from '../../domain';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { todayIso } from '../../app/today';
import { useConsentDetail } from '../../storage/hooks/useConsents';
import { useCounsellingDefaults } from '../../storage/hooks/useCounsellingDefaults';
import { Alert } from '../../ui/Alert';
import { printWhenFontsReady } from '../../ui/printFonts';
import { ConsentDocument, type CopyKind } from './ConsentDocument';
import { RecipientStates } from './RecipientStates';
import { RevocationList } from './RevocationList';
import { RevocationForm } from './RevocationForm';
import './consents.css';

/** Route `/einwilligungen/:id`: a signed consent, its state, printing and revocation. */
export function ConsentPage({ id }: { id: string }) {
  const { t } = useTranslation('consents');
  const detail = useConsentDetail(id);
  const { value: defaults } = useCounsellingDefaults();
  const [copy, setCopy] = useState<CopyKind>('client');
  if (detail === undefined) return <p className="kern-body">{t('loading')}</p>;
  if (detail === null) {
    return (
      <div className="stack">
        <h1 className="kern-heading-large">{t('view.notFound')}</h1>
        <AppLink href={routes.home}>{t('view.toCases')}</AppLink>
      </div>
    );
  }
  const { consent, consents, revocations } = detail;
  const own = revocations.filter((r) => r.consentId === consent.id);
  const newer = consents.find((c) => c.supersedes === consent.id);
  const states = newer ? [] : consentStates([consent], revocations, todayIso());
  const open = states
    .filter((s) => SHARING_STATES.has(s.status) || s.status === 'not-yet-valid')
    .map((s) => ({ id: s.recipient.id, name: s.recipient.name }));

  return (
    <div className="stack consent-page">
      <div className="no-print stack">
        <AppLink href={routes.case(consent.caseId)} className="kern-link back-link">
          {t('backToCase')}
        </AppLink>
        <h1 className="kern-heading-large">
          {t(`kind.${consent.kind}`)} · {t('view.version', { version: consent.version })}
        </h1>
        {newer ? (
          <Alert tone="info" title={t('view.superseded')}>
            <AppLink href={routes.consent(newer.id)}>{t('view.toNewest')}</AppLink>
          </Alert>
        ) : (
          <RecipientStates states={states} />
        )}
        {own.length > 0 && <RevocationList consent={consent} revocations={own} headingLevel={2} />}
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('view.copy')}</legend>
          <div className="kern-fieldset__body">
            {(['client', 'file'] as const).map((c) => (
              <div className="kern-form-check" key={c}>
                <input
                  id={`copy-${c}`}
                  type="radio"
                  name="copy"
                  className="kern-form-check__radio"
                  checked={copy === c}
                  onChange={() => {
                    setCopy(c);
                  }}
                />
                <label className="kern-label" htmlFor={`copy-${c}`}>
                  {t(`view.copies.${c}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="row">
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            onClick={() => void printWhenFontsReady()}
          >
            <span className="kern-label">{t('view.print')}</span>
          </button>
          {!newer && (
            <AppLink
              href={routes.consentVersion(consent.id)}
              className="kern-btn kern-btn--secondary"
            >
              <span className="kern-label">{t('view.newVersion')}</span>
            </AppLink>
          )}
        </div>
      </div>

      <ConsentDocument consent={consent} revocations={revocations} copy={copy} />

      {!newer && open.length > 0 && (
        <section className="no-print stack" aria-labelledby="revoke-title">
          <h2 id="revoke-title" className="kern-heading-medium">
            {t('revoke.title')}
          </h2>
          <p className="kern-body">{t('revoke.intro')}</p>
          <RevocationForm
            consent={consent}
            open={open}
            counsellor={defaults?.counsellorName ?? ''}
          />
        </section>
      )}
    </div>
  );
}
