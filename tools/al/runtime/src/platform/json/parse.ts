import { ALError, alError } from '../../errors';
import { JSON_MESSAGES as M } from './messages';
import { JsonArrayNode, JsonNode, JsonObjectNode, JsonValueNode, NULL_SCALAR, UNDEFINED_SCALAR } from './node';

/** What the AL ReadFrom being served expects at the root (JsonObject.ReadFrom needs an object, and so on). */
export type RootKind = 'any' | 'object' | 'array' | 'value';

export type ReadResult = { readonly ok: true; readonly node: JsonNode } | { readonly ok: false; readonly error: ALError };

/**
 * Reads JSON text as BC's ReadFrom does (Newtonsoft.Json's reader): standard JSON plus the leniencies that reader
 * has (comments, single-quoted strings, unquoted property names); a duplicate key keeps the last value. Number
 * tokens keep their text. Errors carry the reader's message with path, line and position.
 */
export function readJson(text: string, root: RootKind = 'any'): ReadResult {
  try {
    return { ok: true, node: new Reader(text).document(root) };
  } catch (e) {
    if (e instanceof ALError) return { ok: false, error: e };
    throw e;
  }
}

class Reader {
  private i = 0;
  private depth = 0;
  private readonly path: (string | number)[] = [];
  constructor(private readonly s: string) {}

  document(root: RootKind): JsonNode {
    this.skipWs();
    if (this.i >= this.s.length) throw alError(M.emptyInput());
    const first = this.s[this.i];
    const kind = first === '{' ? 'StartObject' : first === '[' ? 'StartArray' : undefined;
    const { line, col } = this.pos(this.i);
    if (root === 'object' && kind !== 'StartObject') throw alError(M.wrongRoot('JObject', kind ?? this.scalarTokenName(), line, col));
    if (root === 'array' && kind !== 'StartArray') throw alError(M.wrongRoot('JArray', kind ?? this.scalarTokenName(), line, col));
    if (root === 'value' && kind !== undefined) throw alError(M.wrongRoot('JValue', kind, line, col));
    const node = this.value();
    this.skipWs();
    if (this.i < this.s.length) {
      const p = this.pos(this.i);
      throw alError(M.additionalText(this.s.charAt(this.i), p.line, p.col));
    }
    return node;
  }

  private scalarTokenName(): string {
    const c = this.s.charAt(this.i);
    if (c === '"' || c === "'") return 'String';
    if (c === 't' || c === 'f') return 'Boolean';
    if (c === 'n') return 'Null';
    return /[-0-9]/.test(c) ? 'Integer' : 'Undefined';
  }

  private pathText(): string {
    let out = '';
    for (const p of this.path) {
      if (typeof p === 'number') out += `[${p}]`;
      else out += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(p) ? (out === '' ? p : `.${p}`) : `['${p}']`;
    }
    return out;
  }

  private pos(at: number): { line: number; col: number } {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < at && k < this.s.length; k++) {
      if (this.s.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    return { line, col: at - lineStart + 1 };
  }

  private fail(make: (path: string, line: number, col: number) => string, at = this.i): never {
    const { line, col } = this.pos(at);
    throw alError(make(this.pathText(), line, col));
  }

  private skipWs(): void {
    for (;;) {
      const c = this.s.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) this.i++;
      else if (c === 47 /* / */ && this.s.charCodeAt(this.i + 1) === 47) {
        const nl = this.s.indexOf('\n', this.i);
        this.i = nl < 0 ? this.s.length : nl + 1;
      } else if (c === 47 && this.s.charCodeAt(this.i + 1) === 42 /* * */) {
        const end = this.s.indexOf('*/', this.i + 2);
        if (end < 0) this.fail((p, l, c2) => M.unexpectedEnd('comment', p, l, c2), this.s.length);
        this.i = end + 2;
      } else return;
    }
  }

  private endOf(what: string): never {
    return this.fail((p, l, c) => M.unexpectedEnd(what, p, l, c), this.s.length);
  }

