// German is authoritative; English (the UI language switch) must have exactly the same keys,
// and every validation code the domain can emit must have a text in both.
import { describe, expect, it } from 'vitest';
import { REPRESENTATIVE_VALIDATION, proofKinds, representativeRoles } from '../../../domain';
import de from '../../../../locales/de/representatives.json';
import en from '../../../../locales/en/representatives.json';

function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return node.trim() === '' ? [`${prefix}:<empty>`] : [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leaves(value, prefix === '' ? key : `${prefix}.${key}`),
  );
}

describe('representatives locale files', () => {
  it('de and en have identical, non-empty key sets', () => {
    expect(leaves(en).sort()).toEqual(leaves(de).sort());
    expect(leaves(de).filter((k) => k.endsWith('<empty>'))).toEqual([]);
  });

  it('have a text for every validation code, role and kind of proof', () => {
    const keys = new Set(leaves(de));
    const needed = [
      ...Object.values(REPRESENTATIVE_VALIDATION).map((code) =>
        code.replace(/^representatives:/, ''),
      ),
      ...representativeRoles.map((r) => `roles.${r}`),
      ...proofKinds.map((k) => `proofKinds.${k}`),
    ];
    expect(needed.filter((key) => !keys.has(key))).toEqual([]);
  });
});
