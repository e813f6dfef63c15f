// Benchmark: render and print the client's summary. Target: a 4-page bilingual summary
// (Arabic, then the authoritative German) renders and prints in under 1.5 s.
//
// Runs in a real browser with the app's styles and fonts and i18next set up as the app sets
// it up; started by `npm run bench` (test/bench/run.ts). The page times the render (React
// commit, layout, fonts loaded); the runner times printing through `__benchPrint`, because
// page.pdf() is reachable from Node only.
import { createElement, Suspense, useLayoutEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
// The app's styles, as src/app/main.tsx imports them (KERN, bundled fonts, layout).
import '../../../src/ui/styles/kern.scss';
import '../../../src/ui/styles/fonts.scss';
import '../../../src/ui/styles/app.css';
import '../../../src/features/summary/summary.css';
import { SummaryDocument } from '../../../src/features/summary/SummaryDocument';
import { initI18n } from '../../../src/i18n/i18n';
import { hasLocaleFile } from '../../../src/i18n/localeFiles';
import { progress, publish, row } from '../support/measure';
import type { BenchResult, BenchWindow } from '../support/result';
import { benchSummary } from './summary';

const LANG = 'ar';
const ORGANISATION = 'Ausländerbehörde Kreis Unna';
const ROUNDS = 7;
const WARMUP_ROUNDS = 1;
const PRINT_ROUNDS = 5;
const TARGET_MS = 1500;

const summary = benchSummary();

/** Fires when the Suspense content commits: its layout effects run only once nothing suspends. */
function Committed({ onCommit }: { onCommit: () => void }) {
  useLayoutEffect(onCommit, [onCommit]);
  return null;
}

function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(`Benchmark sanity check failed: ${message}`);
}

/** Mounts the document in a fresh root; done when it is in the DOM, laid out, fonts loaded. */
async function render(container: HTMLElement): Promise<{ root: Root; ms: number }> {
  const start = performance.now();
  const root = createRoot(container);
  await new Promise<void>((resolve) => {
    root.render(
      createElement(
        Suspense,
        { fallback: null },
        createElement(SummaryDocument, { summary, lang: LANG, organisation: ORGANISATION }),
        createElement(Committed, { onCommit: resolve }),
      ),
    );
  });
  // Layout is what requests the fonts; before it, fonts.ready would not wait for them.
  const height = container.getBoundingClientRect().height;
  await document.fonts.ready;
  const ms = performance.now() - start;
  expect(height > 0, 'the document has a size');
  return { root, ms };
}

/** What was rendered is the whole bilingual document, not a fallback or one part. */
function checkDocument(container: HTMLElement): void {
  const client = container.querySelector(`.summary__part[lang="${LANG}"][dir="rtl"]`);
  const german = container.querySelector('.summary__part--german[lang="de"]');
  expect(client !== null && german !== null, 'client and German parts are rendered');
  const actions = container.querySelectorAll('.summary__action').length;
  expect(actions === summary.actions.length * 2, `${actions} actions in both parts`);
  const items =
    summary.pathways.length + summary.consequences.length + summary.returnOptions.length;
  expect(container.querySelectorAll('.summary__item').length === items * 2, 'items in both parts');
}

const loadedFonts = () =>
  [...document.fonts]
    .filter((f) => f.status === 'loaded')
    .map((f) => `${f.family.replace(/"/g, '')} ${f.weight}`)
    .sort()
    .join(', ');

async function run(): Promise<BenchResult> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  // As src/app/main.tsx: the counsellor's UI language is German; the document asks for its
  // own languages (SummaryDocument's useTranslation with lng).
  await initI18n('de');
  document.documentElement.lang = 'de';

  const samples: number[] = [];
  let cold = 0;
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    progress(`render ${String(round + 1)} of ${String(WARMUP_ROUNDS + ROUNDS)}…`);
    const { root, ms } = await render(container);
    checkDocument(container);
    if (round === 0) cold = ms;
    if (round >= WARMUP_ROUNDS) samples.push(ms);
    root.unmount();
    // Let the browser settle (GC, style invalidation of the unmount) outside the timing.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const fonts = loadedFonts();
  const clientTexts = hasLocaleFile(LANG, 'summary');
  // Without the bundled face, Arabic is set (and timed) in whatever font the system has.
  const arabicFont = fonts.includes('Noto Sans Arabic');

  // The runner prints what prepare() leaves on the page.
  (window as BenchWindow).__benchPrint = {
    rounds: PRINT_ROUNDS,
    subject: `bilingual summary (${LANG} + de)`,
    renderOperation: 'render',
    targetMs: TARGET_MS,
    pages: { min: 3, max: 5 },
    prepare: async () => {
      await render(container);
      checkDocument(container);
    },
  };

  return {
    name: 'summary',
    title: `Client summary: render and print, ${LANG} + de`,
    rounds: ROUNDS,
    warmupRounds: WARMUP_ROUNDS,
    rows: [
      row('render', 'mount → in DOM, laid out, fonts ready', 1, samples),
      row('first render', 'cold: locale files + fonts loaded', 1, [cold]),
    ],
    checks: [],
    notes: [
      `Summary (test/bench/summary/summary.ts): actions ${String(summary.actions.length)}, pathways ${String(summary.pathways.length)}, consequences ${String(summary.consequences.length)}, return options ${String(summary.returnOptions.length)}, consents ${String(summary.consents.length)}; the ${LANG} part, then the German one from a new page.`,
      `Render: ${String(ROUNDS)} rounds after ${String(WARMUP_ROUNDS)} warm-up; each mounts a fresh React root (unmounted after), timed until the Suspense content commits, layout is done and document.fonts.ready resolves.`,
      'first render = the warm-up round: loads the summary locale files (lazy chunks) and the fonts, as when the page is opened for the first time.',
      `Fonts loaded: ${fonts}.`,
      ...(arabicFont
        ? []
        : [
            "Noto Sans Arabic (bundled) was not loaded: the summary's font stack does not name it, so Arabic is set in a system fallback font.",
          ]),
      ...(clientTexts
        ? []
        : [
            `locales/${LANG}/summary.json does not exist yet: the ${LANG} part falls back to the German texts (right-to-left layout), so no Arabic text is shaped or printed.`,
          ]),
    ],
    userAgent: navigator.userAgent,
  };
}

publish(run);
