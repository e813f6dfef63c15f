// Runs npm scripts side by side and fails when any of them fails. `npm test` starts with three
// checks that need nothing from each other: typecheck (~30 s), lint (~85 s, type-aware rules)
// and the format check (~15 s), each on one core. One after the other they took two minutes
// on this 2-core machine (and CI's); side by side they take as long as lint alone.
// Each script's output is printed whole when it ends, so the outputs never interleave.
//
// Usage: tsx scripts/parallel.ts <npm script>...
import { spawn } from 'node:child_process';

type Outcome = { script: string; ok: boolean };

function run(script: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    let finished = false;
    const finish = (ok: boolean, reason: string) => {
      if (finished) return; // 'error' may be followed by 'close'
      finished = true;
      const seconds = Math.round((Date.now() - started) / 1000);
      process.stdout.write(`\n> npm run ${script}: ${reason} (${String(seconds)} s)\n`);
      process.stdout.write(Buffer.concat(output));
      resolve({ script, ok });
    };
    child.once('error', (error) => {
      finish(false, `could not start: ${error.message}`);
    });
    child.once('close', (code, signal) => {
      finish(code === 0, code === 0 ? 'ok' : `failed (${signal ?? `exit code ${String(code)}`})`);
    });
  });
}

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: tsx scripts/parallel.ts <npm script>...');
  process.exit(2);
}
const failed = (await Promise.all(scripts.map(run))).filter((o) => !o.ok);
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.map((o) => o.script).join(', ')}`);
  process.exit(1);
}
