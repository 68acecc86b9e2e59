// Record methods (Insert, Get, SetRange, FindSet...) compiled against the table's metadata.
import type { Expression } from '../../../syntax/src/ast';
import { ALError, alError } from '../errors';
import { Rec } from '../db/record';
import { FieldMeta, TableMeta } from '../db/meta';
import { coerce, toInt } from '../values/ops';
import { T } from '../values/types';
import { DATA_OP, RECORD_METHOD_OPS, type DataOp } from '../permissions/enforcement';
import { CE, Ev, Frame } from './frame';
import type { Compiler } from './compile';
import { str } from './methodArgs';

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

function boolResult(used: boolean, ok: boolean, fail: () => Error): boolean {
  if (!ok && !used) throw fail();
  return ok;
}

function withCode(e: Error, code: string): Error {
  if (e instanceof ALError) (e.info as { code?: string }).code = code;
  return e;
}

/** Checks the data permission of a record operation while a test has lowered permissions (permissions/enforcement.ts). */
export function guardRecordOp(c: Compiler, obj: CE, m: string, r: CE): CE {
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

/** Record methods; undefined when `m` is not one (then table procedures are tried). */
export function recordMethod(c: Compiler, obj: CE, tm: TableMeta, m: string, args: readonly Expression[], node: { start: number }, used: boolean): CE | undefined {
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
      // Later reads of this record take the table lock (UPDLOCK) in data shared with other sessions.
      return { ev: (f) => void (rec(f).lockReads = true), type: undefined };
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
