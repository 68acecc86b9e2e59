import * as fs from 'fs';
import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../../../../common/src/diagnostic';
import { dumpAst, parseAl } from '../../../syntax/src/index';
import { UsageError, type Command, type CommandIo } from '../command';
import { collectAlFiles, PreprocessorSymbols } from '../files';

interface ParseArgs {
  readonly json: boolean;
  readonly ast: boolean;
  readonly defines: string[];
  readonly inputs: string[];
}

function parseArgs(args: readonly string[]): ParseArgs {
  let json = false;
  let ast = false;
  const defines: string[] = [];
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--ast') ast = true;
    else if (a === '--define' || a === '-d') {
      const v = args[++i];
      if (v === undefined || v.startsWith('-')) throw new UsageError("'--define' needs a symbol, e.g. --define CLEAN28.");
      defines.push(v);
    } else if (a.startsWith('--define=')) defines.push(a.slice('--define='.length));
    else if (a.startsWith('-')) throw new UsageError(`Unknown option '${a}'.`);
    else inputs.push(a);
  }
  if (inputs.length === 0) throw new UsageError('Give at least one .al file or directory.');
  return { json, ast, defines, inputs };
}

/** Decodes a source file: UTF-8 (with or without BOM) or UTF-16 with a byte order mark. */
export function decodeText(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.toString('utf16le', 2);
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return buf.toString('utf8');
}

/** Result of parsing a set of files, as printed by `--json`. */
export interface ParseSummary {
  files: number;
  ok: number;
  failed: { file: string; line: number; column: number; message: string }[];
  bytes: number;
  ms: number;
}

export const parseCommand: Command = {
  name: 'parse',
  summary: 'Parse .al files and report syntax diagnostics',
  usage:
    'Usage: npm run al -- parse [--json] [--ast] [--define SYMBOL]... <file-or-dir>...\n' +
    '  --ast prints the syntax tree of each file (the golden-file format).\n' +
    '  Walks directories for *.al. Preprocessor symbols come from --define and from the nearest app.json\n' +
    '  (preprocessorSymbols). Exit code 1 when any file has a syntax error.',
  run(args: readonly string[], io: CommandIo): number {
    const opts = parseArgs(args);
    const { files, missing } = collectAlFiles(opts.inputs, io.cwd);
    const symbols = new PreprocessorSymbols(io.cwd);
    const summary: ParseSummary = { files: 0, ok: 0, failed: [], bytes: 0, ms: 0 };
    const all: Diagnostic[] = [];
    for (const m of missing) {
      const d: Diagnostic = { file: m, line: 1, column: 1, code: 'AL0001', severity: 'error', message: `Cannot read '${m}': check that the path exists.` };
      all.push(d);
      summary.failed.push({ file: m, line: 1, column: 1, message: d.message });
    }
    const t0 = process.hrtime.bigint();
    for (const entry of files) {
      const file = entry.display;
      summary.files++;
      let text: string;
      try {
        const buf = fs.readFileSync(entry.path);
        summary.bytes += buf.length;
        text = decodeText(buf);
      } catch (e) {
        const message = `Cannot read '${file}': ${e instanceof Error ? e.message : String(e)}`;
        all.push({ file, line: 1, column: 1, code: 'AL0001', severity: 'error', message });
        summary.failed.push({ file, line: 1, column: 1, message });
        continue;
      }
      const defines = [...opts.defines, ...symbols.forFile(entry.path)];
      const result = parseAl(text, { fileName: file, defines });
      if (opts.ast) io.out(dumpAst(result.file));
      if (hasErrors(result.diagnostics)) {
        const first = sortDiagnostics(result.diagnostics).find((d) => d.severity === 'error');
        if (first) summary.failed.push({ file, line: first.line, column: first.column, message: first.message });
      } else summary.ok++;
      for (const d of result.diagnostics) all.push(d);
    }
    summary.ms = Math.round(Number(process.hrtime.bigint() - t0) / 1e6);
    if (opts.json) io.out(JSON.stringify(summary) + '\n');
    else {
      for (const d of all) io.out(formatDiagnostic(d) + '\n');
      const mb = (summary.bytes / 1048576).toFixed(1);
      io.out(
        `Parsed ${summary.files} file(s), ${mb} MB in ${(summary.ms / 1000).toFixed(1)} s: ${summary.ok} ok, ` +
          `${summary.failed.length} failed, ${all.length} diagnostic(s).\n`,
      );
    }
    return summary.failed.length > 0 ? 1 : 0;
  },
};
