import * as fs from 'fs';
import * as path from 'path';
import { parse as parseJsonc } from 'jsonc-parser';

export interface AlFile {
  /** Absolute path, for reading. */
  readonly path: string;
  /** Path relative to the working directory, for messages. */
  readonly display: string;
}

/** Expands files and directories into the `.al` files below them, sorted, without duplicates. */
export function collectAlFiles(inputs: readonly string[], cwd: string): { files: AlFile[]; missing: string[] } {
  const out = new Map<string, AlFile>();
  const missing: string[] = [];
  const add = (abs: string): void => {
    if (!out.has(abs)) out.set(abs, { path: abs, display: path.relative(cwd, abs) || path.basename(abs) });
  };
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      missing.push(path.relative(cwd, dir) || dir);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name === 'node_modules' || e.name === '.git') continue;
        walk(p);
      } else if (e.isFile() && e.name.toLowerCase().endsWith('.al')) add(p);
    }
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      missing.push(input);
      continue;
    }
    if (st.isDirectory()) walk(abs);
    else add(abs);
  }
  return { files: [...out.values()], missing };
}

/** Finds `preprocessorSymbols` of the nearest app.json above a file (cached per directory). */
export class PreprocessorSymbols {
  private readonly cache = new Map<string, readonly string[]>();

  constructor(private readonly cwd: string) {}

  forFile(file: string): readonly string[] {
    return this.forDir(path.dirname(path.resolve(this.cwd, file)));
  }

  private forDir(dir: string): readonly string[] {
    const cached = this.cache.get(dir);
    if (cached) return cached;
    let result: readonly string[] = [];
    const appJson = path.join(dir, 'app.json');
    if (fs.existsSync(appJson)) {
      result = readSymbols(appJson);
    } else {
      const parent = path.dirname(dir);
      if (parent !== dir) result = this.forDir(parent);
    }
    this.cache.set(dir, result);
    return result;
  }
}

function readSymbols(appJson: string): string[] {
  try {
    const data: unknown = parseJsonc(fs.readFileSync(appJson, 'utf8'));
    if (data && typeof data === 'object' && 'preprocessorSymbols' in data) {
      const v = (data as { preprocessorSymbols: unknown }).preprocessorSymbols;
      if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
    }
  } catch {
    // an unreadable app.json defines no symbols; the project validator reports it
  }
  return [];
}
