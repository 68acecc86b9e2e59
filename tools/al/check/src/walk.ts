import type { Node } from '../../syntax/src';

/**
 * Visits every AST node below `root` (depth first, source order of fields), by reflection over the node's
 * properties, so new node kinds added by the parser are walked without changes here. Return false from the
 * callback to skip a node's children.
 */
export function walk(root: Node | readonly Node[] | undefined, visit: (node: Node, parent: Node | undefined) => boolean | void): void {
  const stack: Array<{ node: Node; parent: Node | undefined }> = [];
  const push = (value: unknown, parent: Node | undefined): void => {
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) push(value[i], parent);
    } else if (isNode(value)) {
      stack.push({ node: value, parent });
    }
  };
  push(root, undefined);
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    if (visit(item.node, item.parent) === false) continue;
    const children: unknown[] = [];
    for (const key of Object.keys(item.node)) {
      const value = (item.node as unknown as Record<string, unknown>)[key];
      if (typeof value === 'object' && value !== null) children.push(value);
    }
    for (let i = children.length - 1; i >= 0; i--) push(children[i], item.node);
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}

/** The callee name of a call like `Foo(...)`, `X.Foo(...)` (last name), or undefined. */
export function calleeName(callee: Node): string | undefined {
  if (callee.kind === 'Identifier') return callee.name;
  if (callee.kind === 'MemberExpression') return callee.member.name;
  return undefined;
}
