import { compare } from '../values/ops';
import type { Row } from './store';

/**
 * Range seeks on a table's sorted view. When the leading fields of the sort order are each filtered to one value
 * (SetRange(F, v), SetFilter(F, 'v')), the rows that can match lie in one contiguous slice of the view: filters and
 * the view's comparer both use `compare`, so "equal for the filter" is "equal for the sort". Reads then scan only that
 * slice (still testing every filter and the marks) instead of the whole table.
 */

/** A filter as a record applies it to rows: the field slot, the test, and the value of a single-value filter. */
export interface RowFilter {
  readonly slot: number;
  readonly test: (v: unknown) => boolean;
  readonly exact: { readonly value: unknown } | undefined;
}

/** Half-open index range [from, to) of a sorted view. */
export interface Slice {
  readonly from: number;
  readonly to: number;
}

/** Switch for tests that compare the seek with a full scan; always on otherwise. */
export const keySeek = { enabled: true };

/**
 * The values the leading fields of `order` are filtered to: for each field in turn, the value of a single-value
 * filter on it (from any filter group that is ANDed with the others), stopping at the first field without one.
 * Empty: no seek.
 */
export function seekPrefix(order: readonly number[], filters: readonly RowFilter[]): unknown[] {
  const values: unknown[] = [];
  for (const slot of order) {
    const f = filters.find((x) => x.slot === slot && x.exact !== undefined);
    if (f?.exact === undefined) break;
    values.push(f.exact.value);
  }
  return values;
}

/** Compares a row's leading `order` fields with `values` (only as many fields as there are values). */
function comparePrefix(row: Row, order: readonly number[], values: readonly unknown[]): number {
  for (let i = 0; i < values.length; i++) {
    const c = compare(row[order[i] ?? 0], values[i]);
    if (c !== 0) return c;
  }
  return 0;
}

/** First index whose row compares above `values` (strict) or not below them (not strict). */
function bound(rows: readonly Row[], order: readonly number[], values: readonly unknown[], strict: boolean): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = rows[mid];
    const c = r === undefined ? 1 : comparePrefix(r, order, values);
    if (c < 0 || (strict && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether reads seek with these prefix values (some, and the switch is on). */
export function seeking(values: readonly unknown[]): boolean {
  return values.length > 0 && keySeek.enabled;
}

/** The slice of `rows` (sorted on `order`) whose leading fields equal `values`; all rows when not `seeking`. */
export function prefixSlice(rows: readonly Row[], order: readonly number[], values: readonly unknown[]): Slice {
  if (!seeking(values)) return { from: 0, to: rows.length };
  return { from: bound(rows, order, values, false), to: bound(rows, order, values, true) };
}

/**
 * The last slice one record variable computed, reused while the view array, the store version (bumped by every
 * write) and the prefix values are the same: a FindSet/Next loop then seeks once, not on every Next.
 */
export class SliceMemo {
  private rows: readonly Row[] | undefined;
  private version = -1;
  private values: readonly unknown[] | undefined;
  private enabled = keySeek.enabled;
  private last: Slice = { from: 0, to: 0 };

  get(rows: readonly Row[], version: number, order: readonly number[], values: readonly unknown[]): Slice {
    if (rows === this.rows && version === this.version && values === this.values && this.enabled === keySeek.enabled) return this.last;
    this.rows = rows;
    this.version = version;
    this.values = values;
    this.enabled = keySeek.enabled;
    this.last = prefixSlice(rows, order, values);
    return this.last;
  }
}
