import { useEffect, useRef } from 'react';
import { clientLanguageOf, type Participant } from '../../../domain';
import { useClientLanguage } from '../../../app/clientLanguage';
import { isShippedClientLanguage } from '../../../i18n/localeFiles';

/**
 * Keeps the app's client language (client view, summary, consent copy) on the language
 * recorded for the conversation's client participant: set when the conversation opens —
 * also after a reload, since the participant is stored with the session — and whenever the
 * participant's language changes in the framework data. Only a change of the recorded
 * language moves the app's language, so a choice in the selector (written to the
 * participant, or not, in a finalised conversation) is never undone here.
 */
export function useSessionClientLanguage(participants: readonly Participant[]): void {
  const { setLanguage } = useClientLanguage();
  const recorded = clientLanguageOf({ participants });
  const applied = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (recorded === applied.current) return;
    applied.current = recorded;
    if (recorded && isShippedClientLanguage(recorded)) setLanguage(recorded);
  }, [recorded, setLanguage]);
}
