/**
 * Loads the page metadata of a set of apps: reads each app.json (for preprocessorSymbols), parses every .al file
 * under the app's source folder with `parseAl`, builds pages and tables, applies page extensions in app order
 * (then by object ID), resolves field captions from the source tables and derives the promoted action groups.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseAl, type ObjectDeclaration, type SourceFileNode } from '../../../al/syntax/src/index';
import { applyPageExtension } from './applyExtension';
import { buildPage, buildTable } from './buildPage';
import { formatMessage } from './messages';
import type { AppMetadata, LayoutControl, MetadataDiagnostic, PageAction, PageMetadata, PromotedGroup, TableMetadata } from './model';

export interface AppSource {
  /** Path of the app.json. */
  readonly appJson: string;
  /** Folder whose .al files (recursively) belong to the app. */
  readonly sourceDir: string;
}

export interface LoadOptions {
  /** File paths in metadata and diagnostics are made relative to this folder (with '/'). */
  readonly baseDir: string;
  /** Extra preprocessor symbols on top of each app.json's preprocessorSymbols. */
  readonly defines?: readonly string[];
}

function alFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...alFiles(full));
    else if (entry.toLowerCase().endsWith('.al')) out.push(full);
  }
  return out;
}

interface ParsedObject {
  readonly object: ObjectDeclaration;
  readonly source: string;
  readonly file: SourceFileNode;
  readonly displayFile: string;
  readonly app: string;
  readonly appIndex: number;
}

function readAppJson(path: string, display: string, diagnostics: MetadataDiagnostic[]): { name: string; symbols: string[] } {
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof data !== 'object' || data === null) throw new Error('not a JSON object');
    const name = 'name' in data && typeof data.name === 'string' ? data.name : display;
    const raw = 'preprocessorSymbols' in data ? data.preprocessorSymbols : undefined;
    const symbols = Array.isArray(raw) ? raw.filter((s): s is string => typeof s === 'string') : [];
    return { name, symbols };
  } catch (e) {
    diagnostics.push({ file: display, line: 1, column: 1, code: 'SBX0007', severity: 'error', message: formatMessage('SBX0007', [display, e instanceof Error ? e.message : String(e)]) });
    return { name: display, symbols: [] };
  }
}

export function loadApps(apps: readonly AppSource[], options: LoadOptions): AppMetadata {
  const diagnostics: MetadataDiagnostic[] = [];
  const display = (p: string): string => relative(options.baseDir, p).split(sep).join('/');
  const objects: ParsedObject[] = [];
  apps.forEach((app, appIndex) => {
    const manifest = readAppJson(app.appJson, display(app.appJson), diagnostics);
    for (const path of alFiles(app.sourceDir)) {
      const source = readFileSync(path, 'utf8');
      const displayFile = display(path);
      const parsed = parseAl(source, { fileName: displayFile, defines: [...manifest.symbols, ...(options.defines ?? [])] });
      for (const d of parsed.diagnostics) {
        if (d.severity === 'error') diagnostics.push({ file: displayFile, line: d.line, column: d.column, code: 'SBX0001', severity: 'error', message: formatMessage('SBX0001', [displayFile, `${d.code} ${d.message}`]) });
      }
      for (const object of parsed.file.objects) objects.push({ object, source, file: parsed.file, displayFile, app: manifest.name, appIndex });
    }
  });

  const tables = new Map<string, TableMetadata>();
  const pages = new Map<string, PageMetadata>();
  for (const o of objects) {
    const key = (o.object.name?.name ?? '').toLowerCase();
    if (o.object.objectType === 'table') tables.set(key, buildTable(o.source, o.object));
    if (o.object.objectType === 'page') {
      const page = buildPage(o.source, o.object, o.app, o.displayFile);
      const existing = pages.get(key);
      if (existing) {
        const pos = o.object.name ? positionOfNode(o.file, o.object.name.start) : { line: 1, column: 1 };
        diagnostics.push({ file: o.displayFile, ...pos, code: 'SBX0008', severity: 'error', message: formatMessage('SBX0008', [page.name, page.id, existing.file]) });
        continue;
      }
      pages.set(key, page);
    }
  }

  const extensions = objects
    .filter((o) => o.object.objectType === 'pageextension')
    .sort((a, b) => a.appIndex - b.appIndex || (a.object.id ?? 0) - (b.object.id ?? 0));
  for (const e of extensions) {
    const target = e.object.extends?.name ?? '';
    const page = pages.get(target.toLowerCase());
    if (!page) {
      const pos = positionOfNode(e.file, e.object.extends?.start ?? e.object.start);
      diagnostics.push({ file: e.displayFile, ...pos, code: 'SBX0002', severity: 'error', message: formatMessage('SBX0002', [e.object.name?.name ?? '', target]) });
      continue;
    }
    applyPageExtension(page, e.object, { source: e.source, file: e.file, displayFile: e.displayFile, diagnostics });
  }

  const result: PageMetadata[] = [];
  for (const page of [...pages.values()].sort((a, b) => a.id - b.id)) {
    const table = page.sourceTable === undefined ? undefined : tables.get(page.sourceTable.toLowerCase());
    resolveCaptions(page.layout, table);
    result.push({ ...page, promoted: promotedGroups(page.actions) });
  }
  return { pages: result, tables: [...tables.values()].sort((a, b) => a.id - b.id), diagnostics };
}

