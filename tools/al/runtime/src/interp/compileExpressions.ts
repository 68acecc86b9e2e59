import type { Expression, Literal } from '../../../syntax/src/ast';
import { alError } from '../errors';
import { Dec } from '../values/decimal';
import { ALDate, ALDateTime, ALTime, dayOf, isValidYmd } from '../values/dates';
import { ALArray } from '../values/collections';
import { add, compare, divide, equals, idiv, mod, mul, neg, sub, toBool } from '../values/ops';
import { ALType, T } from '../values/types';
import { CE, Frame } from './frame';
import type { Compiler } from './compile';
import { compileScope } from './compileNames';
import { compileMember } from './compileCalls';

// Expressions: literals, operators, conditions and indexing; names and calls are compiled in compileNames/compileCalls.ts.

export function compileCondition(c: Compiler, e: Expression): (f: Frame) => boolean {
  const ev = c.expr(e, true).ev;
  return (f) => {
    const v = ev(f);
    if (v === true) return true;
    if (v === false) return false;
    return toBool(v);
  };
}

/** `used`: whether the value is used (matters for TryFunction and Codeunit.Run). `hint`: expected type. */
export function compileExpression(c: Compiler, e: Expression, used: boolean, hint?: ALType): CE {
  switch (e.kind) {
    case 'Literal':
      return literal(c, e);
    case 'ParenthesizedExpression':
      return c.expr(e.expression, used, hint);
    case 'Identifier':
      return c.identifier(e, used);
    case 'ThisExpression':
      return { ev: (f) => f.self, type: c.owner.kind === 'codeunit' ? { kind: 'Codeunit', name: c.owner.name } : undefined };
    case 'UnaryExpression': {
      const o = c.expr(e.operand, true);
      const ev = o.ev;
      if (e.operator === 'not') return { ev: (f) => !toBool(ev(f)), type: T.Boolean };
      if (e.operator === '-') return { ev: (f) => neg(ev(f)), type: o.type };
      return o;
    }
    case 'BinaryExpression':
      return binary(c, e);
    case 'ConditionalExpression': {
      const cnd = c.cond(e.condition);
      const a = c.expr(e.whenTrue, true, hint);
      const b = c.expr(e.whenFalse, true, hint);
      return { ev: (f) => (cnd(f) ? a.ev(f) : b.ev(f)), type: a.type };
    }
    case 'ScopeExpression':
      return compileScope(c, e, hint);
    case 'MemberExpression':
      return compileMember(c, e, used);
    case 'CallExpression':
      return c.call(e, used);
    case 'IndexExpression': {
      const obj = c.expr(e.object, true);
      const idx = e.indexes.map((i) => c.expr(i, true));
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
      return c.err('a set or range is only valid after "in" or in a case branch', e);
    case 'ErrorExpression':
      return c.fail('an expression with a syntax error', e);
  }
}

function literal(c: Compiler, e: Literal): CE {
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
      if (v === undefined) return c.err(`invalid decimal literal ${e.raw}`, e);
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
        if (m === null) return c.err(`invalid date literal ${e.raw}`, e);
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
        if (!isValidYmd(y, mo, d)) return c.err(`invalid date literal ${e.raw}`, e);
        v = ALDate.fromDay(dayOf(y, mo, d));
      }
      return { ev: () => v, type: T.Date };
    }
    case 'time': {
      const raw = String(e.value);
      let v = ALTime.UNDEFINED;
      if (raw !== '0') {
        const m = /^(\d{2})(\d{2})(\d{2})?(?:\.(\d{1,3}))?$/.exec(raw);
        if (m === null) return c.err(`invalid time literal ${e.raw}`, e);
        v = ALTime.of(((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? '0')) * 1000 + Number((m[4] ?? '0').padEnd(3, '0')));
      }
      return { ev: () => v, type: T.Time };
    }
    case 'datetime':
      return { ev: () => ALDateTime.UNDEFINED, type: T.DateTime };
  }
}

function binary(c: Compiler, e: Extract<Expression, { kind: 'BinaryExpression' }>): CE {
  const op = e.operator;
  if (op === 'and' || op === 'or' || op === 'xor') {
    const a = c.cond(e.left);
    const b = c.cond(e.right);
    // Evaluated with short-circuit, as code like `if (No <> '') and Rec.Get(No)` in BCApps relies on.
    if (op === 'and') return { ev: (f) => a(f) && b(f), type: T.Boolean };
    if (op === 'or') return { ev: (f) => a(f) || b(f), type: T.Boolean };
    return { ev: (f) => a(f) !== b(f), type: T.Boolean };
  }
  if (op === 'in') {
    const x = c.expr(e.left, true);
    if (e.right.kind !== 'SetExpression') return c.fail('"in" with something other than a [set]', e);
    const tests = e.right.elements.map((el) => compileSetElementTest(c, el, x.type));
    return {
      ev: (f) => {
        const v = x.ev(f);
        for (const t of tests) if (t(v, f)) return true;
        return false;
      },
      type: T.Boolean,
    };
  }
  if (op === 'is' || op === 'as') return c.fail(`the "${op}" operator`, e);
  const l = c.expr(e.left, true);
  const r = c.expr(e.right, true, l.type);
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

/** One element of a set (`in [..]`) or case branch: a value (equality) or a range `a..b` (either end open). */
export function compileSetElementTest(c: Compiler, el: Expression, type: ALType | undefined): (v: unknown, f: Frame) => boolean {
  if (el.kind === 'RangeExpression') {
    const lo = el.from === undefined ? undefined : c.expr(el.from, true, type);
    const hi = el.to === undefined ? undefined : c.expr(el.to, true, type);
    return (v, f) => (lo === undefined || compare(v, lo.ev(f)) >= 0) && (hi === undefined || compare(v, hi.ev(f)) <= 0);
  }
  const one = c.expr(el, true, type);
  return (v, f) => equals(v, one.ev(f));
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
