import type { Statement } from '../../../syntax/src/ast';
import { alError, toALError } from '../errors';
import { ALDictionary, ALList } from '../values/collections';
import { add, coerce, compare } from '../values/ops';
import { St } from './frame';
import { Flow } from './instances';
import { lineOf } from './program';
import { JsonArrayNode } from '../platform/json';
import type { Compiler } from './compile';
import { compileAssignment } from './compilePlaces';
import { compileSetElementTest } from './compileExpressions';

// Statements: blocks, control flow, loops, case, exit and asserterror, each compiled to a closure returning a Flow.

export function compileBlock(c: Compiler, stmts: readonly Statement[]): St {
  const list = stmts.map((st) => c.stmt(st));
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

export function compileStatement(c: Compiler, st: Statement): St {
  const line = lineOf(c.proc.file, st.start);
  const inner = statementInner(c, st);
  if (st.kind === 'BlockStatement' || st.kind === 'EmptyStatement') return inner;
  return (f) => {
    f.line = line;
    return inner(f);
  };
}

function statementInner(c: Compiler, st: Statement): St {
  switch (st.kind) {
    case 'BlockStatement':
      return c.block(st.statements);
    case 'EmptyStatement':
      return () => Flow.Normal;
    case 'ErrorStatement':
      return c.fail('a statement with a syntax error', st);
    case 'ExpressionStatement': {
      const e = c.expr(st.expression, false);
      const ev = e.ev;
      return (f) => {
        ev(f);
        return Flow.Normal;
      };
    }
    case 'AssignmentStatement':
      return compileAssignment(c, st.target, st.operator, st.value, st);
    case 'IfStatement': {
      const cnd = c.cond(st.condition);
      const t = c.optStmt(st.then);
      if (st.else === undefined) return (f) => (cnd(f) ? t(f) : Flow.Normal);
      const e = c.stmt(st.else);
      return (f) => (cnd(f) ? t(f) : e(f));
    }
    case 'WhileStatement': {
      const cnd = c.cond(st.condition);
      c.loopDepth++;
      const b = c.optStmt(st.body);
      c.loopDepth--;
      return (f) => {
        while (cnd(f)) {
          const r = b(f);
          if (r === Flow.Break) break;
          if (r === Flow.Exit) return r;
        }
        return Flow.Normal;
      };
    }
    case 'RepeatStatement': {
      c.loopDepth++;
      const b = c.block(st.statements);
      c.loopDepth--;
      const cnd = c.cond(st.condition);
      return (f) => {
        do {
          const r = b(f);
          if (r === Flow.Break) break;
          if (r === Flow.Exit) return r;
        } while (!cnd(f));
        return Flow.Normal;
      };
    }
    case 'ForStatement':
      return forStatement(c, st);
    case 'ForeachStatement': {
      const lv = c.lvalue(st.variable);
      const it = c.expr(st.iterable, true);
      c.loopDepth++;
      const b = c.optStmt(st.body);
      c.loopDepth--;
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
      return caseStatement(c, st);
    case 'ExitStatement': {
      if (st.value === undefined) return () => Flow.Exit;
      const v = c.expr(st.value, true);
      const rt = c.proc.returnType;
      if (rt === undefined) c.err('exit(value) in a procedure without a return type', st);
      const conv = c.s.assignConverter(rt);
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
      const b = c.optStmt(st.body);
      const s = c.s;
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
      return c.fail('the with statement (use explicit record names)', st);
  }
}

function forStatement(c: Compiler, st: Extract<Statement, { kind: 'ForStatement' }>): St {
  const lv = c.lvalue(st.variable);
  const from = c.expr(st.from, true);
  const to = c.expr(st.to, true);
  c.loopDepth++;
  const b = c.optStmt(st.body);
  c.loopDepth--;
  const step = st.downto ? -1 : 1;
  const local = st.variable.kind === 'Identifier' ? c.locals.get(st.variable.name.toLowerCase()) : undefined;
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

function caseStatement(c: Compiler, st: Extract<Statement, { kind: 'CaseStatement' }>): St {
  const sel = c.expr(st.expression, true);
  const branches = st.branches.map((br) => {
    const tests = br.values.map((v) => compileSetElementTest(c, v, sel.type));
    return { tests, body: c.optStmt(br.body) };
  });
  const elseB = st.else === undefined ? undefined : c.block(st.else);
  return (f) => {
    const x = sel.ev(f);
    for (const br of branches) {
      for (const t of br.tests) if (t(x, f)) return br.body(f);
    }
    return elseB === undefined ? Flow.Normal : elseB(f);
  };
}
