import { alError } from '../errors';
import { Dec } from './decimal';
import { ALDate, ALDateTime, ALDuration, ALTime, DateFormula, addDays, MS_PER_DAY } from './dates';
import { ALType, EnumValue } from './types';
import { EMPTY_SECRET, SecretTextV } from './secretText';
import { EMPTY_BLOB } from './streams';

export const NULL_GUID = '{00000000-0000-0000-0000-000000000000}';
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

export function intOverflow(): Error {
  return alError('Arithmetic operation resulted in an overflow.');
}

export function checkInt(n: number): number {
  if (n > INT_MAX || n < INT_MIN) throw intOverflow();
  return n;
}

export function textLengthError(value: string, max: number): Error {
  return alError(`The length of the string is ${value.length}, but it must be less than or equal to ${max} characters. Value: ${value}`);
}

export function toDec(v: unknown): Dec {
  if (v instanceof Dec) return v;
  if (typeof v === 'number') return Number.isInteger(v) ? Dec.fromInt(v) : Dec.fromNumber(v);
  if (typeof v === 'bigint') return Dec.fromBigInt(v);
  if (v instanceof EnumValue) return Dec.fromInt(v.ordinal);
  if (v instanceof ALDuration) return Dec.fromInt(v.ms);
  throw alError(`Cannot convert ${describe(v)} to Decimal.`);
}

/** Integer value of a number-like value (Decimal must be integral or is rounded as .NET Convert does). */
export function toInt(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v instanceof Dec) {
    const r = v.round(Dec.ONE, '=');
    const n = Number(r.truncBig());
    return checkInt(n);
  }
  if (typeof v === 'bigint') return checkInt(Number(v));
  if (v instanceof EnumValue) return v.ordinal;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof ALDuration) return checkInt(v.ms);
  throw alError(`Cannot convert ${describe(v)} to Integer.`);
}

export function toText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof SecretTextV) throw alError('A SecretText value cannot be assigned to a Text.');
  if (typeof v === 'number') return String.fromCharCode(v);
  throw alError(`Cannot convert ${describe(v)} to Text.`);
}

export function toBool(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  throw alError(`Cannot convert ${describe(v)} to Boolean.`);
}

export function describe(v: unknown): string {
  if (v === undefined || v === null) return 'an empty value';
  if (typeof v === 'number') return `the Integer ${v}`;
  if (typeof v === 'string') return `the Text '${v}'`;
  if (typeof v === 'boolean') return `the Boolean ${v ? 'true' : 'false'}`;
  if (v instanceof Dec) return `the Decimal ${v.toString()}`;
  if (typeof v === 'bigint') return `the BigInteger ${v}`;
  if (v instanceof EnumValue) return `the ${v.type.isOption ? 'Option' : 'Enum'} value ${v.name}`;
  if (v instanceof ALDate) return 'a Date';
  if (v instanceof ALTime) return 'a Time';
  if (v instanceof ALDateTime) return 'a DateTime';
  if (v instanceof ALDuration) return 'a Duration';
  if (v instanceof SecretTextV) return 'a SecretText';
  if (typeof v === 'object') return `a ${(v as object).constructor.name}`;
  return typeof v;
}

/** The value a variable or field of type `t` starts with (also after Clear/Init). */
export function defaultValue(t: ALType): unknown {
  switch (t.kind) {
    case 'Integer':
    case 'Char':
    case 'Byte':
      return 0;
    case 'BigInteger':
      return 0n;
    case 'Decimal':
      return Dec.ZERO;
    case 'Boolean':
      return false;
    case 'Text':
    case 'Code':
      return '';
    case 'Date':
      return ALDate.UNDEFINED;
    case 'Time':
      return ALTime.UNDEFINED;
    case 'DateTime':
      return ALDateTime.UNDEFINED;
    case 'Duration':
      return new ALDuration(0);
    case 'DateFormula':
      return DateFormula.EMPTY;
    case 'Guid':
      return NULL_GUID;
    case 'Option':
    case 'Enum':
      return t.enumType.first();
    case 'Variant':
      return undefined;
    case 'SecretText':
      return EMPTY_SECRET;
    case 'Blob':
      return EMPTY_BLOB;
    default:
      // Reference-like types are created by the interpreter (it knows tables, codeunits, collections).
      return undefined;
  }
}

