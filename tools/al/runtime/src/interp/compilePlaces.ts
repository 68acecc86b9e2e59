import type { Expression } from '../../../syntax/src/ast';
import { alError } from '../errors';
import { Rec } from '../db/record';
import { FieldMeta } from '../db/meta';
import { ALArray } from '../values/collections';
import { add, divide, mul, sub } from '../values/ops';
import { EnumValue, T } from '../values/types';
import { CE, Frame, LV, St } from './frame';
import { CodeunitV, FieldRefV, Flow } from './instances';
import type { Compiler } from './compile';
import { compileMethodCall, setErrorInfoProperty } from './methods';
import { platformCall, platformType } from './platformCalls';
import { pageNameLV, compilePageProperty } from '../pages/compile';

// Places that can be assigned (variables, fields, properties, array and text elements) and the assignment statements.

export function compileAssignment(c: Compiler, target: Expression, op: string, value: Expression, node: { start: number }): St {
  const lv = c.lvalue(target);
  const v = c.expr(value, true, lv.type);
  const conv = c.s.assignConverter(lv.type);
  const set = lv.set;
  const get = lv.get;
  const ev = v.ev;
  switch (op) {
    case ':=':
      if (lv.type?.kind === 'Record') {
        return (f) => {
          const dst = get(f);
          const src = ev(f);
          if (dst instanceof Rec && src instanceof Rec) dst.assignFrom(src);
          else set(f, src);
          return Flow.Normal;
        };
      }
      return (f) => {
        set(f, conv(ev(f), get));
        return Flow.Normal;
      };
    case '+=':
      return (f) => {
        set(f, conv(add(get(f), ev(f)), get));
        return Flow.Normal;
      };
    case '-=':
      return (f) => {
        set(f, conv(sub(get(f), ev(f)), get));
        return Flow.Normal;
      };
    case '*=':
      return (f) => {
        set(f, conv(mul(get(f), ev(f)), get));
        return Flow.Normal;
      };
    case '/=':
      return (f) => {
        set(f, conv(divide(get(f), ev(f)), get));
        return Flow.Normal;
      };
    default:
      return c.fail(`the assignment operator ${op}`, node);
  }
}

