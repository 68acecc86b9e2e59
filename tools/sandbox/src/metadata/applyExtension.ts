/**
 * Applies a page extension onto its (already built) target page, following BC's rules: addfirst/addlast anchor on
 * an area or group, addafter/addbefore on a control (not an area), modify changes properties of an existing
 * control or action, move* relocate existing ones; added names must be new on the page. Problems become diagnostics.
 */
import type { Control, ObjectDeclaration, SourceFileNode } from '../../../al/syntax/src/index';
import { positionOf } from '../../../al/syntax/src/index';
import { nameOf } from './alText';
import { applyActionProperties, applyLayoutProperties, buildAction, buildLayoutControl } from './buildPage';
import { formatMessage, MetadataMessages, type MetadataCode } from './messages';
import type { LayoutControl, MetadataDiagnostic, Origin, PageAction, PageMetadata } from './model';

interface TreeNode {
  readonly kind: string;
  readonly name: string;
  children: TreeNode[];
}

interface Found<T extends TreeNode> {
  readonly node: T;
  readonly siblings: T[];
  readonly index: number;
}

function find<T extends TreeNode>(list: T[], name: string): Found<T> | undefined {
  const lower = name.toLowerCase();
  for (let i = 0; i < list.length; i++) {
    const n = list[i];
    if (n === undefined) continue;
    if (n.name.toLowerCase() === lower) return { node: n, siblings: list, index: i };
    const inner = find(n.children as T[], name);
    if (inner) return inner;
  }
  return undefined;
}

const CONTAINERS = new Set(['area', 'group', 'repeater', 'cuegroup', 'fixed', 'grid']);

export interface ExtensionContext {
  readonly source: string;
  readonly file: SourceFileNode;
  readonly displayFile: string;
  readonly diagnostics: MetadataDiagnostic[];
}

export function applyPageExtension(page: PageMetadata, ext: ObjectDeclaration, ctx: ExtensionContext): void {
  const extName = ext.name?.name ?? '';
  const origin: Origin = { objectType: 'pageextension', objectName: extName, file: ctx.displayFile };
  const report = (at: number, code: MetadataCode, args: readonly (string | number)[]): void => {
    const pos = positionOf(ctx.file, at);
    ctx.diagnostics.push({ file: ctx.displayFile, line: pos.line, column: pos.column, code, severity: MetadataMessages[code].severity, message: formatMessage(code, args) });
  };
  page.extensions.push(extName);
  for (const t of ext.triggers) page.triggers.push(`${extName}:${t.name.name}`);
  for (const s of ext.sections) {
    if (s.name === 'layout') {
      for (const item of s.items) if (item.kind === 'Control') applyChange<LayoutControl>(page.layout, item, {
        build: (n) => buildLayoutControl(ctx.source, n, origin),
        modify: (target, n) => { applyLayoutProperties(target, n.properties); target.triggers.push(...n.triggers.map((t) => t.name.name)); },
      });
    } else if (s.name === 'actions') {
      for (const item of s.items) if (item.kind === 'Control') applyChange<PageAction>(page.actions, item, {
        build: (n) => buildAction(ctx.source, n, origin),
        modify: (target, n) => { applyActionProperties(target, n.properties); target.triggers.push(...n.triggers.map((t) => t.name.name)); },
      });
    }
  }

  function applyChange<T extends TreeNode>(roots: T[], change: Control, ops: { build: (n: Control) => T | undefined; modify: (target: T, n: Control) => void }): void {
    const word = change.controlKind;
    const anchorName = nameOf(ctx.source, change.args[0]?.[0]);
    const anchor = find(roots, anchorName);
    const missing = (): void => report(change.start, 'SBX0003', [word, anchorName, extName, page.name]);
    switch (word) {
      case 'addfirst':
      case 'addlast':
      case 'addafter':
      case 'addbefore': {
        if (!anchor) return missing();
        const container = word === 'addfirst' || word === 'addlast';
        if (container && !CONTAINERS.has(anchor.node.kind)) return report(change.start, 'SBX0004', [word, anchorName, extName, anchor.node.kind]);
        if (!container && anchor.node.kind === 'area') return report(change.start, 'SBX0009', [word, anchorName, extName]);
        const added: T[] = [];
        for (const n of change.controls) {
          const built = ops.build(n);
          if (!built) continue;
          if (find(roots, built.name) || added.some((a) => a.name.toLowerCase() === built.name.toLowerCase())) {
            report(n.start, 'SBX0005', [extName, built.name, page.name]);
            continue;
          }
          added.push(built);
        }
        if (word === 'addfirst') anchor.node.children.unshift(...added);
        else if (word === 'addlast') anchor.node.children.push(...added);
        else if (word === 'addafter') anchor.siblings.splice(anchor.index + 1, 0, ...added);
        else anchor.siblings.splice(anchor.index, 0, ...added);
        return;
      }
      case 'modify': {
        if (!anchor) return missing();
        ops.modify(anchor.node, change);
        return;
      }
      case 'movefirst':
      case 'movelast':
      case 'moveafter':
      case 'movebefore': {
        if (!anchor) return missing();
        const container = word === 'movefirst' || word === 'movelast';
        if (container && !CONTAINERS.has(anchor.node.kind)) return report(change.start, 'SBX0004', [word, anchorName, extName, anchor.node.kind]);
        const moved: T[] = [];
        for (const e of change.args[1] ?? []) {
          const n = nameOf(ctx.source, e);
          const f = find(roots, n);
          if (!f) { report(e.start, 'SBX0003', [word, n, extName, page.name]); continue; }
          f.siblings.splice(f.index, 1);
          moved.push(f.node);
        }
        // Re-find the anchor: removing the moved items may have shifted its index.
        const again = find(roots, anchorName);
        if (!again) return missing();
        if (word === 'movefirst') again.node.children.unshift(...moved);
        else if (word === 'movelast') again.node.children.push(...moved);
        else if (word === 'moveafter') again.siblings.splice(again.index + 1, 0, ...moved);
        else again.siblings.splice(again.index, 0, ...moved);
        return;
      }
      default:
        report(change.start, 'SBX0006', [word, extName]);
    }
  }
}
