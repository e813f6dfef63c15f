// Builds the benchmark pages (test/bench/<name>/index.html) into dist-bench/, one
// multi-page build. `npm run bench` (test/bench/run.ts) builds and serves them.
import { defineConfig } from 'vite';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchRoot = dirname(fileURLToPath(import.meta.url));
export const benchOutDir = resolve(benchRoot, '../../dist-bench');

/** Every benchmark: a folder of test/bench with an index.html. */
export function benchNames(): string[] {
  return readdirSync(benchRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(benchRoot, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

export default defineConfig({
  root: benchRoot,
  base: '/',
  publicDir: false,
  // The app's SyncProvider (mounted around the list screens) reads the app version.
  define: { __APP_VERSION__: JSON.stringify('bench') },
  logLevel: 'warn',
  // As the app's vite.config.ts, for pages that import the app's styles: KERN's Sass
  // deprecation warnings are the library's.
  css: { preprocessorOptions: { scss: { quietDeps: true } } },
  build: {
    outDir: benchOutDir,
    emptyOutDir: true,
    // Minified like the app's build (vite's default), so the pages measure what ships.
    sourcemap: false,
    // As the app: fonts stay files (the CSP allows fonts from 'self' only, not data: URLs).
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: Object.fromEntries<string>([
        ['index', join(benchRoot, 'index.html')],
        ...benchNames().map((name): [string, string] => [
          name,
          join(benchRoot, name, 'index.html'),
        ]),
      ]),
    },
  },
});