  private value(): JsonNode {
    this.skipWs();
    if (this.i >= this.s.length) this.endOf('JToken');
    const c = this.s.charAt(this.i);
    switch (c) {
      case '{':
        return this.object();
      case '[':
        return this.array();
      case '"':
      case "'":
        return JsonValueNode.text(this.string(c));
    }
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const [word, make] of WORDS) {
      if (this.s.startsWith(word, this.i) && !/[A-Za-z0-9_]/.test(this.s.charAt(this.i + word.length))) {
        this.i += word.length;
        return make();
      }
    }
    return this.fail((p, l, col) => M.unexpectedChar(c, p, l, col));
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) this.fail((p, l, c) => M.maxDepth(MAX_DEPTH, p, l, c));
  }

  private object(): JsonObjectNode {
    this.enter();
    const obj = new JsonObjectNode();
    this.i++; // {
    this.skipWs();
    if (this.s.charAt(this.i) === '}') {
      this.i++;
      this.depth--;
      return obj;
    }
    for (;;) {
      this.skipWs();
      if (this.i >= this.s.length) this.endOf('JObject');
      const c = this.s.charAt(this.i);
      let key: string;
      if (c === '"' || c === "'") key = this.string(c);
      else if (/[A-Za-z_$]/.test(c)) {
        NAME.lastIndex = this.i;
        const m = NAME.exec(this.s);
        key = m === null ? c : m[0];
        this.i += key.length;
      } else this.fail((p, l, col) => M.invalidPropertyChar(c, p, l, col));
      this.skipWs();
      if (this.i >= this.s.length) this.endOf('JObject');
      if (this.s.charAt(this.i) !== ':') this.fail((p, l, col) => M.invalidPropertyChar(this.s.charAt(this.i), p, l, col));
      this.i++;
      this.path.push(key);
      const v = this.value();
      this.path.pop();
      // Duplicate keys: the last value wins (Newtonsoft's default when loading a JObject).
      if (!obj.add(key, v)) obj.replace(key, v);
      this.skipWs();
      if (this.i >= this.s.length) this.endOf('JObject');
      const sep = this.s.charAt(this.i);
      this.i++;
      if (sep === '}') {
        this.depth--;
        return obj;
      }
      if (sep !== ',') {
        this.path.push(key);
        this.fail((p, l, col) => M.afterPropertyChar(sep, p, l, col), this.i - 1);
      }
    }
  }

  private array(): JsonArrayNode {
    this.enter();
    const arr = new JsonArrayNode();
    this.i++; // [
    this.skipWs();
    if (this.s.charAt(this.i) === ']') {
      this.i++;
      this.depth--;
      return arr;
    }
    for (;;) {
      this.path.push(arr.count);
      if (this.i >= this.s.length) this.endOf('JArray');
      arr.add(this.value());
      this.path.pop();
      this.skipWs();
      if (this.i >= this.s.length) this.endOf('JArray');
      const sep = this.s.charAt(this.i);
      this.i++;
      if (sep === ']') {
        this.depth--;
        return arr;
      }
      if (sep !== ',') {
        this.path.push(arr.count - 1);
        this.fail((p, l, col) => M.afterPropertyChar(sep, p, l, col), this.i - 1);
      }
      this.skipWs();
    }
  }

  private string(quote: string): string {
    const start = this.i;
    this.i++;
    let out = '';
    let chunk = this.i;
    for (;;) {
      if (this.i >= this.s.length) this.fail((p, l, c) => M.unterminatedString(p, l, c), start);
      const c = this.s.charAt(this.i);
      if (c === quote) {
        out += this.s.slice(chunk, this.i);
        this.i++;
        return out;
      }
      if (c === '\\') {
        out += this.s.slice(chunk, this.i);
        const e = this.s.charAt(this.i + 1);
        const simple = ESCAPES.get(e);
        if (simple !== undefined) {
          out += simple;
          this.i += 2;
        } else if (e === 'u') {
          const hex = this.s.slice(this.i + 2, this.i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail((p, l, col) => M.badEscape(p, l, col));
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 6;
        } else this.fail((p, l, col) => M.badEscape(p, l, col));
        chunk = this.i;
        continue;
      }
      this.i++;
    }
  }

  private number(): JsonValueNode {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.s);
    NUMBER_LIKE.lastIndex = this.i;
    const raw = NUMBER_LIKE.exec(this.s)?.[0] ?? this.s.charAt(this.i);
    if (m === null || m[0].length !== raw.length) {
      // A token such as 1.2.3 or 12abc is one bad number, as the .NET reader reports it.
      this.fail((p, l, c) => M.badNumber(raw, p, l, c));
    }
    this.i += m[0].length;
    return JsonValueNode.num(m[0]);
  }
}

/** Newtonsoft.Json 13's default MaxDepth for reading. */
const MAX_DEPTH = 64;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NUMBER_LIKE = /[-0-9.eE+A-Za-z]+/y;
const NAME = /[A-Za-z0-9_$]+/y;

const ESCAPES = new Map<string, string>([
  ['"', '"'],
  ["'", "'"],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);

const WORDS: readonly (readonly [string, () => JsonNode])[] = [
  ['true', () => JsonValueNode.bool(true)],
  ['false', () => JsonValueNode.bool(false)],
  ['null', () => new JsonValueNode(NULL_SCALAR)],
  ['undefined', () => new JsonValueNode(UNDEFINED_SCALAR)],
];
