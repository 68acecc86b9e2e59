import type { Expression } from '../../../syntax/src/ast';
import { CE, Ev, Frame } from './frame';
import type { ProcInfo } from './program';
import type { Compiler } from './compile';
import { compileBuiltin } from './builtins';
import { compileMethodCall, compileRecordMember } from './methods';
import { pageNameCE, pageRecCE } from '../pages/compile';
import { pageModel } from '../pages/model';

// Calls: `X.Member`, `X.Method(...)`, procedures and built-ins by name, and the arguments of a procedure call.

export function compileMember(c: Compiler, e: Extract<Expression, { kind: 'MemberExpression' }>, used: boolean): CE {
  const obj = c.expr(e.object, true);
  if (obj.type?.kind === 'Record') {
    const tm = c.s.tableMeta(obj.type.table, e);
    const fm = tm.field(e.member.name);
    if (fm !== undefined) return compileRecordMember(c, obj, fm);
  }
  return compileMethodCall(c, obj, e.object, e.member.name, [], e, used);
}

export function compileCall(c: Compiler, e: Extract<Expression, { kind: 'CallExpression' }>, used: boolean): CE {
  const callee = e.callee;
  if (callee.kind === 'Identifier') return c.callByName(e, callee.name, e.args, used);
  if (callee.kind === 'MemberExpression') {
    // static object classes: Codeunit.Run, Page.Run, Report.Run, Database.X, Session.X...
    if (callee.object.kind === 'Identifier' && !c.isValueName(callee.object.name)) {
      const b = compileBuiltin(c, `${callee.object.name}.${callee.member.name}`, e.args, e, used);
      if (b !== undefined) return b;
    }
    const obj = c.expr(callee.object, true);
    return compileMethodCall(c, obj, callee.object, callee.member.name, e.args, e, used);
  }
  return c.fail(`calling a ${callee.kind}`, e);
}

/** Whether a name is a variable, field or parameter visible here (so `X.Method` is a method on a value). */
export function isValueName(c: Compiler, name: string): boolean {
  const n = name.toLowerCase();
  if (c.locals.has(n) || c.owner.globalByName.has(n)) return true;
  if (c.table !== undefined && (c.table.field(name) !== undefined || n === 'rec' || n === 'xrec')) return true;
  if (c.owner.kind === 'page' && pageNameCE(c, name) !== undefined) return true;
  return false;
}

export function compileCallByName(c: Compiler, node: { start: number }, name: string, args: readonly Expression[], used: boolean): CE {
  const n = name.toLowerCase();
  const procs = c.owner.procs.get(n);
  if (procs !== undefined) {
    const selfOf = (f: Frame): unknown => f.self;
    return c.s.compileProcCall(c, procs, selfOf, args, node, used);
  }
  if (c.owner.kind === 'table') {
    // record methods on the implicit Rec (Insert, SetRange, TestField...)
    const recCE: CE = { ev: (f) => f.self, type: { kind: 'Record', table: c.owner.name, temporary: false } };
    const m = compileMethodCall(c, recCE, undefined, name, args, node, used, true);
    if (m !== undefined) return m;
  }
  const implicitRec = c.owner.kind === 'codeunit' && c.owner.props.has('tableno') ? c.locals.get('rec') : undefined;
  if (implicitRec !== undefined && implicitRec.type.kind === 'Record') {
    // record methods on the OnRun Rec of a codeunit with TableNo (`if not Find() then`)
    const slot = implicitRec.slot;
    const m = compileMethodCall(c, { ev: (f) => f.locals[slot], type: implicitRec.type }, undefined, name, args, node, used, true);
    if (m !== undefined) return m;
  }
  if (c.owner.kind === 'page' && pageModel(c.s.program, c.owner).sourceTable !== undefined) {
    // record methods on the page's implicit Rec (SetRange, FindFirst... without `Rec.`)
    const m = compileMethodCall(c, pageRecCE(c), undefined, name, args, node, used, true);
    if (m !== undefined) return m;
  }
  const b = compileBuiltin(c, name, args, node, used);
  if (b !== undefined) return b;
  return c.err(`'${name}' is not a variable, procedure or built-in function known to the AL runtime`, node);
}

/** Compiles arguments for a call to `proc`: lvalues for var parameters (copied back after the call). */
export function compileArgs(c: Compiler, proc: ProcInfo, args: readonly Expression[], node: { start: number }): { evs: Ev[]; writeBack: ((f: Frame, v: unknown) => void)[] | undefined } {
  if (args.length > proc.params.length) c.err(`${proc.name} takes ${proc.params.length} argument(s), ${args.length} given`, node);
  const evs: Ev[] = [];
  let wb: ((f: Frame, v: unknown) => void)[] | undefined;
  proc.params.forEach((p, i) => {
    const a = args[i];
    if (a === undefined) {
      c.err(`${proc.name} needs ${proc.params.length} argument(s), ${args.length} given`, node);
    }
    if (p.byRef) {
      const lv = c.lvalue(a);
      evs.push(lv.get);
      wb ??= [];
      const conv = c.s.assignConverter(lv.type);
      const set = lv.set;
      // records change in place; every other var argument (List, Dictionary, JSON, HTTP... too) is written back,
      // so a callee that rebinds it (Clear(List), Client.Send(Req, Response)) is seen by the caller
      const isRef = p.type.kind === 'Record';
      wb[i] = isRef ? () => undefined : (f, v) => set(f, conv(v, undefined));
    } else evs.push(c.expr(a, true, p.type).ev);
  });
  return { evs, writeBack: wb };
}
