import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  clientLanguageOf,
  composeSummary,
  defaultSelection,
  type CaseRecord,
  type SummarySelection,
} from '../../domain';
import { AppLink } from '../../app/AppLink';
import { useClientLanguage } from '../../app/clientLanguage';
import { routes } from '../../app/router';
import { useSessionDetail } from '../../storage/hooks/useCases';
import { useCaseConsents } from '../../storage/hooks/useConsents';
import { useCounsellingDefaults } from '../../storage/hooks/useCounsellingDefaults';
import type { StoredSession } from '../../storage/sessions/sessionRepository';
import { Alert } from '../../ui/Alert';
import { printWhenFontsReady } from '../../ui/printFonts';
import { assessmentsFor, type Assessments } from './assessments';
import { isShippedClientLanguage } from '../../i18n/localeFiles';
import { SummaryControls } from './SummaryControls';
import { SummaryDocument } from './SummaryDocument';
import { SummaryOfferPicker } from '../directory/SummaryOfferPicker';
import { useDirectory } from '../../storage/hooks/useDirectory';
import type { SupportOffer } from '../../domain/directory';
import './summary.css';

/** Route `/gespraeche/:id/zusammenfassung`: choose what to hand out, preview, print. */
export function SummaryPage({ id }: { id: string }) {
  const { t } = useTranslation('documents');
  const detail = useSessionDetail(id);
  if (detail === undefined) return <p className="kern-body">{t('summary.loading')}</p>;
  if (detail === null) {
    return (
      <div className="stack">
        <h1 className="kern-heading-large">{t('fileNote.notFound.title')}</h1>
        <p className="kern-body">{t('fileNote.notFound.body')}</p>
        <AppLink href={routes.home}>{t('fileNote.notFound.home')}</AppLink>
      </div>
    );
  }
  const assessments = assessmentsFor(detail.session, detail.record);
  if (!assessments) {
    return (
      <Alert tone="danger" title={t('fileNote.failed.title')}>
        <p className="kern-body">{t('fileNote.failed.body')}</p>
      </Alert>
    );
  }
  return <Summary session={detail.session} record={detail.record} assessments={assessments} />;
}

function Summary({
  session,
  record,
  assessments,
}: {
  session: StoredSession;
  record: CaseRecord;
  assessments: Assessments;
}) {
  const { t } = useTranslation('documents');
  const consents = useCaseConsents(record.id);
  const { value: defaults } = useCounsellingDefaults();
  const { language } = useClientLanguage();
  // The conversation's recorded client language first (it survives a reload), else the one
  // chosen in this sitting, else German.
  const [lang, setLang] = useState(() => {
    const recorded = clientLanguageOf(session);
    if (recorded && isShippedClientLanguage(recorded)) return recorded;
    return isShippedClientLanguage(language.code) ? language.code : 'de';
  });
  const [selection, setSelection] = useState<SummarySelection>(() => defaultSelection(assessments));
  const [offerIds, setOfferIds] = useState<readonly string[]>([]);
  const directory = useDirectory();
  const offers = useMemo(
    () =>
      offerIds
        .map((id) => directory?.offers.find((o) => o.id === id))
        .filter((o): o is SupportOffer => o !== undefined),
    [offerIds, directory],
  );
  const summary = useMemo(
    () =>
      composeSummary({
        session,
        caseRecord: record,
        ...assessments,
        consents: consents?.consents ?? [],
        revocations: consents?.revocations ?? [],
        selection,
        offers,
      }),
    [session, record, assessments, consents, selection, offers],
  );

  return (
    <div className="stack">
      <div className="no-print stack">
        <AppLink href={routes.case(record.id)} className="kern-link back-link">
          {t('summary.back')}
        </AppLink>
        <h1 className="kern-heading-large">{t('summary.pageTitle')}</h1>
        <p className="kern-body">{t('summary.intro')}</p>
        <SummaryControls
          assessments={assessments}
          selection={selection}
          onSelection={setSelection}
          lang={lang}
          onLang={setLang}
        />
        <SummaryOfferPicker selected={offerIds} onChange={setOfferIds} />
        <div className="row">
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            onClick={() => void printWhenFontsReady()}
          >
            <span className="kern-label">{t('summary.print')}</span>
          </button>
        </div>
      </div>
      <SummaryDocument summary={summary} lang={lang} organisation={defaults?.organisation ?? ''} />
    </div>
  );
}
