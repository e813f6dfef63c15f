// Client-facing texts are read by the person counselled, in their language. A missing key
// must fail here: there is no silent fallback to English (or German) in a client document.
import { describe, expect, it } from 'vitest';
import { clientLanguages, CLIENT_NAMESPACES } from './languages';

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json', {
  eager: true,
});
const file = (lang: string, ns: string) => files[`../../locales/${lang}/${ns}.json`]?.default;

/** Leaf path → text of a nested locale object (without `_meta`). */
function leaves(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === 'string') return out.set(prefix, node);
  if (typeof node !== 'object' || node === null) return out.set(prefix, '<not a string>');
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (prefix === '' && key === '_meta') continue;
    for (const [path, text] of leaves(value, prefix === '' ? key : `${prefix}.${key}`)) {
      out.set(path, text);
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each(CLIENT_NAMESPACES)('client namespace %s', (ns) => {
  const master = leaves(file('de', ns));

  it.each(clientLanguages.map((l) => l.code))('%s has every key of German, no more', (lang) => {
    const texts = leaves(file(lang, ns));
    expect([...texts.keys()].sort()).toEqual([...master.keys()].sort());
    for (const [path, text] of texts) {
      expect(text.trim(), `${lang}/${ns}: ${path}`).not.toBe('');
      expect(placeholders(text), `${lang}/${ns}: ${path}`).toEqual(
        placeholders(master.get(path) ?? ''),
      );
    }
  });

  it.each(clientLanguages.map((l) => l.code))('%s states its translation status', (lang) => {
    const meta = file(lang, ns)?._meta as Record<string, unknown> | undefined;
    expect(meta?.language).toBe(lang);
    expect(typeof meta?.status).toBe('string');
    expect(typeof meta?.note).toBe('string');
  });
});
