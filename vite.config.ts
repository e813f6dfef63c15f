/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
// BUILD_ID lets two builds of the same version differ (the update-prompt test builds twice).
const appVersion = process.env.BUILD_ID ? `${pkg.version}+${process.env.BUILD_ID}` : pkg.version;

/**
 * Writes .br and .gz next to every text asset of the build, which the server sends to
 * browsers that accept them (@fastify/static `preCompressed`): about a third of the bytes
 * on a counsellor's first load over a poor connection. Fonts and images are compressed
 * already and stay as they are.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  const compress = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        compress(path);
        continue;
      }
      if (!/\.(js|css|html|json|svg|webmanifest|txt)$/.test(entry)) continue;
      const data = readFileSync(path);
      if (data.length < 1024) continue;
      writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
      writeFileSync(
        `${path}.br`,
        brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
    }
  };
  return {
    name: 'perspektive-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // After every file (the service worker included) is written.
    closeBundle: {
      order: 'post',
      handler: () => {
        compress(outDir);
      },
    },
  };
}

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  // In the app's build every `import … from 'zod'` gets src/app/zodConfig.ts, which makes zod
  // jitless and re-exports it (that file says why). So zod is configured wherever it is
  // loaded, and loaded only where a schema is needed: never by the first screen's code.
  // Tests (Vitest) keep zod's compiled validators; the CSP exists only in the browser.
  resolve: process.env.VITEST
    ? {}
    : {
        alias: [
          {
            find: /^zod$/,
            replacement: fileURLToPath(new URL('./src/app/zodConfig.ts', import.meta.url)),
          },
        ],
      },
  css: {
    // KERN's SCSS uses Sass syntax that newer Sass versions deprecate; those warnings are
    // the library's, not ours.
    preprocessorOptions: { scss: { quietDeps: true } },
  },
  server: {
    // `npm run dev`: the API runs separately (`npm run serve`) on its default port.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  build: {
    outDir: process.env.OUT_DIR ?? 'dist',
    sourcemap: false,
    // Fonts are precached by the service worker; never inline them into CSS as data URLs.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // zod and its jitless wrapper (src/app/zodConfig.ts) in one chunk of their own,
          // loaded with the first chunk that builds a schema.
          groups: [
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]app[\\/]zodConfig\.ts/ },
          ],
        },
      },
    },
  },
  plugins: [
    react(),
    precompress(),
    VitePWA({
      // 'prompt': a new service worker waits until the user agrees, so an update can never
      // reload the page under a counsellor's unsaved input (see src/app/pwa/).
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Perspektive – Beratungsgespräche',
        short_name: 'Perspektive',
        description: 'Dokumentierte Perspektivgespräche, offline nutzbar',
        lang: 'de',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#171a2b',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      // Our own service worker (src/app/pwa/sw.ts), bundled into one file so that its
      // listeners are registered synchronously: workbox's generated worker adds the
      // SKIP_WAITING listener asynchronously, and a worker woken just to receive that
      // message drops it, so "update now" did nothing.
      strategies: 'injectManifest',
      srcDir: 'src/app/pwa',
      filename: 'sw.ts',
      injectManifest: {
        // Everything the app needs to start offline: JS (incl. lazily loaded locale chunks),
        // CSS, fonts, icons. The API is never cached by the service worker.
        globPatterns: ['**/*.{js,css,html,woff2,svg,png,webmanifest}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  test: {
    // Both cores: vitest's default leaves one of two idle (this machine and CI have two).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          // The pure domain, in Node: its own tests must cover it (the coverage thresholds
          // below are measured on this project alone: `npm run test:unit` runs it first).
          name: 'domain',
          include: ['src/domain/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/server/**', 'src/domain/**'],
          environment: 'jsdom',
          setupFiles: ['test/setup/unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['src/server/**/*.test.ts', 'test/integration/**/*.test.ts'],
          environment: 'node',
          // The files of a worker share one module graph: the embedded PostgreSQL's WASM and
          // the server's modules load once per worker instead of once per file (93 → 68 s).
          // Each file still opens its own database and server, and the tests isolate
          // themselves by organisation; nothing here keeps state in module scope between
          // files (the PostgreSQL run, `npm run test:postgres`, shares this setting).
          isolate: false,
          testTimeout: 30_000,
          // Each file migrates a fresh embedded PostgreSQL first: seconds on a busy 2-core box.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // PostgreSQL only (several server processes, pg_dump/pg_restore): CI's PostgreSQL
          // step (`npm run test:postgres`); fails at once without DATABASE_URL.
          name: 'postgres',
          include: ['test/postgres/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/postgres/requirePostgres.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The real nginx in front of the real server (docs/nginx): `npm run test:ops`, run
          // by CI; fails at once when nginx or openssl is missing.
          name: 'ops',
          include: ['test/ops/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/ops/requireTools.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/support/globalSetup.ts'],
          // Two spec files at a time: each has its own server (free port, own data folder)
          // and its own Chromium; much of a browser test is waiting, so two fit two cores.
          fileParallelism: true,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/domain/**'],
      exclude: ['src/domain/**/*.test.ts'],
      reporter: ['text-summary', 'json-summary'],
      // The legal engine must stay fully exercised, by its own tests: every rule branch is a
      // legal statement. Measured on the domain project alone (`npm run test:coverage`).
      thresholds: { branches: 95, statements: 95, functions: 95, lines: 95 },
    },
  },
});
