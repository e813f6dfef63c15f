import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadLocaleFile } from './localeFiles';
import type { UiLanguage } from './languages';

const backend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    loadLocaleFile(language, namespace).then(
      (data) => {
        callback(null, data);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), false);
      },
    );
  },
};

/**
 * One i18next instance for the whole app. The counsellor UI uses `lng` (de or en, falling
 * back to German, the authoritative language). Client-facing regions ask for texts in the
 * client's language explicitly (`getFixedT(clientLanguage, 'client')`).
 */
export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next
    .use(backend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'de',
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      react: { useSuspense: true },
    });
  return i18next;
}
