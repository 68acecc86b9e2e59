import { alError } from '../../errors';
import { JSON_MESSAGES as M } from './messages';

/**
 * The JSON tree behind AL's JsonToken, JsonObject, JsonArray and JsonValue (Microsoft Learn, "JsonToken data
 * type" and siblings). Like BC (which wraps Newtonsoft's JToken), these are reference types: an AL variable holds a
 * reference to a node, assignment shares the node and Clone copies it. A node knows its parent so Path works; adding
 * a node that already has a parent adds a copy of it (Newtonsoft's rule), adding a parentless node adds the node
 * itself, so later changes through the original variable are visible in the container.
 */
export type JsonNode = JsonObjectNode | JsonArrayNode | JsonValueNode;

/** A JSON scalar. Numbers keep their text exactly as read or as written from an AL value, so decimals round-trip. */
export type JsonScalar =
  | { readonly t: 'null' }
  | { readonly t: 'undefined' }
  | { readonly t: 'string'; readonly s: string }
  | { readonly t: 'number'; readonly text: string }
  | { readonly t: 'boolean'; readonly b: boolean };

export const NULL_SCALAR: JsonScalar = { t: 'null' };
export const UNDEFINED_SCALAR: JsonScalar = { t: 'undefined' };

abstract class NodeBase {
  /** The containing object or array; undefined for a root. */
  parent: JsonObjectNode | JsonArrayNode | undefined = undefined;

  abstract readonly kind: 'object' | 'array' | 'value';

  isObject(): this is JsonObjectNode {
    return this.kind === 'object';
  }
  isArray(): this is JsonArrayNode {
    return this.kind === 'array';
  }
  isValue(): this is JsonValueNode {
    return this.kind === 'value';
  }

  /** Newtonsoft's JToken.Path, which BC returns: `a.b[0].c`, `['odd key']`, '' for the root. */
  path(): string {
    const parts: string[] = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let cur: NodeBase = this;
    while (cur.parent !== undefined) {
      const p: JsonObjectNode | JsonArrayNode = cur.parent;
      if (p.kind === 'array') parts.push(`[${p.indexOfRef(cur as JsonNode)}]`);
      else {
        const key = p.keyOf(cur as JsonNode) ?? '';
        parts.push(/^[A-Za-z0-9_$@-]+$/.test(key) && !/^\d/.test(key) ? `.${key}` : `['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`);
      }
      cur = p;
    }
    const text = parts.reverse().join('');
    return text.startsWith('.') ? text.slice(1) : text;
  }

  /** The topmost container (the node itself when it has no parent). */
  root(): JsonNode {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let cur: NodeBase = this;
    while (cur.parent !== undefined) cur = cur.parent;
    return cur as JsonNode;
  }
}

export class JsonObjectNode extends NodeBase {
  readonly kind = 'object' as const;
  /** Properties in insertion order; keys are case-sensitive. */
  readonly props = new Map<string, JsonNode>();

  keyOf(child: JsonNode): string | undefined {
    for (const [k, v] of this.props) if (v === child) return k;
    return undefined;
  }
  get count(): number {
    return this.props.size;
  }
  contains(key: string): boolean {
    return this.props.has(key);
  }
  /** JsonObject.Get: the token, or undefined when the key is missing (AL's Get then returns false). */
  get(key: string): JsonNode | undefined {
    return this.props.get(key);
  }
  /** JsonObject.Get with its return value ignored: a missing key is an error. */
  getOrError(key: string): JsonNode {
    const v = this.props.get(key);
    if (v === undefined) throw alError(M.keyNotFound(key));
    return v;
  }
  /** JsonObject.Add: false when the key exists (AL raises keyExistsError when the return value is not used). */
  add(key: string, value: JsonNode): boolean {
    if (this.props.has(key)) return false;
    this.props.set(key, adopt(this, value));
    return true;
  }
  /** JsonObject.Replace: false when the key does not exist; the property keeps its position. */
  replace(key: string, value: JsonNode): boolean {
    const old = this.props.get(key);
    if (old === undefined) return false;
    const v = adopt(this, value);
    old.parent = undefined;
    this.props.set(key, v);
    return true;
  }
  /** JsonObject.Remove: false when the key does not exist. */
  remove(key: string): boolean {
    const old = this.props.get(key);
    if (old === undefined) return false;
    old.parent = undefined;
    this.props.delete(key);
    return true;
  }
  keys(): string[] {
    return [...this.props.keys()];
  }
  values(): JsonNode[] {
    return [...this.props.values()];
  }
  clone(): JsonObjectNode {
    const c = new JsonObjectNode();
    for (const [k, v] of this.props) {
      const cv = v.clone();
      cv.parent = c;
      c.props.set(k, cv);
    }
    return c;
  }
  /** Removes every property (used by ReadFrom, which refills the object in place). */
  clear(): void {
    for (const v of this.props.values()) v.parent = undefined;
    this.props.clear();
  }
  /** Moves the properties of `other` (a fresh, parentless object) into this one. */
  takeFrom(other: JsonObjectNode): void {
    this.clear();
    for (const [k, v] of other.props) {
      v.parent = this;
      this.props.set(k, v);
    }
    other.props.clear();
  }
}

export class JsonArrayNode extends NodeBase {
  readonly kind = 'array' as const;
  readonly items: JsonNode[] = [];

