// Benchmark: Lighthouse scores and load/interaction metrics of the built app (issue
// "Benchmarks and quality gates": performance ≥ 0.95 on a cold `/`, accessibility 1.0 and
// best practices ≥ 0.95 on every screen Lighthouse can judge).
//
// Lighthouse drives the system Chromium through puppeteer-core (launched here, never a
// downloaded browser) with the default config: mobile form factor, simulated throttling.
// 1. Cold navigations to `/` (fresh browser context each; Lighthouse also clears the
//    origin's storage): the device set-up screen a counsellor's tablet loads first.
// 2. A user flow, since everything behind the passphrase lock lives only in memory and
//    cannot be reached by a fresh navigation: navigation to `/` → timespan "set up the
//    device" → snapshot of the case list → timespan "create a case and begin the
//    conversation" → snapshot of the conversation screen.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse, { defaultConfig, startFlow, type Flags, type Result } from 'lighthouse';
import { launch, type Browser, type Page } from 'puppeteer-core';
import { assertChromium, chromePath, chromiumFlags } from '../../e2e/support/chromium';
import { PASSPHRASE } from '../../e2e/support/device';
import {
  CATEGORIES,
  describeStep,
  issueText,
  metricRow,
  performanceFindings,
  score,
  scoreChecks,
  type Step,
} from '../support/lighthouseReport';
import { row } from '../support/measure';
import type { BenchCheck, BenchRow, NodeBench } from '../support/result';

/** Lighthouse takes ~30–60 s per navigation on 2 vCPUs; 3 cold runs give a median. */
const COLD_RUNS = 3;
const LH_FLAGS: Flags = {
  onlyCategories: ['performance', 'accessibility', 'best-practices'],
  logLevel: 'error',
};
/**
 * Timespans cannot simulate throttling (Lighthouse marks TBT "not applicable" there), so
 * they throttle for real: DevTools throttling with the same mobile profile (4× CPU slowdown,
 * 562.5 ms RTT, 1.4 Mbit/s).
 */
const TIMESPAN_FLAGS: Flags = { throttlingMethod: 'devtools' };
const WAIT_MS = 60_000;
const REPORT_DIR = resolve('bench-results');

/**
 * Elements by their visible text (XPath), reached with waitForSelector and element handles.
 * Not Puppeteer's ARIA locators: once Lighthouse has navigated the page they never see the
 * set-up screen (with this app before and after its boot split, 2026-11-21), although plain
 * Puppeteer on the same build with the same mobile viewport finds it at once, and the axe
 * gate of the browser tests checks the accessible names.
 */
const byText = (tag: string, text: string) => `::-p-xpath(//${tag}[normalize-space()="${text}"])`;
const field = (label: string) =>
  `::-p-xpath(//input[@id=//label[starts-with(normalize-space(), "${label}")]/@for])`;
const heading = (text: string) =>
  `::-p-xpath(//*[self::h1 or self::h2 or self::h3][normalize-space()="${text}"])`;

async function element(page: Page, selector: string) {
  const handle = await page.waitForSelector(selector, { visible: true });
  if (!handle) throw new Error(`Not found: ${selector}`);
  return handle;
}
const fill = async (page: Page, selector: string, text: string) =>
  (await element(page, selector)).type(text);
/** A DOM click: after Lighthouse's navigation Puppeteer also finds no clickable point. */
const click = async (page: Page, selector: string) =>
  (await element(page, selector)).evaluate((el) => {
    (el as HTMLElement).click();
  });

/** Chooses the device passphrase on the set-up screen and waits for the case list. */
async function setUpDevice(page: Page): Promise<void> {
  await element(page, heading('Dieses Gerät einrichten'));
  await fill(page, field('Passphrase'), PASSPHRASE);
  await fill(page, field('Passphrase wiederholen'), PASSPHRASE);
  await click(page, byText('button', 'Gerät einrichten'));
  await element(page, heading('Fälle'));
}

/** From the case list: new case → case page → conversation's first section. */
async function createCaseAndBeginConversation(page: Page): Promise<void> {
  await click(page, byText('a', 'Neuen Fall anlegen'));
  await fill(page, field('Name der beratenen Person'), 'Samir Beispiel');
  await click(page, byText('button', 'Fall anlegen'));
  await element(page, heading('Samir Beispiel'));
  await click(page, byText('button', 'Gespräch beginnen'));
  await element(page, heading('Rahmendaten'));
}

