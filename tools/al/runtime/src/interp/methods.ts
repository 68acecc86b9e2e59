import type { Expression } from '../../../syntax/src/ast';
import { ALError, alError, runtimeGap } from '../errors';
import { Rec, RecordIdV } from '../db/record';
import { FieldMeta, TableMeta } from '../db/meta';
import { ALDictionary, ALList, TextBuilderV } from '../values/collections';
import { Dec } from '../values/decimal';
import { ALDate, ALDateTime, ALDuration, ALTime, DateFormula } from '../values/dates';
import { formatValue } from '../values/format';
import { coerce, equals, toInt } from '../values/ops';
import { ALType, EnumValue, T } from '../values/types';
import { CE, Ev, Frame } from './frame';
import { CodeunitV, ErrorInfoV, FieldRefV, InterfaceV, RecordRefV } from './instances';
import type { Compiler } from './compile';
import { textMethod } from './text';
import { moduleInfoMethod, moduleInfoReturnKind } from '../platform/apps';
import { DATA_OP, RECORD_METHOD_OPS, type DataOp } from '../permissions/enforcement';
import { platformCall, platformKindOf, platformReturnType, platformType, PlatformType, varArgIndexes, VarPlace } from './platformCalls';
import { SecretTextV } from '../values/secretText';
import { BlobV, InStreamV, OutStreamV } from '../values/streams';
import { compilePageMember } from '../pages/compile';

export function compileRecordMember(c: Compiler, obj: CE, fm: FieldMeta): CE {
  const slot = fm.slot;
  const ev = obj.ev;
  void c;
  return { ev: (f) => (ev(f) as Rec).data[slot], type: fm.type };
}

/** Resolves a field argument (`"No."`, `Rec."No."`) against a table at compile time. */
function fieldArg(c: Compiler, tm: TableMeta, e: Expression | undefined, node: { start: number }): FieldMeta {
  if (e === undefined) return c.err('a field argument is missing', node);
  let name: string | undefined;
  if (e.kind === 'Identifier') name = e.name;
  else if (e.kind === 'MemberExpression') name = e.member.name;
  else if (e.kind === 'ParenthesizedExpression') return fieldArg(c, tm, e.expression, node);
  if (name === undefined) return c.err('a field name was expected', e);
  const fm = tm.field(name);
  if (fm === undefined) return c.err(`table ${tm.name} has no field '${name}'`, e);
  return fm;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String.fromCharCode(v) : formatValue(v));

function boolResult(used: boolean, ok: boolean, fail: () => Error): boolean {
  if (!ok && !used) throw fail();
  return ok;
}

function withCode(e: Error, code: string): Error {
  if (e instanceof ALError) (e.info as { code?: string }).code = code;
  return e;
}

/** Checks the data permission of a record operation while a test has lowered permissions (permissions/enforcement.ts). */
function guardRecordOp(c: Compiler, obj: CE, m: string, r: CE): CE {
  const op = RECORD_METHOD_OPS.get(m);
  if (op === undefined) return r;
  const owner = c.proc.owner;
  const inner = r.ev;
  const recEv = obj.ev;
  return {
    ev: (f) => {
      const check = c.s.permissionCheck;
      if (check !== undefined) {
        const rv = recEv(f);
        if (rv instanceof Rec) check(rv.table, rv.temporary, op, owner);
      }
      return inner(f);
    },
    type: r.type,
  };
}

