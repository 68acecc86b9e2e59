import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAl } from '../../../syntax/src/index';
import { positionOf } from '../../../syntax/src/position';
import { FileInfo, Program } from '../interp/program';

/** Folders with the runtime's built-in AL objects (test libraries and the base-application model). */
export const BUILTIN_DIRS = [path.resolve(__dirname, '../../test-libraries'), path.resolve(__dirname, '../../base-app')];

export interface LoadResult {
  readonly program: Program;
  /** Syntax errors and load problems, as `file(line,col): message`. */
  readonly errors: string[];
  readonly warnings: string[];
}

export function collectAl(inputs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) {
        if (e === 'node_modules' || e.startsWith('.')) continue;
        walk(path.join(p, e));
      }
    } else if (p.toLowerCase().endsWith('.al')) out.push(p);
  };
  for (const i of inputs) walk(i);
  return out;
}

function parseFile(file: string, shown: string, defines: readonly string[]): { info?: FileInfo; errors: string[] } {
  const text = fs.readFileSync(file, 'utf8');
  const r = parseAl(text, { fileName: shown, defines: [...defines] });
  const errors = r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${shown}(${d.line},${d.column}): ${d.message}`);
  return { info: { path: shown, node: r.file }, errors };
}

/**
 * Parses the given files/folders (plus the built-in objects unless `builtins` is false) into a Program. Files of
 * the caller override built-in objects of the same name.
 */
export function loadProgram(
  inputs: readonly string[],
  opts: { builtins?: boolean; cwd?: string; defines?: readonly string[]; definesFor?: (file: string) => readonly string[] } = {},
): LoadResult {
  const cwd = opts.cwd ?? process.cwd();
  const base = opts.defines ?? [];
  const definesOf = (file: string): string[] => [...base, ...(opts.definesFor?.(file) ?? [])];
  const errors: string[] = [];
  const warnings: string[] = [];
  const files: FileInfo[] = [];
  if (opts.builtins !== false) {
    for (const dir of BUILTIN_DIRS) {
      if (!fs.existsSync(dir)) continue;
      for (const f of collectAl([dir])) {
        const r = parseFile(f, path.relative(cwd, f), definesOf(f));
        if (r.errors.length > 0) warnings.push(...r.errors.map((e) => `built-in object skipped: ${e}`));
        else if (r.info !== undefined) files.push(r.info);
      }
    }
  }
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    if (!fs.existsSync(abs)) {
      errors.push(`${input}: no such file or folder.`);
      continue;
    }
    for (const f of collectAl([abs])) {
      const r = parseFile(f, path.relative(cwd, f), definesOf(f));
      errors.push(...r.errors);
      if (r.info !== undefined) files.push(r.info);
    }
  }
  const program = new Program(files);
  warnings.push(...program.diagnostics);
  return { program, errors, warnings };
}

export function lineOfOffset(f: FileInfo, offset: number): number {
  return positionOf(f.node, offset).line;
}
