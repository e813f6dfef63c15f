// The counsellor interface texts of the questions exist in German and English alike.
import { describe, expect, it } from 'vitest';
import de from '../../../../locales/de/questions.json';
import en from '../../../../locales/en/questions.json';

function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return node.trim() === '' ? [`${prefix}:<empty>`] : [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leaves(value, prefix === '' ? key : `${prefix}.${key}`),
  );
}

describe('questions locale files', () => {
  it('de and en have the same non-empty keys', () => {
    expect(leaves(en).sort()).toEqual(leaves(de).sort());
    expect(leaves(de).every((key) => key.startsWith('questions.') && !key.includes(':'))).toBe(
      true,
    );
  });
});