export function compileMethodCall(
  c: Compiler,
  obj: CE,
  _objExpr: Expression | undefined,
  name: string,
  args: readonly Expression[],
  node: { start: number },
  used: boolean,
  allowMiss = false,
): CE {
  const m = name.toLowerCase();
  const t = obj.type;
  if (t?.kind === 'Record') {
    const r = recordMethod(c, obj, c.s.tableMeta(t.table, node), m, args, node, used);
    if (r !== undefined) return guardRecordOp(c, obj, m, r);
    const info = c.s.program.table(t.table);
    const procs = info?.procs.get(m);
    if (procs !== undefined) return c.s.compileProcCall(c, procs, obj.ev, args, node, used);
    if (allowMiss) return undefined as unknown as CE;
    return c.err(`table ${t.table} has no field, method or procedure '${name}'`, node);
  }
  if (allowMiss) return undefined as unknown as CE;
  if (t?.kind === 'Codeunit') {
    const info = c.s.codeunitInfo(t.name);
    if (m === 'run' && !info.procs.has('run')) {
      const re = args[0] === undefined ? undefined : c.lvalue(args[0]);
      const oev = obj.ev;
      return {
        ev: (f) => {
          const r = re?.get(f);
          return c.s.runCodeunit(oev(f) as CodeunitV, r instanceof Rec ? r : undefined, used);
        },
        type: T.Boolean,
      };
    }
    const procs = info.procs.get(m);
    if (procs === undefined) return c.err(`codeunit ${t.name} has no procedure '${name}'`, node);
    return c.s.compileProcCall(c, procs, obj.ev, args, node, used);
  }
  const pg = compilePageMember(c, obj, name, args, node, used);
  if (pg !== undefined) return pg;
  const pt = platformType(t);
  if (pt !== undefined) return compilePlatformCall(c, pt, obj, _objExpr, name, args, used);
  if (m === 'get' && args.length === 2 && (t?.kind === 'Dictionary' || t === undefined)) {
    // Dictionary.Get(Key, var Value): Boolean
    const k = c.expr(args[0] as Expression, true).ev;
    const place = c.lvalue(args[1] as Expression);
    const conv = c.s.assignConverter(place.type);
    const oev = obj.ev;
    return {
      ev: (f) => {
        const d = oev(f);
        if (!(d instanceof ALDictionary)) throw alError(`Get(Key, var Value) needs a Dictionary.`);
        const e = d.map.get(dictKey(k(f)));
        if (e === undefined) return false;
        place.set(f, conv(e.value, undefined));
        return true;
      },
      type: T.Boolean,
    };
  }
  if (t?.kind === 'Blob' && _objExpr !== undefined) {
    const b = blobMethod(c, _objExpr, m, args, node);
    if (b !== undefined) return b;
  }
  if (m === 'readtext' && args.length >= 1) {
    // InStream.ReadText(var Text [, Length]): Integer
    const place = c.lvalue(args[0] as Expression);
    const len = args[1] === undefined ? undefined : c.expr(args[1], true).ev;
    const conv = c.s.assignConverter(place.type);
    const oev = obj.ev;
    return {
      ev: (f) => {
        const st = oev(f);
        if (!(st instanceof InStreamV)) throw alError('ReadText needs an InStream created with CreateInStream.');
        const r = st.readText(len === undefined ? undefined : toInt(len(f)));
        place.set(f, conv(r.text, undefined));
        return r.read;
      },
      type: T.Integer,
    };
  }
  if (t?.kind === 'Other' && t.name.toLowerCase() === 'moduleinfo') {
    const oev = obj.ev;
    return { ev: (f) => moduleInfoMethod(oev(f), m), type: moduleInfoReturnKind(m) === 'Guid' ? T.Guid : T.Text };
  }
  const es = args.map((a) => c.expr(a, true));
  const vals = (f: Frame): unknown[] => es.map((e) => e.ev(f));
  if (t?.kind === 'Interface') {
    const iface = c.s.program.interfaces.get(t.name.toLowerCase());
    const decls = iface?.procs.get(m);
    const decl = decls === undefined ? undefined : c.s.pickOverload(decls, args.length);
    const oev = obj.ev;
    if (decl !== undefined) {
      // var parameters of the interface procedure are written back like a direct call's
      const { evs: argEvs, writeBack } = c.compileArgs(decl, args, node);
      const n = argEvs.length;
      return {
        ev: (f) => {
          const iv = oev(f);
          const target = iv instanceof InterfaceV ? iv.target : iv instanceof CodeunitV ? iv : undefined;
          if (target === undefined) throw alError(`The interface variable of type ${t.name} has not been assigned an implementation, so ${name} cannot be called.`);
          const callArgs = new Array<unknown>(n);
          for (let i = 0; i < n; i++) callArgs[i] = (argEvs[i] as Ev)(f);
          const r = c.s.callByName(target, name, callArgs);
          if (writeBack !== undefined) for (let i = 0; i < n; i++) writeBack[i]?.(f, callArgs[i]);
          return r;
        },
        type: decl.returnType,
      };
    }
    return {
      ev: (f) => {
        const iv = oev(f);
        const target = iv instanceof InterfaceV ? iv.target : iv instanceof CodeunitV ? iv : undefined;
        if (target === undefined) throw alError(`The interface variable of type ${t.name} has not been assigned an implementation, so ${name} cannot be called.`);
        return c.s.callByName(target, name, vals(f));
      },
      type: undefined,
    };
  }
  const oev = obj.ev;
  const kind = t?.kind;
  const retType = guessType(kind, m);
  // Value-typed receivers whose static type may be unknown (Variant, Text...) dispatch on the runtime value.
  return {
    ev: (f) => valueMethod(c, oev(f), m, vals(f), name, kind),
    type: retType,
  };
}

