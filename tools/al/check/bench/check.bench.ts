/**
 * AL checker throughput: loads an app (parse + symbols) and runs every rule, timing each rule.
 * Without env: checks this repository's app and test app against symbols/bcapps.symbols.json.
 * With BCAPPS_DIR (a microsoft/BCApps checkout) and CHECK_SYMBOLS (a full symbol file from
 * `npm run symbols -- <BCApps> --all --out FILE`): checks the W1 Base Application (or, with BENCH_QUICK=1, the
 * Shopify connector) and prints the figures. Prints one figure per line and exits 0.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultSymbolFiles, Rules } from '../src';
import { RuleContext } from '../src/context';
import { loadProgram } from '../src/program';

const repoRoot = join(__dirname, '..', '..', '..', '..');

function bench(label: string, appDir: string, symbolFiles: readonly string[], sourceDependencies: readonly string[]): void {
  const started = performance.now();
  const program = loadProgram(appDir, { symbolFiles, sourceDependencies, cwd: appDir });
  const loaded = performance.now();
  const context = new RuleContext(program, false);
  const perRule: Array<[string, number]> = [];
  for (const rule of Rules) {
    const t = performance.now();
    rule(context);
    perRule.push([rule.name, performance.now() - t]);
  }
  const done = performance.now();
  const seconds = (done - started) / 1000;
  console.log(`check ${label}: ${program.units.length} files, ${program.own.length} objects in ${seconds.toFixed(2)} s (${(program.units.length / seconds).toFixed(0)} files/s)`);
  console.log(`check ${label} load (parse + symbols): ${((loaded - started) / 1000).toFixed(2)} s`);
  console.log(`check ${label} rules: ${((done - loaded) / 1000).toFixed(2)} s`);
  for (const [name, ms] of perRule.sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`check ${label} rule ${name}: ${(ms / 1000).toFixed(2)} s`);
  console.log(`check ${label} findings: ${context.diagnostics.length}`);
}

function main(): void {
  const bcApps = process.env['BCAPPS_DIR'];
  const symbols = process.env['CHECK_SYMBOLS'];
  const quick = process.env['BENCH_QUICK'] === '1';
  if (bcApps !== undefined && symbols !== undefined && existsSync(symbols)) {
    const app = quick ? join(bcApps, 'src', 'Apps', 'W1', 'Shopify', 'App') : join(bcApps, 'src', 'Layers', 'W1', 'BaseApp');
    bench(quick ? 'Shopify' : 'BaseApp', app, [symbols], []);
    return;
  }
  const symbolFiles = defaultSymbolFiles(repoRoot);
  bench('app', repoRoot, symbolFiles, []);
  if (!quick) bench('test-app', join(repoRoot, 'test-app'), symbolFiles, [repoRoot]);
}

main();
