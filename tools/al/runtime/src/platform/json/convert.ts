import { alError } from '../../errors';
import { Dec } from '../../values/decimal';
import { ALDate, ALDateTime, ALDuration, ALTime, createDateTime, dayOf, dt2Date, dt2Time, isValidYmd, ymdOf } from '../../values/dates';
import { EnumValue } from '../../values/types';
import { SecretTextV } from '../../values/secretText';
import { JSON_MESSAGES as M } from './messages';
import { JsonArrayNode, JsonNode, JsonObjectNode, JsonScalar, JsonValueNode, NULL_SCALAR } from './node';
import { scalarText } from './write';

/**
 * Conversions between AL values and JSON scalars: what JsonValue.SetValue / JsonObject.Add(key, <simple value>)
 * store, and what JsonValue.AsText, AsDecimal, AsDateTime ... return. AL values are the runtime's representation
 * (values/types.ts): Integer = number, BigInteger = bigint, Decimal = Dec, Text/Code = string, Boolean = boolean,
 * Date/Time/DateTime/Duration = classes of values/dates.ts, Option/Enum = EnumValue.
 */

/** The static AL type of the value being stored, when the runtime representation alone is ambiguous. */
export type ALSimpleKind = 'Integer' | 'BigInteger' | 'Decimal' | 'Boolean' | 'Text' | 'Code' | 'Char' | 'Byte' | 'Date' | 'Time' | 'DateTime' | 'Duration' | 'Option' | 'Guid';

/** The scalar BC writes for an AL simple value. Decimals keep their scale and always show a decimal point, as
 * Newtonsoft writes .NET decimals (10 -> 10.0, 1.50 -> 1.50); Date -> "2024-01-31"; Time -> "10:15:00[.123]";
 * DateTime -> UTC "2024-01-31T10:15:00[.123]Z"; Option/Enum -> its ordinal; Char -> a one-character string. */
export function scalarFromAL(v: unknown, kind?: ALSimpleKind): JsonScalar {
  if (v instanceof SecretTextV) throw alError(M.secretValue());
  if (typeof v === 'string') return { t: 'string', s: v };
  if (typeof v === 'boolean') return { t: 'boolean', b: v };
  if (typeof v === 'bigint') return { t: 'number', text: v.toString() };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw alError(M.unsupportedValue(String(v)));
    if (kind === 'Char') return { t: 'string', s: String.fromCharCode(v) };
    if (kind === 'Decimal') return { t: 'number', text: decimalText(Dec.fromNumber(v)) };
    return { t: 'number', text: Number.isInteger(v) ? v.toFixed(0) : String(v) };
  }
  if (v instanceof Dec) return { t: 'number', text: decimalText(v) };
  if (v instanceof ALDate) return { t: 'string', s: dateText(v) };
  if (v instanceof ALTime) return { t: 'string', s: timeText(v) };
  if (v instanceof ALDateTime) return { t: 'string', s: dateTimeText(v) };
  if (v instanceof ALDuration) return { t: 'number', text: Math.trunc(v.ms).toFixed(0) };
  if (v instanceof EnumValue) return { t: 'number', text: String(v.ordinal) };
  if (v === null) return NULL_SCALAR;
  throw alError(M.unsupportedValue(v === undefined ? 'undefined' : typeof v === 'object' ? (v.constructor?.name ?? 'object') : typeof v));
}

/** A new JsonValue holding an AL simple value (JsonObject.Add(key, 12.5), JsonArray.Add('x'), ...). */
export function valueFromAL(v: unknown, kind?: ALSimpleKind): JsonValueNode {
  return new JsonValueNode(scalarFromAL(v, kind));
}

/** Accepts a node as is, or wraps an AL simple value into a new JsonValue: the argument of Add/Replace/Insert/Set. */
export function toNode(v: unknown, kind?: ALSimpleKind): JsonNode {
  if (v instanceof JsonValueNode || v instanceof JsonObjectNode || v instanceof JsonArrayNode) return v;
  return valueFromAL(v, kind);
}

