// The first screen's code, as the build ships it: what index.html loads before the set-up or
// unlock form can appear (its module script and modulepreloads). The budget of issue 24 is
// 150 KB gzip; zod (26 KB gzip) once slipped into it through a 3-field check of the set-up
// screen, and Lighthouse's cold-start score fell to the edge of its budget. No browser needed:
// this reads dist/ after `npm run build`, like test/bench/node/bundle.ts measures it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = join(process.cwd(), 'dist');

function initialScripts(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+)"/g)].map(
    (m) => m[1],
  );
  return [...entry, ...preloads].flatMap((href) => (href ? [href.replace(/^\//, '')] : []));
}

describe('the first screen’s code', () => {
  it('stays within 150 KB gzip and does not load zod', () => {
    const files = initialScripts();
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => /\/zod-/.test(file))).toEqual([]);
    const gzip = files.reduce(
      (total, file) => total + gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length,
      0,
    );
    expect(gzip).toBeLessThanOrEqual(150_000);
  });
});
