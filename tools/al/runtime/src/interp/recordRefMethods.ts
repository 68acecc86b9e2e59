// RecordRef and FieldRef methods.
import { alError, runtimeGap } from '../errors';
import { Rec } from '../db/record';
import { toInt } from '../values/ops';
import { EnumValue } from '../values/types';
import { RECORD_METHOD_OPS } from '../permissions/enforcement';
import { FieldRefV, RecordRefV } from './instances';
import type { Compiler } from './compile';
import { str } from './methodArgs';

export function recordRefMethod(c: Compiler, r: RecordRefV, m: string, a: unknown[], name: string): unknown {
  const rec = (): Rec => {
    if (r.rec === undefined) throw alError('The RecordRef is not open. Call Open or GetTable first.');
    return r.rec;
  };
  const check = c.s.permissionCheck;
  if (check !== undefined && r.rec !== undefined) {
    const op = RECORD_METHOD_OPS.get(m);
    if (op !== undefined) check(r.rec.table, r.rec.temporary, op, c.proc.owner);
  }
  switch (m) {
    case 'open': {
      const id = toInt(a[0]);
      const tm = c.s.tableById(id);
      if (tm === undefined) throw alError(`Table ${id} is not loaded.`);
      r.rec = new Rec(tm, c.s, a[1] === true || tm.temporaryOnly);
      return undefined;
    }
    case 'gettable':
      if (!(a[0] instanceof Rec)) throw alError('RecordRef.GetTable needs a record.');
      r.rec = a[0].clone();
      return undefined;
    case 'settable':
      if (!(a[0] instanceof Rec)) throw alError('RecordRef.SetTable needs a record.');
      a[0].copyFrom(rec(), false);
      return undefined;
    case 'close':
      r.rec = undefined;
      return undefined;
    case 'caption':
      return rec().table.caption;
    case 'name':
      return rec().table.name;
    case 'number':
      return rec().table.id;
    case 'isempty':
      return rec().isEmpty();
    case 'count':
      return rec().count();
    case 'getfilters':
      return rec().getFilters();
    case 'findfirst':
      return rec().find('-');
    case 'findlast':
      return rec().find('+');
    case 'findset':
      return rec().find('-');
    case 'next':
      return rec().next(a[0] === undefined ? 1 : toInt(a[0]));
    case 'istemporary':
      return rec().temporary;
    case 'recordid':
      return rec().recordId();
    case 'fieldcount':
      return rec().table.fields.length;
    case 'field': {
      const fm = rec().table.byNo.get(toInt(a[0]));
      if (fm === undefined) throw alError(`Table ${rec().table.name} has no field number ${toInt(a[0])}.`);
      return new FieldRefV(rec(), fm);
    }
    case 'fieldindex': {
      const fm = rec().table.fields[toInt(a[0]) - 1];
      if (fm === undefined) throw alError(`Table ${rec().table.name} has no field with index ${toInt(a[0])}.`);
      return new FieldRefV(rec(), fm);
    }
    case 'fieldexist':
      return rec().table.byNo.has(toInt(a[0]));
    case 'insert':
      if (a[0] === true) return rec().insert(true);
      rec().insertOrFail(false);
      return true;
    case 'modify':
      rec().modifyOrFail(a[0] === true);
      return true;
    case 'delete':
      rec().deleteOrFail(a[0] === true);
      return true;
    case 'init':
      rec().init();
      return undefined;
    case 'reset':
      rec().reset();
      return undefined;
    case 'setrecfilter':
      rec().setRecFilter();
      return undefined;
    case 'getview':
      return rec().getView();
    case 'setview':
      rec().setView(str(a[0]));
      return undefined;
    default:
      throw runtimeGap(`The AL runtime does not support RecordRef.${name} yet.`);
  }
}

export function fieldRefMethod(c: Compiler, r: FieldRefV, m: string, a: unknown[], name: string): unknown {
  const f = r.field;
  switch (m) {
    case 'value':
      if (a.length > 0) r.rec.setField(f, a[0]);
      return r.rec.data[f.slot];
    case 'name':
      return f.name;
    case 'caption':
      return f.caption;
    case 'number':
      return f.no;
    case 'length':
      return f.type.kind === 'Text' || f.type.kind === 'Code' ? (f.type.length ?? 0) : 0;
    case 'class':
      return f.fieldClass;
    case 'type': {
      const t = c.s.program.enums.get('fieldtype');
      const m2 = t?.byName.get(f.type.kind === 'Blob' ? 'blob' : f.type.kind === 'Guid' ? 'guid' : f.type.kind === 'RecordId' ? 'recordid' : f.type.kind.toLowerCase());
      return t === undefined || m2 === undefined ? f.type.kind : new EnumValue(t, m2.ordinal);
    }
    case 'setrange':
      r.rec.setRange(f, a);
      return undefined;
    case 'setfilter':
      r.rec.setFilter(f, str(a[0] ?? ''), a.slice(1));
      return undefined;
    case 'getfilter':
      return r.rec.getFilter(f);
    case 'validate':
      c.s.validate(r.rec, f.slot, a[0], a.length > 0);
      return undefined;
    case 'testfield':
      r.rec.testField(f, a);
      return undefined;
    case 'calcfield':
      r.rec.calcFields([f.slot]);
      return true;
    case 'record': {
      const rr = new RecordRefV();
      rr.rec = r.rec;
      return rr;
    }
    default:
      throw runtimeGap(`The AL runtime does not support FieldRef.${name} yet.`);
  }
}

