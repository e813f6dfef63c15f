import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentRevocation, SignedConsent } from '../../domain';
import { findClientLanguage } from '../../i18n/languages';
import { formatClientDate, languageName } from '../../ui/clientFormat';
import { isolateAll, IsolatedRuns } from '../../ui/IsolatedRuns';
import { usePrintFonts } from '../../ui/printFonts';
import { TranslationStatusLines } from '../../ui/TranslationStatusLines';
import { RenderedText } from './RenderedText';
import { RevocationList } from './RevocationList';

export type CopyKind = 'client' | 'file';

type Props = {
  consent: SignedConsent;
  revocations: readonly ConsentRevocation[];
  copy: CopyKind;
};

/**
 * The printable consent: the text exactly as signed (stored, not re-rendered), the signature
 * and the signing facts. The client's copy is bilingual — their language first, then the
 * authoritative German — with the translation status in small print, in both languages; the
 * file copy is German with the technical proof (template version, content hash) and every
 * revocation as it came in.
 */
export function ConsentDocument({ consent, revocations, copy }: Props) {
  const lang = copy === 'client' ? consent.clientLanguage : 'de';
  const client = useTranslation('consentText', { lng: lang });
  const german = useTranslation('consentText', { lng: 'de' });
  const dir = findClientLanguage(lang)?.dir ?? 'ltr';
  const bilingual = copy === 'client' && consent.clientLanguage !== 'de';
  const ref = useRef<HTMLElement>(null);
  const fontsReady = usePrintFonts(ref, `${consent.id}|${copy}|${String(revocations.length)}`);
  const date = consent.signedAt.slice(0, 10);
  const own = revocations.filter((r) => r.consentId === consent.id);

  // Dates, places and names are their own direction runs inside right-to-left text.
  const signedLine = (t: typeof german.t, l: string) => (
    <IsolatedRuns
      text={
        consent.signedPlace
          ? t(
              'copy.signedAt',
              isolateAll({ date: formatClientDate(date, l), place: consent.signedPlace }),
            )
          : t('copy.signedAtNoPlace', isolateAll({ date: formatClientDate(date, l) }))
      }
    />
  );

  return (
    <article
      className={`consent-document consent-document--${copy}`}
      ref={ref}
      data-fonts-ready={fontsReady}
    >
      <header className="consent-document__header">
        <p lang={lang} dir={dir}>
          <strong>{client.t(copy === 'client' ? 'copy.client' : 'copy.file')}</strong>
          {' · '}
          {client.t('copy.version', { version: String(consent.version) })}
        </p>
        <p>{consent.controller.name}</p>
      </header>

      <div className={bilingual ? 'consent-bilingual' : undefined}>
        <section className="consent-bilingual__column">
          <RenderedText
            blocks={copy === 'client' ? consent.renderedText.client : consent.renderedText.de}
            lang={lang}
          />
        </section>
        {bilingual && (
          <section className="consent-bilingual__column">
            <p className="consent-document__authoritative" lang={lang} dir={dir}>
              {client.t('copy.authoritative')}
            </p>
            <RenderedText blocks={consent.renderedText.de} lang="de" headingLevel={3} />
          </section>
        )}
      </div>

      <section className="consent-document__signatures">
        <p lang={lang} dir={dir}>
          {signedLine(client.t, lang)}
        </p>
        {bilingual && <p lang="de">{signedLine(german.t, 'de')}</p>}
        {consent.signature.method === 'drawn' ? (
          <div className="row">
            <figure className="consent-document__signature">
              <img src={consent.signature.signatory} alt={client.t('copy.signature')} />
              <figcaption lang={lang} dir={dir}>
                {client.t('copy.signature')}
              </figcaption>
            </figure>
            {consent.signature.counsellor && (
              <figure className="consent-document__signature">
                <img
                  src={consent.signature.counsellor}
                  alt={client.t('copy.counsellorSignature')}
                />
                <figcaption lang={lang} dir={dir}>
                  {client.t('copy.counsellorSignature')}
                </figcaption>
              </figure>
            )}
          </div>
        ) : (
          <p lang={lang} dir={dir}>
            {client.t('copy.signedOnPaper')}
          </p>
        )}
        {own.map((r) => {
          const date = formatClientDate(r.receivedOn, lang);
          // A partial revocation names whom it concerns: the consent stays in force for the rest.
          const names = consent.recipients
            .filter((x) => r.scope.kind === 'recipients' && r.scope.recipientIds.includes(x.id))
            .map((x) => x.name)
            .join(', ');
          return (
            <p key={r.id} className="consent-document__revoked" lang={lang} dir={dir}>
              <IsolatedRuns
                text={
                  r.scope.kind === 'all'
                    ? client.t('copy.revoked', isolateAll({ date }))
                    : client.t('copy.revokedFor', isolateAll({ date, recipients: names }))
                }
              />
            </p>
          );
        })}
      </section>

      <footer className="consent-document__footer">
        {copy === 'client' && (
          <TranslationStatusLines
            ns="consentText"
            prefix="copy"
            lang={lang}
            dir={dir}
            className="consent-document__status"
          />
        )}
        {copy === 'file' && <FileProof consent={consent} />}
        {copy === 'file' && own.length > 0 && (
          <RevocationList consent={consent} revocations={own} lng="de" headingLevel={2} />
        )}
      </footer>
    </article>
  );
}

function FileProof({ consent }: { consent: SignedConsent }) {
  const { t } = useTranslation('consents', { lng: 'de' });
  return (
    <dl className="consent-document__proof">
      <dt>{t('view.proof.recordedBy')}</dt>
      <dd>{consent.recordedBy}</dd>
      <dt>{t('view.proof.language')}</dt>
      <dd>{languageName(consent.clientLanguage, 'de')}</dd>
      {consent.interpreter && (
        <>
          <dt>{t('view.proof.interpreter')}</dt>
          <dd>
            <bdi>{consent.interpreter.name}</bdi> (
            {languageName(consent.interpreter.language, 'de')})
          </dd>
        </>
      )}
      <dt>{t('view.proof.template')}</dt>
      <dd>{consent.templateVersion}</dd>
      <dt>{t('view.proof.hash')}</dt>
      <dd className="consent-document__hash">{consent.contentHash}</dd>
    </dl>
  );
}
