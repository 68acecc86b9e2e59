import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../../../../common/src/diagnostic';
import { findAppFolder, generateXliff, hasFeature, TRANSLATION_FEATURE, translationFilePath } from '../../../xliff/src';
import { UsageError, type Command, type CommandIo } from '../command';

interface XliffArgs {
  readonly check: boolean;
  readonly defines: string[];
  readonly folders: string[];
}

function parseArgs(args: readonly string[]): XliffArgs {
  let check = false;
  const defines: string[] = [];
  const folders: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--check') check = true;
    else if (a === '--define' || a === '-d') {
      const v = args[++i];
      if (v === undefined || v.startsWith('-')) throw new UsageError("'--define' needs a symbol, e.g. --define CLEAN28.");
      defines.push(v);
    } else if (a.startsWith('-')) throw new UsageError(`Unknown option '${a}'.`);
    else folders.push(a);
  }
  if (folders.length === 0) throw new UsageError('Give the app folder (or its source folder, e.g. src-al) whose Translations folder gets the file.');
  return { check, defines, folders };
}

/** Generates one folder's file; returns the exit code (0 ok, 1 failed or, with --check, out of date). */
function runOne(folderArg: string, parsed: XliffArgs, io: CommandIo): number {
  const folder = resolve(io.cwd, folderArg);
  if (!existsSync(folder)) {
    io.err(`al xliff: ${folderArg} does not exist. Give the app folder or its source folder (e.g. src-al).\n`);
    return 1;
  }
  const appDir = findAppFolder(folder);
  if (appDir === undefined) {
    io.err(`al xliff: no app.json in ${folderArg} or a folder above it. Give a folder of an AL app.\n`);
    return 1;
  }
  const result = generateXliff(appDir, { defines: parsed.defines, cwd: io.cwd });
  const errors = sortDiagnostics(result.diagnostics.filter((d) => d.severity === 'error'));
  const appJson = relative(io.cwd, resolve(appDir, 'app.json')) || 'app.json';
  if (hasErrors(errors)) {
    for (const d of errors) io.err(formatDiagnostic(d) + '\n');
    io.err(`al xliff: ${errors.length} syntax error(s) in the app of ${appJson}; fix them first (alc would not build it). Nothing written.\n`);
    return 1;
  }
  if (!hasFeature(result.manifest, TRANSLATION_FEATURE)) {
    io.err(`al xliff: ${appJson} has no "${TRANSLATION_FEATURE}" in "features", so alc writes no translation file for this app. Add the feature to get one. Nothing written.\n`);
    return 1;
  }
  const target = translationFilePath(folder, result.manifest);
  const shown = relative(io.cwd, target) || target;
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (parsed.check) {
    if (current === result.text) {
      io.out(`${shown} is up to date (${result.units} trans-units).\n`);
      return 0;
    }
    io.err(`${shown} is ${current === undefined ? 'missing' : 'out of date'}: run \`npm run al -- xliff ${folderArg}\` and commit the file.\n`);
    return 1;
  }
  mkdirSync(dirname(target), { recursive: true });
  if (current !== result.text) writeFileSync(target, result.text, 'utf8');
  io.out(`${current === result.text ? 'Unchanged' : 'Wrote'} ${shown}: ${result.units} trans-units from ${result.files} file(s).\n`);
  return 0;
}

export const xliffCommand: Command = {
  name: 'xliff',
  summary: 'Write Translations/<app name>.g.xlf as alc does for apps with the TranslationFile feature',
  usage:
    'Usage: npm run al -- xliff [--check] [--define SYMBOL]... <folder>...\n' +
    '  <folder> is an app folder or a folder inside one (e.g. src-al); the app is every .al file of the app\n' +
    '  (as for `al check`) and the file goes to <folder>/Translations/<app name>.g.xlf.\n' +
    '  --check writes nothing and exits 1 when the file is missing or differs.',
  run(args: readonly string[], io: CommandIo): number {
    const parsed = parseArgs(args);
    let code = 0;
    for (const folder of parsed.folders) code = Math.max(code, runOne(folder, parsed, io));
    return code;
  },
};
