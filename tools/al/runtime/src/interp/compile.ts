import type { Expression, Identifier, Statement } from '../../../syntax/src/ast';
import { ALError, alError, toALError, unsupported } from '../errors';
import { Rec } from '../db/record';
import { FieldMeta, TableMeta } from '../db/meta';
import { ALType } from '../values/types';
import { CE, Ev, Frame, LV, St } from './frame';
import { Flow, InterfaceV } from './instances';
import { ObjInfo, ProcInfo, VarInfo, lineOf } from './program';
import type { Session } from './session';
import { compileBlock, compileStatement } from './compileStatements';
import { compileLvalue, fieldPlace } from './compilePlaces';
import { compileCondition, compileExpression } from './compileExpressions';
import { compileIdentifier } from './compileNames';
import { compileArgs, compileCall, compileCallByName, isValueName } from './compileCalls';

/*
 * The compiler's parts, by AST kind: statements (compileStatements.ts), places that can be assigned
 * (compilePlaces.ts), expressions and operators (compileExpressions.ts), names, options and enums
 * (compileNames.ts), calls (compileCalls.ts) and methods on a receiver (methods.ts). The class keeps the state of
 * one procedure's compilation; its methods below are the entry points those parts call back into.
 */

interface LocalInfo {
  readonly slot: number;
  readonly type: ALType;
  readonly label?: string;
}

/** Compiles one procedure or trigger body to closures, resolving every name once. */
export class Compiler {
  readonly locals = new Map<string, LocalInfo>();
  readonly localTypes: ALType[] = [];
  readonly localLabels: (string | undefined)[] = [];
  returnSlot = -1;
  loopDepth = 0;

  constructor(
    readonly s: Session,
    readonly proc: ProcInfo,
  ) {}

  get owner(): ObjInfo {
    return this.proc.owner;
  }

  get table(): TableMeta | undefined {
    return this.owner.table;
  }

  where(node: { start: number }): string {
    return `${this.proc.file.path}:${lineOf(this.proc.file, node.start)}`;
  }

  fail(construct: string, node: { start: number }): never {
    throw unsupported(construct, this.where(node));
  }

  err(message: string, node: { start: number }): never {
    throw new ALError(`${message} (${this.where(node)})`, { message, code: 'CompileError' }, true);
  }

  addLocal(name: string, type: ALType, label?: string): number {
    const slot = this.localTypes.length;
    this.localTypes.push(type);
    this.localLabels.push(label);
    this.locals.set(name.toLowerCase(), label === undefined ? { slot, type } : { slot, type, label });
    return slot;
  }

  // ----------------------------------------------------------------------------------------------------------
  // Procedures

