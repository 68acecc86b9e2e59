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

/** Compares two rows on the given slots, then on the primary key (BC appends the primary key to every key). */
export function rowComparer(table: TableMeta, slots: readonly number[]): (a: Row, b: Row) => number {
  const all = [...slots];
  for (const s of table.pk) if (!all.includes(s)) all.push(s);
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

/** Rows of one table in one company (or of one temporary record variable). */
export class TableStore {
  readonly rows = new Map<string, Row>();
  /** Bumped on every change, so cached sorted views know when they are stale. */
  version = 0;
  private views = new Map<string, { version: number; rows: Row[] }>();
  /** Last AutoIncrement value per field slot. */
  readonly autoInc = new Map<number, number>();
  constructor(readonly table: TableMeta) {}

  sorted(keySlots: readonly number[]): Row[] {
    const id = keySlots.join(',');
    const v = this.views.get(id);
    if (v !== undefined && v.version === this.version) return v.rows;
    // Reuse the previous sort when only appends happened in order (cheap path for sequential inserts).
    const rows = [...this.rows.values()];
    rows.sort(rowComparer(this.table, keySlots));
    this.views.set(id, { version: this.version, rows });
    return rows;
  }

  clear(): void {
    this.rows.clear();
    this.version++;
  }
}

/** Puts a platform table's computed rows into its store (see TableMeta.virtualRows). */
function fillVirtual(s: TableStore): void {
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
      if (old === undefined) store.rows.delete(pk);
      else store.rows.set(pk, old);
      store.version++;
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
