import { Dec } from '../values/decimal';
import { ALDate, ALDateTime, ALTime, ALDuration } from '../values/dates';
import { compare } from '../values/ops';
import { EnumValue } from '../values/types';
import { TableMeta } from './meta';
import type { WriteCoordinator } from './shared';

export type Row = unknown[];

/** Canonical text of one key value (used for the primary-key hash map). */
export function keyPart(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v instanceof Dec) return v.toString();
  if (v instanceof EnumValue) return String(v.ordinal);
  if (v instanceof ALDate) return 'd' + v.n;
  if (v instanceof ALTime) return 't' + v.ms;
  if (v instanceof ALDateTime) return 'dt' + v.ms;
  if (v instanceof ALDuration) return 'du' + v.ms;
  return String(v);
}

export function pkString(table: TableMeta, data: Row): string {
  const pk = table.pk;
  if (pk.length === 1) return keyPart(data[pk[0] ?? 0]);
  let s = '';
  for (let i = 0; i < pk.length; i++) s += (i === 0 ? '' : '\u0001') + keyPart(data[pk[i] ?? 0]);
  return s;
}

/** The slots a key sorts on: its own fields, then the primary-key fields it lacks (BC appends the primary key). */
export function sortSlots(table: TableMeta, slots: readonly number[]): number[] {
  const all = [...slots];
  for (const s of table.pk) if (!all.includes(s)) all.push(s);
  return all;
}

/** Compares two rows on the given slots, then on the primary key (BC appends the primary key to every key). */
export function rowComparer(table: TableMeta, slots: readonly number[]): (a: Row, b: Row) => number {
  const all = sortSlots(table, slots);
  if (all.length === 1) {
    const s0 = all[0] ?? 0;
    return (a, b) => {
      const x = a[s0];
      const y = b[s0];
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      if (typeof x === 'string' && typeof y === 'string') return x < y ? -1 : x > y ? 1 : 0;
      return compare(x, y);
    };
  }
  return (a, b) => {
    for (const s of all) {
      const c = compare(a[s], b[s]);
      if (c !== 0) return c;
    }
    return 0;
  };
}

