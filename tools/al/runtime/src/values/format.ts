import { alError, runtimeGap } from '../errors';
import { Dec } from './decimal';
import {
  ALDate,
  ALDateTime,
  ALDuration,
  ALTime,
  DateFormula,
  MS_PER_DAY,
  dayOf,
  dt2Date,
  dt2Time,
  isValidYmd,
  parseDateFormula,
  weekdayOf,
  ymdOf,
  createDateTime,
} from './dates';
import { ALType, EnumValue } from './types';
import { normalizeGuid } from './ops';

/**
 * Format and Evaluate in one fixed culture, en-US, plus standard format 9 (XML, culture invariant), as described on
 * Microsoft Learn ("System.Format(Any [, Integer] [, Integer]) Method", "Format Property", "Evaluate Method").
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

function thousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export type FormatSpec = number | string;

/** Format(value [, length] [, format]). `staticType` tells Char apart from Integer. */
export function formatValue(v: unknown, length = 0, spec: FormatSpec = 0, staticType?: ALType): string {
  let s: string;
  if (typeof spec === 'string' && spec !== '') s = formatCustom(v, spec, staticType);
  else s = formatStandard(v, typeof spec === 'number' ? spec : 0, staticType);
  if (length > 0 && s.length > length) return '*'.repeat(length);
  if (length > 0 && s.length < length) return s.padStart(length, ' ');
  if (length < 0 && s.length < -length) return s.padEnd(-length, ' ');
  return s;
}

function formatStandard(v: unknown, std: number, staticType?: ALType): string {
  const xml = std === 9;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') {
    if (staticType !== undefined && (staticType.kind === 'Char' || staticType.kind === 'Byte') && staticType.kind === 'Char') return String.fromCharCode(v);
    return formatIntegerDigits(v < 0, String(Math.abs(v)), std);
  }
  if (typeof v === 'bigint') return formatIntegerDigits(v < 0n, String(v < 0n ? -v : v), std);
  if (typeof v === 'boolean') return xml || std === 2 ? (v ? 'true' : 'false') : v ? 'Yes' : 'No';
  if (v instanceof Dec) {
    const p = v.parts(28);
    const int = std === 0 ? thousands(p.int) : p.int;
    return (p.neg ? '-' : '') + int + (p.frac === '' ? '' : '.' + p.frac);
  }
  if (v instanceof EnumValue) return xml || std === 2 ? String(v.ordinal) : v.caption;
  if (v instanceof ALDate) return formatDate(v, xml);
  if (v instanceof ALTime) return formatTime(v, xml);
  if (v instanceof ALDateTime) {
    if (v.isUndefined) return '';
    if (xml) {
      const d = dt2Date(v);
      const t = dt2Time(v);
      return `${formatDate(d, true)}T${formatTime(t, true)}Z`;
    }
    const t = dt2Time(v);
    const h = Math.floor(t.ms / 3_600_000);
    const mi = Math.floor(t.ms / 60_000) % 60;
    return `${formatDate(dt2Date(v), false)} ${h % 12 === 0 ? 12 : h % 12}:${pad(mi, 2)} ${h < 12 ? 'AM' : 'PM'}`;
  }
  if (v instanceof ALDuration) return formatDuration(v, xml);
  if (v instanceof DateFormula) return xml ? (v.text === '' ? '' : `<${v.text}>`) : v.text;
  if (v === undefined) return '';
  if (typeof v === 'object' && v !== null && 'alFormat' in v && typeof (v as { alFormat: unknown }).alFormat === 'function') {
    return String((v as { alFormat: () => unknown }).alFormat());
  }
  throw runtimeGap(`Format does not support ${typeof v === 'object' && v !== null ? v.constructor.name : typeof v} values.`);
}

function formatIntegerDigits(neg: boolean, digits: string, std: number): string {
  if (digits.length <= 3) return neg ? '-' + digits : digits;
  return (neg ? '-' : '') + (std === 0 ? thousands(digits) : digits);
}

export function formatDate(d: ALDate, xml: boolean): string {
  if (d.isUndefined) return '';
  const { y, m, d: day } = ymdOf(d.day);
  if (xml) return `${d.closing ? 'C' : ''}${pad(y, 4)}-${pad(m, 2)}-${pad(day, 2)}`;
  return `${d.closing ? 'C' : ''}${pad(m, 2)}/${pad(day, 2)}/${pad(y % 100, 2)}`;
}