function guessType(kind: string | undefined, m: string): ALType | undefined {
  if (kind === 'Text' || kind === 'Code') {
    if (['contains', 'startswith', 'endswith'].includes(m)) return T.Boolean;
    if (['indexof', 'lastindexof', 'indexofany'].includes(m)) return T.Integer;
    if (m === 'split') return { kind: 'List', elem: T.Text };
    return T.Text;
  }
  if (m === 'count' || m === 'length' || m === 'asinteger' || m === 'indexof') return T.Integer;
  if (m === 'totext') return T.Text;
  if (m.startsWith('is') || m === 'contains' || m === 'containskey' || m === 'remove') return T.Boolean;
  return undefined;
}

function valueMethod(c: Compiler, o: unknown, m: string, a: unknown[], name: string, kind: string | undefined): unknown {
  if (typeof o === 'string') {
    const r = textMethod(o, m, a);
    if (r !== undefined) return r;
  }
  if (o instanceof ALList) return listMethod(o, m, a, name);
  if (o instanceof ALDictionary) return dictMethod(o, m, a, name);
  if (o instanceof TextBuilderV) return builderMethod(o, m, a, name);
  if (o instanceof EnumValue) {
    if (m === 'asinteger') return o.ordinal;
    if (m === 'names') return new ALList(o.type.members.map((x) => x.name));
    if (m === 'ordinals') return new ALList(o.type.members.map((x) => x.ordinal));
    if (m === 'frominteger') {
      const n = toInt(a[0]);
      if (!o.type.byOrdinal.has(n) && !o.type.isOption) throw alError(`The value ${n} is not an ordinal of the enum ${o.type.name}.`);
      return new EnumValue(o.type, n);
    }
  }
  if (o instanceof ErrorInfoV) return errorInfoMethod(o, m, a, name);
  if (o instanceof OutStreamV) {
    if (m === 'writetext' || m === 'write') {
      o.write(a.length === 0 ? '\r\n' : str(a[0] instanceof SecretTextV ? a[0].unwrap() : a[0]));
      return a.length === 0 ? 2 : str(a[0] ?? '').length;
    }
  }
  if (o instanceof InStreamV && m === 'eos') return o.eos;
  if (o instanceof BlobV && m === 'hasvalue') return o.hasValue;
  if (o instanceof SecretTextV) {
    if (m === 'isempty') return o.isEmpty();
    if (m === 'unwrap') return o.unwrap();
  }
  const pk = platformKindOf(o);
  if (pk !== undefined && kind !== 'Variant' && varArgIndexes(pk, m, a.length).length === 0) {
    return platformCall(pk, o, m, a, [], { name, used: true, argKinds: [], placeTypes: [], httpEnv: () => c.s.httpEnv }, undefined);
  }
  if (o instanceof RecordRefV) return recordRefMethod(c, o, m, a, name);
  if (o instanceof FieldRefV) return fieldRefMethod(c, o, m, a, name);
  if (o instanceof Rec && kind === 'Variant') {
    // methods on a record held in a Variant are not available in AL either
  }
  if (m.startsWith('is') && (kind === 'Variant' || kind === undefined)) return variantIs(o, m);
  throw runtimeGap(`The AL runtime does not support the method ${name} on ${kind ?? 'this value'} yet.`);
}

function variantIs(v: unknown, m: string): boolean {
  switch (m) {
    case 'isinteger':
      return typeof v === 'number';
    case 'isbiginteger':
      return typeof v === 'bigint';
    case 'isdecimal':
      return v instanceof Dec;
    case 'isboolean':
      return typeof v === 'boolean';
    case 'istext':
      return typeof v === 'string';
    case 'iscode':
    case 'ischar':
    case 'isbyte':
    case 'istextconstant':
      return false;
    case 'isoption':
      // Enums count as options in a Variant, as BCApps' Library Assert relies on (TypeNameOf -> Integer)
      return v instanceof EnumValue;
    case 'isdate':
      return v instanceof ALDate;
    case 'istime':
      return v instanceof ALTime;
    case 'isdatetime':
      return v instanceof ALDateTime;
    case 'isduration':
      return v instanceof ALDuration;
    case 'isdateformula':
      return v instanceof DateFormula;
    case 'isguid':
      return typeof v === 'string' && /^\{[0-9A-F-]{36}\}$/.test(v) && false;
    case 'isrecord':
      return v instanceof Rec;
    case 'isrecordref':
      return v instanceof RecordRefV;
    case 'isrecordid':
      return v instanceof RecordIdV;
    case 'iscodeunit':
      return v instanceof CodeunitV;
    case 'isfieldref':
    case 'isnotification':
      return false;
    case 'isjsonobject':
      return platformKindOf(v) === 'jsonobject';
    case 'isjsonarray':
      return platformKindOf(v) === 'jsonarray';
    case 'isjsonvalue':
      return platformKindOf(v) === 'jsonvalue';
    case 'isjsontoken':
      return platformKindOf(v)?.startsWith('json') === true;
    case 'islist':
      return v instanceof ALList;
    case 'isdictionary':
      return v instanceof ALDictionary;
    case 'istextbuilder':
      return v instanceof TextBuilderV;
    default:
      throw runtimeGap(`The AL runtime does not support Variant.${m} yet.`);
  }
}

