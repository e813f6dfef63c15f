import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { findClientLanguage, type ClientLanguage } from '../i18n/languages';

type Value = { language: ClientLanguage; setLanguage: (code: string) => void };

const german: ClientLanguage = { code: 'de', nativeName: 'Deutsch', dir: 'ltr' };
const ClientLanguageContext = createContext<Value | undefined>(undefined);

/**
 * The language of the person counselled. It is independent of the counsellor's UI language
 * and is kept in memory only: it describes the client, so it is not left on the device.
 */
export function ClientLanguageProvider({ children }: { children: ReactNode }) {
  const [language, setCurrent] = useState<ClientLanguage>(german);
  const value = useMemo<Value>(
    () => ({
      language,
      setLanguage: (code) => {
        setCurrent(findClientLanguage(code) ?? german);
      },
    }),
    [language],
  );
  return <ClientLanguageContext value={value}>{children}</ClientLanguageContext>;
}

export function useClientLanguage(): Value {
  const value = useContext(ClientLanguageContext);
  if (!value) throw new Error('useClientLanguage needs a ClientLanguageProvider');
  return value;
}
