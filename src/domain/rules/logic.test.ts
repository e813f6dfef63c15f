// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { all, any, fromBoolean, fromYesNo, negate } from './logic';

describe('three-valued logic', () => {
  it('all: not-met dominates, then unknown', () => {
    expect(all('met', 'met')).toBe('met');
    expect(all('met', 'unknown')).toBe('unknown');
    expect(all('unknown', 'not-met')).toBe('not-met');
    expect(all()).toBe('met');
  });

  it('any: met dominates, then unknown', () => {
    expect(any('not-met', 'met')).toBe('met');
    expect(any('not-met', 'unknown')).toBe('unknown');
    expect(any('not-met', 'not-met')).toBe('not-met');
  });

  it('negate keeps unknown', () => {
    expect(negate('met')).toBe('not-met');
    expect(negate('not-met')).toBe('met');
    expect(negate('unknown')).toBe('unknown');
  });

  it('maps yes/no and booleans', () => {
    expect(fromYesNo('yes')).toBe('met');
    expect(fromYesNo('no')).toBe('not-met');
    expect(fromYesNo('no', 'no')).toBe('met');
    expect(fromYesNo('unknown')).toBe('unknown');
    expect(fromYesNo(undefined)).toBe('unknown');
    expect(fromBoolean(true)).toBe('met');
    expect(fromBoolean(false)).toBe('not-met');
    expect(fromBoolean(undefined)).toBe('unknown');
  });
});
