import { describe, expect, it } from 'vitest';
import { jsonTooDeep, MAX_JSON_DEPTH } from './jsonBody';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('JSON nesting depth', () => {
  it('allows exactly the limit and refuses one level more', () => {
    expect(jsonTooDeep(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonTooDeep(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonTooDeep(`{"a":${nested(MAX_JSON_DEPTH)}}`)).toBe(true);
  });

  it('does not count brackets inside strings, also after escaped quotes and backslashes', () => {
    const text = JSON.stringify({ note: `"\\${'['.repeat(500)}`, more: '\\' });
    expect(jsonTooDeep(text)).toBe(false);
    expect(jsonTooDeep(`["\\"", ${nested(MAX_JSON_DEPTH)}]`)).toBe(true);
  });

  it('siblings do not add up', () => {
    expect(jsonTooDeep(`[${Array.from({ length: 100 }, () => nested(10)).join(',')}]`)).toBe(false);
  });
});
