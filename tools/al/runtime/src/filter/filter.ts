import { alError } from '../errors';
import { evaluateText, formatValue } from '../values/format';
import { compare } from '../values/ops';
import { ALType, EnumValue } from '../values/types';
import { ALDate } from '../values/dates';
import { Dec } from '../values/decimal';

/**
 * The filter expression language of SetFilter/SetRange (Microsoft Learn, "Entering Criteria in Filters" and
 * "Record.SetFilter(Any, Text [, Any,...]) Method"): `a..b`, `..b`, `a..`, `|` (or), `&` (and), `<>`, `<`, `<=`,
 * `>`, `>=`, `=`, wildcards `*` and `?` for Text and Code, `@` for case-insensitive text, `''` for the empty value,
 * parentheses, quoted values, and `%1`.. placeholders whose values are taken literally. A filter is parsed once
 * into a predicate closure over the field's stored value.
 */
export interface CompiledFilter {
  /** The filter as GetFilter returns it. */
  readonly text: string;
  readonly test: (v: unknown) => boolean;
  /** Bounds for SetRange-style filters (GetRangeMin/GetRangeMax); undefined for complex expressions. */
  readonly range?: { readonly min: unknown; readonly max: unknown };
  /**
   * Set when the filter is exactly `compare(v, value) === 0` (SetRange(F, v), or SetFilter with one plain value or
   * `=value`; no wildcard, `@`, range or operator). Sorted reads seek to that value (db/keyRange.ts); every other
   * filter leaves it undefined.
   */
  readonly exact?: { readonly value: unknown };
}

type Tok =
  | { k: 'val'; text: string; literal: boolean; value?: unknown }
  | { k: 'op'; op: '|' | '&' | '(' | ')' | '..' | '<>' | '<' | '<=' | '>' | '>=' | '=' | '@' };

/** Characters that make a value need quoting when shown in a filter. */
const SPECIAL = /[&|()<>=.*@?']/;

/** A value as filter text: numbers without thousands separators (a filter value must read back), others as Format. */
function filterText(v: unknown, type: ALType): string {
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof Dec) return formatValue(v, 0, 1, type);
  return formatValue(v, 0, 0, type);
}

/** Quotes a single value for a filter text, as BC shows it in GetFilter. */
export function quoteFilterValue(s: string): string {
  if (s === '') return "''";
  if (SPECIAL.test(s) || s !== s.trim()) return `'${s.replace(/'/g, "''")}'`;
  return s;
}

function tokenize(src: string, args: readonly unknown[], type: ALType): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let buf = '';
  let bufLiteral = false;
  let bufValue: unknown = undefined;
  let hasBuf = false;
  const flush = (): void => {
    if (hasBuf) {
      const t = bufLiteral ? buf : buf.trim();
      const tok: Tok = { k: 'val', text: t, literal: bufLiteral };
      if (bufValue !== undefined) tok.value = bufValue;
      if (t !== '' || bufLiteral) toks.push(tok);
    }
    buf = '';
    bufLiteral = false;
    bufValue = undefined;
    hasBuf = false;
  };
  while (i < src.length) {
    const c = src[i] ?? '';
    if (c === "'") {
      // quoted value; '' inside is a quote
      let j = i + 1;
      let s = '';
      for (;;) {
        if (j >= src.length) throw alError(`The filter '${src}' has an unterminated quote.`);
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            s += "'";
            j += 2;
            continue;
          }
          break;
        }
        s += src[j];
        j++;
      }
      buf += s;
      bufLiteral = true;
      hasBuf = true;
      i = j + 1;
      continue;
    }
    if (c === '%' && /\d/.test(src[i + 1] ?? '')) {
      let j = i + 1;
      while (/\d/.test(src[j] ?? '')) j++;
      const n = Number(src.slice(i + 1, j));
      if (n < 1 || n > args.length) throw alError(`The filter '${src}' uses %${n}, but only ${args.length} value(s) were given.`);
      const a = args[n - 1];
      if (buf.trim() === '' && !hasBuf) bufValue = a;
      else bufValue = undefined;
      buf += filterText(a, type);
      bufLiteral = true;
      hasBuf = true;
      i = j;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '..' || two === '<>' || two === '<=' || two === '>=') {
      flush();
      toks.push({ k: 'op', op: two });
      i += 2;
      continue;
    }
    if (c === '|' || c === '&' || c === '(' || c === ')' || c === '<' || c === '>' || c === '=' || c === '@') {
      flush();
      toks.push({ k: 'op', op: c });
      i++;
      continue;
    }
    if (bufValue !== undefined) bufValue = undefined;
    buf += c;
    if (c !== ' ' || hasBuf) hasBuf = true;
    i++;
  }
  flush();
  return toks;
}