function listMethod(l: ALList, m: string, a: unknown[], name: string): unknown {
  switch (m) {
    case 'add':
      l.items.push(a[0]);
      return undefined;
    case 'addrange':
      for (const x of a) {
        if (x instanceof ALList) l.items.push(...x.items);
        else l.items.push(x);
      }
      return undefined;
    case 'get':
      return l.get(toInt(a[0]));
    case 'set':
      l.set(toInt(a[0]), a[1]);
      return undefined;
    case 'insert':
      l.insert(toInt(a[0]), a[1]);
      return undefined;
    case 'removeat':
      l.removeAt(toInt(a[0]));
      return undefined;
    case 'remove': {
      const i = l.items.findIndex((x) => equals(x, a[0]));
      if (i < 0) return false;
      l.items.splice(i, 1);
      return true;
    }
    case 'removerange':
      l.items.splice(toInt(a[0]) - 1, toInt(a[1]));
      return undefined;
    case 'contains':
      return l.items.some((x) => equals(x, a[0]));
    case 'indexof':
      return l.items.findIndex((x) => equals(x, a[0])) + 1;
    case 'lastindexof': {
      for (let i = l.items.length - 1; i >= 0; i--) if (equals(l.items[i], a[0])) return i + 1;
      return 0;
    }
    case 'count':
      return l.items.length;
    case 'getrange': {
      const start = toInt(a[0]);
      const n = toInt(a[1]);
      if (start < 1 || start - 1 + n > l.items.length) throw alError(`GetRange(${start}, ${n}) is outside the list (${l.items.length} elements).`);
      return new ALList(l.items.slice(start - 1, start - 1 + n));
    }
    case 'reverse':
      l.items.reverse();
      return undefined;
    default:
      throw runtimeGap(`The AL runtime does not support List.${name} yet.`);
  }
}

function dictKey(k: unknown): unknown {
  if (k instanceof Dec) return 'dec:' + k.toString();
  if (k instanceof EnumValue) return 'enum:' + k.ordinal;
  if (k instanceof ALDate) return 'date:' + k.n;
  return k;
}

function dictMethod(d: ALDictionary, m: string, a: unknown[], name: string): unknown {
  switch (m) {
    case 'add': {
      const k = dictKey(a[0]);
      if (d.map.has(k)) throw alError(`The key '${formatValue(a[0])}' has already been added to the dictionary.`);
      d.map.set(k, { key: a[0], value: a[1] });
      return undefined;
    }
    case 'set':
      d.map.set(dictKey(a[0]), { key: a[0], value: a[1] });
      return undefined;
    case 'get': {
      const e = d.map.get(dictKey(a[0]));
      if (a.length > 1) return e !== undefined;
      if (e === undefined) throw alError(`The key '${formatValue(a[0])}' was not found in the dictionary.`);
      return e.value;
    }
    case 'containskey':
      return d.map.has(dictKey(a[0]));
    case 'remove':
      return d.map.delete(dictKey(a[0]));
    case 'count':
      return d.map.size;
    case 'keys':
      return new ALList([...d.map.values()].map((x) => x.key));
    case 'values':
      return new ALList([...d.map.values()].map((x) => x.value));
    default:
      throw runtimeGap(`The AL runtime does not support Dictionary.${name} yet.`);
  }
}

function builderMethod(b: TextBuilderV, m: string, a: unknown[], name: string): unknown {
  switch (m) {
    case 'append':
      b.append(str(a[0] ?? ''));
      return undefined;
    case 'appendline':
      b.append(str(a[0] ?? '') + '\r\n');
      return undefined;
    case 'totext':
      if (a.length === 2) return b.text().slice(toInt(a[0]) - 1, toInt(a[0]) - 1 + toInt(a[1]));
      return b.text();
    case 'length':
      return b.length;
    case 'clear':
      b.setText('');
      return undefined;
    case 'insert': {
      const s = b.text();
      const i = toInt(a[0]);
      b.setText(s.slice(0, i - 1) + str(a[1]) + s.slice(i - 1));
      return true;
    }
    case 'remove': {
      const s = b.text();
      const i = toInt(a[0]);
      b.setText(s.slice(0, i - 1) + s.slice(i - 1 + toInt(a[1])));
      return true;
    }
    case 'replace':
      b.setText(b.text().split(str(a[0])).join(str(a[1])));
      return true;
    default:
      throw runtimeGap(`The AL runtime does not support TextBuilder.${name} yet.`);
  }
}