export function formatTime(t: ALTime, xml: boolean): string {
  if (t.isUndefined) return '';
  const h = Math.floor(t.ms / 3_600_000);
  const mi = Math.floor(t.ms / 60_000) % 60;
  const s = Math.floor(t.ms / 1000) % 60;
  const ms = t.ms % 1000;
  const frac = ms === 0 ? '' : '.' + pad(ms, 3).replace(/0+$/, '');
  if (xml) return `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${frac}`;
  return `${h % 12 === 0 ? 12 : h % 12}:${pad(mi, 2)}:${pad(s, 2)}${frac} ${h < 12 ? 'AM' : 'PM'}`;
}

function formatDuration(v: ALDuration, xml: boolean): string {
  if (xml) return String(v.ms);
  let ms = Math.abs(v.ms);
  const parts: string[] = [];
  const units: [number, string][] = [
    [MS_PER_DAY, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1000, 'second'],
    [1, 'millisecond'],
  ];
  for (const [size, name] of units) {
    const n = Math.floor(ms / size);
    if (n > 0) {
      parts.push(`${n} ${name}${n === 1 ? '' : 's'}`);
      ms -= n * size;
    }
  }
  if (parts.length === 0) return '';
  return (v.ms < 0 ? '-' : '') + parts.join(' ');
}

/** A custom format such as `<Precision,2:2><Standard Format,0>` or `<Year4>-<Month,2>-<Day,2>`. */
function formatCustom(v: unknown, spec: string, staticType?: ALType): string {
  let minDec = 0;
  let maxDec = 28;
  let out = '';
  const re = /<([^<>,]+)(?:,([^<>]*))?>|([^<]+|<)/g;
  let m: RegExpExecArray | null;
  let filler = ' ';
  while ((m = re.exec(spec)) !== null) {
    if (m[3] !== undefined) {
      out += m[3];
      continue;
    }
    const name = (m[1] ?? '').trim().toLowerCase();
    const arg = m[2]?.trim();
    const width = arg !== undefined && /^\d+$/.test(arg) ? Number(arg) : 0;
    const w = (s: string): string => (width > 0 && s.length < width ? s.padStart(width, filler === ' ' && /^\d+$/.test(s) ? '0' : filler) : s);
    switch (name) {
      case 'precision': {
        const pm = /^(\d+)(?::(\d+))?$/.exec(arg ?? '');
        if (pm !== null) {
          minDec = Number(pm[1]);
          maxDec = pm[2] === undefined ? minDec : Number(pm[2]);
        }
        break;
      }
      case 'filler character':
      case 'filler':
        filler = arg ?? ' ';
        break;
      case 'standard format':
        out += formatStandardWithPrecision(v, Number(arg ?? '0'), minDec, maxDec, staticType);
        break;
      case 'sign': {
        const neg = (v instanceof Dec && v.sign() < 0) || (typeof v === 'number' && v < 0) || (typeof v === 'bigint' && v < 0n);
        out += neg ? '-' : '';
        break;
      }
      case 'integer':
      case 'integer thousand': {
        const p = toDecParts(v, maxDec);
        const digits = name === 'integer thousand' ? thousands(p.int) : p.int;
        out += w(digits);
        break;
      }
      case 'decimals': {
        const p = toDecParts(v, maxDec);
        let frac = p.frac;
        if (frac.length < minDec) frac = frac.padEnd(minDec, '0');
        out += frac === '' ? '' : '.' + frac;
        break;
      }
      case 'day':
      case 'month':
      case 'year':
      case 'year4':
      case 'month text':
      case 'day text':
      case 'week':
      case 'weekday': {
        const d = v instanceof ALDateTime ? dt2Date(v) : v;
        if (!(d instanceof ALDate)) throw alError(`The format field <${m[1]}> applies to dates only.`);
        if (d.isUndefined) break;
        const ymd = ymdOf(d.day);
        if (name === 'day') out += w(String(ymd.d));
        else if (name === 'month') out += w(String(ymd.m));
        else if (name === 'year') out += pad(ymd.y % 100, 2);
        else if (name === 'year4') out += pad(ymd.y, 4);
        else if (name === 'month text') out += MONTHS[ymd.m - 1] ?? '';
        else if (name === 'day text') out += DAYS[weekdayOf(d.day) - 1] ?? '';
        else if (name === 'weekday') out += String(weekdayOf(d.day));
        break;
      }
      case 'hours24':
      case 'hours12':
      case 'minutes':
      case 'seconds':
      case 'thousands':
      case 'am/pm': {
        const t = v instanceof ALDateTime ? dt2Time(v) : v;
        if (!(t instanceof ALTime)) throw alError(`The format field <${m[1]}> applies to times only.`);
        if (t.isUndefined) break;
        const h = Math.floor(t.ms / 3_600_000);
        if (name === 'hours24') out += w(String(h));
        else if (name === 'hours12') out += w(String(h % 12 === 0 ? 12 : h % 12));
        else if (name === 'minutes') out += w(String(Math.floor(t.ms / 60_000) % 60));
        else if (name === 'seconds') out += w(String(Math.floor(t.ms / 1000) % 60));
        else if (name === 'thousands') out += pad(t.ms % 1000, 3);
        else out += h < 12 ? 'AM' : 'PM';
        break;
      }
      case 'text':
        out += formatStandard(v, 0, staticType);
        break;
      default:
        throw runtimeGap(`The format field <${m[1]}> is not supported by the AL runtime yet (format '${spec}').`);
    }
  }
  return out;
}

