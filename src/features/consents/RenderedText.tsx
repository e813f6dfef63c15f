import type { RenderedBlock } from '../../domain';
import { findClientLanguage } from '../../i18n/languages';
import { IsolatedRuns } from '../../ui/IsolatedRuns';

type Props = { blocks: readonly RenderedBlock[]; lang: string; headingLevel?: 2 | 3 };

/**
 * A consent text exactly as it was rendered (and signed), in its language and direction.
 * Each block takes its direction from its own text (`unicode-bidi: plaintext`, consents.css);
 * names, contacts and dates were isolated when the text was rendered and are shown as <bdi>,
 * so a phone number keeps its digits in order in Arabic, Persian or Pashto.
 */
export function RenderedText({ blocks, lang, headingLevel = 2 }: Props) {
  const dir = findClientLanguage(lang)?.dir ?? 'ltr';
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div className="consent-text" lang={lang} dir={dir}>
      {blocks.map((block, index) => {
        const key = `${index}-${block.kind}`;
        switch (block.kind) {
          case 'title':
            return (
              <Heading key={key} className="consent-text__title">
                <IsolatedRuns text={block.text} />
              </Heading>
            );
          case 'heading':
            return (
              <Sub key={key} className="consent-text__heading">
                <IsolatedRuns text={block.text} />
              </Sub>
            );
          case 'item':
            return (
              <p key={key} className="consent-text__item">
                <IsolatedRuns text={block.text} />
              </p>
            );
          case 'choice':
            return (
              <p key={key} className="consent-text__choice">
                {/* A drawn box with an x: no symbol font is needed to print it. */}
                <span aria-hidden="true" className="consent-text__tick">
                  {'x'}
                </span>
                <IsolatedRuns text={block.text} />
              </p>
            );
          case 'note':
            return (
              <p key={key} className="consent-text__note">
                <IsolatedRuns text={block.text} />
              </p>
            );
          case 'paragraph':
            return (
              <p key={key} className="consent-text__paragraph">
                <IsolatedRuns text={block.text} />
              </p>
            );
        }
      })}
    </div>
  );
}
