// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { compact } from './compact';

describe('compact', () => {
  it('drops undefined and empty strings, keeps other falsy values', () => {
    expect(compact({ a: undefined, b: '', c: 0, d: false, e: 'x', f: null })).toEqual({
      c: 0,
      d: false,
      e: 'x',
      f: null,
    });
  });
});
