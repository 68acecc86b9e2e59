/** An in-memory PageDataSource for tests and demos: records per page as control name -> text; actions recorded. */
import type { PageMetadata } from '../metadata/model';
import type { ControlTrigger, FieldState, PageDataSource, PageEffect, RecordQuery, RecordRow } from './dataSource';

export interface MemoryRecord {
  readonly bookmark: string;
  readonly fields: Record<string, FieldState>;
}

export class MemoryDataSource implements PageDataSource {
  /** Calls of invokeAction and validateField, in order, for assertions. */
  readonly calls: { readonly kind: 'action' | 'validate' | 'trigger'; readonly page: number; readonly name: string; readonly bookmark?: string; readonly text?: string; readonly selection?: readonly string[] }[] = [];
  private readonly records = new Map<number, MemoryRecord[]>();
  private readonly effects = new Map<string, PageEffect[]>();

  setRecords(pageId: number, records: MemoryRecord[]): void {
    this.records.set(pageId, records);
  }

  /** What invokeAction returns for `pageId`/`action` (default: an update). */
  setActionEffects(pageId: number, action: string, effects: PageEffect[]): void {
    this.effects.set(`${pageId}/${action.toLowerCase()}`, effects);
  }

  getRecords(page: PageMetadata, query: RecordQuery): Promise<readonly RecordRow[]> {
    let rows = [...(this.records.get(page.id) ?? [])];
    for (const [name, filter] of Object.entries(query.filters ?? {})) {
      const f = filter.toLowerCase();
      rows = rows.filter((r) => (r.fields[name]?.text ?? '').toLowerCase().includes(f.replace(/\*/g, '')));
    }
    if (query.sortBy !== undefined) {
      const key = query.sortBy;
      rows.sort((a, b) => (a.fields[key]?.text ?? '').localeCompare(b.fields[key]?.text ?? '', undefined, { numeric: true }));
      if (query.descending === true) rows.reverse();
    }
    const skip = query.skip ?? 0;
    return Promise.resolve(rows.slice(skip, query.take === undefined ? undefined : skip + query.take));
  }

  getFieldValues(page: PageMetadata, bookmark: string | undefined): Promise<{ bookmark: string; fields: Record<string, FieldState> } | undefined> {
    const rows = this.records.get(page.id) ?? [];
    const row = bookmark === undefined ? rows[0] : rows.find((r) => r.bookmark === bookmark);
    return Promise.resolve(row === undefined ? undefined : { bookmark: row.bookmark, fields: row.fields });
  }

  invokeAction(page: PageMetadata, action: string, bookmark: string | undefined, selection: readonly string[]): Promise<readonly PageEffect[]> {
    this.calls.push({ kind: 'action', page: page.id, name: action, ...(bookmark === undefined ? {} : { bookmark }), selection });
    return Promise.resolve(this.effects.get(`${page.id}/${action.toLowerCase()}`) ?? [{ kind: 'update' }]);
  }

  runControlTrigger(page: PageMetadata, control: string, trigger: ControlTrigger, bookmark: string | undefined): Promise<readonly PageEffect[]> {
    this.calls.push({ kind: 'trigger', page: page.id, name: `${control}:${trigger}`, ...(bookmark === undefined ? {} : { bookmark }) });
    return Promise.resolve(this.effects.get(`${page.id}/${control.toLowerCase()}:${trigger.toLowerCase()}`) ?? [{ kind: 'update' }]);
  }

  validateField(page: PageMetadata, control: string, bookmark: string | undefined, text: string): Promise<readonly PageEffect[]> {
    this.calls.push({ kind: 'validate', page: page.id, name: control, ...(bookmark === undefined ? {} : { bookmark }), text });
    const rows = this.records.get(page.id) ?? [];
    const row = bookmark === undefined ? rows[0] : rows.find((r) => r.bookmark === bookmark);
    if (row) row.fields[control] = { ...(row.fields[control] ?? {}), text };
    return Promise.resolve([{ kind: 'update' }]);
  }
}
