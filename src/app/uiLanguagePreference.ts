import { isUiLanguage, type UiLanguage } from '../i18n/languages';

const KEY = 'perspektive.uiLanguage';

/** The counsellor's interface language survives reloads (not personal data). */
export function loadUiLanguage(): UiLanguage {
  try {
    const stored = window.localStorage.getItem(KEY);
    return isUiLanguage(stored) ? stored : 'de';
  } catch {
    return 'de'; // storage blocked: fall back to the default
  }
}

export function saveUiLanguage(language: UiLanguage): void {
  try {
    window.localStorage.setItem(KEY, language);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}
