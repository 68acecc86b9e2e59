import type { Expression } from '../../../syntax/src/ast';
import { alError } from '../errors';
import { Rec } from '../db/record';
import { ALDictionary } from '../values/collections';
import { T } from '../values/types';
import { CE, Ev, Frame } from './frame';
import { CodeunitV, InterfaceV } from './instances';
import type { Compiler } from './compile';
import { moduleInfoMethod, moduleInfoReturnKind } from '../platform/apps';
import { platformType } from './platformCalls';
import { compilePageMember } from '../pages/compile';
import { guardRecordOp, recordMethod } from './recordMethods';
import { dictKey } from './collectionMethods';
import { blobMethod, compileReadText } from './streamMethods';
import { compilePlatformCall } from './platformMethods';
import { guessType, valueMethod } from './valueMethods';

export { compileRecordMember } from './recordMethods';
export { setErrorInfoProperty } from './errorInfoMethods';

/**
 * Method calls `X.Method(...)` dispatched by the receiver's static type: records, codeunits, pages, JSON/HTTP,
 * interfaces, then value-typed receivers by their runtime value. The receiver families live in *Methods.ts.
 */
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
  if (m === 'readtext' && args.length >= 1) return compileReadText(c, obj, args);
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