function toDecParts(v: unknown, maxDec: number): { neg: boolean; int: string; frac: string } {
  if (v instanceof Dec) return v.parts(maxDec);
  if (typeof v === 'number') return { neg: v < 0, int: String(Math.abs(v)), frac: '' };
  if (typeof v === 'bigint') return { neg: v < 0n, int: String(v < 0n ? -v : v), frac: '' };
  throw alError('The format fields <Integer> and <Decimals> apply to numbers only.');
}

function formatStandardWithPrecision(v: unknown, std: number, minDec: number, maxDec: number, staticType?: ALType): string {
  if (!(v instanceof Dec) && typeof v !== 'number') return formatStandard(v, std, staticType);
  const p = toDecParts(v, maxDec);
  let frac = p.frac;
  if (frac.length < minDec) frac = frac.padEnd(minDec, '0');
  const int = std === 0 ? thousands(p.int) : p.int;
  const neg = p.neg && (p.int !== '0' || /[1-9]/.test(frac));
  return (neg ? '-' : '') + int + (frac === '' ? '' : '.' + frac);
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluate

/** Parses `text` as a value of type `t`; returns undefined when the text is not valid for the type. */
export function evaluateText(text: string, t: ALType, std = 0, today: () => ALDate = () => ALDate.UNDEFINED): unknown {
  const xml = std === 9;
  const s = text.trim();
  switch (t.kind) {
    case 'Text':
    case 'Code':
      return text;
    case 'Integer':
    case 'BigInteger': {
      const clean = xml ? s : s.replace(/,/g, '');
      if (!/^[+-]?\d+$/.test(clean)) return undefined;
      if (t.kind === 'BigInteger') return BigInt(clean);
      const n = Number(clean);
      if (n > 2147483647 || n < -2147483648) return undefined;
      return n;
    }
    case 'Decimal': {
      const clean = xml ? s : s.replace(/,/g, '');
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(clean)) return undefined;
      return Dec.parse(clean);
    }
    case 'Boolean': {
      const l = s.toLowerCase();
      if (l === 'yes' || l === 'true' || l === '1') return true;
      if (l === 'no' || l === 'false' || l === '0') return false;
      return undefined;
    }
    case 'Date':
      return parseDate(s, xml, today);
    case 'Time':
      return parseTime(s, xml);
    case 'DateTime': {
      if (s === '') return ALDateTime.UNDEFINED;
      const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(s);
      if (iso !== null) {
        const y = Number(iso[1]);
        const mo = Number(iso[2]);
        const d = Number(iso[3]);
        if (!isValidYmd(y, mo, d)) return undefined;
        const ms = Math.round(Number('0' + (iso[7] ?? '')) * 1000);
        let total = (dayOf(y, mo, d) - dayOf(1970, 1, 1)) * MS_PER_DAY + ((Number(iso[4]) * 60 + Number(iso[5])) * 60 + Number(iso[6] ?? '0')) * 1000 + ms;
        const tz = iso[8];
        if (tz !== undefined && tz !== 'Z') {
          const sign = tz.startsWith('-') ? -1 : 1;
          total -= sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6))) * 60_000;
        }
        return ALDateTime.of(total);
      }
      if (xml) return undefined;
      const sp = s.split(/\s+/);
      const d = parseDate(sp[0] ?? '', false, today);
      if (!(d instanceof ALDate)) return undefined;
      const tm = sp.length > 1 ? parseTime(sp.slice(1).join(' '), false) : ALTime.UNDEFINED;
      if (!(tm instanceof ALTime)) return undefined;
      return createDateTime(d, tm);
    }
    case 'Duration': {
      if (/^[+-]?\d+$/.test(s)) return new ALDuration(Number(s));
      return undefined;
    }
    case 'DateFormula':
      try {
        return parseDateFormula(s);
      } catch {
        return undefined;
      }
    case 'Guid':
      if (s === '') return '{00000000-0000-0000-0000-000000000000}';
      return normalizeGuid(s);
    case 'Option':
    case 'Enum': {
      if (/^\d+$/.test(s)) {
        const ord = Number(s);
        if (t.kind === 'Option' && t.enumType.byOrdinal.get(ord) === undefined) return undefined;
        return new EnumValue(t.enumType, ord);
      }
      const l = s.toLowerCase();
      for (const m of t.enumType.members) if (m.name.toLowerCase() === l || m.caption.toLowerCase() === l) return new EnumValue(t.enumType, m.ordinal);
      return undefined;
    }
    case 'Char':
      return s.length === 1 ? s.charCodeAt(0) : undefined;
    default:
      throw runtimeGap(`Evaluate does not support the type ${t.kind}.`);
  }
}

