/**
 * OData query options as the emulator supports them, and server-driven paging.
 *
 * Supported: `$select` (validated against the type), `$top` (1..1000), `$count=true`, `$expand` (only the
 * business's navigation properties), `$skiptoken` (from our own nextLinks). Rejected with Graph's 400:
 * `$filter`, `$orderby`, `$search`, `$skip`, `$format`, `$apply`, `$compute` and unknown `$` options.
 * Paging: lists return at most `pageSize` items plus `@odata.nextLink`; with `$top`, results stop after `$top`
 * items and no nextLink follows once they are reached (so `$top=100` with page size 100 gives one page and no
 * nextLink, the behaviour reported for Bookings).
 */
import { GraphErrors, type GraphError } from '../errors/error-factory';
import { SCHEMAS, type EntityType } from '../storage/schema';

export const TOP_LIMIT = 1000;

const REJECTED: Readonly<Record<string, string>> = {
  $filter: 'Filter', $orderby: 'OrderBy', $search: 'Search', $skip: 'Skip', $format: 'Format', $apply: 'Apply', $compute: 'Compute', $levels: 'Levels',
};

export interface QueryRules {
  readonly type: EntityType;
  readonly list: boolean;
  /** Navigation properties `$expand` may name. */
  readonly expandable?: readonly string[];
  /** A specific error for `$filter` (appointments point to calendarView). */
  readonly filterError?: () => GraphError;
}

export interface QueryOptions {
  readonly select: readonly string[] | undefined;
  readonly top: number | undefined;
  readonly count: boolean;
  readonly expand: readonly string[];
  readonly offset: number;
  /** calendarView: index in the business's start-sorted appointments where the next page's scan resumes. */
  readonly resume: number | undefined;
}

export function parseQuery(params: URLSearchParams, rules: QueryRules): QueryOptions {
  let select: string[] | undefined;
  let top: number | undefined;
  let count = false;
  let expand: string[] = [];
  let offset = 0;
  let resume: number | undefined;
  for (const [key, value] of params) {
    if (!key.startsWith('$')) continue;
    const lower = key.toLowerCase();
    switch (lower) {
      case '$select':
        select = splitList(value);
        for (const name of select) if (SCHEMAS[rules.type][name] === undefined) throw GraphErrors.propertyNotFound(name, rules.type);
        break;
      case '$top': {
        if (!rules.list) throw GraphErrors.queryOptionNotAllowed('Top');
        const n = Number(value);
        if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw GraphErrors.invalidTop(value);
        if (n > TOP_LIMIT) throw GraphErrors.topLimitExceeded(TOP_LIMIT, n);
        top = n;
        break;
      }
      case '$count':
        if (value !== 'true' && value !== 'false') throw GraphErrors.invalidCount(value);
        count = value === 'true' && rules.list;
        break;
      case '$expand':
        expand = splitList(value);
        for (const name of expand) if (!(rules.expandable ?? []).includes(name)) throw GraphErrors.propertyNotFound(name, rules.type);
        break;
      case '$skiptoken':
        if (!rules.list) throw GraphErrors.queryOptionNotAllowed('SkipToken');
        ({ offset, resume } = decodeSkipToken(value));
        break;
      default: {
        if (lower === '$filter' && rules.filterError !== undefined) throw rules.filterError();
        const name = REJECTED[lower];
        throw name === undefined ? GraphErrors.unknownQueryOption(key) : GraphErrors.queryOptionNotAllowed(name);
      }
    }
  }
  return { select, top, count, expand, offset, resume };
}

function splitList(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

export function encodeSkipToken(offset: number, resume?: number): string {
  return Buffer.from(resume === undefined ? `emu:${offset}` : `emu:${offset}:${resume}`).toString('base64url');
}

function decodeSkipToken(token: string): { offset: number; resume: number | undefined } {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const m = /^emu:(\d+)(?::(\d+))?$/.exec(text);
  if (m === null) throw GraphErrors.invalidSkipToken();
  return { offset: Number(m[1]), resume: m[2] === undefined ? undefined : Number(m[2]) };
}

export interface Page<T> {
  readonly items: T[];
  /** Offset of the next page, when there is one. */
  readonly nextOffset: number | undefined;
  readonly total: number | undefined;
}

/** One page of `source` for the query; `total` only when `$count=true`. */
export function pageOf<T>(source: readonly T[], query: QueryOptions, pageSize: number): Page<T> {
  const end = Math.min(source.length, query.top === undefined ? Infinity : query.top);
  const items = source.slice(query.offset, Math.max(query.offset, Math.min(end, query.offset + pageSize)));
  const more = end > query.offset + items.length;
  return { items, nextOffset: more ? query.offset + items.length : undefined, total: query.count ? source.length : undefined };
}

/** The nextLink URL: the request's own URL with `$skiptoken` replaced. */
export function nextLink(baseUrl: string, pathname: string, params: URLSearchParams, offset: number, resume?: number): string {
  const parts: string[] = [];
  for (const [key, value] of params) {
    if (key.toLowerCase() === '$skiptoken') continue;
    parts.push(`${key}=${encodeURIComponent(value)}`);
  }
  parts.push(`$skiptoken=${encodeSkipToken(offset, resume)}`);
  return `${baseUrl}${pathname}?${parts.join('&')}`;
}
