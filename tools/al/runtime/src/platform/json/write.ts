import { JsonNode, JsonScalar } from './node';

/** WriteTo: compact JSON (no whitespace), as BC writes it; numbers with their stored text. */
export function writeJson(node: JsonNode): string {
  return write(node);
}

function write(node: JsonNode): string {
  switch (node.kind) {
    case 'value':
      return scalarText(node.scalar);
    case 'array': {
      let out = '[';
      const items = node.items;
      for (let i = 0; i < items.length; i++) {
        const v = items[i];
        if (v === undefined) continue;
        if (i > 0) out += ',';
        out += write(v);
      }
      return out + ']';
    }
    case 'object': {
      let out = '{';
      let first = true;
      for (const [k, v] of node.props) {
        if (!first) out += ',';
        first = false;
        out += quote(k) + ':' + write(v);
      }
      return out + '}';
    }
  }
}

export function scalarText(v: JsonScalar): string {
  switch (v.t) {
    case 'null':
      return 'null';
    case 'undefined':
      return 'undefined';
    case 'boolean':
      return v.b ? 'true' : 'false';
    case 'number':
      return v.text;
    case 'string':
      return quote(v.s);
  }
}

/** JSON string literal with the escapes Newtonsoft's default writer uses (quote, backslash, control characters). */
export function quote(s: string): string {
  return PLAIN.test(s) ? '"' + s + '"' : JSON.stringify(s);
}

/** Strings that need no escaping (the common case) skip JSON.stringify. */
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;
