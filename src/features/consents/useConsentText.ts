import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  composeConsentText,
  MissingConsentTextError,
  renderConsentText,
  type ConsentChoices,
  type PreviousVersion,
  type RenderedBlock,
} from '../../domain';
import { formatClientDate, languageName } from '../../ui/clientFormat';

export type ConsentText =
  | { kind: 'ready'; de: RenderedBlock[]; client: RenderedBlock[] }
  | { kind: 'missing'; language: string; key: string };

/**
 * The consent text in German and in the client's language, as it will be signed. Both
 * languages' files are loaded first (Suspense); a text missing in the client's language is
 * reported, never replaced by German or English. A new version (`previous`) says what changes.
 */
export function useConsentText(choices: ConsentChoices, previous?: PreviousVersion): ConsentText {
  const client = useTranslation('consentText', { lng: choices.clientLanguage });
  const german = useTranslation('consentText', { lng: 'de' });
  return useMemo(() => {
    const blocks = composeConsentText(choices, previous);
    const render = (lang: string, t: (key: string, params?: Record<string, string>) => string) =>
      renderConsentText(
        blocks,
        {
          t,
          formatDate: (date) => formatClientDate(date, lang),
          languageName: (code) => languageName(code, lang),
        },
        (key) => client.i18n.getResource(lang, 'consentText', key) !== undefined,
      );
    try {
      return {
        kind: 'ready',
        de: render('de', (key, params) => german.t(key, params)),
        client: render(choices.clientLanguage, (key, params) => client.t(key, params)),
      };
    } catch (error) {
      if (error instanceof MissingConsentTextError) {
        return { kind: 'missing', language: choices.clientLanguage, key: error.key };
      }
      throw error;
    }
  }, [choices, previous, client, german]);
}
