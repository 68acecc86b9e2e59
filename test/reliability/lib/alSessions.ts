/**
 * Helpers to run the real AL app (src-al) in the AL runtime for the reliability suites: a second session over the
 * product host's data (its own Program, because a Session wires table triggers into its Program's table metadata),
 * top-level calls as one transaction each, and plain rows of any table.
 */
import * as path from 'node:path';
import { PreprocessorSymbols } from '../../../tools/al/cli/src/files';
import { Session } from '../../../tools/al/runtime/src/interp/session';
import type { CodeunitV } from '../../../tools/al/runtime/src/interp/instances';
import { loadProgram } from '../../../tools/al/runtime/src/runner/load';
import { rowOf, type PlainRow, type ProductHost } from '../../../tools/host/src/index';

const REPO_ROOT = path.resolve(__dirname, '../../..');

/** A new session on a freshly loaded copy of the app, with the host session's settings (storage, work date, UI). */
export function newSessionLike(host: ProductHost, messages: string[]): Session {
  const symbols = new PreprocessorSymbols(REPO_ROOT);
  const loaded = loadProgram([path.join(REPO_ROOT, 'src-al')], { cwd: REPO_ROOT, definesFor: (f) => symbols.forFile(f) });
  if (loaded.errors.length > 0) throw new Error(`src-al does not load: ${loaded.errors[0] ?? ''}`);
  const s = new Session(loaded.program);
  // IsolatedStorage lives in the database in BC, so every session sees the stored secret.
  for (const [k, v] of host.session.isolatedStorage) s.isolatedStorage.set(k, v);
  s.workDateValue = host.session.workDateValue;
  s.ui = {
    message: (t) => void messages.push(t),
    confirm: (q, d) => (messages.push(`Confirm: ${q}`), d),
    strMenu: (o, d) => (messages.push(`StrMenu: ${o}`), d),
    other: (k, d) => (messages.push(`${k}: ${d}`), undefined),
  };
  return s;
}

export function codeunitOf(s: Session, name: string): CodeunitV {
  return s.codeunitInstance(name);
}

/** Calls a procedure as one top-level transaction: commit on success, roll back and rethrow on error. */
export function callIn(s: Session, target: string | CodeunitV, procedure: string, args: unknown[] = []): unknown {
  const inst = typeof target === 'string' ? s.codeunitInstance(target) : target;
  return s.runAsTransaction(() => s.callByName(inst, procedure, args));
}

/** A stored value as text ('' for null/undefined; JSON for anything that is not a string). */
export const text = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v));

/** The values that occur more than once. */
export function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/** Every stored row of a table (current company) as plain objects, in primary-key order. */
export function rowsIn(s: Session, table: string): PlainRow[] {
  const meta = s.program.table(table)?.table;
  if (meta === undefined) throw new Error(`table ${table} is not loaded`);
  return s.db.company().store(meta).sorted(meta.pk).map((d) => rowOf(meta, d));
}

/** The message of anything thrown (AL errors keep their AL text). */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