function positionOfNode(file: SourceFileNode, offset: number): { line: number; column: number } {
  let line = 0;
  for (let i = 0; i < file.lineStarts.length; i++) if ((file.lineStarts[i] ?? 0) <= offset) line = i;
  return { line: line + 1, column: offset - (file.lineStarts[line] ?? 0) + 1 };
}

/** Fields without a Caption property take the table field's caption (as BC does), else the control name. */
function resolveCaptions(controls: LayoutControl[], table: TableMetadata | undefined): void {
  for (const c of controls) {
    if (c.kind === 'field' && c.caption === undefined) {
      const tf = c.tableField === undefined ? undefined : table?.fields.find((f) => f.name.toLowerCase() === (c.tableField ?? '').toLowerCase());
      c.caption = tf?.caption ?? c.name;
    }
    resolveCaptions(c.children, table);
  }
}

const CATEGORY_CAPTIONS: Record<string, string> = { new: 'New', process: 'Process', report: 'Report' };

/** The action bar: groups of area(Promoted) with their actionrefs, then legacy `Promoted = true` actions by category. */
export function promotedGroups(actions: readonly PageAction[]): PromotedGroup[] {
  const groups: PromotedGroup[] = [];
  const legacy = new Map<string, string[]>();
  const visit = (a: PageAction): void => {
    if (a.kind === 'action' && a.promoted === true) {
      const cat = a.promotedCategory ?? 'Process';
      legacy.set(cat, [...(legacy.get(cat) ?? []), a.name]);
    }
    a.children.forEach(visit);
  };
  for (const area of actions) {
    if (area.kind === 'area' && area.name.toLowerCase() === 'promoted') {
      const loose: string[] = [];
      for (const child of area.children) {
        if (child.kind === 'actionref' && child.target !== undefined) loose.push(child.target);
        if (child.kind === 'group') {
          const refs = child.children.filter((c) => c.kind === 'actionref').map((c) => c.target ?? c.name);
          groups.push({ name: child.name, caption: child.caption ?? child.name.replace(/^Category_/, ''), actions: refs });
        }
      }
      if (loose.length > 0) groups.unshift({ name: '', caption: '', actions: loose });
    } else visit(area);
  }
  for (const [cat, names] of legacy) groups.push({ name: `Category_${cat}`, caption: CATEGORY_CAPTIONS[cat.toLowerCase()] ?? cat, actions: names });
  return groups;
}

/** Finds a page by name or ID. */
export function findPage(meta: AppMetadata, nameOrId: string | number): PageMetadata | undefined {
  if (typeof nameOrId === 'number') return meta.pages.find((p) => p.id === nameOrId);
  const lower = nameOrId.toLowerCase();
  return meta.pages.find((p) => p.name.toLowerCase() === lower);
}
