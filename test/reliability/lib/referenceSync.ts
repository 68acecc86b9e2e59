/**
 * A sync run as the AL design does it (src-al/Sync): for every business, customers, services and the calendarView
 * window are each read in full (all pages) before anything is written, as "BKI Graph Fetch" does; a list whose read
 * fails writes nothing, is recorded with its cause on the run, and does not stop the other lists (isolation). Local
 * data is keyed by business and id, as the AL tables are.
 */
import { GraphFailure, type FailureClass, type GraphReferenceClient } from './graphReferenceClient';

export type ListKind = 'customers' | 'services' | 'calendarView';
export const LIST_KINDS: readonly ListKind[] = ['customers', 'services', 'calendarView'];

export interface ListRead {
  readonly businessId: string;
  readonly kind: ListKind;
  /** The ids in the order the pages gave them (duplicates kept, so a paging bug shows). */
  readonly ids: readonly string[];
}

export interface RunFailure {
  readonly businessId: string;
  readonly kind: ListKind | 'businesses';
  readonly failureClass: FailureClass;
  readonly status: number;
  readonly message: string;
}

export interface RunResult {
  readonly reads: readonly ListRead[];
  readonly failures: readonly RunFailure[];
}

/** Local copy: business -> kind -> id -> item JSON. */
export type LocalData = Map<string, Map<ListKind, Map<string, unknown>>>;

export interface Window {
  readonly start: string;
  readonly end: string;
}

function listPath(businessId: string, kind: ListKind, window: Window): string {
  const base = `/solutions/bookingBusinesses/${encodeURIComponent(businessId)}`;
  if (kind !== 'calendarView') return `${base}/${kind}`;
  return `${base}/calendarView?start=${encodeURIComponent(window.start)}&end=${encodeURIComponent(window.end)}`;
}

function idOf(item: unknown): string {
  if (typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string') return item.id;
  throw new GraphFailure('invalid-response', 200, 'an item without an id');
}

function failureOf(e: unknown, businessId: string, kind: RunFailure['kind']): RunFailure {
  if (e instanceof GraphFailure) return { businessId, kind, failureClass: e.failureClass, status: e.status, message: e.message };
  throw e; // anything else is a bug of the harness and must fail the test
}

export async function syncRun(client: GraphReferenceClient, local: LocalData, window: Window): Promise<RunResult> {
  const reads: ListRead[] = [];
  const failures: RunFailure[] = [];
  let businessIds: string[];
  try {
    const page = await client.getJson('/solutions/bookingBusinesses');
    const value = page['value'];
    if (!Array.isArray(value)) throw new GraphFailure('invalid-response', 200, 'the business list has no value array');
    businessIds = value.map(idOf);
  } catch (e) {
    return { reads, failures: [failureOf(e, '', 'businesses')] };
  }
  for (const businessId of businessIds) {
    for (const kind of LIST_KINDS) {
      try {
        const items = await client.getAllPages(listPath(businessId, kind, window));
        const ids = items.map(idOf);
        reads.push({ businessId, kind, ids });
        // Written only after the whole list was read; upsert by id.
        let business = local.get(businessId);
        if (business === undefined) local.set(businessId, (business = new Map()));
        let table = business.get(kind);
        if (table === undefined) business.set(kind, (table = new Map()));
        items.forEach((item, i) => table.set(ids[i] ?? '', item));
      } catch (e) {
        failures.push(failureOf(e, businessId, kind));
      }
    }
  }
  return { reads, failures };
}