/** Converts a value for storage in a slot of type `t`, raising BC's errors (text length, integer range...). */
export function coerce(v: unknown, t: ALType): unknown {
  switch (t.kind) {
    case 'Integer':
      if (typeof v === 'number') {
        if (v > INT_MAX || v < INT_MIN) throw intOverflow();
        return v;
      }
      return toInt(v);
    case 'BigInteger':
      if (typeof v === 'bigint') return v;
      if (typeof v === 'number') return BigInt(v);
      if (v instanceof Dec) return v.round(Dec.ONE, '=').truncBig();
      if (v instanceof EnumValue) return BigInt(v.ordinal);
      if (v instanceof ALDuration) return BigInt(v.ms);
      throw alError(`Cannot convert ${describe(v)} to BigInteger.`);
    case 'Decimal':
      return toDec(v);
    case 'Boolean':
      return toBool(v);
    case 'Text': {
      const s = toText(v);
      if (t.length !== undefined && s.length > t.length) throw textLengthError(s, t.length);
      return s;
    }
    case 'Code': {
      const s = toText(v).trim().toUpperCase();
      if (t.length !== undefined && s.length > t.length) throw textLengthError(s, t.length);
      return s;
    }
    case 'Char':
    case 'Byte':
      if (typeof v === 'number') return v;
      if (typeof v === 'string' && v.length === 1) return v.charCodeAt(0);
      throw alError(`Cannot convert ${describe(v)} to Char.`);
    case 'Date':
      if (v instanceof ALDate) return v;
      throw alError(`Cannot convert ${describe(v)} to Date.`);
    case 'Time':
      if (v instanceof ALTime) return v;
      throw alError(`Cannot convert ${describe(v)} to Time.`);
    case 'DateTime':
      if (v instanceof ALDateTime) return v;
      throw alError(`Cannot convert ${describe(v)} to DateTime.`);
    case 'Duration':
      if (v instanceof ALDuration) return v;
      if (typeof v === 'number') return new ALDuration(v);
      if (typeof v === 'bigint') return new ALDuration(Number(v));
      if (v instanceof Dec) return new ALDuration(Number(v.round(Dec.ONE, '=').truncBig()));
      throw alError(`Cannot convert ${describe(v)} to Duration.`);
    case 'DateFormula':
      if (v instanceof DateFormula) return v;
      throw alError(`Cannot convert ${describe(v)} to DateFormula.`);
    case 'Guid':
      if (typeof v === 'string') {
        const g = normalizeGuid(v);
        if (g === undefined) throw alError(`'${v}' is not a valid GUID.`);
        return g;
      }
      throw alError(`Cannot convert ${describe(v)} to Guid.`);
    case 'SecretText':
      if (v instanceof SecretTextV) return v;
      if (typeof v === 'string') return new SecretTextV(v);
      throw alError(`Cannot convert ${describe(v)} to SecretText.`);
    case 'Option':
    case 'Enum':
      if (v instanceof EnumValue) return v.type === t.enumType ? v : new EnumValue(t.enumType, v.ordinal);
      if (typeof v === 'number') return new EnumValue(t.enumType, v);
      throw alError(`Cannot convert ${describe(v)} to ${t.kind}.`);
    default:
      return v;
  }
}

export function normalizeGuid(s: string): string | undefined {
  const m = /^\{?([0-9a-fA-F]{8})-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{12})\}?$/.exec(s.trim());
  if (m === null) return undefined;
  return `{${m[1]}-${m[2]}-${m[3]}-${m[4]}-${m[5]}}`.toUpperCase();
}

// ---------------------------------------------------------------------------------------------------------------
// Operators

function isNum(v: unknown): v is number | Dec | bigint {
  return typeof v === 'number' || v instanceof Dec || typeof v === 'bigint';
}

function numOp(a: unknown, b: unknown, intOp: (x: number, y: number) => number, decOp: (x: Dec, y: Dec) => Dec, bigOp: (x: bigint, y: bigint) => bigint): unknown {
  if (typeof a === 'number' && typeof b === 'number') return checkInt(intOp(a, b));
  if (a instanceof EnumValue) return numOp(a.ordinal, b, intOp, decOp, bigOp);
  if (b instanceof EnumValue) return numOp(a, b.ordinal, intOp, decOp, bigOp);
  if (a instanceof Dec || b instanceof Dec) return decOp(toDec(a), toDec(b));
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    const r = bigOp(toBig(a), toBig(b));
    if (r > 9223372036854775807n || r < -9223372036854775808n) throw intOverflow();
    return r;
  }
  throw alError(`Operator cannot be applied to ${describe(a)} and ${describe(b)}.`);
}

function toBig(v: unknown): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(v);
  throw alError(`Cannot convert ${describe(v)} to BigInteger.`);
}

