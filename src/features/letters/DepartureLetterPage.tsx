import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkPlaceholders,
  departureLetterData,
  LETTER_PLACEHOLDER_IDS,
  type DepartureLetter,
} from '../../domain/letters';
import { clientLanguageOf, type CaseRecord, type ConversationSession } from '../../domain';
import { AppLink } from '../../app/AppLink';
import { useClientLanguage } from '../../app/clientLanguage';
import { routes } from '../../app/router';
import { isShippedClientLanguage, shippedClientLanguages } from '../../i18n/localeFiles';
import { useSessionDetail } from '../../storage/hooks/useCases';
import { useCounsellingDefaults } from '../../storage/hooks/useCounsellingDefaults';
import { useDepartureLetter, type LocalLetter } from '../../storage/hooks/useDepartureLetter';
import { Alert } from '../../ui/Alert';
import { printWhenFontsReady } from '../../ui/printFonts';
import { LanguageOptions, SelectField } from '../../ui/SelectField';
import { DepartureLetterDocument } from './DepartureLetterDocument';
import './letter.css';

/**
 * Route `/gespraeche/:id/ausreiseinformation`: the organisation's letter for this
 * conversation's person, in the client's language and German, ready to print. Works offline
 * from the device's copy of the letter; the person's data is filled in on screen only.
 */
export function DepartureLetterPage({ id }: { id: string }) {
  const { t } = useTranslation('letters');
  const detail = useSessionDetail(id);
  const local = useDepartureLetter();
  if (detail === undefined || local === undefined) {
    return <p className="kern-body">{t('page.loading')}</p>;
  }
  if (detail === null) {
    return (
      <div className="stack">
        <h1 className="kern-heading-large">{t('page.notFound')}</h1>
        <AppLink href={routes.home}>{t('page.home')}</AppLink>
      </div>
    );
  }
  return (
    <div className="stack">
      <div className="no-print stack">
        <AppLink href={routes.case(detail.record.id)} className="kern-link back-link">
          {t('page.back')}
        </AppLink>
        <h1 className="kern-heading-large">{t('page.title')}</h1>
      </div>
      {local.letter ? (
        <Letter
          letter={local.letter}
          session={detail.session}
          record={detail.record}
          version={local.version}
        />
      ) : (
        <NoLetter local={local} />
      )}
    </div>
  );
}

/** Why there is nothing to print, and who can change that. */
function NoLetter({ local }: { local: LocalLetter }) {
  const { t } = useTranslation('letters');
  if (local.unreadable) {
    return (
      <Alert tone="warning" title={t('page.unreadableTitle')}>
        <p className="kern-body">{t('page.unreadableBody')}</p>
      </Alert>
    );
  }
  return (
    <Alert tone="info" title={t('page.noneTitle')}>
      <p className="kern-body">{t('page.noneBody')}</p>
      {local.checkedAt === undefined && <p className="kern-body">{t('page.neverSynced')}</p>}
    </Alert>
  );
}

type LetterProps = {
  letter: DepartureLetter;
  session: ConversationSession;
  record: CaseRecord;
  version: number;
};

function Letter({ letter, session, record, version }: LetterProps) {
  const { t } = useTranslation('letters');
  const { value: defaults } = useCounsellingDefaults();
  const { language } = useClientLanguage();
  const [lang, setLang] = useState(() => {
    const recorded = clientLanguageOf(session);
    if (recorded && isShippedClientLanguage(recorded)) return recorded;
    return isShippedClientLanguage(language.code) ? language.code : 'de';
  });
  const organisation = defaults?.organisation ?? '';
  const data = useMemo(
    () => departureLetterData(session, record, organisation),
    [session, record, organisation],
  );
  // Only what the letter asks for and the case does not hold is worth a note.
  const missing = useMemo(() => {
    const used = new Set(
      letter.blocks.flatMap((b) => {
        const de = b.texts.de;
        return de ? checkPlaceholders(`${de.heading ?? ''} ${de.text}`).used : [];
      }),
    );
    return LETTER_PLACEHOLDER_IDS.filter((p) => used.has(p) && data[p] === undefined);
  }, [letter, data]);

  return (
    <>
      <div className="no-print stack">
        <p className="kern-body">{t('page.intro', { version })}</p>
        {record.profile.pseudonymised && <Alert tone="info" title={t('page.pseudonym')} />}
        {missing.length > 0 && (
          <Alert tone="info" title={t('page.missingTitle')}>
            <ul className="kern-body">
              {missing.map((p) => (
                <li key={p}>{t(`placeholders.short.${p}`)}</li>
              ))}
            </ul>
          </Alert>
        )}
        <div className="form-narrow">
          <SelectField
            id="letter-language"
            label={t('page.language')}
            value={lang}
            onChange={(e) => {
              setLang(e.currentTarget.value);
            }}
          >
            <LanguageOptions languages={shippedClientLanguages} />
          </SelectField>
        </div>
        <div className="row">
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            onClick={() => void printWhenFontsReady()}
          >
            <span className="kern-label">{t('page.print')}</span>
          </button>
        </div>
      </div>
      <DepartureLetterDocument
        letter={letter}
        data={data}
        lang={lang}
        organisation={organisation}
      />
    </>
  );
}
