import { useTranslation } from 'react-i18next';
import { ageOn, latestClientLanguage } from '../../domain';
import { AppLink } from '../../app/AppLink';
import { useClientLanguage } from '../../app/clientLanguage';
import { navigate, routes } from '../../app/router';
import { todayIso } from '../../app/today';
import { useCaseDetail } from '../../storage/hooks/useCases';
import { useConsentController, useConsentDetail } from '../../storage/hooks/useConsents';
import { useCounsellingDefaults } from '../../storage/hooks/useCounsellingDefaults';
import { Alert } from '../../ui/Alert';
import { ConsentBuilder } from './builder/ConsentBuilder';
import { isShippedClientLanguage } from '../../i18n/localeFiles';
import type { ConsentKind } from './builder/formModel';
import './consents.css';

type Props =
  { mode: 'new'; caseId: string; kind: ConsentKind } | { mode: 'supersede'; consentId: string };

/** Routes `/faelle/:id/einwilligung/neu`, `…/schweigepflicht/neu`, `/einwilligungen/:id/neue-fassung`. */
export function NewConsentPage(props: Props) {
  return props.mode === 'new' ? (
    <Builder caseId={props.caseId} kind={props.kind} />
  ) : (
    <NewVersion consentId={props.consentId} />
  );
}

/** A new version of the newest consent of its chain (an older version cannot branch off). */
function NewVersion({ consentId }: { consentId: string }) {
  const previous = useConsentDetail(consentId);
  if (previous === undefined) return null;
  if (previous === null) return <NotFound />;
  const newest = previous.consents.find((c) => c.supersedes === previous.consent.id);
  if (newest) return <NotFound />;
  return (
    <Builder
      caseId={previous.consent.caseId}
      kind={previous.consent.kind}
      previous={previous.consent}
      revocations={previous.revocations}
    />
  );
}

function NotFound() {
  const { t } = useTranslation('consents');
  return (
    <div className="stack">
      <h1 className="kern-heading-large">{t('view.notFound')}</h1>
      <AppLink href={routes.home}>{t('view.toCases')}</AppLink>
    </div>
  );
}

function Builder({
  caseId,
  kind,
  previous,
  revocations = [],
}: {
  caseId: string;
  kind: ConsentKind;
  previous?: Parameters<typeof ConsentBuilder>[0]['previous'];
  revocations?: Parameters<typeof ConsentBuilder>[0]['revocations'];
}) {
  const { t } = useTranslation('consents');
  const detail = useCaseDetail(caseId);
  const { value: controller } = useConsentController();
  const { value: defaults } = useCounsellingDefaults();
  const { language } = useClientLanguage();
  if (detail === undefined || controller === undefined || defaults === undefined) {
    return <p className="kern-body">{t('loading')}</p>;
  }
  if (detail === null) return <NotFound />;
  const title = t(previous ? 'builder.titleVersion' : `builder.title.${kind}`, {
    version: (previous?.version ?? 0) + 1,
  });
  // The language chosen in this sitting, else the one recorded in the latest conversation.
  const recorded = latestClientLanguage(detail.sessions);
  const clientLanguage =
    isShippedClientLanguage(language.code) && language.code !== 'de'
      ? language.code
      : recorded && isShippedClientLanguage(recorded)
        ? recorded
        : 'de';
  return (
    <div className="stack">
      <AppLink href={routes.case(caseId)} className="kern-link back-link">
        {t('backToCase')}
      </AppLink>
      <h1 className="kern-heading-large">{title}</h1>
      {controller === null ? (
        <Alert tone="warning" title={t('builder.noController.title')}>
          <p className="kern-body">{t('builder.noController.body')}</p>
          <AppLink href={routes.settings}>{t('builder.noController.link')}</AppLink>
        </Alert>
      ) : (
        <ConsentBuilder
          ctx={{
            kind,
            caseId,
            controller,
            validFrom: todayIso(),
            version: (previous?.version ?? 0) + 1,
            ...(previous ? { supersedes: previous.id } : {}),
          }}
          personName={previous?.personName ?? detail.record.profile.displayName}
          clientLanguage={clientLanguage}
          minor={
            detail.record.facts.birthDate !== undefined &&
            ageOn(detail.record.facts.birthDate, todayIso()) < 18
          }
          previous={previous}
          revocations={revocations}
          defaults={{ place: defaults.defaultPlace, counsellor: defaults.counsellorName }}
          onSigned={(id) => {
            navigate(routes.consent(id), { replace: true });
          }}
        />
      )}
    </div>
  );
}
