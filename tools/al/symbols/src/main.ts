/**
 * `npm run symbols -- <path to a microsoft/BCApps checkout> [--all] [--for DIR]... [--out FILE] [--source TEXT] [--app DIR]...`
 * Parses the BCApps apps our code depends on with our parser and writes the symbol model (facts only) as JSON.
 * By default only the objects used by src-al/, test-app/ and the runtime's base-app model and test libraries are kept
 * (plus what their signatures mention); --all keeps everything.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatDiagnostic } from '../../../common/src/diagnostic';
import { filterSymbols, namesUsedIn } from './filter';
import { generateFromBcApps, listAlFiles } from './generate';

const repoRoot = join(__dirname, '..', '..', '..', '..');

function usage(): never {
  throw new Error('Usage: npm run symbols -- <path to a microsoft/BCApps checkout> [--all] [--for DIR]... [--out FILE] [--source TEXT] [--app DIR]...');
}

function main(argv: readonly string[]): number {
  let bcApps: string | undefined;
  let all = false;
  let out = join(repoRoot, 'symbols', 'bcapps.symbols.json');
  const forDirs: string[] = [];
  let sourceOverride: string | undefined;
  const extraApps: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--all') all = true;
    else if (arg === '--out') out = argv[++i] ?? usage();
    else if (arg === '--for') forDirs.push(argv[++i] ?? usage());
    else if (arg === '--source') sourceOverride = argv[++i] ?? usage();
    else if (arg === '--app') extraApps.push(argv[++i] ?? usage());
    else if (arg !== undefined && !arg.startsWith('--') && bcApps === undefined) bcApps = arg;
    else usage();
  }
  if (bcApps === undefined) usage();
  if (forDirs.length === 0) {
    // Our app, its test app, and the runtime's base-app model and test libraries (checked against the real symbols).
    for (const dir of ['src-al', 'test-app', 'tools/al/runtime/base-app', 'tools/al/runtime/test-libraries']) {
      if (existsSync(join(repoRoot, dir))) forDirs.push(join(repoRoot, dir));
    }
  }
  let source = 'microsoft/BCApps';
  try {
    source += ' ' + execFileSync('git', ['-C', bcApps, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Not a git work tree (e.g. an extracted archive): the source stays unversioned.
  }
  if (sourceOverride !== undefined) source = sourceOverride;
  const started = Date.now();
  const generated = generateFromBcApps(bcApps, source, extraApps);
  for (const d of generated.diagnostics.slice(0, 20)) console.error(formatDiagnostic(d));
  if (generated.diagnostics.length > 20) console.error(`... and ${generated.diagnostics.length - 20} more diagnostics`);
  let symbols = generated.symbols;
  if (!all) {
    const used = new Set<string>();
    for (const dir of forDirs) for (const file of listAlFiles(dir, { skipNestedApps: true })) for (const n of namesUsedIn(readFileSync(file, 'utf8'))) used.add(n);
    symbols = filterSymbols(symbols, used);
  }
  mkdirSync(dirname(out), { recursive: true });
  const json = JSON.stringify(symbols);
  writeFileSync(out, json + '\n');
  const count = symbols.apps.reduce((n, a) => n + a.objects.length, 0);
  console.log(`Parsed ${generated.filesParsed} files from ${symbols.apps.length} apps in ${((Date.now() - started) / 1000).toFixed(1)} s; wrote ${count} objects (${(json.length / 1024).toFixed(0)} KB) to ${out}`);
  return generated.diagnostics.length > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
