import { alError } from '../../errors';
import { JSON_MESSAGES as M } from './messages';
import { JsonNode } from './node';

/**
 * SelectToken / SelectTokens: the JSONPath subset of Newtonsoft's SelectToken that BC code uses. `$` (optional) is
 * the token itself; `.name` and `['name']` select a property; `[n]` and `[n,m]` array elements; `[*]` and `.*`
 * every child; `..name` / `..*` / `..[n]` search all descendants. A path that matches nothing is not an error
 * (SelectToken returns false). Filters (`[?(...)]`) and slices are not supported and raise a clear error.
 */
type Step =
  | { readonly k: 'name'; readonly names: readonly string[]; readonly deep: boolean }
  | { readonly k: 'index'; readonly indexes: readonly number[]; readonly deep: boolean }
  | { readonly k: 'wild'; readonly deep: boolean };

export function parseJsonPath(path: string): Step[] {
  const steps: Step[] = [];
  let i = 0;
  const s = path.trim();
  const bad = (detail: string): never => {
    throw alError(M.pathSyntax(path, detail));
  };
  if (s.startsWith('$')) i = 1;
  else if (s.startsWith('@')) i = 1;
  let first = true;
  while (i < s.length) {
    let deep = false;
    const c = s.charAt(i);
    if (c === '.') {
      if (s.charAt(i + 1) === '.') {
        deep = true;
        i += 2;
      } else i += 1;
      if (s.charAt(i) === '[') continue_bracket();
      else if (s.charAt(i) === '*') {
        steps.push({ k: 'wild', deep });
        i++;
      } else name();
    } else if (c === '[') continue_bracket();
    else if (first) name();
    else bad(`unexpected character '${c}' at position ${i + 1}`);
    first = false;

    function name(): void {
      const m = /^[^.[\]\s]+/.exec(s.slice(i));
      if (m === null) {
        if (deep) return; // "$.." alone selects nothing more than Newtonsoft's scan of all descendants
        bad(`a property name is missing at position ${i + 1}`);
        return;
      }
      steps.push({ k: 'name', names: [m[0]], deep });
      i += m[0].length;
    }
    function continue_bracket(): void {
      const end = findClose(s, i);
      if (end < 0) bad("a '[' has no matching ']'");
      const inner = s.slice(i + 1, end).trim();
      i = end + 1;
      if (inner === '*') {
        steps.push({ k: 'wild', deep });
        return;
      }
      if (inner.startsWith('?') || inner.startsWith('(')) throw alError(M.pathUnsupported(path, 'a filter expression'));
      if (inner.includes(':')) throw alError(M.pathUnsupported(path, 'an array slice'));
      const parts = splitList(inner);
      if (parts.length > 0 && parts.every((p) => /^-?\d+$/.test(p))) {
        const idx = parts.map(Number);
        if (idx.some((n) => n < 0)) throw alError(M.pathUnsupported(path, 'a negative array index'));
        steps.push({ k: 'index', indexes: idx, deep });
        return;
      }
      const names: string[] = [];
      for (const p of parts) {
        const q = /^(['"])((?:\\.|(?!\1).)*)\1$/.exec(p);
        if (q === null) bad(`'${p}' is neither an index nor a quoted name`);
        else names.push((q[2] ?? '').replace(/\\(.)/g, '$1'));
      }
      if (names.length === 0) bad('empty brackets');
      steps.push({ k: 'name', names, deep });
    }
  }
  return steps;
}

function findClose(s: string, open: number): number {
  let quote = '';
  for (let k = open + 1; k < s.length; k++) {
    const c = s.charAt(k);
    if (quote !== '') {
      if (c === '\\') k++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === ']') return k;
  }
  return -1;
}

function splitList(inner: string): string[] {
  const out: string[] = [];
  let quote = '';
  let cur = '';
  for (let k = 0; k < inner.length; k++) {
    const c = inner.charAt(k);
    if (quote !== '') {
      cur += c;
      if (c === '\\') {
        cur += inner.charAt(k + 1);
        k++;
      } else if (c === quote) quote = '';
    } else if (c === "'" || c === '"') {
      quote = c;
      cur += c;
    } else if (c === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out;
}

function children(n: JsonNode): JsonNode[] {
  return n.kind === 'object' ? [...n.props.values()] : n.kind === 'array' ? n.items : [];
}

function descendants(n: JsonNode, out: JsonNode[]): void {
  for (const c of children(n)) {
    out.push(c);
    descendants(c, out);
  }
}

function applyStep(step: Step, input: readonly JsonNode[]): JsonNode[] {
  const out: JsonNode[] = [];
  for (const n of input) {
    const scope: JsonNode[] = [];
    if (step.deep) {
      // Newtonsoft's scan: every descendant's matching property / element / child, in document order.
      scope.push(n);
      descendants(n, scope);
    } else scope.push(n);
    for (const t of scope) {
      switch (step.k) {
        case 'name':
          if (t.kind === 'object') for (const name of step.names) {
            const v = t.props.get(name);
            if (v !== undefined) out.push(v);
          }
          break;
        case 'index':
          if (t.kind === 'array') for (const ix of step.indexes) {
            const v = t.items[ix];
            if (v !== undefined) out.push(v);
          }
          break;
        case 'wild':
          if (step.deep) {
            if (t !== n) out.push(t);
          } else out.push(...children(t));
          break;
      }
    }
  }
  return out;
}

/** Every token the path selects from `root`, in document order. */
export function selectTokens(root: JsonNode, path: string): JsonNode[] {
  let cur: JsonNode[] = [root];
  for (const step of parseJsonPath(path)) cur = applyStep(step, cur);
  return cur;
}

/** SelectToken: the single token the path selects, undefined when none; several matches are an error. */
export function selectToken(root: JsonNode, path: string): JsonNode | undefined {
  const all = selectTokens(root, path);
  if (all.length > 1) throw alError(M.pathMultiple(path));
  return all[0];
}
