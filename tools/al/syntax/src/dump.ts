import type { SourceFileNode } from './ast';
import { positionAt } from './position';

const SKIP = new Set(['kind', 'start', 'end', 'lineStarts', 'fileName', 'valueStart', 'valueEnd', 'comments']);

/**
 * Renders a syntax tree as indented text, one node per line with `line:col-line:col` spans: the format of the
 * golden files and of `al parse --ast`. Deterministic; comments are listed at the end.
 */
export function dumpAst(file: SourceFileNode): string {
  const out: string[] = [];
  const span = (n: { start: number; end: number }): string => {
    const a = positionAt(file.lineStarts, n.start);
    const b = positionAt(file.lineStarts, n.end);
    return `${a.line}:${a.column}-${b.line}:${b.column}`;
  };
  const isNode = (v: unknown): v is { kind: string; start: number; end: number } =>
    typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string';

  const scalar = (v: unknown): string | undefined => {
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return JSON.stringify(v);
    return undefined;
  };

  const visit = (value: unknown, label: string, indent: string): void => {
    if (isNode(value)) {
      if (value.kind === 'Identifier') {
        const id = value as unknown as { name: string; quoted: boolean };
        out.push(`${indent}${label}Identifier ${JSON.stringify(id.name)}${id.quoted ? ' quoted' : ''} ${span(value)}`);
        return;
      }
      const record = value as unknown as Record<string, unknown>;
      const scalars: string[] = [];
      const children: [string, unknown][] = [];
      for (const key of Object.keys(record)) {
        if (SKIP.has(key)) continue;
        const v = record[key];
        if (v === undefined) continue;
        if (Array.isArray(v) && v.length === 0) continue;
        const s = scalar(v);
        if (s !== undefined) scalars.push(`${key}=${s}`);
        else children.push([key, v]);
      }
      out.push(`${indent}${label}${value.kind} ${span(value)}${scalars.length ? ' ' + scalars.join(' ') : ''}`);
      for (const [key, v] of children) visitField(key, v, indent + '  ');
      return;
    }
    if (typeof value === 'object' && value !== null) {
      // a plain record such as an Implementation entry
      out.push(`${indent}${label.trimEnd()}`);
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) visitField(key, record[key], indent + '  ');
      return;
    }
    out.push(`${indent}${label}${scalar(value) ?? String(value)}`);
  };

  const visitField = (key: string, v: unknown, indent: string): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        if (Array.isArray(item)) item.forEach((inner, j) => visit(inner, `${key}[${i}][${j}]: `, indent));
        else visit(item, `${key}[${i}]: `, indent);
      });
    } else visit(v, `${key}: `, indent);
  };

  visit(file, '', '');
  for (const c of file.comments) out.push(`comment ${c.commentKind} ${span(c)} ${JSON.stringify(c.text)}`);
  return out.join('\n') + '\n';
}