function errorInfoMethod(e: ErrorInfoV, m: string, a: unknown[], name: string): unknown {
  const prop = (k: 'message' | 'title' | 'detailedMessage' | 'callStack'): unknown => {
    if (a.length > 0) {
      (e as unknown as Record<string, unknown>)[k] = str(a[0]);
      return undefined;
    }
    return e[k];
  };
  switch (m) {
    case 'message':
      return prop('message');
    case 'title':
      return prop('title');
    case 'detailedmessage':
      return prop('detailedMessage');
    case 'callstack':
      return e.callStack;
    case 'collectible':
      if (a.length > 0) e.collectible = a[0] === true;
      return e.collectible;
    case 'customdimensions': {
      if (a[0] instanceof ALDictionary) {
        e.dims.clear();
        for (const { key, value } of a[0].map.values()) e.dims.set(str(key), str(value));
        return undefined;
      }
      const d = new ALDictionary();
      for (const [k, v] of e.dims) d.map.set(k, { key: k, value: v });
      return d;
    }
    case 'errortype':
      if (a.length > 0) e.errorType = a[0] instanceof EnumValue && a[0].ordinal === 1 ? 'Internal' : 'Client';
      return undefined;
    case 'verbosity':
      if (a.length > 0) e.verbosity = a[0] instanceof EnumValue ? a[0].name : str(a[0]);
      return undefined;
    case 'addaction':
    case 'addnavigationaction':
      e.actions.push({ caption: str(a[0] ?? ''), codeunitId: typeof a[1] === 'number' ? a[1] : 0, method: str(a[2] ?? ''), description: str(a[3] ?? '') });
      return undefined;
    case 'fieldno':
      if (a.length > 0) e.fieldNo = toInt(a[0]);
      return e.fieldNo;
    case 'tableid':
      if (a.length > 0) e.tableId = toInt(a[0]);
      return e.tableId;
    case 'recordid':
    case 'systemid':
    case 'pageno':
    case 'pagenumber':
    case 'controlname':
    case 'fieldname':
      if (a.length > 0) e.props.set(m, a[0]);
      return e.props.get(m) ?? (m === 'pageno' || m === 'pagenumber' ? 0 : '');
    default:
      throw runtimeGap(`The AL runtime does not support ErrorInfo.${name} yet.`);
  }
}

