// CPU profiles of marked parts of a benchmark page (`BENCH_PROFILE=1 npm run bench -- sync`):
// the page wraps a part in console.profile(label) / console.profileEnd(label); Chromium's
// profiler (DevTools protocol) hands over each finished profile, which is written to
// bench-results/<bench>-<label>.cpuprofile (open it in Chromium's DevTools, Performance tab)
// and summarised here by self time: where the main thread of the page was busy, and how long
// it waited (idle: IndexedDB and the network work in other processes).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame };
type Profile = {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
};

export function profilingWanted(): boolean {
  return process.env.BENCH_PROFILE === '1';
}

/** Self time per function, the largest first (milliseconds). */
export function selfTimes(profile: Profile): { name: string; ms: number }[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const frame = byNode.get(id);
    const file = frame?.url.split('/').pop() ?? '';
    const name = frame
      ? `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${String(frame.lineNumber + 1)}` : ''}`
      : '(unknown)';
    // timeDeltas[i + 1] is the time until the next sample: the time spent in this one.
    totals.set(name, (totals.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

/** Starts collecting; returns a function that writes and summarises what was collected. */
export async function collectProfiles(
  page: Page,
  bench: string,
  dir: string,
  out: (line: string) => void,
): Promise<() => void> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const finished: { title: string; profile: Profile }[] = [];
  cdp.on('Profiler.consoleProfileFinished', (event: { title?: string; profile: Profile }) => {
    finished.push({ title: event.title ?? 'profile', profile: event.profile });
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  return () => {
    for (const { title, profile } of finished) {
      const slug = title.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      const file = join(dir, `${bench}-${slug}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      const wallMs = (profile.endTime - profile.startTime) / 1000;
      out(`  profile "${title}": ${wallMs.toFixed(0)} ms wall, written to ${file}`);
      for (const { name, ms } of selfTimes(profile).slice(0, 20)) {
        out(
          `    ${ms.toFixed(0).padStart(6)} ms  ${((100 * ms) / wallMs).toFixed(1).padStart(5)} %  ${name}`,
        );
      }
    }
  };
}
