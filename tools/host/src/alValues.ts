/**
 * Conversions between runtime AL values and plain JavaScript values, for tests and tools that read tables or call
 * procedures through the host. Plain forms: Decimal -> number, Date -> 'YYYY-MM-DD' ('' for 0D), DateTime -> ISO
 * 8601 UTC ('' for 0DT), Time -> 'HH:MM:SS.mmm' ('' for 0T), Duration -> milliseconds, Option/Enum -> member name,
 * Blob -> its text, SecretText -> '<SecretText>' (never the value), records -> row objects.
 */
import { Dec } from '../../al/runtime/src/values/decimal';
import { ALDate, ALDateTime, ALDuration, ALTime, dayOf, ymdOf } from '../../al/runtime/src/values/dates';
import { EnumValue, type ALType } from '../../al/runtime/src/values/types';
import { BlobV } from '../../al/runtime/src/values/streams';
import { SecretTextV } from '../../al/runtime/src/values/secretText';
import { ALList, ALDictionary } from '../../al/runtime/src/values/collections';
import { coerce } from '../../al/runtime/src/values/ops';
import { Rec } from '../../al/runtime/src/db/record';
import type { TableMeta } from '../../al/runtime/src/db/meta';

export type PlainValue = string | number | boolean | null | PlainValue[] | { [key: string]: PlainValue };
export type PlainRow = Record<string, PlainValue>;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function toPlain(v: unknown): PlainValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Dec) return v.toNumber();
  if (v instanceof EnumValue) return v.name;
  if (v instanceof ALDate) {
    if (v.isUndefined) return '';
    const { y, m, d } = ymdOf(v.day);
    return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  }
  if (v instanceof ALDateTime) return v.isUndefined ? '' : new Date(v.ms).toISOString();
  if (v instanceof ALTime) {
    if (v.isUndefined) return '';
    const ms = v.ms;
    return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
  }
  if (v instanceof ALDuration) return v.ms;
  if (v instanceof BlobV) return v.content;
  if (v instanceof SecretTextV) return '<SecretText>';
  if (v instanceof Rec) return rowOf(v.table, v.data);
  if (v instanceof ALList) return listItems(v).map(toPlain);
  if (v instanceof ALDictionary) return String(v);
  return String(v);
}

function listItems(l: ALList): unknown[] {
  const items = (l as unknown as { items?: unknown }).items;
  return Array.isArray(items) ? items : [];
}

/** One stored row as `{ fieldName: plainValue }` (FlowFields as stored, i.e. not calculated). */
export function rowOf(table: TableMeta, data: readonly unknown[]): PlainRow {
  const out: PlainRow = {};
  for (const f of table.fields) {
    if (f.no >= 2000000000 && f.no !== 2000000000) continue; // SystemCreatedAt/By, SystemModifiedAt/By: noise
    out[f.name] = toPlain(data[f.slot]);
  }
  return out;
}

/** A plain value converted to the AL type of a field or parameter (enums by name or ordinal, dates from ISO). */
export function fromPlain(v: unknown, t: ALType): unknown {
  switch (t.kind) {
    case 'Enum':
    case 'Option': {
      if (v instanceof EnumValue) return v;
      const member = typeof v === 'number' ? t.enumType.byOrdinal.get(v) : t.enumType.byName.get(String(v).toLowerCase());
      if (member === undefined) throw new RangeError(`'${String(v)}' is not a value of ${t.enumType.name} (values: ${t.enumType.members.map((m) => m.name).join(', ')}).`);
      return new EnumValue(t.enumType, member.ordinal);
    }
    case 'Decimal':
      return v instanceof Dec ? v : coerce(typeof v === 'string' ? Dec.parse(v) : v, t);
    case 'Date': {
      if (v instanceof ALDate) return v;
      if (v === '' || v === null || v === undefined) return ALDate.UNDEFINED;
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(v));
      if (m === null) throw new RangeError(`'${String(v)}' is not a date (YYYY-MM-DD).`);
      return ALDate.fromDay(dayOf(Number(m[1]), Number(m[2]), Number(m[3])));
    }
    case 'DateTime': {
      if (v instanceof ALDateTime) return v;
      if (v === '' || v === null || v === undefined) return ALDateTime.UNDEFINED;
      const ms = v instanceof Date ? v.getTime() : Date.parse(String(v));
      if (Number.isNaN(ms)) throw new RangeError(`'${String(v)}' is not an ISO date-time.`);
      return ALDateTime.of(ms);
    }
    case 'SecretText':
      return v instanceof SecretTextV ? v : new SecretTextV(String(v));
    default:
      return coerce(v, t);
  }
}
