import type { Expression, Identifier, Literal, Statement } from '../../../syntax/src/ast';
import { ALError, alError, toALError, unsupported } from '../errors';
import { Rec } from '../db/record';
import { FieldMeta, TableMeta } from '../db/meta';
import { Dec } from '../values/decimal';
import { ALDate, ALDateTime, ALTime, dayOf, isValidYmd } from '../values/dates';
import { ALArray, ALDictionary, ALList } from '../values/collections';
import { add, coerce, compare, divide, equals, idiv, mod, mul, neg, sub, toBool } from '../values/ops';
import { ALType, EnumType, EnumValue, T } from '../values/types';
import { CE, Ev, Frame, LV, St } from './frame';
import { CodeunitV, FieldRefV, Flow, InterfaceV } from './instances';
import { ObjInfo, ProcInfo, VarInfo, lineOf } from './program';
import type { Session } from './session';
import { compileBuiltin } from './builtins';
import { compileMethodCall, compileRecordMember, setErrorInfoProperty } from './methods';
import { platformCall, platformType } from './platformCalls';
import { JsonArrayNode } from '../platform/json';
import { compilePageProperty, pageNameCE, pageNameLV, pageRecCE } from '../pages/compile';
import { pageModel } from '../pages/model';

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
  // Statements

  block(stmts: readonly Statement[]): St {
    const list = stmts.map((st) => this.stmt(st));
    const n = list.length;
    if (n === 0) return () => Flow.Normal;
    if (n === 1) return list[0] ?? (() => Flow.Normal);
    return (f) => {
      for (let i = 0; i < n; i++) {
        const r = (list[i] as St)(f);
        if (r !== Flow.Normal) return r;
      }
      return Flow.Normal;
    };
  }

  optStmt(st: Statement | undefined): St {
    return st === undefined ? () => Flow.Normal : this.stmt(st);
  }

  stmt(st: Statement): St {
    const line = lineOf(this.proc.file, st.start);
    const inner = this.stmtInner(st);
    if (st.kind === 'BlockStatement' || st.kind === 'EmptyStatement') return inner;
    return (f) => {
      f.line = line;
      return inner(f);
    };
  }

  private stmtInner(st: Statement): St {
    switch (st.kind) {
      case 'BlockStatement':
        return this.block(st.statements);
      case 'EmptyStatement':
        return () => Flow.Normal;
      case 'ErrorStatement':
        return this.fail('a statement with a syntax error', st);
      case 'ExpressionStatement': {
        const e = this.expr(st.expression, false);
        const ev = e.ev;
        return (f) => {
          ev(f);
          return Flow.Normal;
        };
      }
      case 'AssignmentStatement':
        return this.assignment(st.target, st.operator, st.value, st);
      case 'IfStatement': {
        const c = this.cond(st.condition);
        const t = this.optStmt(st.then);
        if (st.else === undefined) return (f) => (c(f) ? t(f) : Flow.Normal);
        const e = this.stmt(st.else);
        return (f) => (c(f) ? t(f) : e(f));
      }
      case 'WhileStatement': {
        const c = this.cond(st.condition);
        this.loopDepth++;
        const b = this.optStmt(st.body);
        this.loopDepth--;
        return (f) => {
          while (c(f)) {
            const r = b(f);
            if (r === Flow.Break) break;
            if (r === Flow.Exit) return r;
          }
          return Flow.Normal;
        };
      }
      case 'RepeatStatement': {
        this.loopDepth++;
        const b = this.block(st.statements);
        this.loopDepth--;
        const c = this.cond(st.condition);
        return (f) => {
          do {
            const r = b(f);
            if (r === Flow.Break) break;
            if (r === Flow.Exit) return r;
          } while (!c(f));
          return Flow.Normal;
        };
      }
      case 'ForStatement':
        return this.forStmt(st);
      case 'ForeachStatement': {
        const lv = this.lvalue(st.variable);
        const it = this.expr(st.iterable, true);
        this.loopDepth++;
        const b = this.optStmt(st.body);
        this.loopDepth--;
        const set = lv.set;
        const t = lv.type;
        return (f) => {
          const coll = it.ev(f);
          let items: unknown[];
          if (coll instanceof ALList) items = coll.items.slice();
          else if (coll instanceof ALDictionary) items = [...coll.map.values()].map((x) => x.key);
          else if (typeof coll === 'string') items = [...coll];
          else if (coll instanceof JsonArrayNode) items = coll.items.slice();
          else throw alError('foreach needs a List, a Dictionary, a JsonArray or a Text.');
          for (const item of items) {
            set(f, t === undefined ? item : coerce(item, t));
            const r = b(f);
            if (r === Flow.Break) break;
            if (r === Flow.Exit) return r;
          }
          return Flow.Normal;
        };
      }
      case 'CaseStatement':
        return this.caseStmt(st);
      case 'ExitStatement': {
        if (st.value === undefined) return () => Flow.Exit;
        const v = this.expr(st.value, true);
        const rt = this.proc.returnType;
        if (rt === undefined) this.err('exit(value) in a procedure without a return type', st);
        const conv = this.s.assignConverter(rt);
        return (f) => {
          f.ret = conv(v.ev(f), undefined);
          return Flow.Exit;
        };
      }
      case 'BreakStatement':
        return () => Flow.Break;
      case 'ContinueStatement':
        return () => Flow.Continue;
      case 'AssertErrorStatement': {
        const b = this.optStmt(st.body);
        const s = this.s;
        return (f) => {
          const sp = s.db.savepoint();
          try {
            b(f);
          } catch (e) {
            const ae = toALError(e);
            if (ae.internal) throw ae; // runtime gaps and compile errors are never swallowed
            s.db.rollback(sp);
            s.setLastError(ae);
            return Flow.Normal;
          }
          throw alError('An error was expected inside an asserterror statement.');
        };
      }
      case 'WithStatement':
        return this.fail('the with statement (use explicit record names)', st);
    }
  }

  private forStmt(st: Extract<Statement, { kind: 'ForStatement' }>): St {
    const lv = this.lvalue(st.variable);
    const from = this.expr(st.from, true);
    const to = this.expr(st.to, true);
    this.loopDepth++;
    const b = this.optStmt(st.body);
    this.loopDepth--;
    const step = st.downto ? -1 : 1;
    const local = st.variable.kind === 'Identifier' ? this.locals.get(st.variable.name.toLowerCase()) : undefined;
    const isInt = lv.type?.kind === 'Integer';
    if (local !== undefined && isInt) {
      const slot = local.slot;
      return (f) => {
        const a = from.ev(f) as number;
        const z = to.ev(f) as number;
        const L = f.locals;
        if (step > 0) {
          for (let i = a; i <= z; i++) {
            L[slot] = i;
            const r = b(f);
            if (r === Flow.Break) break;
            if (r === Flow.Exit) return r;
          }
        } else {
          for (let i = a; i >= z; i--) {
            L[slot] = i;
            const r = b(f);
            if (r === Flow.Break) break;
            if (r === Flow.Exit) return r;
          }
        }
        return Flow.Normal;
      };
    }
    const t = lv.type;
    return (f) => {
      let cur = from.ev(f);
      const end = to.ev(f);
      if (t !== undefined) cur = coerce(cur, t);
      while (step > 0 ? compare(cur, end) <= 0 : compare(cur, end) >= 0) {
        lv.set(f, cur);
        const r = b(f);
        if (r === Flow.Break) break;
        if (r === Flow.Exit) return r;
        const v = lv.get(f);
        if (compare(v, end) === 0) break;
        cur = add(v, step);
        if (t !== undefined) cur = coerce(cur, t);
      }
      return Flow.Normal;
    };
  }

  private caseStmt(st: Extract<Statement, { kind: 'CaseStatement' }>): St {
    const sel = this.expr(st.expression, true);
    const branches = st.branches.map((br) => {
      const tests = br.values.map((v): ((x: unknown, f: Frame) => boolean) => {
        if (v.kind === 'RangeExpression') {
          const lo = v.from === undefined ? undefined : this.expr(v.from, true, sel.type);
          const hi = v.to === undefined ? undefined : this.expr(v.to, true, sel.type);
          return (x, f) => (lo === undefined || compare(x, lo.ev(f)) >= 0) && (hi === undefined || compare(x, hi.ev(f)) <= 0);
        }
        const c = this.expr(v, true, sel.type);
        return (x, f) => equals(x, c.ev(f));
      });
      return { tests, body: this.optStmt(br.body) };
    });
    const elseB = st.else === undefined ? undefined : this.block(st.else);
    return (f) => {
      const x = sel.ev(f);
      for (const br of branches) {
        for (const t of br.tests) if (t(x, f)) return br.body(f);
      }
      return elseB === undefined ? Flow.Normal : elseB(f);
    };
  }

  private assignment(target: Expression, op: string, value: Expression, node: { start: number }): St {
    const lv = this.lvalue(target);
    const v = this.expr(value, true, lv.type);
    const conv = this.s.assignConverter(lv.type);
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
        return this.fail(`the assignment operator ${op}`, node);
    }
  }

  cond(e: Expression): (f: Frame) => boolean {
    const c = this.expr(e, true);
    const ev = c.ev;
    return (f) => {
      const v = ev(f);
      if (v === true) return true;
      if (v === false) return false;
      return toBool(v);
    };
  }

  // ----------------------------------------------------------------------------------------------------------
  // Places

  lvalue(e: Expression): LV {
    switch (e.kind) {
      case 'ParenthesizedExpression':
        return this.lvalue(e.expression);
      case 'Identifier': {
        const n = e.name.toLowerCase();
        const loc = this.locals.get(n);
        if (loc !== undefined) {
          const slot = loc.slot;
          return { get: (f) => f.locals[slot], set: (f, v) => void (f.locals[slot] = v), type: loc.type };
        }
        const g = this.owner.globalByName.get(n);
        if (g !== undefined) {
          const slot = g.slot;
          if (this.owner.kind === 'table') {
            const s = this.s;
            const owner = this.owner;
            const globalsOf = (f: Frame): unknown[] => s.tableGlobals(f.self as Rec, owner);
            return { get: (f) => globalsOf(f)[slot], set: (f, v) => void (globalsOf(f)[slot] = v), type: g.type };
          }
          return { get: (f) => (f.self as CodeunitV).globals[slot], set: (f, v) => void ((f.self as CodeunitV).globals[slot] = v), type: g.type };
        }
        if (this.owner.kind === 'page') {
          const pl = pageNameLV(this, e.name);
          if (pl !== undefined) return pl;
        }
        const fm = this.table?.field(e.name);
        if (fm !== undefined) return this.fieldPlace((f) => f.self as Rec, fm);
        if (n === 'rec' && this.table !== undefined) return { get: (f) => f.self, set: (f, v) => (f.self as Rec).assignFrom(v as Rec), type: { kind: 'Record', table: this.table.name, temporary: false } };
        if (n === 'xrec' && this.table !== undefined) return { get: (f) => f.xrec ?? (f.self as Rec).clone(), set: (f, v) => (f.xrec as Rec | undefined)?.assignFrom(v as Rec), type: { kind: 'Record', table: this.table.name, temporary: false } };
        return this.err(`'${e.name}' is not a variable, parameter or field here`, e);
      }
      case 'MemberExpression': {
        const obj = this.expr(e.object, true);
        if (obj.type?.kind === 'Record') {
          const tm = this.s.tableMeta(obj.type.table, e);
          const fm = tm.field(e.member.name);
          if (fm === undefined) {
            const prop = e.member.name.toLowerCase();
            if (prop === 'readisolation' || prop === 'securityfiltering') {
              // Locking and security-filter hints: no effect on a single-session in-memory database.
              let last: unknown = undefined;
              return { get: () => last, set: (_f, v) => void (last = v), type: undefined };
            }
            return this.err(`table ${tm.name} has no field '${e.member.name}'`, e.member);
          }
          const oev = obj.ev;
          return this.fieldPlace((f) => oev(f) as Rec, fm);
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
          const getter = compileMethodCall(this, obj, e.object, e.member.name, [], e, true);
          const oev = obj.ev;
          const env = () => this.s.httpEnv;
          return {
            get: getter.ev,
            set: (f, v) => void platformCall(pt, oev(f), prop, [v], [], { name: e.member.name, used: true, argKinds: [], placeTypes: [], httpEnv: env }, undefined),
            type: getter.type,
          };
        }
        const pageProp = compilePageProperty(this, obj, e.member.name, e);
        if (pageProp !== undefined) return pageProp;
        if (obj.type?.kind === 'ErrorInfo') {
          // ErrorInfo properties can be assigned: Info.Message := '...' (Microsoft Learn, "ErrorInfo data type")
          const prop = e.member.name;
          const oev = obj.ev;
          const getter = compileMethodCall(this, obj, e.object, prop, [], e, true);
          return {
            get: getter.ev,
            set: (f, v) => void setErrorInfoProperty(oev(f), prop, v),
            type: undefined,
          };
        }
        return this.err(`cannot assign to '${e.member.name}'`, e);
      }
      case 'IndexExpression': {
        const obj = this.expr(e.object, true);
        const idx = e.indexes.map((i) => this.expr(i, true));
        if ((obj.type?.kind === 'Text' || obj.type?.kind === 'Code') && idx.length === 1) {
          // Txt[i] := Char replaces one character (Microsoft Learn, "Char data type")
          const place = this.lvalue(e.object);
          const conv = this.s.assignConverter(place.type);
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
        return this.err(`this expression (${e.kind}) cannot be assigned to`, e);
    }
  }

  fieldPlace(recOf: (f: Frame) => Rec, fm: FieldMeta): LV {
    const slot = fm.slot;
    return {
      get: (f) => recOf(f).data[slot],
      set: (f, v) => void (recOf(f).data[slot] = v),
      type: fm.type,
    };
  }

  // ----------------------------------------------------------------------------------------------------------
  // Expressions

  /** `used`: whether the value is used (matters for TryFunction and Codeunit.Run). `hint`: expected type. */
  expr(e: Expression, used: boolean, hint?: ALType): CE {
    switch (e.kind) {
      case 'Literal':
        return this.literal(e);
      case 'ParenthesizedExpression':
        return this.expr(e.expression, used, hint);
      case 'Identifier':
        return this.identifier(e, used);
      case 'ThisExpression':
        return { ev: (f) => f.self, type: this.owner.kind === 'codeunit' ? { kind: 'Codeunit', name: this.owner.name } : undefined };
      case 'UnaryExpression': {
        const o = this.expr(e.operand, true);
        const ev = o.ev;
        if (e.operator === 'not') return { ev: (f) => !toBool(ev(f)), type: T.Boolean };
        if (e.operator === '-') return { ev: (f) => neg(ev(f)), type: o.type };
        return o;
      }
      case 'BinaryExpression':
        return this.binary(e);
      case 'ConditionalExpression': {
        const c = this.cond(e.condition);
        const a = this.expr(e.whenTrue, true, hint);
        const b = this.expr(e.whenFalse, true, hint);
        return { ev: (f) => (c(f) ? a.ev(f) : b.ev(f)), type: a.type };
      }
      case 'ScopeExpression':
        return this.scope(e, hint);
      case 'MemberExpression':
        return this.member(e, used);
      case 'CallExpression':
        return this.call(e, used);
      case 'IndexExpression': {
        const obj = this.expr(e.object, true);
        const idx = e.indexes.map((i) => this.expr(i, true));
        const et = obj.type?.kind === 'Array' ? obj.type.elem : obj.type?.kind === 'Text' || obj.type?.kind === 'Code' ? T.Char : undefined;
        const i0 = idx[0];
        return {
          ev: (f) => {
            const o = obj.ev(f);
            if (o instanceof ALArray) return o.items[o.offset(idx.map((i) => i.ev(f) as number))];
            if (typeof o === 'string' && i0 !== undefined) {
              const i = i0.ev(f) as number;
              if (i < 1 || i > o.length) throw alError(`Index ${i} is outside the text '${o}' (length ${o.length}).`);
              return o.charCodeAt(i - 1);
            }
            throw alError('Only arrays and texts can be indexed with [].');
          },
          type: et,
        };
      }
      case 'SetExpression':
      case 'RangeExpression':
        return this.err('a set or range is only valid after "in" or in a case branch', e);
      case 'ErrorExpression':
        return this.fail('an expression with a syntax error', e);
    }
  }

  private literal(e: Literal): CE {
    switch (e.literalKind) {
      case 'integer': {
        const v = Number(e.value);
        return { ev: () => v, type: T.Integer };
      }
      case 'bigInteger': {
        const v = BigInt(e.raw.replace(/[lL]$/, ''));
        return { ev: () => v, type: T.BigInteger };
      }
      case 'decimal': {
        const v = Dec.parse(e.raw);
        if (v === undefined) return this.err(`invalid decimal literal ${e.raw}`, e);
        return { ev: () => v, type: T.Decimal };
      }
      case 'string': {
        const v = String(e.value);
        return { ev: () => v, type: T.Text };
      }
      case 'boolean': {
        const v = e.value === true;
        return { ev: () => v, type: T.Boolean };
      }
      case 'date': {
        const raw = String(e.value);
        let v = ALDate.UNDEFINED;
        if (raw !== '0') {
          const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw) ?? /^(\d{2})(\d{2})(\d{2})$/.exec(raw);
          if (m === null) return this.err(`invalid date literal ${e.raw}`, e);
          let y: number;
          let mo: number;
          let d: number;
          if (raw.length === 8) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
          else {
            mo = Number(m[1]);
            d = Number(m[2]);
            const yy = Number(m[3]);
            y = yy < 30 ? 2000 + yy : 1900 + yy;
          }
          if (!isValidYmd(y, mo, d)) return this.err(`invalid date literal ${e.raw}`, e);
          v = ALDate.fromDay(dayOf(y, mo, d));
        }
        return { ev: () => v, type: T.Date };
      }
      case 'time': {
        const raw = String(e.value);
        let v = ALTime.UNDEFINED;
        if (raw !== '0') {
          const m = /^(\d{2})(\d{2})(\d{2})?(?:\.(\d{1,3}))?$/.exec(raw);
          if (m === null) return this.err(`invalid time literal ${e.raw}`, e);
          v = ALTime.of(((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? '0')) * 1000 + Number((m[4] ?? '0').padEnd(3, '0')));
        }
        return { ev: () => v, type: T.Time };
      }
      case 'datetime':
        return { ev: () => ALDateTime.UNDEFINED, type: T.DateTime };
    }
  }

  private binary(e: Extract<Expression, { kind: 'BinaryExpression' }>): CE {
    const op = e.operator;
    if (op === 'and' || op === 'or' || op === 'xor') {
      const a = this.cond(e.left);
      const b = this.cond(e.right);
      // Evaluated with short-circuit, as code like `if (No <> '') and Rec.Get(No)` in BCApps relies on.
      if (op === 'and') return { ev: (f) => a(f) && b(f), type: T.Boolean };
      if (op === 'or') return { ev: (f) => a(f) || b(f), type: T.Boolean };
      return { ev: (f) => a(f) !== b(f), type: T.Boolean };
    }
    if (op === 'in') {
      const x = this.expr(e.left, true);
      if (e.right.kind !== 'SetExpression') return this.fail('"in" with something other than a [set]', e);
      const tests = e.right.elements.map((el): ((v: unknown, f: Frame) => boolean) => {
        if (el.kind === 'RangeExpression') {
          const lo = el.from === undefined ? undefined : this.expr(el.from, true, x.type);
          const hi = el.to === undefined ? undefined : this.expr(el.to, true, x.type);
          return (v, f) => (lo === undefined || compare(v, lo.ev(f)) >= 0) && (hi === undefined || compare(v, hi.ev(f)) <= 0);
        }
        const c = this.expr(el, true, x.type);
        return (v, f) => equals(v, c.ev(f));
      });
      return {
        ev: (f) => {
          const v = x.ev(f);
          for (const t of tests) if (t(v, f)) return true;
          return false;
        },
        type: T.Boolean,
      };
    }
    if (op === 'is' || op === 'as') return this.fail(`the "${op}" operator`, e);
    const l = this.expr(e.left, true);
    const r = this.expr(e.right, true, l.type);
    const a = l.ev;
    const b = r.ev;
    switch (op) {
      case '+':
        return {
          ev: (f) => {
            const x = a(f);
            const y = b(f);
            if (typeof x === 'number' && typeof y === 'number') {
              const z = x + y;
              if (z > 2147483647 || z < -2147483648) return add(x, y);
              return z;
            }
            return add(x, y);
          },
          type: numResult(l.type, r.type, '+'),
        };
      case '-':
        return {
          ev: (f) => {
            const x = a(f);
            const y = b(f);
            if (typeof x === 'number' && typeof y === 'number') {
              const z = x - y;
              if (z > 2147483647 || z < -2147483648) return sub(x, y);
              return z;
            }
            return sub(x, y);
          },
          type: numResult(l.type, r.type, '-'),
        };
      case '*':
        return { ev: (f) => mul(a(f), b(f)), type: numResult(l.type, r.type, '*') };
      case '/':
        return { ev: (f) => divide(a(f), b(f)), type: T.Decimal };
      case 'div':
        return { ev: (f) => idiv(a(f), b(f)), type: T.Integer };
      case 'mod':
        return { ev: (f) => mod(a(f), b(f)), type: l.type };
      case '=':
        return { ev: (f) => equals(a(f), b(f)), type: T.Boolean };
      case '<>':
        return { ev: (f) => !equals(a(f), b(f)), type: T.Boolean };
      case '<':
        return {
          ev: (f) => {
            const x = a(f);
            const y = b(f);
            if (typeof x === 'number' && typeof y === 'number') return x < y;
            return compare(x, y) < 0;
          },
          type: T.Boolean,
        };
      case '<=':
        return {
          ev: (f) => {
            const x = a(f);
            const y = b(f);
            if (typeof x === 'number' && typeof y === 'number') return x <= y;
            return compare(x, y) <= 0;
          },
          type: T.Boolean,
        };
      case '>':
        return {
          ev: (f) => {
            const x = a(f);
            const y = b(f);
            if (typeof x === 'number' && typeof y === 'number') return x > y;
            return compare(x, y) > 0;
          },
          type: T.Boolean,
        };
      case '>=':
        return {
          ev: (f) => {
            const x = a(f);
            const y = b(f);
            if (typeof x === 'number' && typeof y === 'number') return x >= y;
            return compare(x, y) >= 0;
          },
          type: T.Boolean,
        };
    }
  }

  private enumTypeNamed(name: string): EnumType | undefined {
    return this.s.program.enums.get(name.toLowerCase());
  }

  private scope(e: Extract<Expression, { kind: 'ScopeExpression' }>, hint?: ALType): CE {
    const member = e.member.name;
    const obj = e.object;
    if (obj.kind === 'Identifier' || (obj.kind === 'ScopeExpression' && obj.object.kind === 'Identifier' && obj.object.name.toLowerCase() === 'enum')) {
      const name = obj.kind === 'Identifier' ? obj.name : obj.member.name;
      const ln = name.toLowerCase();
      if (obj.kind === 'Identifier' && ln === 'enum') {
        // Enum::"Name" used as a value for its static methods: Enum::"X".Names(), .Ordinals(), .FromInteger(n)
        const et = this.enumTypeNamed(member);
        if (et !== undefined) {
          const v = et.first();
          return { ev: () => v, type: { kind: 'Enum', enumType: et } };
        }
      }
      if (obj.kind === 'Identifier') {
        const objType = this.s.objectTypeId(ln, member);
        if (objType !== undefined) {
          const id = objType;
          return { ev: () => id, type: T.Integer };
        }
      }
      // a variable or field of Option/Enum type: Status::Open
      if (obj.kind === 'Identifier' && (this.locals.has(ln) || this.owner.globalByName.has(ln) || this.table?.field(name) !== undefined)) {
        const t = this.expr(obj, true).type;
        if (t !== undefined && (t.kind === 'Option' || t.kind === 'Enum')) return this.enumMember(t.enumType, member, e, t);
      }
      const et = this.enumTypeNamed(name);
      if (et !== undefined) return this.enumMember(et, member, e, { kind: 'Enum', enumType: et });
      if (hint !== undefined && (hint.kind === 'Option' || hint.kind === 'Enum')) return this.enumMember(hint.enumType, member, e, hint);
      return this.err(`unknown option or enum '${name}::${member}'`, e);
    }
    const o = this.expr(obj, true);
    if (o.type !== undefined && (o.type.kind === 'Option' || o.type.kind === 'Enum')) return this.enumMember(o.type.enumType, member, e, o.type);
    return this.err(`'::${member}' needs an option or enum on the left`, e);
  }

  private enumMember(et: EnumType, member: string, node: { start: number }, type: ALType): CE {
    const m = et.byName.get(member.toLowerCase());
    if (m === undefined) return this.err(`${et.isOption ? 'option' : 'enum'} '${et.name}' has no member '${member}'`, node);
    const v = new EnumValue(et, m.ordinal);
    return { ev: () => v, type };
  }

  identifier(e: Identifier, used: boolean): CE {
    const n = e.name.toLowerCase();
    const loc = this.locals.get(n);
    if (loc !== undefined) {
      const slot = loc.slot;
      return { ev: (f) => f.locals[slot], type: loc.type };
    }
    const g = this.owner.globalByName.get(n);
    if (g !== undefined) {
      const slot = g.slot;
      if (g.label !== undefined) {
        const text = g.label;
        return { ev: () => text, type: T.Text };
      }
      if (this.owner.kind === 'table') {
        const s = this.s;
        const owner = this.owner;
        return { ev: (f) => s.tableGlobals(f.self as Rec, owner)[slot], type: g.type };
      }
      return { ev: (f) => (f.self as CodeunitV).globals[slot], type: g.type };
    }
    if (this.owner.kind === 'page') {
      const pc = pageNameCE(this, e.name);
      if (pc !== undefined) return pc;
    }
    const tm = this.table;
    if (tm !== undefined) {
      const fm = tm.field(e.name);
      if (fm !== undefined) {
        const slot = fm.slot;
        return { ev: (f) => (f.self as Rec).data[slot], type: fm.type };
      }
      if (n === 'rec') return { ev: (f) => f.self, type: { kind: 'Record', table: tm.name, temporary: false } };
      // Outside a trigger's call chain (a table procedure called from outside) xRec is the record as it is now.
      if (n === 'xrec') return { ev: (f) => f.xrec ?? (f.self as Rec).clone(), type: { kind: 'Record', table: tm.name, temporary: false } };
    }
    // a parameterless procedure or built-in called without parentheses
    return this.callByName(e, e.name, [], used);
  }

  private member(e: Extract<Expression, { kind: 'MemberExpression' }>, used: boolean): CE {
    const obj = this.expr(e.object, true);
    if (obj.type?.kind === 'Record') {
      const tm = this.s.tableMeta(obj.type.table, e);
      const fm = tm.field(e.member.name);
      if (fm !== undefined) return compileRecordMember(this, obj, fm);
    }
    return compileMethodCall(this, obj, e.object, e.member.name, [], e, used);
  }

  call(e: Extract<Expression, { kind: 'CallExpression' }>, used: boolean): CE {
    const callee = e.callee;
    if (callee.kind === 'Identifier') return this.callByName(e, callee.name, e.args, used);
    if (callee.kind === 'MemberExpression') {
      // static object classes: Codeunit.Run, Page.Run, Report.Run, Database.X, Session.X...
      if (callee.object.kind === 'Identifier' && !this.isValueName(callee.object.name)) {
        const b = compileBuiltin(this, `${callee.object.name}.${callee.member.name}`, e.args, e, used);
        if (b !== undefined) return b;
      }
      const obj = this.expr(callee.object, true);
      return compileMethodCall(this, obj, callee.object, callee.member.name, e.args, e, used);
    }
    return this.fail(`calling a ${callee.kind}`, e);
  }

  /** Whether a name is a variable, field or parameter visible here (so `X.Method` is a method on a value). */
  isValueName(name: string): boolean {
    const n = name.toLowerCase();
    if (this.locals.has(n) || this.owner.globalByName.has(n)) return true;
    if (this.table !== undefined && (this.table.field(name) !== undefined || n === 'rec' || n === 'xrec')) return true;
    if (this.owner.kind === 'page' && pageNameCE(this, name) !== undefined) return true;
    return false;
  }

  callByName(node: { start: number }, name: string, args: readonly Expression[], used: boolean): CE {
    const n = name.toLowerCase();
    const procs = this.owner.procs.get(n);
    if (procs !== undefined) {
      const selfOf = (f: Frame): unknown => f.self;
      return this.s.compileProcCall(this, procs, selfOf, args, node, used);
    }
    if (this.owner.kind === 'table') {
      // record methods on the implicit Rec (Insert, SetRange, TestField...)
      const recCE: CE = { ev: (f) => f.self, type: { kind: 'Record', table: this.owner.name, temporary: false } };
      const m = compileMethodCall(this, recCE, undefined, name, args, node, used, true);
      if (m !== undefined) return m;
    }
    const implicitRec = this.owner.kind === 'codeunit' && this.owner.props.has('tableno') ? this.locals.get('rec') : undefined;
    if (implicitRec !== undefined && implicitRec.type.kind === 'Record') {
      // record methods on the OnRun Rec of a codeunit with TableNo (`if not Find() then`)
      const slot = implicitRec.slot;
      const m = compileMethodCall(this, { ev: (f) => f.locals[slot], type: implicitRec.type }, undefined, name, args, node, used, true);
      if (m !== undefined) return m;
    }
    if (this.owner.kind === 'page' && pageModel(this.s.program, this.owner).sourceTable !== undefined) {
      // record methods on the page's implicit Rec (SetRange, FindFirst... without `Rec.`)
      const m = compileMethodCall(this, pageRecCE(this), undefined, name, args, node, used, true);
      if (m !== undefined) return m;
    }
    const b = compileBuiltin(this, name, args, node, used);
    if (b !== undefined) return b;
    return this.err(`'${name}' is not a variable, procedure or built-in function known to the AL runtime`, node);
  }

  /** Compiles arguments for a call to `proc`: lvalues for var parameters (copied back after the call). */
  compileArgs(proc: ProcInfo, args: readonly Expression[], node: { start: number }): { evs: Ev[]; writeBack: ((f: Frame, v: unknown) => void)[] | undefined } {
    if (args.length > proc.params.length) this.err(`${proc.name} takes ${proc.params.length} argument(s), ${args.length} given`, node);
    const evs: Ev[] = [];
    let wb: ((f: Frame, v: unknown) => void)[] | undefined;
    proc.params.forEach((p, i) => {
      const a = args[i];
      if (a === undefined) {
        this.err(`${proc.name} needs ${proc.params.length} argument(s), ${args.length} given`, node);
      }
      if (p.byRef) {
        const lv = this.lvalue(a);
        evs.push(lv.get);
        wb ??= [];
        const conv = this.s.assignConverter(lv.type);
        const set = lv.set;
        // records change in place; every other var argument (List, Dictionary, JSON, HTTP... too) is written back,
        // so a callee that rebinds it (Clear(List), Client.Send(Req, Response)) is seen by the caller
        const isRef = p.type.kind === 'Record';
        wb[i] = isRef ? () => undefined : (f, v) => set(f, conv(v, undefined));
      } else evs.push(this.expr(a, true, p.type).ev);
    });
    return { evs, writeBack: wb };
  }
}

function numResult(a: ALType | undefined, b: ALType | undefined, op: string): ALType | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  if (a.kind === 'Decimal' || b.kind === 'Decimal') return T.Decimal;
  if (a.kind === 'Date' && op !== '-') return T.Date;
  if (a.kind === 'Date' && b.kind === 'Date') return T.Integer;
  if (a.kind === 'Date') return T.Date;
  if (a.kind === 'Text' || a.kind === 'Code' || b.kind === 'Text' || b.kind === 'Code') return T.Text;
  if (a.kind === 'BigInteger' || b.kind === 'BigInteger') return T.BigInteger;
  return a;
}

export { InterfaceV };