/**
 * Lighthouse sometimes ends a run with a runtime error (seen: NO_NAVSTART, a trace without
 * navigation start, on a busy machine). Such a run has no scores: it is repeated, up to
 * MAX_ATTEMPTS, and the failed attempts are reported in the notes. Still failing: the
 * benchmark fails, rather than silently dropping a budget.
 */
const MAX_ATTEMPTS = 3;
async function withRetries<T>(
  what: string,
  run: () => Promise<T>,
  errorOf: (outcome: T) => string | undefined,
  failures: string[],
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await run();
    const error = errorOf(outcome);
    if (error === undefined) return outcome;
    failures.push(`${what}, attempt ${attempt}: ${error}`);
    if (attempt === MAX_ATTEMPTS) throw new Error(`Lighthouse failed: ${failures.join('; ')}`);
  }
}

async function coldNavigation(browser: Browser, url: string): Promise<Result> {
  // A fresh context: empty HTTP cache and no service worker from an earlier run.
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const result = await lighthouse(url, LH_FLAGS, defaultConfig, page);
    if (!result) throw new Error('Lighthouse returned no result for the cold navigation.');
    return result.lhr;
  } finally {
    await context.close();
  }
}

type FlowOutcome = {
  steps: Step[];
  wallMs: Map<string, number>;
  /** Chrome's DevTools issues seen in the flow: what Lighthouse's inspector-issues counts. */
  issues: Set<string>;
  html: string;
};

async function userFlow(browser: Browser, url: string): Promise<FlowOutcome> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    const flow = await startFlow(page, {
      config: defaultConfig,
      flags: LH_FLAGS,
      name: 'Perspektive: set-up, case list, new conversation',
    });
    const wallMs = new Map<string, number>();
    // Lighthouse reports only the issue type; a session of our own keeps the details.
    const issues = new Set<string>();
    const cdp = await page.createCDPSession();
    cdp.on('Audits.issueAdded', (event) => issues.add(issueText(event)));
    await cdp.send('Audits.enable');
    /** A timespan around `act`; its wall time (throttled, incl. puppeteer) is kept too. */
    const timespan = async (name: string, act: () => Promise<void>) => {
      await flow.startTimespan({ ...TIMESPAN_FLAGS, name });
      const start = performance.now();
      await act();
      wallMs.set(name, performance.now() - start);
      await flow.endTimespan();
    };
    await flow.navigate(url, { name: 'Flow navigation to / (set-up screen)' });
    await timespan('Set up the device', () => setUpDevice(page));
    await flow.snapshot({ name: 'Case list (empty, after set-up)' });
    await timespan('Create a case and begin the conversation', () =>
      createCaseAndBeginConversation(page),
    );
    await flow.snapshot({ name: 'Conversation screen (Rahmendaten)' });
    const result = await flow.createFlowResult();
    const steps = result.steps.map((s) => ({ name: s.name, lhr: s.lhr }));
    return { steps, wallMs, issues, html: await flow.generateReport() };
  } finally {
    await context.close();
  }
}

const perfScore = (lhr: Result) => score(lhr, 'performance') ?? 0;

