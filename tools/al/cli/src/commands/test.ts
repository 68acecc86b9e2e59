import * as fs from 'fs';
import * as path from 'path';
import { loadProgram, runTests, testCodeunits, formatTestLine, summaryLine, toJson, toJUnit } from '../../../runtime/src/index';
import { UsageError, type Command, type CommandIo } from '../command';
import { PreprocessorSymbols } from '../files';

interface TestArgs {
  readonly json: boolean;
  readonly junit?: string;
  readonly defines: string[];
  readonly inputs: string[];
}

function parseArgs(args: readonly string[]): TestArgs {
  let json = false;
  let junit: string | undefined;
  const defines: string[] = [];
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--junit') {
      const v = args[++i];
      if (v === undefined) throw new UsageError("'--junit' needs a file name, e.g. --junit results.xml.");
      junit = v;
    } else if (a === '--define' || a === '-d') {
      const v = args[++i];
      if (v === undefined) throw new UsageError("'--define' needs a symbol.");
      defines.push(v);
    } else if (a.startsWith('-')) throw new UsageError(`Unknown option '${a}'.`);
    else inputs.push(a);
  }
  if (inputs.length === 0) throw new UsageError('Give at least one .al file or app folder with test codeunits.');
  return junit === undefined ? { json, defines, inputs } : { json, junit, defines, inputs };
}

export const testCommand: Command = {
  name: 'test',
  summary: 'Run AL test codeunits (Subtype = Test) in the AL runtime',
  usage:
    'Usage: npm run al -- test [--json] [--junit FILE] [--define SYMBOL]... <file-or-dir>...\n' +
    '  Loads the files (or app folders) on top of the built-in objects (test libraries, base-app model) and runs\n' +
    '  every test codeunit found in them. Exit code 1 when a test fails or the files do not load.',
  run(args: readonly string[], io: CommandIo): number {
    const opts = parseArgs(args);
    // preprocessor symbols: --define plus preprocessorSymbols of the nearest app.json, as `al parse` does
    const symbols = new PreprocessorSymbols(io.cwd);
    const loaded = loadProgram(opts.inputs, { cwd: io.cwd, defines: opts.defines, definesFor: (f) => symbols.forFile(f) });
    for (const w of loaded.warnings) io.err(`warning: ${w}\n`);
    if (loaded.errors.length > 0) {
      for (const e of loaded.errors) io.err(`${e}\n`);
      io.err(`al test: ${loaded.errors.length} file problem(s); no tests were run.\n`);
      return 1;
    }
    const mine = new Set(loaded.program.files.map((f) => f.path).filter((p) => opts.inputs.some((i) => isUnder(path.resolve(io.cwd, p), path.resolve(io.cwd, i)))));
    const cus = testCodeunits(loaded.program, mine);
    const results = runTests(loaded.program, cus, opts.json ? undefined : (r) => io.out(`${formatTestLine(r)}\n`));
    if (opts.json) io.out(`${toJson(results)}\n`);
    else io.out(`${summaryLine(results)}\n`);
    if (opts.junit !== undefined) fs.writeFileSync(path.resolve(io.cwd, opts.junit), toJUnit(results));
    return results.some((r) => r.result === 'fail') ? 1 : 0;
  },
};

function isUnder(file: string, input: string): boolean {
  return file === input || file.startsWith(input.endsWith(path.sep) ? input : input + path.sep);
}