  indexOfRef(child: JsonNode): number {
    return this.items.indexOf(child);
  }
  get count(): number {
    return this.items.length;
  }
  add(value: JsonNode): void {
    this.items.push(adopt(this, value));
  }
  /** JsonArray.Get: undefined when the index is outside 0..Count-1. */
  get(index: number): JsonNode | undefined {
    return Number.isInteger(index) && index >= 0 ? this.items[index] : undefined;
  }
  getOrError(index: number): JsonNode {
    const v = this.get(index);
    if (v === undefined) throw alError(M.indexOutOfRange(index, this.items.length));
    return v;
  }
  insert(index: number, value: JsonNode): void {
    if (!Number.isInteger(index) || index < 0 || index > this.items.length) throw alError(M.insertOutOfRange(index, this.items.length));
    this.items.splice(index, 0, adopt(this, value));
  }
  set(index: number, value: JsonNode): void {
    const old = this.getOrError(index);
    const v = adopt(this, value);
    old.parent = undefined;
    this.items[index] = v;
  }
  removeAt(index: number): void {
    const old = this.getOrError(index);
    old.parent = undefined;
    this.items.splice(index, 1);
  }
  /** JsonArray.Remove(token): removes that very token (by reference); false when it is not an element. */
  remove(token: JsonNode): boolean {
    const i = this.items.indexOf(token);
    if (i < 0) return false;
    this.removeAt(i);
    return true;
  }
  /** JsonArray.IndexOf: a token by reference, a simple value by JSON equality; -1 when absent. */
  indexOf(value: JsonNode): number {
    const i = this.items.indexOf(value);
    if (i >= 0 || !value.isValue()) return i;
    return this.items.findIndex((it) => it.isValue() && scalarEquals(it.scalar, value.scalar));
  }
  clone(): JsonArrayNode {
    const c = new JsonArrayNode();
    for (const v of this.items) {
      const cv = v.clone();
      cv.parent = c;
      c.items.push(cv);
    }
    return c;
  }
  clear(): void {
    for (const v of this.items) v.parent = undefined;
    this.items.length = 0;
  }
  takeFrom(other: JsonArrayNode): void {
    this.clear();
    for (const v of other.items) {
      v.parent = this;
      this.items.push(v);
    }
    other.items.length = 0;
  }
}

export class JsonValueNode extends NodeBase {
  readonly kind = 'value' as const;
  constructor(public scalar: JsonScalar = NULL_SCALAR) {
    super();
  }
  isNull(): boolean {
    return this.scalar.t === 'null';
  }
  isUndefined(): boolean {
    return this.scalar.t === 'undefined';
  }
  setNull(): void {
    this.scalar = NULL_SCALAR;
  }
  clone(): JsonValueNode {
    return new JsonValueNode(this.scalar);
  }
  static text(s: string): JsonValueNode {
    return new JsonValueNode({ t: 'string', s });
  }
  static bool(b: boolean): JsonValueNode {
    return new JsonValueNode({ t: 'boolean', b });
  }
  /** A number from its JSON text (not validated here; the parser and the AL converters produce valid text). */
  static num(text: string): JsonValueNode {
    return new JsonValueNode({ t: 'number', text });
  }
}

export function scalarEquals(a: JsonScalar, b: JsonScalar): boolean {
  switch (a.t) {
    case 'null':
    case 'undefined':
      return b.t === a.t;
    case 'string':
      return b.t === 'string' && b.s === a.s;
    case 'boolean':
      return b.t === 'boolean' && b.b === a.b;
    case 'number':
      return b.t === 'number' && (b.text === a.text || Number(b.text) === Number(a.text));
  }
}

/** Newtonsoft's rule for adding a token: a token that already has a parent, the container itself or one of its
 * ancestors is copied; a parentless token is added as is. */
function adopt(container: JsonObjectNode | JsonArrayNode, value: JsonNode): JsonNode {
  let v = value;
  if (v.parent !== undefined || v === container || isAncestor(v, container)) v = v.clone();
  v.parent = container;
  return v;
}

function isAncestor(candidate: JsonNode, node: JsonNode): boolean {
  let cur = node.parent;
  while (cur !== undefined) {
    if (cur === candidate) return true;
    cur = cur.parent;
  }
  return false;
}

/** Type name BC uses in conversion errors ("Unable to convert from ...NavJsonObject to ...NavJsonValue."). */
export function navTypeName(kind: JsonNode['kind'] | 'token'): string {
  switch (kind) {
    case 'object':
      return 'NavJsonObject';
    case 'array':
      return 'NavJsonArray';
    case 'value':
      return 'NavJsonValue';
    case 'token':
      return 'NavJsonToken';
  }
}

/** JsonToken.AsObject / AsArray / AsValue with BC's error when the token holds another kind. */
export function asObject(n: JsonNode): JsonObjectNode {
  if (n.kind === 'object') return n;
  throw alError(M.convertToken(navTypeName(n.kind), 'NavJsonObject'));
}
export function asArray(n: JsonNode): JsonArrayNode {
  if (n.kind === 'array') return n;
  throw alError(M.convertToken(navTypeName(n.kind), 'NavJsonArray'));
}
export function asValue(n: JsonNode): JsonValueNode {
  if (n.kind === 'value') return n;
  throw alError(M.convertToken(navTypeName(n.kind), 'NavJsonValue'));
}

/** A new default token: Microsoft Learn says a default JsonToken contains the JSON value null. */
export function defaultToken(): JsonNode {
  return new JsonValueNode(NULL_SCALAR);
}