function parseDate(s: string, xml: boolean, today: () => ALDate): ALDate | undefined {
  if (s === '') return ALDate.UNDEFINED;
  let closing = false;
  let body = s;
  if (/^c/i.test(body)) {
    closing = true;
    body = body.slice(1);
  }
  const mk = (y: number, m: number, d: number): ALDate | undefined => (isValidYmd(y, m, d) ? ALDate.fromDay(dayOf(y, m, d), closing) : undefined);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(body);
  if (iso !== null) return mk(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (xml) return undefined;
  if (/^(t|today)$/i.test(body)) return today();
  const us = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(body);
  const year = (y: string | undefined): number => {
    if (y === undefined) return ymdOf(today().isUndefined ? dayOf(2000, 1, 1) : today().day).y;
    const n = Number(y);
    return y.length === 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
  };
  if (us !== null) return mk(year(us[3]), Number(us[1]), Number(us[2]));
  const digits = /^(\d{2})(\d{2})(\d{2}|\d{4})?$/.exec(body);
  if (digits !== null) return mk(year(digits[3]), Number(digits[1]), Number(digits[2]));
  return undefined;
}

function parseTime(s: string, xml: boolean): ALTime | undefined {
  if (s === '') return ALTime.UNDEFINED;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*([AaPp][Mm])?$/.exec(s) ?? (xml ? null : /^(\d{2})(\d{2})(\d{2})?()\s*([AaPp][Mm])?$/.exec(s));
  if (m === null) return undefined;
  let h = Number(m[1]);
  const mi = Number(m[2]);
  const sec = Number(m[3] ?? '0');
  const ms = m[4] === undefined || m[4] === '' ? 0 : Math.round(Number('0' + m[4]) * 1000);
  const ampm = m[5]?.toUpperCase();
  if (ampm !== undefined) {
    if (h < 1 || h > 12) return undefined;
    if (ampm === 'AM' && h === 12) h = 0;
    else if (ampm === 'PM' && h !== 12) h += 12;
  }
  if (h > 23 || mi > 59 || sec > 59) return undefined;
  return ALTime.of(((h * 60 + mi) * 60 + sec) * 1000 + ms);
}
