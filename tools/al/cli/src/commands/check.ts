import { join, resolve } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../../../../common/src/diagnostic';
import { checkApp, defaultSymbolFiles, sourceDependenciesAmong } from '../../../check/src';
import { UsageError, type Command, type CommandIo } from '../command';

const repoRoot = join(__dirname, '..', '..', '..', '..', '..');

interface CheckArgs {
  readonly json: boolean;
  readonly symbols: string[];
  readonly defines: string[];
  readonly apps: string[];
}

function parseArgs(args: readonly string[]): CheckArgs {
  let json = false;
  const symbols: string[] = [];
  const defines: string[] = [];
  const apps: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--symbols') symbols.push(args[++i] ?? '');
    else if (a === '--define' || a === '-d') defines.push(args[++i] ?? '');
    else if (a.startsWith('-')) throw new UsageError(`Unknown option '${a}'.`);
    else apps.push(a);
  }
  if (apps.length === 0) throw new UsageError('Give at least one app folder (a folder with app.json).');
  if (symbols.some((s) => s === '') || defines.some((d) => d === '')) throw new UsageError("'--symbols' and '--define' need a value.");
  return { json, symbols, defines, apps };
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check apps: names, types and code-analysis rules against the symbol model',
  usage: 'Usage: npm run al -- check [--json] [--symbols FILE]... [--define SYMBOL]... <app-dir>...',
  run(args: readonly string[], io: CommandIo): number {
    const parsed = parseArgs(args);
    const appDirs = parsed.apps.map((a) => resolve(io.cwd, a));
    const symbolFiles = parsed.symbols.length > 0 ? parsed.symbols.map((s) => resolve(io.cwd, s)) : defaultSymbolFiles(repoRoot);
    const dependencies = sourceDependenciesAmong(appDirs);
    const all: Diagnostic[] = [];
    let files = 0;
    for (const appDir of appDirs) {
      const result = checkApp(appDir, { symbolFiles, sourceDependencies: dependencies.get(appDir) ?? [], defines: parsed.defines, cwd: io.cwd });
      all.push(...result.diagnostics);
      files += result.files;
    }
    const errors = all.filter((d) => d.severity === 'error').length;
    if (parsed.json) {
      io.out(JSON.stringify({ diagnostics: all }) + '\n');
    } else {
      for (const d of all) io.out(formatDiagnostic(d) + '\n');
      io.out(`Checked ${appDirs.length} app(s), ${files} file(s): ${errors} error(s), ${all.length - errors} warning(s).\n`);
    }
    return errors > 0 ? 1 : 0;
  },
};