type Pred = (v: unknown) => boolean;

function isTextual(t: ALType): boolean {
  return t.kind === 'Text' || t.kind === 'Code';
}

/** Converts one filter value (text) to the field's type, as BC does with Evaluate in the session culture. */
export function filterValueOf(tok: { text: string; value?: unknown }, type: ALType, today: () => ALDate): unknown {
  if (tok.value !== undefined) return coerceForFilter(tok.value, type);
  if (type.kind === 'Code') return tok.text.trim().toUpperCase();
  if (type.kind === 'Text') return tok.text;
  const v = evaluateText(tok.text, type, 0, today);
  if (v === undefined) throw alError(`The filter value '${tok.text}' is not a valid ${type.kind}.`);
  return v;
}

function coerceForFilter(v: unknown, type: ALType): unknown {
  if (type.kind === 'Code' && typeof v === 'string') return v.trim().toUpperCase();
  if ((type.kind === 'Option' || type.kind === 'Enum') && typeof v === 'number') return new EnumValue(type.enumType, v);
  return v;
}

function wildcardRegex(pattern: string, ci: boolean): RegExp {
  let re = '^';
  for (const ch of pattern) {
    if (ch === '*') re += '[\\s\\S]*';
    else if (ch === '?') re += '[\\s\\S]';
    else re += ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  }
  return new RegExp(re + '$', ci ? 'i' : '');
}

class Parser {
  private pos = 0;
  constructor(
    private readonly toks: Tok[],
    private readonly type: ALType,
    private readonly src: string,
    private readonly today: () => ALDate,
  ) {}

  parse(): Pred {
    if (this.toks.length === 0) return () => true;
    const p = this.orExpr();
    if (this.pos < this.toks.length) throw this.err();
    return p;
  }

  private err(): Error {
    return alError(`The filter '${this.src}' is not valid for a ${this.type.kind} field.`);
  }

  private peekOp(op: string): boolean {
    const t = this.toks[this.pos];
    return t !== undefined && t.k === 'op' && t.op === op;
  }

  private orExpr(): Pred {
    const parts = [this.andExpr()];
    while (this.peekOp('|')) {
      this.pos++;
      parts.push(this.andExpr());
    }
    if (parts.length === 1) return parts[0] ?? (() => true);
    return (v) => {
      for (const p of parts) if (p(v)) return true;
      return false;
    };
  }

  private andExpr(): Pred {
    const parts = [this.atom()];
    while (this.peekOp('&')) {
      this.pos++;
      parts.push(this.atom());
    }
    if (parts.length === 1) return parts[0] ?? (() => true);
    return (v) => {
      for (const p of parts) if (!p(v)) return false;
      return true;
    };
  }

  private value(ci: boolean): { v: unknown; raw: { text: string; literal: boolean } } | undefined {
    const t = this.toks[this.pos];
    if (t === undefined || t.k !== 'val') return undefined;
    this.pos++;
    let v = filterValueOf(t, this.type, this.today);
    if (ci && typeof v === 'string') v = v.toLowerCase();
    return { v, raw: t };
  }