export function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return checkInt(a + b);
  if (typeof a === 'string') {
    if (typeof b === 'string') return a + b;
    if (typeof b === 'number') return a + String.fromCharCode(b);
  }
  if (typeof b === 'string' && typeof a === 'number') return String.fromCharCode(a) + b;
  if (a instanceof ALDate) return addDays(a, toInt(b));
  if (a instanceof ALTime) {
    if (a.isUndefined) throw alError('You cannot base a time calculation on an undefined time.');
    return ALTime.of((((a.ms + toInt(b)) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY);
  }
  if (a instanceof ALDateTime) {
    if (a.isUndefined) throw alError('You cannot base a DateTime calculation on an undefined DateTime.');
    return ALDateTime.of(a.ms + (b instanceof ALDuration ? b.ms : Number(toDec(b).round(Dec.ONE, '=').truncBig())));
  }
  if (a instanceof ALDuration) return new ALDuration(a.ms + (b instanceof ALDuration ? b.ms : toInt(b)));
  return numOp(a, b, (x, y) => x + y, (x, y) => x.add(y), (x, y) => x + y);
}

export function sub(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return checkInt(a - b);
  if (a instanceof ALDate) {
    if (b instanceof ALDate) {
      if (a.isUndefined || b.isUndefined) throw alError('You cannot base a date calculation on an undefined date.');
      return a.day - b.day;
    }
    return addDays(a, -toInt(b));
  }
  if (a instanceof ALTime) {
    if (b instanceof ALTime) return a.ms - b.ms;
    return add(a, -toInt(b));
  }
  if (a instanceof ALDateTime) {
    if (b instanceof ALDateTime) return new ALDuration(a.ms - b.ms);
    return add(a, b instanceof ALDuration ? new ALDuration(-b.ms) : toDec(b).neg());
  }
  if (a instanceof ALDuration) return new ALDuration(a.ms - (b instanceof ALDuration ? b.ms : toInt(b)));
  return numOp(a, b, (x, y) => x - y, (x, y) => x.sub(y), (x, y) => x - y);
}

export function mul(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return checkInt(a * b);
  if (typeof a === 'number' && b instanceof Dec && Number.isInteger(a)) return b.mulInt(a);
  if (a instanceof Dec && typeof b === 'number' && Number.isInteger(b)) return a.mulInt(b);
  return numOp(a, b, (x, y) => x * y, (x, y) => x.mul(y), (x, y) => x * y);
}

/** `/` always yields a Decimal. */
export function divide(a: unknown, b: unknown): unknown {
  if (a instanceof ALDuration || b instanceof ALDuration) return toDec(a).div(toDec(b));
  if (!isNum(a) && !(a instanceof EnumValue)) throw alError(`Operator / cannot be applied to ${describe(a)}.`);
  return toDec(a).div(toDec(b));
}

export function idiv(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw alError('Attempted to divide by zero.');
    return checkInt(Math.trunc(a / b));
  }
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    const d = toBig(b);
    if (d === 0n) throw alError('Attempted to divide by zero.');
    return toBig(a) / d;
  }
  const r = toDec(a).idiv(toDec(b));
  const n = Number(r.truncBig());
  return n <= INT_MAX && n >= INT_MIN ? n : r;
}

export function mod(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw alError('Attempted to divide by zero.');
    return a % b;
  }
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    const d = toBig(b);
    if (d === 0n) throw alError('Attempted to divide by zero.');
    return toBig(a) % d;
  }
  return toDec(a).mod(toDec(b));
}

export function neg(a: unknown): unknown {
  if (typeof a === 'number') return checkInt(-a);
  if (a instanceof Dec) return a.neg();
  if (typeof a === 'bigint') return -a;
  if (a instanceof ALDuration) return new ALDuration(-a.ms);
  throw alError(`Unary minus cannot be applied to ${describe(a)}.`);
}

/** Total order used by comparisons, sorting and filters. */
export function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof ALDuration && !(b instanceof ALDuration)) return compare(a.ms, b);
  if (b instanceof ALDuration && !(a instanceof ALDuration)) return compare(a, b.ms);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof Dec) {
    if (b instanceof Dec) return a.cmp(b);
    return a.cmp(toDec(b));
  }
  if (b instanceof Dec) return toDec(a).cmp(b);
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    const x = toBig(a instanceof EnumValue ? a.ordinal : a);
    const y = toBig(b instanceof EnumValue ? b.ordinal : b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a instanceof ALDate && b instanceof ALDate) return a.n - b.n;
  if (a instanceof ALTime && b instanceof ALTime) return a.ms - b.ms;
  if (a instanceof ALDateTime && b instanceof ALDateTime) return a.ms === b.ms ? 0 : a.ms < b.ms ? -1 : 1;
  if (a instanceof ALDuration && b instanceof ALDuration) return a.ms - b.ms;
  if (a instanceof EnumValue) return compare(a.ordinal, b instanceof EnumValue ? b.ordinal : b);
  if (b instanceof EnumValue) return compare(a, b.ordinal);
  if (typeof a === 'boolean' && typeof b === 'boolean') return (a ? 1 : 0) - (b ? 1 : 0);
  if (typeof a === 'string' && typeof b === 'number') return compare(a, String.fromCharCode(b));
  if (typeof a === 'number' && typeof b === 'string') return compare(String.fromCharCode(a), b);
  if (a instanceof DateFormula && b instanceof DateFormula) return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
  throw alError(`Cannot compare ${describe(a)} with ${describe(b)}.`);
}

export function equals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return false;
  if (typeof a === 'number' && typeof b === 'number') return false;
  if (typeof a === 'boolean' && typeof b === 'boolean') return false;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return compare(a, b) === 0;
}
