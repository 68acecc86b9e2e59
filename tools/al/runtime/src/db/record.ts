import { alError } from '../errors';
import { CompiledFilter, compileFilter, rangeFilter } from '../filter/filter';
import { Dec } from '../values/decimal';
import { ALDate, ALDateTime } from '../values/dates';
import { randomUUID } from 'node:crypto';
import { formatValue } from '../values/format';
import { NULL_GUID, coerce, defaultValue, equals, add } from '../values/ops';
import { ALType, EnumValue } from '../values/types';
import { FieldMeta, TableMeta } from './meta';
import { Database, Row, TableStore, fillVirtual, pkString, rowComparer, sortSlots } from './store';
import { recordOps } from './recordOps';
import { RowFilter, Slice, SliceMemo, seekPrefix, seeking } from './keyRange';
import { flowFieldValue } from './flowFields';

/** What a record needs from its surroundings: the database, other tables (FlowFields, TableRelation), work date. */
export interface RecordEnv {
  readonly db: Database;
  table(name: string): TableMeta | undefined;
  tableById(id: number): TableMeta | undefined;
  workDate(): ALDate;
}

/** A RecordId value: table and primary-key values. */
export class RecordIdV {
  constructor(
    readonly table: TableMeta | undefined,
    readonly pk: readonly unknown[],
  ) {}
  alFormat(): string {
    if (this.table === undefined) return '';
    return `${this.table.caption}: ${this.pk.map((v, i) => formatValue(v, 0, 0, this.table?.fields[this.table.pk[i] ?? 0]?.type)).join(',')}`;
  }
}

type Which = '=' | '-' | '+' | '>' | '<';

/**
 * A record variable: current field values, filters per filter group, current key and sort order, marks.
 * Temporary records own a private TableStore (shared by Copy(..., true)); others use the company's store and log
 * every write for rollback.
 */
export class Rec {
  data: Row;
  private groups = new Map<number, Map<number, CompiledFilter>>();
  private flat: RowFilter[] | undefined = [];
  /** Derived from the current key and filters (see `seek`); rebuilt when either array is replaced. */
  private seekCache: SeekState | undefined;
  filterGroup = 0;
  keySlots: readonly number[];
  ascending = true;
  marks = new Set<string>();
  markedOnly = false;
  /**
   * Reads take the table's lock of shared data (tools/al/runtime/src/db/shared.ts), as BC reads with UPDLOCK: set by
   * LockTable and by ReadIsolation := UpdLock. No effect on a database that shares no data with other sessions.
   */
  lockReads = false;
  autoCalc = new Set<number>();
  /** Globals of the table object (each record variable has its own, as in BC). */
  globals: unknown[] | undefined;
  private tempStore: TableStore | undefined;

  constructor(
    readonly table: TableMeta,
    readonly env: RecordEnv,
    readonly temporary: boolean,
  ) {
    this.data = initialRow(table);
    this.keySlots = table.pk;
    if (temporary) this.tempStore = new TableStore(table);
  }

