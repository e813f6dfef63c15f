import { CLIENT_NAMESPACES, clientLanguages, type ClientLanguage } from './languages';

/**
 * Every locale file becomes its own lazily loaded chunk; the service worker precaches all
 * of them, so every shipped language works offline after the first visit. Except the two
 * the first German screen needs (the header and the set-up or unlock form): they are part of
 * the boot chunk, so the form paints without two more round trips after it.
 */
type LocaleModule = { default: Record<string, unknown> };
const inBoot = import.meta.glob<LocaleModule>('../../locales/de/{common,lock}.json', {
  eager: true,
});
const lazyLoaders = import.meta.glob<LocaleModule>([
  '../../locales/*/*.json',
  '!../../locales/de/{common,lock}.json',
]);
const loaders: Record<string, () => Promise<LocaleModule>> = {
  ...lazyLoaders,
  ...Object.fromEntries(
    Object.entries(inBoot).map(([path, m]) => [path, () => Promise.resolve(m)]),
  ),
};

function pathOf(lang: string, ns: string): string {
  return `../../locales/${lang}/${ns}.json`;
}

export function hasLocaleFile(lang: string, ns: string): boolean {
  return pathOf(lang, ns) in loaders;
}

/** Languages for which `ns` ships a file. */
export function languagesWith(ns: string): string[] {
  return Object.keys(loaders)
    .map((p) => /locales\/([^/]+)\/([^/]+)\.json$/.exec(p))
    .filter((m): m is RegExpExecArray => m !== null && m[2] === ns)
    .map((m) => m[1] ?? '');
}

export async function loadLocaleFile(lang: string, ns: string): Promise<Record<string, unknown>> {
  const load = loaders[pathOf(lang, ns)];
  if (!load) throw new Error(`No locale file for ${lang}/${ns}`);
  return (await load()).default;
}

/**
 * Client languages whose client-facing texts all ship (every CLIENT_NAMESPACES file): the
 * only ones offered for the client view, consents and summaries.
 */
export const shippedClientLanguages: readonly ClientLanguage[] = clientLanguages.filter((l) =>
  CLIENT_NAMESPACES.every((ns) => hasLocaleFile(l.code, ns)),
);

export function isShippedClientLanguage(code: string): boolean {
  return shippedClientLanguages.some((l) => l.code === code);
}