const lighthouseBench: NodeBench = async (ctx) => {
  assertChromium();
  const app = await ctx.startApp();
  const browser = await launch({
    executablePath: chromePath,
    headless: true,
    args: [...chromiumFlags],
  });
  try {
    const url = `${app.url}/`;
    // Simulated metrics scale with observed CPU time: a busy machine inflates them.
    const loadBefore = loadavg()[0]!;
    const cold: Result[] = [];
    const failures: string[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      ctx.log(`cold navigation ${i + 1}/${COLD_RUNS} …`);
      const run = () => coldNavigation(browser, url);
      cold.push(
        await withRetries(`cold / run ${i + 1}`, run, (lhr) => lhr.runtimeError?.code, failures),
      );
    }
    ctx.log('user flow (navigation, 2 timespans, 2 snapshots) …');
    const flowError = (outcome: FlowOutcome) =>
      outcome.steps.find((step) => step.lhr.runtimeError)?.lhr.runtimeError?.code;
    const flow = await withRetries('user flow', () => userFlow(browser, url), flowError, failures);
    mkdirSync(REPORT_DIR, { recursive: true });
    const reportFile = join(REPORT_DIR, 'lighthouse-flow.html');
    writeFileSync(reportFile, flow.html);

    const simulated = 'mobile, simulated throttling';
    const rows: BenchRow[] = [
      ...metricRow('cold navigation /', `LCP, ${simulated}`, 'largest-contentful-paint', cold),
      ...metricRow('cold navigation /', `TBT, ${simulated}`, 'total-blocking-time', cold),
      ...metricRow('cold navigation /', `FCP, ${simulated}`, 'first-contentful-paint', cold),
    ];
    for (const step of flow.steps) {
      const op = `flow: ${step.name}`;
      if (step.lhr.gatherMode === 'navigation') {
        rows.push(...metricRow(op, `LCP, ${simulated}`, 'largest-contentful-paint', [step.lhr]));
        rows.push(...metricRow(op, `TBT, ${simulated}`, 'total-blocking-time', [step.lhr]));
      }
      if (step.lhr.gatherMode !== 'timespan') continue;
      const devtools = 'mobile, DevTools throttling';
      rows.push(...metricRow(op, `TBT, ${devtools}`, 'total-blocking-time', [step.lhr]));
      rows.push(...metricRow(op, `INP, ${devtools}`, 'interaction-to-next-paint', [step.lhr]));
      const wall = flow.wallMs.get(step.name);
      if (wall !== undefined)
        rows.push(row(op, `wall time incl. puppeteer, ${devtools}`, 1, [wall]));
    }

    // Cold `/`: the median score of the runs; flow steps: their one run each.
    const checks: BenchCheck[] = [
      ...scoreChecks(cold, CATEGORIES, `cold / (median of ${COLD_RUNS})`),
      ...flow.steps.flatMap((step) =>
        scoreChecks([step.lhr], ['accessibility', 'best-practices'], step.name),
      ),
    ];

    const first = cold[0]!;
    // Findings of the run with the median performance score.
    const byScore = [...cold].sort((a, b) => perfScore(a) - perfScore(b));
    const medianRun = byScore[Math.floor(byScore.length / 2)]!;
    return {
      name: 'lighthouse',
      title: `Lighthouse ${first.lighthouseVersion}: cold / and the set-up → case → conversation flow (mobile)`,
      rounds: COLD_RUNS,
      warmupRounds: 0,
      rows,
      checks,
      notes: [
        `Lighthouse ${first.lighthouseVersion} with its default config (form factor mobile, ${first.configSettings.screenEmulation.width}×${first.configSettings.screenEmulation.height} @${first.configSettings.screenEmulation.deviceScaleFactor}x, categories performance/accessibility/best-practices) on the system Chromium via puppeteer-core; app served by the real server (dist/, strict CSP) on localhost.`,
        `Lighthouse is slow on 2 vCPUs: cold / was measured ${COLD_RUNS}× (fresh browser context each, no warm-up; rows show the median, scores the median); every flow step ran once — single runs, expect ±0.02 on scores and noticeable spread on TBT.`,
        'Navigation metrics (LCP, TBT, FCP) are simulated (Lantern) from an unthrottled load; timespans use DevTools throttling instead, because Lighthouse has no simulated TBT in timespan mode. Wall time = Node-side duration of the scripted clicks and waits inside the timespan, throttled.',
        'Score budgets are checks of the form value ≤ target with value = 1 − score and target = 1 − minimum score (e.g. performance 0.97 → 0.03 ≤ 0.05); met compares the scores themselves. Checked: performance on cold / only; accessibility and best practices on every step that reports the category.',
        'The case list snapshot shows the empty list right after set-up (no case yet), as the e2e axe check does.',
        ...describeStep(`Cold / (${COLD_RUNS} runs)`, cold),
        `Cold /: performance audits below 1 (median run): ${performanceFindings(medianRun)}.`,
        ...flow.steps.flatMap((step) => describeStep(step.name, [step.lhr])),
        `DevTools issues during the flow (inspector-issues): ${[...flow.issues].join('; ') || 'none'}.`,
        `Machine load (1-min load average) ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after, on ${availableParallelism()} CPUs: Lantern's simulation is based on observed task times, so other load inflates TBT and, less, FCP/LCP.`,
        `Failed Lighthouse runs, repeated: ${failures.join('; ') || 'none'}.`,
        `Full flow report: ${reportFile}.`,
      ],
      userAgent: first.environment.hostUserAgent,
    };
  } finally {
    await browser.close();
    await app.stop();
  }
};

export default lighthouseBench;
