import type { Node } from './ast';

/** Calls `fn` for each direct child node of `node` (in field order; arrays in order). */
export function forEachChild(node: Node, fn: (child: Node) => void): void {
  const record = node as unknown as Record<string, unknown>;
  for (const key in record) {
    if (key === 'lineStarts') continue;
    const v = record[key];
    if (Array.isArray(v)) {
      for (const item of v) visitValue(item, fn);
    } else visitValue(v, fn);
  }
}

function visitValue(v: unknown, fn: (child: Node) => void): void {
  if (typeof v !== 'object' || v === null) return;
  if (Array.isArray(v)) {
    for (const item of v) visitValue(item, fn);
    return;
  }
  if (typeof (v as { kind?: unknown }).kind === 'string') {
    fn(v as Node);
    return;
  }
  // plain records inside nodes (e.g. ImplementationValue entries) hold nodes too
  for (const inner of Object.values(v as Record<string, unknown>)) visitValue(inner, fn);
}

/** Visits `node` and all its descendants depth-first; return false from `fn` to skip a subtree. */
export function walk(node: Node, fn: (node: Node) => boolean | void): void {
  if (fn(node) === false) return;
  forEachChild(node, (child) => walk(child, fn));
}
