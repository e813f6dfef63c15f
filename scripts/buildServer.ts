import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

/**
 * Compiles the server and its admin CLI into plain JavaScript in `dist-server/`, so a
 * production machine runs `node dist-server/main.js` with the production dependencies only
 * (no tsx, no Vite). Our own code (server, domain, protocol, content) is bundled; every npm
 * package stays an import and is loaded from node_modules at run time: PGlite finds its WASM
 * files next to its own module, and `npm ci --omit=dev` installs exactly those packages.
 */
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const outdir = 'dist-server';
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/server/main.ts', admin: 'src/server/cli/admin.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  // The oldest supported Node line; 22 and 24 run the same output.
  target: 'node20.19',
  packages: 'external',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  // The version is fixed at build time: the bundle no longer sits next to src/.
  define: { __SERVER_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});
process.stdout.write(`Server built into ${outdir}/ (version ${pkg.version}).\n`);
