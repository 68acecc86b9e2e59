import { JsonNode, JsonScalar } from './node';

/** WriteTo: compact JSON (no whitespace), as BC writes it; numbers with their stored text. */
export function writeJson(node: JsonNode): string {
  const out: string[] = [];
  write(node, out);
  return out.join('');
}

function write(node: JsonNode, out: string[]): void {
  switch (node.kind) {
    case 'value':
      out.push(scalarText(node.scalar));
      return;
    case 'array': {
      out.push('[');
      node.items.forEach((v, i) => {
        if (i > 0) out.push(',');
        write(v, out);
      });
      out.push(']');
      return;
    }
    case 'object': {
      out.push('{');
      let first = true;
      for (const [k, v] of node.props) {
        if (!first) out.push(',');
        first = false;
        out.push(quote(k), ':');
        write(v, out);
      }
      out.push('}');
      return;
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
  return JSON.stringify(s);
}
