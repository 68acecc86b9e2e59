import type { CalcFormulaValue, TableRelationValue } from '../../../syntax/src/ast';
import { ALType } from '../values/types';
import { defaultValue } from '../values/ops';

/** Table metadata built by the loader from `table` objects (and their table extensions). */
export interface FieldMeta {
  readonly no: number;
  readonly name: string;
  readonly caption: string;
  /** Index into a record's value array. */
  readonly slot: number;
  readonly type: ALType;
  readonly fieldClass: 'Normal' | 'FlowField' | 'FlowFilter';
  initValue?: unknown;
  autoIncrement: boolean;
  notBlank: boolean;
  calcFormula?: CalcFormulaValue;
  tableRelation?: TableRelationValue;
  validateTableRelation: boolean;
  /** Set by the interpreter: runs the field's OnValidate trigger (and extension triggers). */
  onValidate?: (rec: RecordLike, xRec: RecordLike) => void;
}

export interface KeyMeta {
  readonly name: string;
  readonly slots: readonly number[];
  readonly sumIndexFields: readonly number[];
}

/** The minimal record surface the metadata hooks see (the interpreter's Rec class implements it). */
export interface RecordLike {
  readonly table: TableMeta;
  data: unknown[];
}

export interface TableTriggers {
  onInsert?: (rec: RecordLike) => void;
  onModify?: (rec: RecordLike, xRec: RecordLike) => void;
  onDelete?: (rec: RecordLike) => void;
  onRename?: (rec: RecordLike, xRec: RecordLike) => void;
}

/** Raises a table trigger event (OnBeforeInsertEvent...) to subscribers; set by the session when there are any. */
export type TableEventHook = (event: string, rec: RecordLike, xRec: RecordLike | undefined, extra: unknown, element?: string) => void;

export class TableMeta {
  eventHook: TableEventHook | undefined;
  readonly fields: FieldMeta[] = [];
  readonly byName = new Map<string, FieldMeta>();
  readonly byNo = new Map<number, FieldMeta>();
  readonly keys: KeyMeta[] = [];
  readonly triggers: TableTriggers = {};
  /** TableType = Temporary: every variable of the table is temporary. */
  temporaryOnly = false;
  /** Platform tables (AllObj, Active Session...): rows the runtime computes when a company's store is created. */
  virtualRows: (() => unknown[][]) | undefined;
  /** Platform tables whose rows change while a session runs (Active Session): recomputed on every read of the store. */
  volatileRows = false;
  caption: string;
  constructor(
    readonly id: number,
    readonly name: string,
  ) {
    this.caption = name;
  }
  addField(f: Omit<FieldMeta, 'slot'>): FieldMeta {
    const meta: FieldMeta = { ...f, slot: this.fields.length };
    this.fields.push(meta);
    this.byName.set(f.name.toLowerCase(), meta);
    this.byNo.set(f.no, meta);
    return meta;
  }
  private cache: { init: unknown[]; flow: FieldMeta[]; autoInc: FieldMeta[] } | undefined;
  private derived(): { init: unknown[]; flow: FieldMeta[]; autoInc: FieldMeta[] } {
    if (this.cache === undefined || this.cache.init.length !== this.fields.length) {
      this.cache = {
        init: this.fields.map((f) => (f.initValue !== undefined ? f.initValue : defaultValue(f.type))),
        flow: this.fields.filter((f) => f.fieldClass !== 'Normal'),
        autoInc: this.fields.filter((f) => f.autoIncrement),
      };
    }
    return this.cache;
  }
  /** Initial values of a new record (InitValue or the type's default), by slot. Do not modify. */
  initRow(): readonly unknown[] {
    return this.derived().init;
  }
  flowFields(): readonly FieldMeta[] {
    return this.derived().flow;
  }
  autoIncrementFields(): readonly FieldMeta[] {
    return this.derived().autoInc;
  }
  private sys: { id: number; createdAt: number; modifiedAt: number } | null | undefined;
  /** Slots of SystemId, SystemCreatedAt and SystemModifiedAt (undefined for tables built without them). */
  systemSlots(): { id: number; createdAt: number; modifiedAt: number } | undefined {
    if (this.sys === undefined) {
      const id = this.byNo.get(2000000000);
      const c = this.byNo.get(2000000001);
      const m = this.byNo.get(2000000003);
      this.sys = id !== undefined && c !== undefined && m !== undefined ? { id: id.slot, createdAt: c.slot, modifiedAt: m.slot } : null;
    }
    return this.sys ?? undefined;
  }
  field(name: string): FieldMeta | undefined {
    return this.byName.get(name.toLowerCase());
  }
  /** Primary key slots (the first key; a table without keys is keyed on its first field). */
  get pk(): readonly number[] {
    return this.keys[0]?.slots ?? [0];
  }
}
