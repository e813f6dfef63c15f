import { useTranslation } from 'react-i18next';
import type { ConsentChoices, PreviousVersion } from '../../../domain';
import { Alert } from '../../../ui/Alert';
import { RenderedText } from '../RenderedText';
import { useConsentText, type ConsentText } from '../useConsentText';

type Props = {
  choices: ConsentChoices;
  /** A new version: the version it replaces and what changes (said at the top of the text). */
  previous: PreviousVersion | undefined;
  onBack: () => void;
  onNext: (text: Extract<ConsentText, { kind: 'ready' }>) => void;
};

/**
 * Step 2: the text in the client's language and in German, to read out or interpret before
 * signing (Art. 7(3) GDPR: the person must know about revocation before consenting).
 */
export function TextStep({ choices, previous, onBack, onNext }: Props) {
  const { t } = useTranslation('consents');
  const text = useConsentText(choices, previous);
  return (
    <div className="stack">
      {text.kind === 'missing' ? (
        <Alert tone="danger" title={t('builder.textMissing.title')}>
          <p className="kern-body">{t('builder.textMissing.body', { key: text.key })}</p>
        </Alert>
      ) : (
        <>
          <p className="kern-body">{t('builder.readOut')}</p>
          <div className="consent-bilingual">
            <section aria-label={t('builder.clientVersion')} className="consent-bilingual__column">
              <RenderedText blocks={text.client} lang={choices.clientLanguage} />
            </section>
            {choices.clientLanguage !== 'de' && (
              <section
                aria-label={t('builder.germanVersion')}
                className="consent-bilingual__column"
              >
                <RenderedText blocks={text.de} lang="de" />
              </section>
            )}
          </div>
        </>
      )}
      <div className="row">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onBack}>
          <span className="kern-label">{t('builder.back')}</span>
        </button>
        {text.kind === 'ready' && (
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            onClick={() => {
              onNext(text);
            }}
          >
            <span className="kern-label">{t('builder.toSignature')}</span>
          </button>
        )}
      </div>
    </div>
  );
}