  compileProc(): (self: unknown, args: unknown[], xRec?: unknown) => unknown {
    const p = this.proc;
    const node = p.node;
    p.params.forEach((pa) => this.addLocal(pa.name, pa.type));
    if (p.owner.table !== undefined && node.kind === 'TriggerDeclaration') {
      // nothing extra: Rec is `self`, xRec is the frame's xrec
    }
    const tableNo = p.owner.props.get('tableno');
    let implicitRec = -1;
    if (p.owner.kind === 'codeunit' && node.kind === 'TriggerDeclaration' && node.name.name.toLowerCase() === 'onrun' && tableNo !== undefined) {
      const tname = tableNo.raw.trim().replace(/^"|"$/g, '');
      implicitRec = this.addLocal('Rec', { kind: 'Record', table: tname, temporary: false });
    }
    if (p.returnType !== undefined) {
      const rn = node.returnName?.name ?? '<result>';
      this.returnSlot = this.addLocal(rn, p.returnType);
    }
    const localVars: VarInfo[] = [];
    this.s.program.addVars(node.variables, p.file, localVars, new Map());
    for (const v of localVars) this.addLocal(v.name, v.type, v.label);
    const body = node.body === undefined ? (): number => Flow.Normal : this.block(node.body.statements);
    const makers = this.localTypes.map((t, i) => {
      const label = this.localLabels[i];
      return label !== undefined ? (): unknown => label : this.s.defaultMaker(t);
    });
    const nParams = p.params.length;
    const params = p.params;
    const returnSlot = this.returnSlot;
    const returnType = p.returnType;
    const s = this.s;
    const procName = p.name;
    const owner = p.owner;
    const file = p.file.path;
    const ownerText = `${owner.kind === 'table' ? 'Table' : owner.kind === 'page' ? 'Page' : 'Codeunit'} "${owner.name}"`;
    const implicitRecSlot = implicitRec;
    return (self: unknown, args: unknown[], xRec?: unknown): unknown => {
      const locals = new Array<unknown>(makers.length);
      for (let i = 0; i < nParams; i++) {
        const pa = params[i];
        const a = args[i];
        if (pa === undefined) continue;
        if (pa.byRef) locals[i] = a;
        else locals[i] = s.copyIn(a, pa.type);
      }
      for (let i = nParams; i < makers.length; i++) {
        const m = makers[i];
        locals[i] = m === undefined ? undefined : m();
      }
      if (implicitRecSlot >= 0 && args.length > 0) locals[implicitRecSlot] = args[0];
      const f = new Frame(self, locals, xRec);
      s.depth++;
      if (s.depth > 400) {
        s.depth--;
        throw alError('The AL call stack is too deep (more than 400 nested calls); check for endless recursion.');
      }
      try {
        body(f);
      } catch (e) {
        const ae = toALError(e);
        if (!ae.stackSealed) ae.alStack.push(`${ownerText}.${procName} line ${f.line} - ${file}`);
        throw ae;
      } finally {
        s.depth--;
      }
      for (let i = 0; i < nParams; i++) if (params[i]?.byRef) args[i] = locals[i];
      if (implicitRecSlot >= 0 && args.length > 0) args[0] = locals[implicitRecSlot];
      if (returnType === undefined) return undefined;
      if (f.ret !== undefined) return f.ret;
      return locals[returnSlot];
    };
  }

  // ----------------------------------------------------------------------------------------------------------
  // Statements (compileStatements.ts) and conditions (compileExpressions.ts)

  block(stmts: readonly Statement[]): St {
    return compileBlock(this, stmts);
  }

  optStmt(st: Statement | undefined): St {
    return st === undefined ? () => Flow.Normal : this.stmt(st);
  }

  stmt(st: Statement): St {
    return compileStatement(this, st);
  }

  cond(e: Expression): (f: Frame) => boolean {
    return compileCondition(this, e);
  }

  // ----------------------------------------------------------------------------------------------------------
  // Places (compilePlaces.ts)

  lvalue(e: Expression): LV {
    return compileLvalue(this, e);
  }

  fieldPlace(recOf: (f: Frame) => Rec, fm: FieldMeta): LV {
    return fieldPlace(recOf, fm);
  }

  // ----------------------------------------------------------------------------------------------------------
  // Expressions (compileExpressions.ts, compileNames.ts, compileCalls.ts)

  /** `used`: whether the value is used (matters for TryFunction and Codeunit.Run). `hint`: expected type. */
  expr(e: Expression, used: boolean, hint?: ALType): CE {
    return compileExpression(this, e, used, hint);
  }

  identifier(e: Identifier, used: boolean): CE {
    return compileIdentifier(this, e, used);
  }

  call(e: Extract<Expression, { kind: 'CallExpression' }>, used: boolean): CE {
    return compileCall(this, e, used);
  }

  /** Whether a name is a variable, field or parameter visible here (so `X.Method` is a method on a value). */
  isValueName(name: string): boolean {
    return isValueName(this, name);
  }

  callByName(node: { start: number }, name: string, args: readonly Expression[], used: boolean): CE {
    return compileCallByName(this, node, name, args, used);
  }

  /** Compiles arguments for a call to `proc`: lvalues for var parameters (copied back after the call). */
  compileArgs(proc: ProcInfo, args: readonly Expression[], node: { start: number }): { evs: Ev[]; writeBack: ((f: Frame, v: unknown) => void)[] | undefined } {
    return compileArgs(this, proc, args, node);
  }
}

export { InterfaceV };