function fieldRefMethod(c: Compiler, r: FieldRefV, m: string, a: unknown[], name: string): unknown {
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

/** Blob field methods: CreateOutStream (fresh content), CreateInStream, HasValue. */
function blobMethod(c: Compiler, fieldExpr: Expression, m: string, args: readonly Expression[], node: { start: number }): CE | undefined {
  if (m !== 'createoutstream' && m !== 'createinstream' && m !== 'hasvalue') return undefined;
  const field = c.lvalue(fieldExpr);
  if (m === 'hasvalue') return { ev: (f) => (field.get(f) as BlobV).hasValue, type: T.Boolean };
  const streamArg = args[0];
  if (streamArg === undefined) return c.err(`${m} needs a stream variable`, node);
  const stream = c.lvalue(streamArg);
  if (m === 'createoutstream') {
    return {
      ev: (f) => {
        const blob = new BlobV('');
        field.set(f, blob);
        stream.set(f, new OutStreamV(blob));
        return undefined;
      },
      type: undefined,
    };
  }
  return {
    ev: (f) => {
      const blob = field.get(f);
      stream.set(f, new InStreamV(blob instanceof BlobV ? blob.content : ''));
      return undefined;
    },
    type: undefined,
  };
}

/** `Info.Message := X` and the like. */
export function setErrorInfoProperty(o: unknown, prop: string, v: unknown): void {
  if (!(o instanceof ErrorInfoV)) throw alError('Only ErrorInfo properties can be assigned this way.');
  errorInfoMethod(o, prop.toLowerCase(), [v], prop);
}

function recordRefMethod(c: Compiler, r: RecordRefV, m: string, a: unknown[], name: string): unknown {
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

/** Record methods; undefined when `m` is not one (then table procedures are tried). */
function recordMethod(c: Compiler, obj: CE, tm: TableMeta, m: string, args: readonly Expression[], node: { start: number }, used: boolean): CE | undefined {
  const rec = obj.ev as (f: Frame) => Rec;
  const val = (i: number): Ev | undefined => (args[i] === undefined ? undefined : c.expr(args[i] as Expression, true).ev);
  const vals = (from: number): Ev[] => args.slice(from).map((a) => c.expr(a, true).ev);
  const boolArg = (i: number, dflt: boolean): ((f: Frame) => boolean) => {
    const e = val(i);
    return e === undefined ? () => dflt : (f) => e(f) === true;
  };
  const B = T.Boolean;
  switch (m) {
    case 'init':
      return { ev: (f) => void rec(f).init(), type: undefined };
    case 'insert': {
      const rt = boolArg(0, false);
      return {
        ev: (f) => {
          const r = rec(f);
          if (used) return r.insert(rt(f));
          r.insertOrFail(rt(f));
          return true;
        },
        type: B,
      };
    }
    case 'modify': {
      const rt = boolArg(0, false);
      return {
        ev: (f) => {
          const r = rec(f);
          if (used) return r.modify(rt(f));
          r.modifyOrFail(rt(f));
          return true;
        },
        type: B,
      };
    }
    case 'delete': {
      const rt = boolArg(0, false);
      return {
        ev: (f) => {
          const r = rec(f);
          if (used) return r.delete(rt(f));
          r.deleteOrFail(rt(f));
          return true;
        },
        type: B,
      };
    }
    case 'rename': {
      const ks = vals(0);
      return {
        ev: (f) => {
          const r = rec(f);
          const ok = r.rename(
            ks.map((k) => k(f)),
            true,
          );
          return boolResult(used, ok, () => alError(`The ${tm.caption} does not exist. Identification fields and values: ${r.pkText(true)}`));
        },
        type: B,
      };
    }
    case 'get': {
      const ks = vals(0);
      return {
        ev: (f) => {
          const r = rec(f);
          const ok = r.get(ks.map((k) => k(f)));
          return boolResult(used, ok, () => withCode(alError(`The ${tm.caption} does not exist. Identification fields and values: ${r.pkText(true)}`), 'DB:RecordNotFound'));
        },
        type: B,
      };
    }
    case 'find': {
      const w = val(0);
      return {
        ev: (f) => {
          const r = rec(f);
          const ok = r.find(w === undefined ? '=' : str(w(f)));
          return boolResult(used, ok, () => withCode(r.noneInFilter(), 'DB:NothingInsideFilter'));
        },
        type: B,
      };
    }
    case 'findfirst':
    case 'findset':
    case 'findlast': {
      const which = m === 'findlast' ? '+' : '-';
      return {
        ev: (f) => {
          const r = rec(f);
          const ok = r.find(which);
          return boolResult(used, ok, () => withCode(r.noneInFilter(), 'DB:NothingInsideFilter'));
        },
        type: B,
      };
    }
    case 'next': {
      const n = val(0);
      return { ev: (f) => rec(f).next(n === undefined ? 1 : toInt(n(f))), type: T.Integer };
    }
    case 'count':
    case 'countapprox':
      return { ev: (f) => rec(f).count(), type: T.Integer };
    case 'isempty':
      return { ev: (f) => rec(f).isEmpty(), type: B };
    case 'setrange': {
      const fm = fieldArg(c, tm, args[0], node);
      const vs = vals(1);
      return {
        ev: (f) => {
          rec(f).setRange(
            fm,
            vs.map((v) => v(f)),
          );
          return undefined;
        },
        type: undefined,
      };
    }
    case 'setfilter': {
      const fm = fieldArg(c, tm, args[0], node);
      const ex = val(1);
      if (ex === undefined) return c.err('SetFilter needs a field and a filter expression', node);
      const vs = vals(2);
      return {
        ev: (f) => {
          rec(f).setFilter(
            fm,
            str(ex(f)),
            vs.map((v) => v(f)),
          );
          return undefined;
        },
        type: undefined,
      };
    }
    case 'getfilter': {
      const fm = fieldArg(c, tm, args[0], node);
      return { ev: (f) => rec(f).getFilter(fm), type: T.Text };
    }
    case 'getfilters':
      return { ev: (f) => rec(f).getFilters(), type: T.Text };
    case 'hasfilter':
      return { ev: (f) => rec(f).getFilters() !== '', type: B };
    case 'getrangemin':
    case 'getrangemax': {
      const fm = fieldArg(c, tm, args[0], node);
      return { ev: (f) => rec(f).getRange(fm, m === 'getrangemin' ? 'min' : 'max'), type: fm.type };
    }
    case 'filtergroup': {
      const g = val(0);
      return {
        ev: (f) => {
          const r = rec(f);
          if (g !== undefined) r.filterGroup = toInt(g(f));
          return r.filterGroup;
        },
        type: T.Integer,
      };
    }
    case 'reset':
      return { ev: (f) => void rec(f).reset(), type: undefined };
    case 'copy': {
      const src = val(0);
      const share = boolArg(1, false);
      return {
        ev: (f) => {
          const s = src?.(f);
          if (!(s instanceof Rec)) throw alError('Copy needs a record.');
          rec(f).copyFrom(s, share(f));
          return undefined;
        },
        type: undefined,
      };
    }
    case 'copyfilters': {
      const src = val(0);
      return {
        ev: (f) => {
          const s = src?.(f);
          if (!(s instanceof Rec)) throw alError('CopyFilters needs a record.');
          rec(f).copyFiltersFrom(s);
          return undefined;
        },
        type: undefined,
      };
    }
    case 'copyfilter': {
      const fm = fieldArg(c, tm, args[0], node);
      const target = args[1];
      if (target === undefined || target.kind !== 'MemberExpression') return c.err('CopyFilter needs a field and a target field (Rec.Field)', node);
      const tobj = c.expr(target.object, true);
      if (tobj.type?.kind !== 'Record') return c.err('CopyFilter needs a target record field', node);
      const ttm = c.s.tableMeta(tobj.type.table, node);
      const tf = fieldArg(c, ttm, target, node);
      return {
        ev: (f) => {
          rec(f).copyFilterTo(fm, tobj.ev(f) as Rec, tf);
          return undefined;
        },
        type: undefined,
      };
    }
    case 'transferfields': {
      const src = val(0);
      const initPk = boolArg(1, true);
      return {
        ev: (f) => {
          const s = src?.(f);
          if (!(s instanceof Rec)) throw alError('TransferFields needs a record.');
          rec(f).transferFields(s, initPk(f));
          return undefined;
        },
        type: undefined,
      };
    }
    case 'calcfields':
    case 'calcsums':
    case 'setautocalcfields': {
      const fms = args.map((a) => fieldArg(c, tm, a, node).slot);
      return {
        ev: (f) => {
          const r = rec(f);
          if (m === 'calcfields') r.calcFields(fms);
          else if (m === 'calcsums') r.calcSums(fms);
          else r.autoCalc = new Set(fms);
          return true;
        },
        type: B,
      };
    }
    case 'setcurrentkey': {
      const fms = args.map((a) => fieldArg(c, tm, a, node).slot);
      return { ev: (f) => void rec(f).setCurrentKey(fms), type: undefined };
    }
    case 'ascending': {
      const a = val(0);
      return {
        ev: (f) => {
          const r = rec(f);
          if (a !== undefined) r.ascending = a(f) === true;
          return r.ascending;
        },
        type: B,
      };
    }
    case 'mark': {
      const a = val(0);
      return { ev: (f) => rec(f).mark(a === undefined ? undefined : a(f) === true), type: B };
    }
    case 'markedonly': {
      const a = val(0);
      return {
        ev: (f) => {
          const r = rec(f);
          if (a !== undefined) r.markedOnly = a(f) === true;
          return r.markedOnly;
        },
        type: B,
      };
    }
    case 'clearmarks':
      return { ev: (f) => void rec(f).marks.clear(), type: undefined };
    case 'modifyall': {
      const fm = fieldArg(c, tm, args[0], node);
      const v = val(1);
      const rt = boolArg(2, false);
      return {
        ev: (f) => {
          rec(f).modifyAll(fm, v?.(f), rt(f));
          return undefined;
        },
        type: undefined,
      };
    }
    case 'deleteall': {
      const rt = boolArg(0, false);
      return { ev: (f) => void rec(f).deleteAll(rt(f)), type: undefined };
    }
    case 'locktable':
    case 'setloadfields':
    case 'addloadfields':
    case 'readisolation':
    case 'consistent':
      // Hints about locking and loading: no observable effect in a single-session in-memory database.
      return { ev: () => undefined, type: undefined };
    case 'testfield': {
      const fm = fieldArg(c, tm, args[0], node);
      const v = val(1);
      return {
        ev: (f) => {
          rec(f).testField(fm, v === undefined ? [] : [v(f)]);
          return undefined;
        },
        type: undefined,
      };
    }
    case 'fielderror': {
      const fm = fieldArg(c, tm, args[0], node);
      const v = val(1);
      return {
        ev: (f) => {
          throw rec(f).fieldError(fm, v === undefined ? undefined : str(v(f)));
        },
        type: undefined,
      };
    }
    case 'validate': {
      const fm = fieldArg(c, tm, args[0], node);
      const v = val(1);
      return {
        ev: (f) => {
          c.s.validate(rec(f), fm.slot, v?.(f), v !== undefined);
          return undefined;
        },
        type: undefined,
      };
    }
    case 'fieldno': {
      const fm = fieldArg(c, tm, args[0], node);
      const no = fm.no;
      return { ev: () => no, type: T.Integer };
    }
    case 'fieldcaption':
    case 'fieldname': {
      const fm = fieldArg(c, tm, args[0], node);
      const text = m === 'fieldcaption' ? fm.caption : fm.name;
      return { ev: () => text, type: T.Text };
    }
    case 'tablecaption':
      return { ev: () => tm.caption, type: T.Text };
    case 'tablename':
      return { ev: () => tm.name, type: T.Text };
    case 'istemporary':
      return { ev: (f) => rec(f).temporary, type: B };
    case 'recordid':
      return { ev: (f) => rec(f).recordId(), type: T.RecordId };
    case 'setrecfilter':
      return { ev: (f) => void rec(f).setRecFilter(), type: undefined };
    case 'getbysystemid': {
      const id = val(0);
      return {
        ev: (f) => {
          const r = rec(f);
          const ok = r.getBySystemId(coerce(id?.(f), T.Guid));
          return boolResult(used, ok, () => withCode(alError(`The ${tm.caption} does not exist. Identification fields and values: SystemId='${String(id?.(f))}'`), 'DB:RecordNotFound'));
        },
        type: B,
      };
    }
    case 'getview':
      return { ev: (f) => rec(f).getView(), type: T.Text };
    case 'setview': {
      const v = val(0);
      return { ev: (f) => void rec(f).setView(str(v?.(f) ?? '')), type: undefined };
    }
    case 'writepermission':
    case 'readpermission': {
      // Full access unless a test lowered permissions; then Write = Insert, Modify and Delete, checked like the operations.
      const ops: readonly DataOp[] = m === 'readpermission' ? [DATA_OP.read] : [DATA_OP.insert, DATA_OP.modify, DATA_OP.delete];
      const owner = c.proc.owner;
      return {
        ev: (f) => {
          const check = c.s.permissionCheck;
          if (check === undefined) return true;
          const r = rec(f);
          try {
            for (const op of ops) check(r.table, r.temporary, op, owner);
          } catch {
            return false;
          }
          return true;
        },
        type: B,
      };
    }
    case 'currentcompany':
      return { ev: () => c.s.db.currentCompany, type: T.Text };
    case 'changecompany':
      return c.fail('Record.ChangeCompany', node);
    default:
      return undefined;
  }
}

/** JSON and HTTP methods (platformCalls.ts): var arguments become places, JsonToken.ReadFrom rebinds its receiver. */
function compilePlatformCall(c: Compiler, pt: PlatformType, obj: CE, objExpr: Expression | undefined, name: string, args: readonly Expression[], used: boolean): CE {
  const m = name.toLowerCase();
  const varIdx = varArgIndexes(pt, m, args.length);
  const lvs = args.map((a, i) => (varIdx.includes(i) ? c.lvalue(a) : undefined));
  const es = args.map((a, i) => (varIdx.includes(i) ? undefined : c.expr(a, true)));
  const convs = lvs.map((lv) => (lv === undefined ? undefined : c.s.assignConverter(lv.type)));
  const selfLv = pt === 'jsontoken' && m === 'readfrom' && objExpr !== undefined ? c.lvalue(objExpr) : undefined;
  const site = {
    name,
    used,
    argKinds: es.map((e) => e?.type?.kind),
    placeTypes: lvs.map((lv) => lv?.type),
    httpEnv: () => c.s.httpEnv,
  };
  const oev = obj.ev;
  const n = args.length;
  return {
    ev: (f) => {
      const recv = oev(f);
      const vals = new Array<unknown>(n);
      const places = new Array<VarPlace | undefined>(n);
      for (let i = 0; i < n; i++) {
        const e = es[i];
        if (e !== undefined) vals[i] = e.ev(f);
        const lv = lvs[i];
        const conv = convs[i];
        if (lv !== undefined && conv !== undefined) {
          places[i] = { get: () => lv.get(f), set: (v) => lv.set(f, conv(v, undefined)) };
          vals[i] = undefined;
        }
      }
      const self: VarPlace | undefined = selfLv === undefined ? undefined : { get: () => selfLv.get(f), set: (v) => selfLv.set(f, v) };
      return platformCall(pt, recv, m, vals, places, site, self);
    },
    type: platformReturnType(pt, m),
  };
}