  private cachedStore: TableStore | undefined;
  private cachedGeneration = -1;
  get store(): TableStore {
    if (this.tempStore !== undefined) return this.tempStore;
    const db = this.env.db;
    if (this.cachedStore === undefined || this.cachedGeneration !== db.generation) {
      this.cachedStore = db.company().store(this.table);
      this.cachedGeneration = db.generation;
    }
    if (this.table.volatileRows) fillVirtual(this.cachedStore);
    return this.cachedStore;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Values

  /** Assignment `A := B`: copies the field values only (filters, key and marks stay). */
  assignFrom(o: Rec): void {
    this.data = o.data.slice();
  }

  /** A fresh variable with the same table, temporariness and values (value parameters, return values). */
  clone(): Rec {
    const r = new Rec(this.table, this.env, false);
    if (this.temporary) {
      (r as { temporary: boolean }).temporary = true;
      r.tempStore = this.tempStore;
    }
    r.data = this.data.slice();
    r.groups = cloneGroups(this.groups);
    r.flat = undefined;
    r.keySlots = this.keySlots;
    r.ascending = this.ascending;
    r.marks = new Set(this.marks);
    r.markedOnly = this.markedOnly;
    r.lockReads = this.lockReads;
    return r;
  }

  setField(f: FieldMeta, v: unknown): void {
    this.data[f.slot] = coerce(v, f.type);
  }

  pkText(quoted: boolean): string {
    return this.table.pk
      .map((s) => {
        const f = this.table.fields[s];
        const v = formatValue(this.data[s], 0, 0, f?.type);
        return `${f?.caption ?? '?'}=${quoted ? `'${v}'` : v}`;
      })
      .join(', ');
  }

  recordId(): RecordIdV {
    return new RecordIdV(this.table, this.table.pk.map((s) => this.data[s]));
  }

  // ------------------------------------------------------------------------------------------------------------
  // Init / Clear

  init(): void {
    // In place: the stored rows are copies, so this record's array is never shared with the store.
    const row = this.data;
    const pk = this.table.pk;
    const init = this.table.initRow();
    for (let i = 0; i < init.length; i++) if (!pk.includes(i)) row[i] = init[i];
  }

  /** Clear(Rec) / Reset-and-init: values, filters, key, marks. */
  clearAll(): void {
    this.data = initialRow(this.table);
    this.reset();
  }

  reset(): void {
    this.groups.clear();
    this.flat = [];
    this.keySlots = this.table.pk;
    this.ascending = true;
    this.marks.clear();
    this.markedOnly = false;
    this.filterGroup = 0;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Writes

  private notExists(): Error {
    return alError(`The ${this.table.caption} does not exist. Identification fields and values: ${this.pkText(true)}`);
  }

  insert(runTrigger: boolean): boolean {
    const ops = this.temporary ? undefined : recordOps.counts;
    if (ops !== undefined) ops.insert++;
    const hook = this.table.eventHook;
    hook?.('OnBeforeInsertEvent', this, undefined, runTrigger);
    if (runTrigger) this.table.triggers.onInsert?.(this);
    const store = this.store;
    for (const f of this.table.autoIncrementFields()) {
      {
        const cur = this.data[f.slot];
        if (cur === 0) {
          let last = store.autoInc.get(f.slot) ?? 0;
          if (last === 0) for (const r of store.rows.values()) last = Math.max(last, Number(r[f.slot]));
          this.data[f.slot] = last + 1;
          store.autoInc.set(f.slot, last + 1);
        } else if (typeof cur === 'number' && cur > (store.autoInc.get(f.slot) ?? 0)) store.autoInc.set(f.slot, cur);
      }
    }
    const pk = pkString(this.table, this.data);
    if (store.rows.has(pk)) return false;
    const sys = this.table.systemSlots();
    if (sys !== undefined) {
      // SystemId is kept when set before Insert, otherwise a new GUID; SystemCreatedAt/ModifiedAt are now (UTC)
      if (this.data[sys.id] === NULL_GUID) this.data[sys.id] = nextSystemId();
      const now = ALDateTime.of(Date.now());
      this.data[sys.createdAt] = now;
      this.data[sys.modifiedAt] = now;
    }
    const row = this.data.slice();
    for (const f of this.table.flowFields()) row[f.slot] = defaultValue(f.type);
    store.rows.set(pk, row);
    store.changed(undefined, row);
    if (!this.temporary) this.env.db.recordInsert(store, pk);
    hook?.('OnAfterInsertEvent', this, undefined, runTrigger);
    return true;
  }

  insertOrFail(runTrigger: boolean): void {
    if (!this.insert(runTrigger)) throw alError(`The record in table ${this.table.caption} already exists. Identification fields and values: ${this.pkText(true)}`);
  }

  /** Returns the stored copy (xRec) or undefined. */
  storedRow(): Row | undefined {
    return this.store.rows.get(pkString(this.table, this.data));
  }

  modify(runTrigger: boolean): boolean {
    const ops = this.temporary ? undefined : recordOps.counts;
    if (ops !== undefined) ops.modify++;
    const store = this.store;
    const pk = pkString(this.table, this.data);
    const old = store.rows.get(pk);
    if (old === undefined) return false;
    const hook = this.table.eventHook;
    let x: Rec | undefined;
    if (hook !== undefined || (runTrigger && this.table.triggers.onModify !== undefined)) {
      x = this.clone();
      x.data = old.slice();
    }
    if (hook !== undefined && x !== undefined) hook('OnBeforeModifyEvent', this, x, runTrigger);
    if (runTrigger && this.table.triggers.onModify !== undefined && x !== undefined) this.table.triggers.onModify(this, x);
    const sys = this.table.systemSlots();
    if (sys !== undefined) {
      this.data[sys.id] = old[sys.id];
      this.data[sys.createdAt] = old[sys.createdAt];
      this.data[sys.modifiedAt] = ALDateTime.of(Date.now());
    }
    const row = this.data.slice();
    for (const f of this.table.flowFields()) row[f.slot] = old[f.slot];
    store.rows.set(pk, row);
    store.changed(old, row);
    if (!this.temporary) this.env.db.recordPut(store, pk, old);
    if (hook !== undefined && x !== undefined) hook('OnAfterModifyEvent', this, x, runTrigger);
    return true;
  }

  modifyOrFail(runTrigger: boolean): void {
    if (!this.modify(runTrigger)) throw this.notExists();
  }

  delete(runTrigger: boolean): boolean {
    const ops = this.temporary ? undefined : recordOps.counts;
    if (ops !== undefined) ops.delete++;
    const store = this.store;
    const pk = pkString(this.table, this.data);
    if (!store.rows.has(pk)) return false;
    const hook = this.table.eventHook;
    hook?.('OnBeforeDeleteEvent', this, undefined, runTrigger);
    if (runTrigger) this.table.triggers.onDelete?.(this);
    const old = store.rows.get(pk);
    if (old === undefined) return false;
    store.rows.delete(pk);
    store.changed(old, undefined);
    if (!this.temporary) this.env.db.recordPut(store, pk, old);
    hook?.('OnAfterDeleteEvent', this, undefined, runTrigger);
    return true;
  }

  deleteOrFail(runTrigger: boolean): void {
    if (!this.delete(runTrigger)) throw this.notExists();
  }

  rename(newPk: readonly unknown[], runTrigger: boolean): boolean {
    const ops = this.temporary ? undefined : recordOps.counts;
    if (ops !== undefined) ops.rename++;
    const store = this.store;
    const oldPk = pkString(this.table, this.data);
    const old = store.rows.get(oldPk);
    if (old === undefined) return false;
    const xRec = this.clone();
    xRec.data = old.slice();
    const pkSlots = this.table.pk;
    const next = this.data.slice();
    pkSlots.forEach((s, i) => {
      const f = this.table.fields[s];
      if (i < newPk.length && f !== undefined) next[s] = coerce(newPk[i], f.type);
    });
    const newKey = pkString(this.table, next);
    if (store.rows.has(newKey)) {
      this.data = next;
      throw alError(`The record in table ${this.table.caption} already exists. Identification fields and values: ${this.pkText(true)}`);
    }
    this.data = next;
    const hook = this.table.eventHook;
    hook?.('OnBeforeRenameEvent', this, xRec, runTrigger);
    if (runTrigger) this.table.triggers.onRename?.(this, xRec);
    const row = this.data.slice();
    store.rows.delete(oldPk);
    store.rows.set(newKey, row);
    store.version++;
    if (!this.temporary) {
      this.env.db.recordPut(store, oldPk, old);
      this.env.db.recordInsert(store, newKey);
    }
    hook?.('OnAfterRenameEvent', this, xRec, runTrigger);
    return true;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Reads

  get(keys: readonly unknown[]): boolean {
    const ops = this.temporary ? undefined : recordOps.counts;
    if (ops !== undefined) ops.get++;
    if (this.lockReads) this.lockForRead();
    const probe = this.data.slice();
    const pk = this.table.pk;
    pk.forEach((s, i) => {
      const f = this.table.fields[s];
      if (f === undefined) return;
      probe[s] = i < keys.length ? coerce(keys[i], f.type) : defaultValue(f.type);
    });
    const row = this.store.rows.get(pkString(this.table, probe));
    if (row === undefined) {
      this.data = probe;
      return false;
    }
    this.load(row);
    return true;
  }

  getOrFail(keys: readonly unknown[]): void {
    if (!this.get(keys)) throw this.notExists();
  }

  /** Takes the table lock for a read with UPDLOCK (see lockReads); another session's lock gives BC's lock timeout. */
  private lockForRead(): void {
    if (this.temporary) return;
    const db = this.env.db;
    db.coordinator?.lockRead(db, this.store);
  }

  private load(row: Row): void {
    this.data = row.slice();
    if (this.autoCalc.size > 0) this.calcFields([...this.autoCalc]);
  }

  private filters(): RowFilter[] {
    if (this.flat !== undefined) return this.flat;
    const out: RowFilter[] = [];
    // Every filter group is ANDed with the others here, so a single-value filter in a group bounds the rows. Not
    // group -1: in BC its filters are ORed across fields, so it never narrows a seek even while this runtime ANDs it.
    for (const [no, g] of this.groups) {
      for (const [slot, f] of g) if (this.table.fields[slot]?.fieldClass !== 'FlowFilter') out.push({ slot, test: f.test, exact: no === -1 ? undefined : f.exact });
    }
    this.flat = out;
    return out;
  }

  matches(row: Row): boolean {
    const fs = this.filters();
    for (let i = 0; i < fs.length; i++) {
      const f = fs[i];
      if (f !== undefined && !f.test(row[f.slot])) return false;
    }
    if (this.markedOnly && !this.marks.has(pkString(this.table, row))) return false;
    return true;
  }

  /** The current key's comparer and sort slots, and the values its leading fields are filtered to (keyRange.ts). */
  private seek(): SeekState {
    const flat = this.filters();
    let c = this.seekCache;
    if (c === undefined || c.keySlots !== this.keySlots) {
      const order = sortSlots(this.table, this.keySlots);
      c = { keySlots: this.keySlots, flat, cmp: rowComparer(this.table, this.keySlots), order, values: seekPrefix(order, flat), memo: new SliceMemo() };
      this.seekCache = c;
    } else if (c.flat !== flat) {
      c.flat = flat;
      c.values = seekPrefix(c.order, flat);
    }
    return c;
  }

  /**
   * The rows in the current key's order (ascending, unfiltered: the store's sorted view) and the slice of them that
   * can hold matching rows: the filtered key prefix, or all rows.
   */
  private view(): { rows: Row[]; slice: Slice } {
    const store = this.store;
    const rows = store.sorted(this.keySlots);
    const s = this.seek();
    return { rows, slice: s.memo.get(rows, store.version, s.order, s.values) };
  }

  /** Whether some leading key field has a single-value filter (then counting walks the sorted slice). */
  private seeks(): boolean {
    return seeking(this.seek().values);
  }

  private position(rows: Row[]): { index: number; exact: boolean } {
    // binary search for the current record's position in the ordered rows
    const cmp = this.seek().cmp;
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = rows[mid];
      if (r !== undefined && cmp(r, this.data) < 0) lo = mid + 1;
      else hi = mid;
    }
    const at = rows[lo];
    return { index: lo, exact: at !== undefined && cmp(at, this.data) === 0 };
  }

  find(which: string): boolean {
    const ops = this.temporary ? undefined : recordOps.counts;
    if (ops !== undefined) ops.find++;
    if (this.lockReads) this.lockForRead();
    const { rows, slice } = this.view();
    for (const ch of which) {
      let w = ch as Which;
      if (!this.ascending) w = w === '-' ? '+' : w === '+' ? '-' : w === '>' ? '<' : w === '<' ? '>' : w;
      const row = this.locate(rows, slice, w);
      if (row !== undefined) {
        this.load(row);
        return true;
      }
    }
    return false;
  }

  /** The first (or last) matching row in the given direction; `slice` holds every row that can match. */
  private locate(rows: Row[], slice: Slice, w: Which): Row | undefined {
    switch (w) {
      case '-':
        for (let i = slice.from; i < slice.to; i++) {
          const r = rows[i];
          if (r !== undefined && this.matches(r)) return r;
        }
        return undefined;
      case '+':
        for (let i = slice.to - 1; i >= slice.from; i--) {
          const r = rows[i];
          if (r !== undefined && this.matches(r)) return r;
        }
        return undefined;
      case '=': {
        const r = this.store.rows.get(pkString(this.table, this.data));
        return r !== undefined && this.matches(r) ? r : undefined;
      }
      case '>': {
        const p = this.position(rows);
        for (let i = Math.max(p.exact ? p.index + 1 : p.index, slice.from); i < slice.to; i++) {
          const r = rows[i];
          if (r !== undefined && this.matches(r)) return r;
        }
        return undefined;
      }
      case '<': {
        const p = this.position(rows);
        for (let i = Math.min(p.index - 1, slice.to - 1); i >= slice.from; i--) {
          const r = rows[i];
          if (r !== undefined && this.matches(r)) return r;
        }
        return undefined;
      }
    }
  }

  findOrFail(which: string): void {
    if (!this.find(which)) throw this.noneInFilter();
  }

  noneInFilter(): Error {
    const f = this.getFilters();
    return alError(`There is no ${this.table.caption} within the filter.${f === '' ? '' : `\n\nFilters: ${f}`}`);
  }

  next(steps = 1): number {
    const ops = this.temporary ? undefined : recordOps.counts;
    if (ops !== undefined) ops.next++;
    if (this.lockReads) this.lockForRead();
    if (steps === 0) return 0;
    const { rows, slice } = this.view();
    const forward = steps > 0 === this.ascending;
    let remaining = Math.abs(steps);
    let moved = 0;
    const p = this.position(rows);
    let i = forward ? Math.max(p.exact ? p.index + 1 : p.index, slice.from) : Math.min(p.index - 1, slice.to - 1);
    let last: Row | undefined;
    while (remaining > 0 && i >= slice.from && i < slice.to) {
      const r = rows[i];
      if (r !== undefined && this.matches(r)) {
        last = r;
        moved++;
        remaining--;
      }
      i += forward ? 1 : -1;
    }
    if (last !== undefined) this.load(last);
    return steps > 0 ? moved : -moved;
  }

  count(): number {
    const ops = this.temporary ? undefined : recordOps.counts;
    if (ops !== undefined) ops.count++;
    let n = 0;
    const fs = this.filters();
    if (fs.length === 0 && !this.markedOnly) return this.store.rows.size;
    if (this.seeks()) {
      const { rows, slice: s } = this.view();
      for (let i = s.from; i < s.to; i++) {
        const r = rows[i];
        if (r !== undefined && this.matches(r)) n++;
      }
      return n;
    }
    for (const r of this.store.rows.values()) if (this.matches(r)) n++;
    return n;
  }

  isEmpty(): boolean {
    const ops = this.temporary ? undefined : recordOps.counts;
    if (ops !== undefined) ops.isEmpty++;
    if (this.seeks()) {
      const { rows, slice } = this.view();
      return this.locate(rows, slice, '-') === undefined;
    }
    for (const r of this.store.rows.values()) if (this.matches(r)) return false;
    return true;
  }

  /** Matching rows in the current order. */
  matchingRows(): Row[] {
    const { rows: all, slice: s } = this.view();
    const rows: Row[] = [];
    for (let i = s.from; i < s.to; i++) {
      const r = all[i];
      if (r !== undefined && this.matches(r)) rows.push(r);
    }
    return this.ascending ? rows : rows.reverse();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Filters

  private group(create: boolean): Map<number, CompiledFilter> | undefined {
    let g = this.groups.get(this.filterGroup);
    if (g === undefined && create) {
      g = new Map();
      this.groups.set(this.filterGroup, g);
    }
    return g;
  }

  setRange(f: FieldMeta, args: readonly unknown[]): void {
    this.flat = undefined;
    if (args.length === 0) {
      this.group(false)?.delete(f.slot);
      return;
    }
    const from = coerce(args[0], filterType(f.type));
    const hasTo = args.length > 1;
    const to = hasTo ? coerce(args[1], filterType(f.type)) : from;
    this.group(true)?.set(f.slot, rangeFilter(from, to, hasTo, f.type));
  }

  setFilter(f: FieldMeta, expr: string, args: readonly unknown[]): void {
    this.flat = undefined;
    if (expr === '') {
      this.group(false)?.delete(f.slot);
      return;
    }
    this.group(true)?.set(f.slot, compileFilter(expr, args, f.type, () => this.env.workDate()));
  }

  getFilter(f: FieldMeta): string {
    return this.group(false)?.get(f.slot)?.text ?? '';
  }

  filterOf(f: FieldMeta): CompiledFilter | undefined {
    for (const g of this.groups.values()) {
      const c = g.get(f.slot);
      if (c !== undefined) return c;
    }
    return undefined;
  }

  getFilters(): string {
    const g = this.group(false);
    if (g === undefined) return '';
    return [...g.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([slot, c]) => `${this.table.fields[slot]?.caption ?? '?'}: ${c.text}`)
      .join(', ');
  }

  getRange(f: FieldMeta, which: 'min' | 'max'): unknown {
    const c = this.filterOf(f);
    if (c === undefined) return defaultValue(f.type);
    if (c.range === undefined) throw alError(`The filter on ${f.caption} is not a range, so GetRangeMin/GetRangeMax cannot read it (filter: ${c.text}).`);
    return which === 'min' ? c.range.min : c.range.max;
  }

  copyFiltersFrom(o: Rec): void {
    if (o.table !== this.table) throw alError(`CopyFilters needs records of the same table (${o.table.name} and ${this.table.name}).`);
    this.groups = cloneGroups(o.groups);
    this.flat = undefined;
  }

  copyFilterTo(f: FieldMeta, target: Rec, tf: FieldMeta): void {
    const c = this.group(false)?.get(f.slot);
    target.flat = undefined;
    if (c === undefined) target.group(false)?.delete(tf.slot);
    else target.group(true)?.set(tf.slot, c);
  }

  /** Copy(From [, ShareTable]). */
  copyFrom(o: Rec, shareTable: boolean): void {
    this.data = o.data.slice();
    this.groups = cloneGroups(o.groups);
    this.flat = undefined;
    this.keySlots = o.keySlots;
    this.ascending = o.ascending;
    this.marks = new Set(o.marks);
    this.markedOnly = o.markedOnly;
    this.filterGroup = o.filterGroup;
    if (shareTable) {
      if (!this.temporary || !o.temporary) throw alError('Copy with ShareTable = true needs two temporary records.');
      this.tempStore = o.tempStore;
    }
  }

  setCurrentKey(slots: readonly number[]): void {
    this.keySlots = slots.length === 0 ? this.table.pk : slots;
  }

  /** SetRecFilter: a filter on each primary-key field equal to the current value. */
  setRecFilter(): void {
    for (const s of this.table.pk) {
      const f = this.table.fields[s];
      if (f !== undefined) this.setRange(f, [this.data[s]]);
    }
  }

  getBySystemId(id: unknown): boolean {
    const ops = this.temporary ? undefined : recordOps.counts;
    if (ops !== undefined) ops.get++;
    const sys = this.table.systemSlots();
    if (sys === undefined) return false;
    for (const r of this.store.rows.values()) {
      if (r[sys.id] === id) {
        this.load(r);
        return true;
      }
    }
    return false;
  }

  /** GetView(UseNames): SORTING(...) ORDER(...) WHERE(Field=FILTER(...),...) as BC prints table views. */
  getView(): string {
    const names = (slots: readonly number[]): string => slots.map((s) => this.table.fields[s]?.name ?? '?').join(',');
    let v = `SORTING(${names(this.keySlots)})`;
    if (!this.ascending) v += ' ORDER(Descending)';
    const g = this.group(false);
    if (g !== undefined && g.size > 0) {
      v += ` WHERE(${[...g.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([slot, c]) => `${this.table.fields[slot]?.name ?? '?'}=FILTER(${c.text})`)
        .join(',')})`;
    }
    return v;
  }

  /** SetView: reads what GetView writes (sorting, order, where with FILTER/CONST). */
  setView(view: string): void {
    this.reset();
    const sorting = /SORTING\(([^)]*)\)/i.exec(view);
    if (sorting !== null) {
      const slots = (sorting[1] ?? '')
        .split(',')
        .map((n) => this.table.field(n.trim().replace(/^"|"$/g, ''))?.slot)
        .filter((x): x is number => x !== undefined);
      this.setCurrentKey(slots);
    }
    if (/ORDER\(\s*Descending\s*\)/i.test(view)) this.ascending = false;
    const where = /WHERE\((.*)\)\s*$/i.exec(view);
    if (where !== null) {
      const re = /\s*("[^"]+"|[^=,]+)=\s*(FILTER|CONST)\(((?:[^()]|\([^()]*\))*)\)\s*,?/gi;
      let m: RegExpExecArray | null;
      while ((m = re.exec(where[1] ?? '')) !== null) {
        const f = this.table.field((m[1] ?? '').trim().replace(/^"|"$/g, ''));
        if (f === undefined) throw alError(`SetView: table ${this.table.name} has no field ${m[1] ?? ''}.`);
        this.setFilter(f, m[3] ?? '', []);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------------------
  // Marks

  mark(on?: boolean): boolean {
    const pk = pkString(this.table, this.data);
    if (on === undefined) return this.marks.has(pk);
    if (on) this.marks.add(pk);
    else this.marks.delete(pk);
    return on;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Bulk

  modifyAll(f: FieldMeta, value: unknown, runTrigger: boolean): void {
    const ops = this.temporary ? undefined : recordOps.counts;
    if (ops !== undefined) ops.modifyAll++;
    const rows = this.matchingRows();
    const store = this.store;
    for (const r of rows) {
      if ((runTrigger && this.table.triggers.onModify !== undefined) || this.table.eventHook !== undefined) {
        const rec = this.clone();
        rec.data = r.slice();
        rec.data[f.slot] = coerce(value, f.type);
        rec.modify(runTrigger);
        continue;
      }
      const pk = pkString(this.table, r);
      const row = r.slice();
      row[f.slot] = coerce(value, f.type);
      store.rows.set(pk, row);
      store.changed(r, row);
      if (!this.temporary) this.env.db.recordPut(store, pk, r);
    }
  }

  deleteAll(runTrigger: boolean): void {
    const ops = this.temporary ? undefined : recordOps.counts;
    if (ops !== undefined) ops.deleteAll++;
    const rows = this.matchingRows();
    const store = this.store;
    for (const r of rows) {
      if ((runTrigger && this.table.triggers.onDelete !== undefined) || this.table.eventHook !== undefined) {
        const rec = this.clone();
        rec.data = r.slice();
        rec.delete(runTrigger);
        continue;
      }
      const pk = pkString(this.table, r);
      store.rows.delete(pk);
      store.changed(r, undefined);
      if (!this.temporary) this.env.db.recordPut(store, pk, r);
    }
  }

  transferFields(from: Rec, initPk: boolean): void {
    const next = this.data.slice();
    for (const f of this.table.fields) {
      if (!initPk && this.table.pk.includes(f.slot)) continue;
      if (f.no >= 2000000000) continue; // system fields (SystemId, SystemCreatedAt...) belong to the target record
      const src = from.table.byNo.get(f.no);
      if (src === undefined || f.fieldClass === 'FlowFilter') continue;
      const v = from.data[src.slot];
      try {
        next[f.slot] = coerce(v, f.type);
      } catch (e) {
        if (src.type.kind !== f.type.kind) continue;
        throw e;
      }
    }
    this.data = next;
  }

  // ------------------------------------------------------------------------------------------------------------
  // TestField / FieldError

  testField(f: FieldMeta, args: readonly unknown[]): void {
    const v = this.data[f.slot];
    if (args.length === 0) {
      if (isBlank(v)) throw alError(`${f.caption} must have a value in ${this.table.caption}: ${this.pkText(false)}. It cannot be zero or empty.`, 'TestField');
      return;
    }
    const expected = coerce(args[0], f.type);
    if (!equals(v, expected)) {
      throw alError(
        `${f.caption} must be equal to '${formatValue(expected, 0, 0, f.type)}'  in ${this.table.caption}: ${this.pkText(false)}. Current value is '${formatValue(v, 0, 0, f.type)}'.`,
        'TestField',
      );
    }
  }

  fieldError(f: FieldMeta, text?: string): Error {
    const v = formatValue(this.data[f.slot], 0, 0, f.type);
    const what = text === undefined || text === '' ? (isBlank(this.data[f.slot]) ? 'must have a value' : `must not be ${v}`) : text;
    return alError(`${f.caption} ${what} in ${this.table.caption}: ${this.pkText(false)}.`, 'FieldError');
  }

  // ------------------------------------------------------------------------------------------------------------
  // FlowFields

  calcFields(slots: readonly number[]): void {
    const ops = this.temporary ? undefined : recordOps.counts;
    if (ops !== undefined) {
      // one operation (one query in BC); the lookups that compute it are not counted again
      ops.calcFields++;
      recordOps.counts = undefined;
    }
    try {
      for (const s of slots) {
        const f = this.table.fields[s];
        if (f === undefined || f.calcFormula === undefined) continue;
        this.data[s] = flowFieldValue(this, f, (t) => new Rec(t, this.env, false));
      }
    } finally {
      if (ops !== undefined) recordOps.counts = ops;
    }
  }

  calcSums(slots: readonly number[]): void {
    const rows = this.matchingRows();
    for (const s of slots) {
      const f = this.table.fields[s];
      if (f === undefined) continue;
      let total: unknown = defaultValue(f.type);
      for (const r of rows) total = add(total, r[s]);
      this.data[s] = total;
    }
  }
}

/** What a record derives from its current key and filters for seeking (see Rec.seek). */
interface SeekState {
  readonly keySlots: readonly number[];
  flat: RowFilter[] | undefined;
  readonly cmp: (a: Row, b: Row) => number;
  readonly order: readonly number[];
  values: unknown[];
  readonly memo: SliceMemo;
}

function filterType(t: ALType): ALType {
  return t.kind === 'Text' || t.kind === 'Code' ? { kind: t.kind } : t;
}

function cloneGroups(g: Map<number, Map<number, CompiledFilter>>): Map<number, Map<number, CompiledFilter>> {
  const out = new Map<number, Map<number, CompiledFilter>>();
  for (const [k, v] of g) out.set(k, new Map(v));
  return out;
}

/**
 * SystemIds: unique per process (a random version-4 prefix plus a counter), cheap enough for bulk inserts. BC's are
 * random GUIDs; AL code can only rely on uniqueness, which this keeps.
 */
const SYSTEM_ID_PREFIX = randomUUID().toUpperCase().slice(0, 24);
let systemIdCounter = 0;
function nextSystemId(): string {
  systemIdCounter++;
  return `{${SYSTEM_ID_PREFIX}${systemIdCounter.toString(16).toUpperCase().padStart(12, '0')}}`;
}

export function isBlank(v: unknown): boolean {
  if (v === '' || v === 0 || v === false || v === undefined || v === 0n) return true;
  if (v instanceof Dec) return v.isZero();
  if (v instanceof ALDate) return v.isUndefined;
  if (v instanceof EnumValue) return v.ordinal === 0;
  if (typeof v === 'string') return v === '{00000000-0000-0000-0000-000000000000}';
  if (typeof v === 'object' && v !== null && 'isUndefined' in v) return (v as { isUndefined: boolean }).isUndefined;
  return false;
}

export function initialRow(table: TableMeta): Row {
  return table.initRow().slice();
}