/** First index whose row is not below `row` in the view's order. */
function lowerBound(rows: readonly Row[], row: Row, cmp: (a: Row, b: Row) => number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = rows[mid];
    if (r !== undefined && cmp(r, row) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rows of one table in one company (or of one temporary record variable). */
export class TableStore {
  readonly rows = new Map<string, Row>();
  /** Bumped on every change, so cached sorted views know when they are stale. */
  version = 0;
  private views = new Map<string, { version: number; rows: Row[]; cmp: (a: Row, b: Row) => number }>();
  /** Last AutoIncrement value per field slot. */
  readonly autoInc = new Map<number, number>();
  constructor(readonly table: TableMeta) {}

  /**
   * The rows in the order of the given key (plus the primary key). The array is the store's cached view: callers
   * read it and must not keep it across writes (writes update it in place, see `changed`).
   */
  sorted(keySlots: readonly number[]): Row[] {
    const id = keySlots.join(',');
    const v = this.views.get(id);
    if (v !== undefined && v.version === this.version) return v.rows;
    const cmp = rowComparer(this.table, keySlots);
    const rows = [...this.rows.values()];
    rows.sort(cmp);
    this.views.set(id, { version: this.version, rows, cmp });
    return rows;
  }

  /**
   * One row replaced `old` (undefined: an insert; `row` undefined: a delete). Rows are never mutated in place, so
   * each up-to-date sorted view is kept in step with two binary searches instead of a full re-sort on the next read
   * (a loop that writes and reads one table would otherwise sort the table on every iteration). Bumps `version`.
   */
  changed(old: Row | undefined, row: Row | undefined): void {
    const before = this.version++;
    for (const [id, v] of this.views) {
      if (v.version !== before) {
        this.views.delete(id);
        continue;
      }
      if (old !== undefined) {
        const i = lowerBound(v.rows, old, v.cmp);
        if (v.rows[i] !== old) {
          this.views.delete(id);
          continue;
        }
        if (row !== undefined && v.cmp(old, row) === 0) {
          // A change outside this view's key (most Modify calls): the row keeps its place.
          v.rows[i] = row;
          v.version = this.version;
          continue;
        }
        v.rows.splice(i, 1);
      }
      if (row !== undefined) v.rows.splice(lowerBound(v.rows, row, v.cmp), 0, row);
      v.version = this.version;
    }
  }

  clear(): void {
    this.rows.clear();
    this.version++;
  }
}

/** Puts a platform table's computed rows into its store (see TableMeta.virtualRows). */
export function fillVirtual(s: TableStore): void {
  const rows = s.table.virtualRows?.();
  if (rows === undefined) return;
  s.rows.clear();
  for (const r of rows) s.rows.set(pkString(s.table, r), r);
  s.version++;
}

/** One company's tables plus the transaction write log. */
export class Company {
  readonly stores = new Map<number, TableStore>();
  constructor(readonly name: string) {}
  store(table: TableMeta): TableStore {
    let s = this.stores.get(table.id);
    if (s === undefined) {
      s = new TableStore(table);
      this.stores.set(table.id, s);
      fillVirtual(s);
    }
    return s;
  }
}

/**
 * The database: companies and a write log. Commit empties the log; an error rolls back to the last commit;
 * savepoints (log lengths) let Codeunit.Run and asserterror undo just their own writes.
 */
export class Database {
  /** Replaced (not mutated) when the database joins data shared by several sessions (db/shared.ts). */
  companies = new Map<string, Company>();
  /** Set only while sessions share data (db/shared.ts): table locks and commit points; one check per write when unset. */
  coordinator: WriteCoordinator | undefined = undefined;
  /** Bumped when companies are replaced (reset, company switch), so records re-resolve their store. */
  generation = 0;
  // The write log as parallel arrays (no object per write): the store, the key, and the previous row
  // (undefined = the write was an insert).
  private logStores: TableStore[] = [];
  private logKeys: string[] = [];
  private logOld: (Row | undefined)[] = [];
  commits = 0;
  constructor(public currentCompany = 'CRONUS International Ltd.') {
    this.company(currentCompany);
  }
  company(name: string = this.currentCompany): Company {
    let c = this.companies.get(name);
    if (c === undefined) {
      c = new Company(name);
      this.companies.set(name, c);
    }
    return c;
  }

  recordInsert(store: TableStore, pk: string): void {
    if (this.coordinator !== undefined) this.coordinator.beforeLog(this, store, pk, undefined);
    this.logStores.push(store);
    this.logKeys.push(pk);
    this.logOld.push(undefined);
  }
  recordPut(store: TableStore, pk: string, old: Row): void {
    if (this.coordinator !== undefined) this.coordinator.beforeLog(this, store, pk, old);
    this.logStores.push(store);
    this.logKeys.push(pk);
    this.logOld.push(old);
  }

  savepoint(): number {
    return this.logStores.length;
  }

  commit(): void {
    this.logStores = [];
    this.logKeys = [];
    this.logOld = [];
    this.commits++;
    if (this.coordinator !== undefined) this.coordinator.afterCommit(this);
  }

  /** Undoes every write after `savepoint` (0 = the last commit). */
  rollback(savepoint = 0): void {
    for (let i = this.logStores.length - 1; i >= savepoint; i--) {
      const store = this.logStores[i];
      const pk = this.logKeys[i];
      if (store === undefined || pk === undefined) continue;
      const old = this.logOld[i];
      const current = store.rows.get(pk);
      if (old === undefined) store.rows.delete(pk);
      else store.rows.set(pk, old);
      store.changed(current, old);
    }
    const n = Math.min(this.logStores.length, savepoint);
    this.logStores.length = n;
    this.logKeys.length = n;
    this.logOld.length = n;
    if (n === 0 && this.coordinator !== undefined) this.coordinator.afterRollback(this);
  }

  get pendingWrites(): number {
    return this.logStores.length;
  }

  /** A copy of every table's rows (rows are immutable arrays, so copying the maps is enough). */
  snapshot(): Map<string, Map<number, { rows: Map<string, Row>; autoInc: Map<number, number> }>> {
    const out = new Map<string, Map<number, { rows: Map<string, Row>; autoInc: Map<number, number> }>>();
    for (const [name, c] of this.companies) {
      const m = new Map<number, { rows: Map<string, Row>; autoInc: Map<number, number> }>();
      for (const [id, s] of c.stores) m.set(id, { rows: new Map(s.rows), autoInc: new Map(s.autoInc) });
      out.set(name, m);
    }
    return out;
  }

  /** Puts back a snapshot: every change since it was taken, committed or not, is gone (test isolation). */
  restore(snap: Map<string, Map<number, { rows: Map<string, Row>; autoInc: Map<number, number> }>>): void {
    for (const [name, c] of this.companies) {
      const m = snap.get(name);
      for (const [id, s] of c.stores) {
        const saved = m?.get(id);
        s.rows.clear();
        s.autoInc.clear();
        if (saved !== undefined) {
          for (const [k, v] of saved.rows) s.rows.set(k, v);
          for (const [k, v] of saved.autoInc) s.autoInc.set(k, v);
        } else fillVirtual(s);
        s.version++;
      }
    }
    this.commit();
  }

  /** Drops all data (a new, empty database), used between isolated test codeunits. */
  reset(): void {
    this.generation++;
    this.companies.clear();
    this.commit();
    this.company(this.currentCompany);
  }
}
