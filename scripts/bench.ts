/**
 * `npm run bench`: finds every `*.bench.ts` under tools/, scripts/ and controladdin/ and runs each in its own
 * Node process (so one benchmark's heap does not colour the next one's memory figures), printing their figures.
 * `npm run bench -- <substring>` runs only the benchmarks whose path contains the substring.
 * Exit code 1 when a benchmark fails.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');

function findBenchmarks(dir: string, found: string[]): void {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findBenchmarks(path, found);
    else if (name.endsWith('.bench.ts')) found.push(path);
  }
}

function main(): number {
  const filter = process.argv[2];
  const benchmarks: string[] = [];
  for (const top of ['tools', 'scripts', 'controladdin']) {
    try {
      findBenchmarks(join(root, top), benchmarks);
    } catch {
      // A top folder that does not exist yet holds no benchmarks.
    }
  }
  const selected = benchmarks.sort().filter((b) => filter === undefined || b.includes(filter));
  if (selected.length === 0) {
    console.error(filter === undefined ? 'No *.bench.ts files found.' : `No benchmark path contains '${filter}'.`);
    return 1;
  }
  let failed = 0;
  for (const bench of selected) {
    const name = relative(root, bench);
    console.log(`\n## ${name}`);
    const started = Date.now();
    const result = spawnSync(process.execPath, ['--expose-gc', '-r', 'ts-node/register/transpile-only', bench], {
      cwd: root,
      stdio: 'inherit',
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.status !== 0) {
      failed++;
      console.log(`FAILED ${name} (exit ${result.status ?? result.signal ?? 'unknown'}, ${seconds} s)`);
    } else {
      console.log(`(${name} ran in ${seconds} s)`);
    }
  }
  console.log(`\n${selected.length - failed} benchmarks ran, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
