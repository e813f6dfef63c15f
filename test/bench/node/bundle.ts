// Benchmark: what the built app (dist/) costs to download. Target: the JavaScript needed for
// the first render is at most 150 KB gzipped. Also reported, without a budget: the initial
// CSS, everything the service worker precaches, and the largest lazily loaded chunks.
//
// Sizes, not times: the file sizes of one build are deterministic, so there is one
// measurement and no rounds. Run by `npm run bench -- bundle` (test/bench/run.ts), which
// builds the app into dist/ first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult, BenchRow, NodeBench, NodeBenchContext } from '../support/result';

const INITIAL_JS_TARGET_KB = 150;
const LAZY_CHUNKS_LISTED = 5;

type SizedFile = { path: string; raw: number; gzip: number };

/** 1 KB = 1000 bytes, as Vite's build output counts (stricter than 1024 for the budget). */
const kb = (bytes: number): number => bytes / 1000;
const fmt = (bytes: number): string => `${kb(bytes).toFixed(1)} KB`;
const sum = (files: readonly SizedFile[], key: 'raw' | 'gzip'): number =>
  files.reduce((total, file) => total + file[key], 0);
const byGzipDesc = (a: SizedFile, b: SizedFile): number => b.gzip - a.gzip;

/** Raw and gzip (level 9, the best a compressing server or CDN would do) size of one file. */
function sized(appDir: string, path: string): SizedFile {
  const bytes = readFileSync(join(appDir, path));
  return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** A URL from index.html or the precache manifest as a path inside dist/; it must exist. */
function appPath(appDir: string, url: string): string {
  const path = decodeURIComponent(url.split(/[?#]/)[0]!.replace(/^\//, ''));
  const full = resolve(appDir, path);
  if (!full.startsWith(appDir + sep) || !existsSync(full)) {
    throw new Error(`${url} is referenced by the build but is not a file in ${appDir}.`);
  }
  return relative(appDir, full);
}

/** The attributes of every <script> and <link> tag of index.html (Vite writes them plainly). */
function tags(html: string): { name: string; attrs: Map<string, string> }[] {
  return [...html.matchAll(/<(script|link)\b([^>]*)>/gi)].map((tag) => ({
    name: tag[1]!.toLowerCase(),
    attrs: new Map(
      [...tag[2]!.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((a) => [
        a[1]!.toLowerCase(),
        a[2] ?? a[3] ?? a[4] ?? '',
      ]),
    ),
  }));
}

/** Files that a chunk imports statically (`from"./x.js"`, `import"./x.js"`), as dist/ paths. */
function staticImports(appDir: string, path: string): string[] {
  const code = readFileSync(join(appDir, path), 'utf8');
  const dir = path.split('/').slice(0, -1).join('/');
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) =>
    appPath(appDir, join(dir, m[1]!)),
  );
}

/**
 * The precache manifest that vite-plugin-pwa (injectManifest) writes into sw.js in place of
 * `self.__WB_MANIFEST`: a JSON array of {revision, url}. Found by its first entry, cut out by
 * bracket matching (strings skipped) and parsed as JSON.
 */
function precacheUrls(swSource: string): string[] {
  const start = swSource.search(/\[\s*\{\s*"(?:revision|url)"\s*:/);
  if (start < 0) throw new Error('No precache manifest ([{"revision"…,"url"…}]) in sw.js.');
  let depth = 0;
  let inString = false;
  let end = -1;
  for (let i = start; i < swSource.length && end < 0; i++) {
    const ch = swSource[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') depth++;
    else if ((ch === ']' || ch === '}') && --depth === 0) end = i + 1;
  }
  const entries = JSON.parse(swSource.slice(start, end)) as unknown;
  if (!Array.isArray(entries)) throw new Error('The precache manifest is not an array.');
  return entries.map((entry: unknown) => {
    const url = (entry as { url?: unknown } | null)?.url;
    if (typeof url !== 'string') throw new Error(`Precache entry without url: ${String(entry)}`);
    return url;
  });
}

/** A row for a size: the scenario states it; nothing is timed, so the ms columns are 0. */
function sizeRow(operation: string, scenario: string, files: number): BenchRow {
  return { operation, scenario, items: files, samplesMs: [0], medianMs: 0, minMs: 0, perItemMs: 0 };
}

/** Reads dist/ synchronously: nothing else runs meanwhile, and the sizes do not depend on it. */
function measure(ctx: NodeBenchContext): BenchResult {
  const { appDir } = ctx;
  const html = readFileSync(join(appDir, 'index.html'), 'utf8');
  const htmlTags = tags(html);
  const rels = (rel: string) =>
    htmlTags
      .filter((t) => t.name === 'link' && t.attrs.get('rel') === rel && t.attrs.has('href'))
      .map((t) => appPath(appDir, t.attrs.get('href')!));
  const entries = htmlTags
    .filter((t) => t.name === 'script' && t.attrs.get('type') === 'module' && t.attrs.has('src'))
    .map((t) => appPath(appDir, t.attrs.get('src')!));
  if (entries.length === 0) throw new Error('dist/index.html has no module entry script.');
  const preloads = rels('modulepreload');

  // Cross-check: a chunk the initial chunks import statically loads at startup even when
  // Vite did not list it as modulepreload; such chunks are counted too, and named in a note.
  const initialPaths = new Set([...entries, ...preloads]);
  const unlisted: string[] = [];
  for (const path of initialPaths) {
    for (const imported of staticImports(appDir, path)) {
      if (!initialPaths.has(imported)) {
        initialPaths.add(imported); // visited later in this same loop (Set iteration order)
        unlisted.push(imported);
      }
    }
  }
  const initialJs = [...initialPaths].map((p) => sized(appDir, p)).sort(byGzipDesc);
  const css = rels('stylesheet').map((p) => sized(appDir, p));
  ctx.log(`initial JS: ${initialJs.length} files, ${fmt(sum(initialJs, 'gzip'))} gzip`);

  const lazyJs = readdirSync(join(appDir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`)
    .filter((path) => !initialPaths.has(path))
    .map((path) => sized(appDir, path))
    .sort(byGzipDesc);

  const precache = [...new Set(precacheUrls(readFileSync(join(appDir, 'sw.js'), 'utf8')))].map(
    (url) => appPath(appDir, url),
  );
  const precacheRaw = precache.reduce((total, p) => total + statSync(join(appDir, p)).size, 0);
  ctx.log(`precache: ${precache.length} files, ${fmt(precacheRaw)}`);

  const jsGzip = sum(initialJs, 'gzip');
  const rows: BenchRow[] = [
    sizeRow(
      'initial JS',
      `${entries.length} entry + ${initialJs.length - entries.length} preloaded: ${fmt(jsGzip)} gzip (${fmt(sum(initialJs, 'raw'))} raw)`,
      initialJs.length,
    ),
    sizeRow(
      'initial CSS',
      `${css.length} stylesheet(s): ${fmt(sum(css, 'gzip'))} gzip (${fmt(sum(css, 'raw'))} raw)`,
      css.length,
    ),
    sizeRow(
      'lazy JS',
      `${lazyJs.length} chunks: ${fmt(sum(lazyJs, 'gzip'))} gzip (${fmt(sum(lazyJs, 'raw'))} raw)`,
      lazyJs.length,
    ),
    sizeRow(
      'precache (sw.js)',
      `${precache.length} files: ${fmt(precacheRaw)} raw`,
      precache.length,
    ),
  ];
  const list = (files: readonly SizedFile[]) =>
    files.map((f) => `${f.path} ${fmt(f.gzip)} (${fmt(f.raw)} raw)`).join(', ');

  return {
    name: 'bundle',
    title: 'Bundle size of the built app (dist/)',
    rounds: 1,
    warmupRounds: 0,
    rows,
    checks: [
      {
        label: 'initial JS, gzip (KB)',
        value: kb(jsGzip),
        target: INITIAL_JS_TARGET_KB,
        met: kb(jsGzip) <= INITIAL_JS_TARGET_KB,
      },
    ],
    notes: [
      'Sizes, not times: each row states its size in the scenario; items = files counted; the ms columns are 0 because nothing is timed (one measurement of a deterministic build).',
      'gzip = node:zlib level 9 per file, summed; 1 KB = 1000 bytes. The server sends the build’s precompressed .br/.gz files to browsers that accept them, so this is close to what goes over the wire (brotli is somewhat smaller).',
      `Initial JS = module entry script(s) of index.html + its <link rel="modulepreload">s${unlisted.length > 0 ? ` + static imports missing from the preloads: ${unlisted.join(', ')}` : ' (their static imports are all among the preloads)'}.`,
      `Initial JS files, largest first (gzip): ${list(initialJs)}.`,
      `Initial CSS (stylesheets linked from index.html): ${fmt(sum(css, 'gzip'))} gzip — ${list(css)}.`,
      `Precache: ${precache.length} files, ${fmt(precacheRaw)} raw on disk (the manifest that injectManifest embeds in sw.js; fonts and icons included, sw.js itself not).`,
      `Largest lazy chunks (gzip): ${list(lazyJs.slice(0, LAZY_CHUNKS_LISTED))}.`,
    ],
    userAgent: `Node ${process.version} (no browser: file sizes of ${appDir})`,
  };
}

const bundle: NodeBench = (ctx) => Promise.resolve(measure(ctx));

export default bundle;
