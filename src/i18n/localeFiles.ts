/**
 * Every locale file becomes its own lazily loaded chunk; the service worker precaches all
 * of them, so every shipped language works offline after the first visit.
 */
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

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