export function decimalText(d: Dec): string {
  const neg = d.m < 0n;
  let digits = (neg ? -d.m : d.m).toString();
  if (d.s === 0) return `${neg ? '-' : ''}${digits}.0`;
  if (digits.length <= d.s) digits = '0'.repeat(d.s - digits.length + 1) + digits;
  const cut = digits.length - d.s;
  return `${neg ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function dateText(d: ALDate): string {
  if (d.isUndefined) return '0001-01-01';
  const { y, m, d: day } = ymdOf(d.day);
  return `${pad(y, 4)}-${pad(m)}-${pad(day)}`;
}

export function timeText(t: ALTime): string {
  if (t.isUndefined) return '00:00:00';
  const ms = t.ms % 1000;
  const sec = Math.floor(t.ms / 1000);
  return `${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}${ms === 0 ? '' : '.' + pad(ms, 3).replace(/0+$/, '')}`;
}

export function dateTimeText(dt: ALDateTime): string {
  if (dt.isUndefined) return '0001-01-01T00:00:00Z';
  return `${dateText(dt2Date(dt))}T${timeText(dt2Time(dt))}Z`;
}

// ---------------------------------------------------------------------------------------------------------------
// JsonValue.AsXxx

function display(v: JsonScalar): string {
  return scalarText(v);
}

function notNull(v: JsonScalar, type: string): Exclude<JsonScalar, { t: 'null' } | { t: 'undefined' }> {
  if (v.t === 'null' || v.t === 'undefined') throw alError(M.valueIsNull(type));
  return v;
}

/** AsText: a string as is, a number with its JSON text, a boolean as true/false; null is an error. */
export function asText(v: JsonScalar): string {
  const s = notNull(v, 'Text');
  switch (s.t) {
    case 'string':
      return s.s;
    case 'number':
      return s.text;
    case 'boolean':
      return s.b ? 'true' : 'false';
  }
}

/** AsCode: the text in upper case without leading and trailing blanks, as a Code value holds it. */
export function asCode(v: JsonScalar): string {
  return asText(v).trim().toUpperCase();
}

function numberOf(v: JsonScalar, type: string): Dec {
  const s = notNull(v, type);
  const text = s.t === 'number' ? s.text : s.t === 'string' ? s.s.trim() : undefined;
  const d = text === undefined ? undefined : Dec.parse(text);
  if (d === undefined) throw alError(M.valueConversion(display(v), type));
  return d;
}

/** .NET Convert.ToInt32/64 of a decimal: rounds half to even, then checks the range. */
function integral(v: JsonScalar, type: string, min: bigint, max: bigint): bigint {
  const d = numberOf(v, type);
  let q = d.truncBig();
  const rest = d.sub(Dec.fromBigInt(q)).abs();
  const half = new Dec(5n, 1);
  const c = rest.cmp(half);
  if (c > 0 || (c === 0 && (q & 1n) !== 0n)) q += d.sign() < 0 ? -1n : 1n;
  if (q < min || q > max) throw alError(M.valueOverflow(display(v), type));
  return q;
}

export function asInteger(v: JsonScalar): number {
  return Number(integral(v, 'Integer', -2147483648n, 2147483647n));
}
export function asBigInteger(v: JsonScalar): bigint {
  return integral(v, 'BigInteger', -(2n ** 63n), 2n ** 63n - 1n);
}
export function asByte(v: JsonScalar): number {
  return Number(integral(v, 'Byte', 0n, 255n));
}
export function asDecimal(v: JsonScalar): Dec {
  return numberOf(v, 'Decimal');
}
/** AsOption: the ordinal (an integer number or numeric text). */
export function asOption(v: JsonScalar): number {
  return Number(integral(v, 'Option', -2147483648n, 2147483647n));
}
/** AsChar: a one-character string gives that character's code; a number gives the character with that code. */
export function asChar(v: JsonScalar): number {
  const s = notNull(v, 'Char');
  if (s.t === 'string' && s.s.length === 1) return s.s.charCodeAt(0);
  if (s.t === 'number') return Number(integral(v, 'Char', 0n, 65535n));
  throw alError(M.valueConversion(display(v), 'Char'));
}
/** AsBoolean: true/false, the texts "true"/"false" in any case, or a number (non-zero is true). */
export function asBoolean(v: JsonScalar): boolean {
  const s = notNull(v, 'Boolean');
  switch (s.t) {
    case 'boolean':
      return s.b;
    case 'number':
      return !numberOf(v, 'Boolean').isZero();
    case 'string': {
      const t = s.s.trim().toLowerCase();
      if (t === 'true') return true;
      if (t === 'false') return false;
      throw alError(M.valueConversion(display(v), 'Boolean'));
    }
  }
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

interface IsoParts {
  y: number;
  mo: number;
  d: number;
  timeMs: number | undefined;
  offsetMin: number | undefined;
}

function isoParts(v: JsonScalar, type: string): IsoParts {
  const s = notNull(v, type);
  const m = s.t === 'string' ? ISO.exec(s.s.trim()) : null;
  if (m === null) throw alError(M.valueConversion(display(v), type));
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValidYmd(y, mo, d)) throw alError(M.valueConversion(display(v), type));
  let timeMs: number | undefined;
  if (m[4] !== undefined) {
    const h = Number(m[4]);
    const mi = Number(m[5]);
    const se = Number(m[6] ?? '0');
    if (h > 23 || mi > 59 || se > 59) throw alError(M.valueConversion(display(v), type));
    // Fractions beyond milliseconds (Graph sends 7 digits) are truncated: AL DateTime and Time hold milliseconds.
    const ms = Number(((m[7] ?? '') + '000').slice(0, 3));
    timeMs = ((h * 60 + mi) * 60 + se) * 1000 + ms;
  }
  let offsetMin: number | undefined;
  const z = m[8];
  if (z !== undefined) {
    if (z.toUpperCase() === 'Z') offsetMin = 0;
    else {
      const digits = z.replace(':', '');
      const sign = digits.startsWith('-') ? -1 : 1;
      offsetMin = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
    }
  }
  return { y, mo, d, timeMs, offsetMin };
}

/** AsDateTime: ISO 8601 text; an offset converts to UTC, text without an offset is taken as UTC. */
export function asDateTime(v: JsonScalar): ALDateTime {
  const p = isoParts(v, 'DateTime');
  const base = createDateTime(ALDate.fromDay(dayOf(p.y, p.mo, p.d)), ALTime.of(p.timeMs ?? 0));
  return ALDateTime.of(base.ms - (p.offsetMin ?? 0) * 60_000);
}

/** AsDate: the date part of ISO 8601 text as written (no time-zone conversion). */
export function asDate(v: JsonScalar): ALDate {
  const p = isoParts(v, 'Date');
  return ALDate.fromDay(dayOf(p.y, p.mo, p.d));
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

/** AsTime: "hh:mm[:ss[.fff]]", or the time part of an ISO 8601 date-time as written. */
export function asTime(v: JsonScalar): ALTime {
  const s = notNull(v, 'Time');
  if (s.t === 'string') {
    const m = TIME.exec(s.s.trim());
    if (m !== null) {
      const h = Number(m[1]);
      const mi = Number(m[2]);
      const se = Number(m[3] ?? '0');
      if (h <= 23 && mi <= 59 && se <= 59) return ALTime.of(((h * 60 + mi) * 60 + se) * 1000 + Number(((m[4] ?? '') + '000').slice(0, 3)));
    } else if (ISO.test(s.s.trim())) {
      const p = isoParts(v, 'Time');
      if (p.timeMs !== undefined) return ALTime.of(p.timeMs);
    }
  }
  throw alError(M.valueConversion(display(v), 'Time'));
}

/** AsDuration: a number of milliseconds (how SetValue(Duration) writes it). */
export function asDuration(v: JsonScalar): ALDuration {
  const d = numberOf(v, 'Duration');
  return new ALDuration(Number(d.truncBig()));
}

