/** Languages of the counsellor interface. German is the default and authoritative. */
export const uiLanguages = ['de', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export type ClientLanguage = {
  /** BCP 47 tag, also the folder name under locales/. */
  code: string;
  /** The language's own name, shown to the client. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
};

/**
 * Languages of the person counselled. Right-to-left: Arabic, Persian/Dari, Pashto, Sorani.
 * A language is offered only when all its client texts ship in locales/<code>/
 * (see `shippedClientLanguages` in localeFiles.ts), so a client never sees a half-empty screen.
 */
export const clientLanguages: readonly ClientLanguage[] = [
  { code: 'de', nativeName: 'Deutsch', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'fa', nativeName: 'فارسی / دری', dir: 'rtl' },
  { code: 'ps', nativeName: 'پښتو', dir: 'rtl' },
  { code: 'ckb', nativeName: 'کوردیی ناوەندی', dir: 'rtl' },
  { code: 'kmr', nativeName: 'Kurmancî', dir: 'ltr' },
  { code: 'tr', nativeName: 'Türkçe', dir: 'ltr' },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'so', nativeName: 'Soomaali', dir: 'ltr' },
  { code: 'ti', nativeName: 'ትግርኛ', dir: 'ltr' },
  { code: 'sq', nativeName: 'Shqip', dir: 'ltr' },
];

/**
 * Namespaces whose texts reach the client (screen, consent, printed documents). Every client
 * language ships each of them complete (clientLocales.test.ts); nothing falls back.
 */
export const CLIENT_NAMESPACES = [
  'client',
  'clientScript',
  'consentText',
  'summary',
  'flyer',
  'letter',
] as const;

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

export function findClientLanguage(code: string): ClientLanguage | undefined {
  return clientLanguages.find((l) => l.code === code);
}
