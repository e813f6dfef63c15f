// Every rule, legal basis, record kind and reference mode the retention screens and the
// deletion log name needs a German text (and the English one), with the same keys in both.
import { describe, expect, it } from 'vitest';
import {
  DELETED_KINDS,
  ERASURE_LEGAL_BASES,
  PREVIEW_REFERENCES,
  RETENTION_RULES,
  RETENTION_RULE_DEFS,
} from '../../domain';
import de from '../../../locales/de/privacy.json';
import en from '../../../locales/en/privacy.json';
import { localeLeaves as leaves } from '../../../test/support/localeLeaves';

describe('privacy texts', () => {
  it('de and en have the same keys', () => {
    expect(leaves(en).sort()).toEqual(leaves(de).sort());
  });

  it('name every rule, legal basis, record kind and reference mode', () => {
    const keys = new Set(leaves(de));
    const needed = [
      ...RETENTION_RULES.flatMap((r) => [`rules.names.${r}`, `rules.descriptions.${r}`]),
      ...RETENTION_RULES.map((r) => `rules.amount.${RETENTION_RULE_DEFS[r].unit}`),
      ...ERASURE_LEGAL_BASES.map((b) => `legalBases.${b}`),
      ...DELETED_KINDS.map((k) => `kinds.${k}`),
      ...PREVIEW_REFERENCES.map((m) => `settings.referenceOptions.${m}`),
    ];
    expect(needed.filter((key) => !keys.has(key))).toEqual([]);
  });
});
