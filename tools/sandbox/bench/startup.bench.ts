/**
 * Figure: time from launching `npm start` (node -r tsx/cjs scripts/start.ts) to the printed sandbox address, on this install
 * (the add-in bundle already built). Runs it BENCH_QUICK=1 ? 1 : 3 times on a free port and reports the median and
 * the slowest; each run is stopped with SIGINT and must exit.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(__dirname, '../../..');

function once(): Promise<number> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-r', 'tsx/cjs', 'scripts/start.ts', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let ms: number | undefined;
    const timer = setTimeout(() => { child.kill('SIGKILL'); fail(new Error(`no address after 120 s:\n${out}${err}`)); }, 120000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (ms === undefined && /Bookings Invoicing sandbox: http:\/\/127\.0\.0\.1:\d+/.test(out)) {
        ms = performance.now() - started;
        child.kill('SIGINT');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { err += chunk; });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (ms === undefined) fail(new Error(`npm start exited (${code}) before printing the address:\n${out}${err}`));
      else done(ms);
    });
  });
}

async function main(): Promise<void> {
  const runs = process.env['BENCH_QUICK'] === '1' ? 1 : 3;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(`sandbox startup to printed address (median of ${runs}): ${(median / 1000).toFixed(1)} s`);
  console.log(`sandbox startup to printed address (slowest): ${((times[times.length - 1] ?? 0) / 1000).toFixed(1)} s`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
