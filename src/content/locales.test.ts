// Every i18n key the domain or the scripts can emit must exist in German and English, and
// both languages must have exactly the same keys (German is authoritative; English must
// not drift).
import { describe, expect, it } from 'vitest';
import { allDomainKeys, collectScriptKeys, namespaceOf } from '../domain';
import deRules from '../../locales/de/rules.json';
import deScript from '../../locales/de/script.json';
import deRecord from '../../locales/de/record.json';
import deClientScript from '../../locales/de/clientScript.json';
import enClientScript from '../../locales/en/clientScript.json';
import enRecord from '../../locales/en/record.json';
import enRules from '../../locales/en/rules.json';
import enScript from '../../locales/en/script.json';
import { ARCHIVED_TEMPLATES, SCRIPT_TEMPLATES } from '.';
import { lookupFromJson } from './review/formatReviewSheet';

/** All leaf paths of a nested locale object. */
function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  if (typeof node !== 'object' || node === null) return [`${prefix}:<not a string>`];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leaves(value, prefix === '' ? key : `${prefix}.${key}`),
  );
}

const locales = {
  de: {
    rules: lookupFromJson(deRules),
    script: lookupFromJson(deScript),
    clientScript: lookupFromJson(deClientScript),
    record: lookupFromJson(deRecord),
  },
  en: {
    rules: lookupFromJson(enRules),
    script: lookupFromJson(enScript),
    clientScript: lookupFromJson(enClientScript),
    record: lookupFromJson(enRecord),
  },
};

const emitted = [
  ...new Set([
    ...allDomainKeys(),
    // Archived versions too: conversations recorded with them still show their texts.
    ...[...SCRIPT_TEMPLATES, ...ARCHIVED_TEMPLATES].flatMap((t) => collectScriptKeys(t)),
  ]),
];

describe('locale files', () => {
  it('de and en have identical key sets', () => {
    expect(leaves(enRules).sort()).toEqual(leaves(deRules).sort());
    expect(leaves(enScript).sort()).toEqual(leaves(deScript).sort());
    expect(leaves(enClientScript).sort()).toEqual(leaves(deClientScript).sort());
  });

  it('every key maps to a namespace', () => {
    expect(emitted.filter((key) => namespaceOf(key) === undefined)).toEqual([]);
  });

  it.each(['de', 'en'] as const)('every emitted key exists and is non-empty in %s', (lang) => {
    const missing = emitted.filter((key) => {
      const ns = namespaceOf(key);
      const text = ns ? locales[lang][ns](key) : undefined;
      return text === undefined || text.trim() === '';
    });
    expect(missing).toEqual([]);
  });

  it('has no unused keys (so reviewers do not check dead text)', () => {
    const used = new Set(emitted);
    const clientTexts = leaves(deClientScript).filter((key) => !key.startsWith('_meta.'));
    const all = [...leaves(deRules), ...leaves(deScript), ...clientTexts];
    expect(all.filter((key) => !used.has(key))).toEqual([]);
  });

  it('keeps client-facing script texts under client.*', () => {
    const clientKeys = emitted.filter((k) => k.startsWith('client.'));
    expect(clientKeys.length).toBeGreaterThan(20);
    expect(clientKeys.every((k) => namespaceOf(k) === 'clientScript')).toBe(true);
  });

  it('never states programme amounts in return-option texts', () => {
    const texts = [leaves(deRules), leaves(enRules)]
      .flat()
      .filter((key) => key.startsWith('returnOptions.'))
      .map((key) => locales.de.rules(key) ?? locales.en.rules(key) ?? '');
    expect(texts.filter((t) => /€|\bEUR\b|Euro/.test(t))).toEqual([]);
  });
});
