import type { IGroup } from '@fluentui/react/lib/GroupedList';
import type { BookingRow } from './bookingRow';
import { addToTotals, type Totals } from './totals';

export type SortKey = Exclude<keyof BookingRow, 'key' | 'id'>;
export interface SortState {
  readonly key: SortKey;
  readonly descending: boolean;
}

export interface GroupData {
  readonly customerName: string;
  readonly totals: Totals;
}

export interface GridView {
  readonly items: BookingRow[];
  readonly groups: IGroup[] | undefined;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const haystacks = new WeakMap<BookingRow, string>();

function haystack(row: BookingRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = [row.date, row.time, row.customerName, row.customerEmail, row.serviceName, row.staff, row.priceType, row.currency, row.status]
      .join('\u0001')
      .toLowerCase();
    haystacks.set(row, text);
  }
  return text;
}

function compareBy(key: SortKey): (a: BookingRow, b: BookingRow) => number {
  switch (key) {
    case 'durationMinutes':
    case 'price':
    case 'amount':
      return (a, b) => a[key] - b[key];
    case 'date':
    case 'time':
      // ISO-like texts sort correctly as plain strings; date ties fall back to the time.
      return (a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : key === 'date' ? (a.time < b.time ? -1 : a.time > b.time ? 1 : 0) : 0);
    case 'customerName':
    case 'customerEmail':
    case 'serviceName':
    case 'staff':
    case 'priceType':
    case 'currency':
    case 'status':
      return (a, b) => collator.compare(a[key], b[key]);
    default: {
      const never: never = key;
      return never;
    }
  }
}

/** The customer a row belongs to for grouping: name plus email, so namesakes stay apart. */
export function customerKey(row: BookingRow): string {
  return `${row.customerName}\u0000${row.customerEmail.toLowerCase()}`;
}

/**
 * Filters (case-insensitive substring over the text columns), sorts (stable; none = AL's order) and, when asked,
 * groups by customer (groups ordered by customer name, rows within a group by the sort).
 */
export function buildView(
  rows: readonly BookingRow[],
  filter: string,
  sort: SortState | undefined,
  groupByCustomer: boolean,
): GridView {
  const needle = filter.trim().toLowerCase();
  let items = needle === '' ? rows.slice() : rows.filter((row) => haystack(row).includes(needle));
  if (sort !== undefined) {
    const compare = compareBy(sort.key);
    items.sort(sort.descending ? (a, b) => compare(b, a) : compare);
  }
  if (!groupByCustomer) return { items, groups: undefined };

  const byCustomer = new Map<string, BookingRow[]>();
  for (const row of items) {
    const key = customerKey(row);
    const list = byCustomer.get(key);
    if (list === undefined) byCustomer.set(key, [row]);
    else list.push(row);
  }
  const keys = [...byCustomer.keys()].sort((a, b) => collator.compare(a, b));
  items = [];
  const groups: IGroup[] = [];
  for (const key of keys) {
    const list = byCustomer.get(key) ?? [];
    const first = list[0];
    if (first === undefined) continue;
    const totals: Totals = new Map();
    for (const row of list) addToTotals(totals, row);
    const data: GroupData = { customerName: first.customerName, totals };
    groups.push({ key, name: first.customerName, startIndex: items.length, count: list.length, data });
    for (const row of list) items.push(row);
  }
  return { items, groups };
}
