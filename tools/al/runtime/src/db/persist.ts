/**
 * Persistence of a runtime database and its isolated storage as plain JSON, for the local sandbox's `--data DIR`
 * (a restart loses nothing). Values are tagged by kind (Decimal, dates, enums, blobs, big integers...) and decoded
 * against the loaded table metadata, so a snapshot survives a restart as long as the tables keep their IDs and field
 * numbers; rows of tables or fields that no longer exist are skipped and counted.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { Dec } from '../values/decimal';
import { ALDate, ALDateTime, ALDuration, ALTime, DateFormula, parseDateFormula } from '../values/dates';
import { BlobV } from '../values/streams';
import { EnumValue } from '../values/types';
import type { FieldMeta, TableMeta } from './meta';
import { Database, pkString, type Row } from './store';

/** One encoded value: JSON primitives stay as they are, everything else is a tagged object. */
export type EncodedValue =
  | string
  | number
  | boolean
  | null
  | { readonly dec: string }
  | { readonly big: string }
  | { readonly date: number }
  | { readonly time: number }
  | { readonly dt: number | null }
  | { readonly dur: number }
  | { readonly enum: number }
  | { readonly blob: string }
  | { readonly formula: string };

export interface PersistedTable {
  readonly id: number;
  readonly name: string;
  /** Field numbers, in the order of each row's values. */
  readonly fields: readonly number[];
  readonly rows: readonly (readonly EncodedValue[])[];
  /** AutoIncrement: field number -> last value. */
  readonly autoInc: readonly (readonly [number, number])[];
}

export interface PersistedState {
  readonly format: 'bki-runtime-db';
  readonly version: 1;
  readonly currentCompany: string;
  readonly companies: readonly { readonly name: string; readonly tables: readonly PersistedTable[] }[];
  readonly isolatedStorage: readonly (readonly [string, string])[];
}

export interface RestoreResult {
  readonly rows: number;
  /** Rows or values that could not be put back (table or field gone), as sentences. */
  readonly skipped: readonly string[];
}

function encode(v: unknown): EncodedValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') return { big: v.toString() };
  if (v instanceof Dec) return { dec: v.toString() };
  if (v instanceof ALDate) return { date: v.n };
  if (v instanceof ALTime) return { time: v.ms };
  if (v instanceof ALDateTime) return { dt: Number.isFinite(v.ms) ? v.ms : null };
  if (v instanceof ALDuration) return { dur: v.ms };
  if (v instanceof EnumValue) return { enum: v.ordinal };
  if (v instanceof BlobV) return { blob: v.content };
  if (v instanceof DateFormula) return { formula: v.text };
  return String(v);
}

function decode(e: EncodedValue, field: FieldMeta): unknown {
  if (e === null) return undefined;
  if (typeof e !== 'object') return e;
  if ('dec' in e) return Dec.parse(e.dec) ?? Dec.ZERO;
  if ('big' in e) return BigInt(e.big);
  if ('date' in e) return ALDate.fromN(e.date);
  if ('time' in e) return e.time < 0 ? ALTime.UNDEFINED : ALTime.of(e.time);
  if ('dt' in e) return e.dt === null ? ALDateTime.UNDEFINED : ALDateTime.of(e.dt);
  if ('dur' in e) return new ALDuration(e.dur);
  if ('enum' in e) {
    const t = field.type;
    if (t.kind === 'Enum' || t.kind === 'Option') return new EnumValue(t.enumType, e.enum);
    return e.enum;
  }
  if ('blob' in e) return new BlobV(e.blob);
  return parseDateFormula(e.formula);
}

/** Everything committed in `db` (call it after a Commit) plus the isolated storage, as JSON-ready data. */
export function snapshotState(db: Database, isolatedStorage: ReadonlyMap<string, string>): PersistedState {
  const companies = [...db.companies.values()].map((c) => ({
    name: c.name,
    tables: [...c.stores.values()]
      .filter((s) => s.rows.size > 0 || s.autoInc.size > 0)
      .sort((a, b) => a.table.id - b.table.id)
      .map((s): PersistedTable => {
        const fields = s.table.fields.filter((f) => f.fieldClass === 'Normal');
        return {
          id: s.table.id,
          name: s.table.name,
          fields: fields.map((f) => f.no),
          rows: [...s.rows.values()].map((row) => fields.map((f) => encode(row[f.slot]))),
          autoInc: [...s.autoInc].map(([slot, n]): [number, number] => [s.table.fields[slot]?.no ?? 0, n]),
        };
      }),
  }));
  return { format: 'bki-runtime-db', version: 1, currentCompany: db.currentCompany, companies, isolatedStorage: [...isolatedStorage] };
}

/** Replaces the data of `db` and `isolatedStorage` with a snapshot; tables are found by ID through `tableById`. */
export function restoreState(db: Database, isolatedStorage: Map<string, string>, state: PersistedState, tableById: (id: number) => TableMeta | undefined): RestoreResult {
  const skipped: string[] = [];
  let rows = 0;
  db.reset();
  db.currentCompany = state.currentCompany;
  for (const c of state.companies) {
    const company = db.company(c.name);
    for (const t of c.tables) {
      const meta = tableById(t.id);
      if (meta === undefined) {
        skipped.push(`table ${t.id} "${t.name}" (${t.rows.length} rows) is not loaded`);
        continue;
      }
      const store = company.store(meta);
      const fields = t.fields.map((no) => meta.byNo.get(no));
      fields.forEach((f, i) => {
        if (f === undefined) skipped.push(`field ${t.fields[i] ?? '?'} of table ${t.id} "${t.name}" no longer exists`);
      });
      for (const encoded of t.rows) {
        const row: Row = [...meta.initRow()];
        encoded.forEach((e, i) => {
          const f = fields[i];
          if (f !== undefined) row[f.slot] = decode(e, f);
        });
        store.rows.set(pkString(meta, row), row);
        rows++;
      }
      for (const [no, n] of t.autoInc) {
        const f = meta.byNo.get(no);
        if (f !== undefined) store.autoInc.set(f.slot, n);
      }
      store.version++;
    }
  }
  db.company(db.currentCompany);
  db.commit();
  isolatedStorage.clear();
  for (const [k, v] of state.isolatedStorage) isolatedStorage.set(k, v);
  return { rows, skipped };
}

function isPersistedState(v: unknown): v is PersistedState {
  return typeof v === 'object' && v !== null && 'format' in v && v.format === 'bki-runtime-db' && 'version' in v && v.version === 1;
}

/** Writes the snapshot atomically (temp file, then rename), readable by the owner only (it holds isolated storage). */
export function saveStateFile(file: string, state: PersistedState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(state), { mode: 0o600 });
  renameSync(tmp, file);
}

/** Reads a snapshot; undefined when the file does not exist. Throws with the file name when it is not a snapshot. */
export function loadStateFile(file: string): PersistedState | undefined {
  if (!existsSync(file)) return undefined;
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isPersistedState(data)) throw new Error(`${file} is not a runtime database snapshot (format bki-runtime-db, version 1). Move it away or pick another --data folder.`);
  return data;
}