  private atom(): Pred {
    let ci = false;
    if (this.peekOp('@')) {
      this.pos++;
      ci = true;
    }
    if (this.peekOp('(')) {
      this.pos++;
      const p = this.orExpr();
      if (!this.peekOp(')')) throw this.err();
      this.pos++;
      return p;
    }
    const lower = ci ? (x: unknown): unknown => (typeof x === 'string' ? x.toLowerCase() : x) : (x: unknown): unknown => x;
    const t = this.toks[this.pos];
    if (t === undefined) throw this.err();
    if (t.k === 'op') {
      if (t.op === '..') {
        this.pos++;
        const hi = this.value(ci);
        if (hi === undefined) throw this.err();
        const h = hi.v;
        return (v) => compare(lower(v), h) <= 0;
      }
      const op = t.op;
      if (op === '<>' || op === '<' || op === '<=' || op === '>' || op === '>=' || op === '=') {
        this.pos++;
        if (this.peekOp('@')) {
          this.pos++;
          ci = true;
        }
        const lw = ci ? (x: unknown): unknown => (typeof x === 'string' ? x.toLowerCase() : x) : (x: unknown): unknown => x;
        const val = this.value(ci);
        const c = val === undefined ? (isTextual(this.type) ? '' : filterValueOf({ text: '' }, this.type, this.today)) : val.v;
        if ((op === '<>' || op === '=') && val !== undefined && isTextual(this.type) && !val.raw.literal && /[*?]/.test(val.raw.text)) {
          const re = wildcardRegex(String(c), ci);
          return op === '=' ? (v) => re.test(String(v)) : (v) => !re.test(String(v));
        }
        switch (op) {
          case '<>':
            return (v) => compare(lw(v), c) !== 0;
          case '=':
            return (v) => compare(lw(v), c) === 0;
          case '<':
            return (v) => compare(lw(v), c) < 0;
          case '<=':
            return (v) => compare(lw(v), c) <= 0;
          case '>':
            return (v) => compare(lw(v), c) > 0;
          case '>=':
            return (v) => compare(lw(v), c) >= 0;
        }
      }
      throw this.err();
    }
    const lo = this.value(ci);
    if (lo === undefined) throw this.err();
    if (this.peekOp('..')) {
      this.pos++;
      const nt = this.toks[this.pos];
      if (nt !== undefined && nt.k === 'val') {
        const hi = this.value(ci);
        if (hi === undefined) throw this.err();
        const l = lo.v;
        const h = hi.v;
        return (v) => {
          const x = lower(v);
          return compare(x, l) >= 0 && compare(x, h) <= 0;
        };
      }
      const l = lo.v;
      return (v) => compare(lower(v), l) >= 0;
    }
    if (isTextual(this.type) && !lo.raw.literal && /[*?]/.test(lo.raw.text)) {
      const re = wildcardRegex(String(lo.v), ci);
      return (v) => re.test(String(v));
    }
    const c = lo.v;
    if (ci) return (v) => compare(lower(v), c) === 0;
    return (v) => compare(v, c) === 0;
  }
}

/** SetFilter: parses `expr` with `%n` arguments for a field of `type`. */
export function compileFilter(expr: string, args: readonly unknown[], type: ALType, today: () => ALDate = () => ALDate.UNDEFINED): CompiledFilter {
  const toks = tokenize(expr, args, type);
  const test = new Parser(toks, type, expr, today).parse();
  const text = toks
    .map((t) => (t.k === 'op' ? t.op : t.literal ? quoteFilterValue(t.text) : t.text))
    .join('');
  const exact = singleValue(toks, type, today);
  return exact === undefined ? { text, test } : { text, test, exact };
}

/**
 * The value of a filter that is one plain value (`v`) or `=v`, when the parser compiles it to
 * `compare(v, value) === 0`: not for a Text/Code value with an unquoted `*` or `?` (a wildcard pattern).
 */
function singleValue(toks: readonly Tok[], type: ALType, today: () => ALDate): { value: unknown } | undefined {
  const first = toks[0];
  const t = toks.length === 1 ? first : toks.length === 2 && first?.k === 'op' && first.op === '=' ? toks[1] : undefined;
  if (t === undefined || t.k !== 'val') return undefined;
  if (isTextual(type) && !t.literal && /[*?]/.test(t.text)) return undefined;
  return { value: filterValueOf(t, type, today) };
}

/** SetRange(field, from [, to]). */
export function rangeFilter(from: unknown, to: unknown, hasTo: boolean, type: ALType): CompiledFilter {
  const show = (v: unknown): string => quoteFilterValue(filterText(v, type));
  if (!hasTo || compare(from, to) === 0) {
    return { text: show(from), test: (v) => compare(v, from) === 0, range: { min: from, max: from }, exact: { value: from } };
  }
  return {
    text: `${show(from)}..${show(to)}`,
    test: (v) => compare(v, from) >= 0 && compare(v, to) <= 0,
    range: { min: from, max: to },
  };
}