export function compileLvalue(c: Compiler, e: Expression): LV {
  switch (e.kind) {
    case 'ParenthesizedExpression':
      return c.lvalue(e.expression);
    case 'Identifier': {
      const n = e.name.toLowerCase();
      const loc = c.locals.get(n);
      if (loc !== undefined) {
        const slot = loc.slot;
        return { get: (f) => f.locals[slot], set: (f, v) => void (f.locals[slot] = v), type: loc.type };
      }
      const g = c.owner.globalByName.get(n);
      if (g !== undefined) {
        const slot = g.slot;
        if (c.owner.kind === 'table') {
          const s = c.s;
          const owner = c.owner;
          const globalsOf = (f: Frame): unknown[] => s.tableGlobals(f.self as Rec, owner);
          return { get: (f) => globalsOf(f)[slot], set: (f, v) => void (globalsOf(f)[slot] = v), type: g.type };
        }
        return { get: (f) => (f.self as CodeunitV).globals[slot], set: (f, v) => void ((f.self as CodeunitV).globals[slot] = v), type: g.type };
      }
      if (c.owner.kind === 'page') {
        const pl = pageNameLV(c, e.name);
        if (pl !== undefined) return pl;
      }
      const fm = c.table?.field(e.name);
      if (fm !== undefined) return c.fieldPlace((f) => f.self as Rec, fm);
      if (n === 'rec' && c.table !== undefined) return { get: (f) => f.self, set: (f, v) => (f.self as Rec).assignFrom(v as Rec), type: { kind: 'Record', table: c.table.name, temporary: false } };
      if (n === 'xrec' && c.table !== undefined) return { get: (f) => f.xrec ?? (f.self as Rec).clone(), set: (f, v) => (f.xrec as Rec | undefined)?.assignFrom(v as Rec), type: { kind: 'Record', table: c.table.name, temporary: false } };
      return c.err(`'${e.name}' is not a variable, parameter or field here`, e);
    }
    case 'MemberExpression': {
      const obj = c.expr(e.object, true);
      if (obj.type?.kind === 'Record') {
        const tm = c.s.tableMeta(obj.type.table, e);
        const fm = tm.field(e.member.name);
        if (fm === undefined) {
          const prop = e.member.name.toLowerCase();
          if (prop === 'readisolation') {
            // UpdLock (ordinal 4): the record's reads take the table lock in data shared with other sessions.
            const oev = obj.ev;
            let last: unknown = undefined;
            return {
              get: () => last,
              set: (f, v) => {
                last = v;
                (oev(f) as Rec).lockReads = v instanceof EnumValue && v.ordinal === 4;
              },
              type: undefined,
            };
          }
          if (prop === 'securityfiltering') {
            // A security-filter hint: no effect without security filters.
            let last: unknown = undefined;
            return { get: () => last, set: (_f, v) => void (last = v), type: undefined };
          }
          return c.err(`table ${tm.name} has no field '${e.member.name}'`, e.member);
        }
        const oev = obj.ev;
        return c.fieldPlace((f) => oev(f) as Rec, fm);
      }
      if (obj.type?.kind === 'Other' && obj.type.name.toLowerCase() === 'fieldref' && e.member.name.toLowerCase() === 'value') {
        const oev = obj.ev;
        return {
          get: (f) => {
            const r = oev(f);
            if (!(r instanceof FieldRefV)) throw alError('The FieldRef is not set. Use RecordRef.Field first.');
            return r.rec.data[r.field.slot];
          },
          set: (f, v) => {
            const r = oev(f);
            if (!(r instanceof FieldRefV)) throw alError('The FieldRef is not set. Use RecordRef.Field first.');
            r.rec.setField(r.field, v);
          },
          type: undefined,
        };
      }
      const pt = platformType(obj.type);
      if (pt !== undefined) {
        // HttpRequestMessage.Method/Content and HttpClient.Timeout are assignable properties (Microsoft Learn)
        const prop = e.member.name.toLowerCase();
        const getter = compileMethodCall(c, obj, e.object, e.member.name, [], e, true);
        const oev = obj.ev;
        const env = () => c.s.httpEnv;
        return {
          get: getter.ev,
          set: (f, v) => void platformCall(pt, oev(f), prop, [v], [], { name: e.member.name, used: true, argKinds: [], placeTypes: [], httpEnv: env }, undefined),
          type: getter.type,
        };
      }
      const pageProp = compilePageProperty(c, obj, e.member.name, e);
      if (pageProp !== undefined) return pageProp;
      if (obj.type?.kind === 'ErrorInfo') {
        // ErrorInfo properties can be assigned: Info.Message := '...' (Microsoft Learn, "ErrorInfo data type")
        const prop = e.member.name;
        const oev = obj.ev;
        const getter = compileMethodCall(c, obj, e.object, prop, [], e, true);
        return {
          get: getter.ev,
          set: (f, v) => void setErrorInfoProperty(oev(f), prop, v),
          type: undefined,
        };
      }
      return c.err(`cannot assign to '${e.member.name}'`, e);
    }
    case 'IndexExpression': {
      const obj = c.expr(e.object, true);
      const idx = e.indexes.map((i) => c.expr(i, true));
      if ((obj.type?.kind === 'Text' || obj.type?.kind === 'Code') && idx.length === 1) {
        // Txt[i] := Char replaces one character (Microsoft Learn, "Char data type")
        const place = c.lvalue(e.object);
        const conv = c.s.assignConverter(place.type);
        const i0 = idx[0] as CE;
        return {
          get: (f) => (place.get(f) as string).charCodeAt((i0.ev(f) as number) - 1),
          set: (f, v) => {
            const cur = place.get(f) as string;
            const i = i0.ev(f) as number;
            if (i < 1 || i > cur.length + 1) throw alError(`Index ${i} is outside the text (length ${cur.length}).`);
            const ch = typeof v === 'number' ? String.fromCharCode(v) : String(v);
            place.set(f, conv(cur.slice(0, i - 1) + ch + cur.slice(i), undefined));
          },
          type: T.Char,
        };
      }
      const et = obj.type?.kind === 'Array' ? obj.type.elem : undefined;
      const offset = (f: Frame): { arr: ALArray; off: number } => {
        const arr = obj.ev(f);
        if (!(arr instanceof ALArray)) throw alError('Only array variables can be indexed and assigned.');
        return { arr, off: arr.offset(idx.map((i) => i.ev(f) as number)) };
      };
      return {
        get: (f) => {
          const { arr, off } = offset(f);
          return arr.items[off];
        },
        set: (f, v) => {
          const { arr, off } = offset(f);
          arr.items[off] = v;
        },
        type: et,
      };
    }
    default:
      return c.err(`c expression (${e.kind}) cannot be assigned to`, e);
  }
}

export function fieldPlace(recOf: (f: Frame) => Rec, fm: FieldMeta): LV {
  const slot = fm.slot;
  return {
    get: (f) => recOf(f).data[slot],
    set: (f, v) => void (recOf(f).data[slot] = v),
    type: fm.type,
  };
}
