import { alError } from '../errors';

/**
 * Date: a day number with a closing flag, packed as n = day*2 + closing so that sorting by n puts a closing date
 * right after its regular date and before the next day (Microsoft Learn, "System.ClosingDate(Date) Method").
 * Day 1 is 0001-01-01; n = 0 is the undefined date 0D.
 */
export class ALDate {
  private constructor(readonly n: number) {}
  static readonly UNDEFINED = new ALDate(0);
  static fromDay(day: number, closing = false): ALDate {
    if (day <= 0) return ALDate.UNDEFINED;
    if (day > MAX_DAY) throw alError('The date is outside the valid range (01/01/0001 to 12/31/9999).');
    return new ALDate(day * 2 + (closing ? 1 : 0));
  }
  static fromN(n: number): ALDate {
    return n === 0 ? ALDate.UNDEFINED : new ALDate(n);
  }
  get day(): number {
    return this.n >> 1;
  }
  get closing(): boolean {
    return (this.n & 1) === 1;
  }
  get isUndefined(): boolean {
    return this.n === 0;
  }
}

/** Time: milliseconds after midnight; -1 is the undefined time 0T. */
export class ALTime {
  private constructor(readonly ms: number) {}
  static readonly UNDEFINED = new ALTime(-1);
  static of(ms: number): ALTime {
    return ms < 0 ? ALTime.UNDEFINED : new ALTime(ms);
  }
  get isUndefined(): boolean {
    return this.ms < 0;
  }
}

/** DateTime: UTC milliseconds since 1970-01-01; -Infinity is the undefined value 0DT (sorts first). */
export class ALDateTime {
  private constructor(readonly ms: number) {}
  static readonly UNDEFINED = new ALDateTime(-Infinity);
  static of(ms: number): ALDateTime {
    return Number.isFinite(ms) ? new ALDateTime(ms) : ALDateTime.UNDEFINED;
  }
  get isUndefined(): boolean {
    return !Number.isFinite(this.ms);
  }
}

/** Duration: a 64-bit number of milliseconds (kept as a JS number; exact up to 2^53 ms). */
export class ALDuration {
  constructor(readonly ms: number) {}
}

export const MS_PER_DAY = 86_400_000;
/** Day number of 1970-01-01 when 0001-01-01 is day 1. */
const UNIX_EPOCH_DAY = 719_163;
const MAX_DAY = dayOf(9999, 12, 31);

/** Day number (0001-01-01 = 1) of a proleptic Gregorian date; no validation. */
export function dayOf(y: number, m: number, d: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  dt.setUTCHours(0, 0, 0, 0);
  return Math.round(dt.getTime() / MS_PER_DAY) + UNIX_EPOCH_DAY;
}

export function ymdOf(day: number): { y: number; m: number; d: number } {
  const dt = new Date((day - UNIX_EPOCH_DAY) * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 30;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** ISO weekday: 1 = Monday .. 7 = Sunday. */
export function weekdayOf(day: number): number {
  // 0001-01-01 (day 1) was a Monday.
  return ((day - 1) % 7) + 1;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function dmy2Date(d: number, m: number, y: number): ALDate {
  if (!isValidYmd(y, m, d)) throw alError(`${d}, ${m}, ${y} is not a valid date.`);
  return ALDate.fromDay(dayOf(y, m, d));
}

/** Date2DMY: what = 1 day, 2 month, 3 year. */
export function date2dmy(date: ALDate, what: number): number {
  if (date.isUndefined) throw alError('The date 0D is not valid here: Date2DMY needs a date.');
  const { y, m, d } = ymdOf(date.day);
  if (what === 1) return d;
  if (what === 2) return m;
  if (what === 3) return y;
  throw alError(`Date2DMY: ${what} is not a valid value for the second parameter. Use 1 (day), 2 (month) or 3 (year).`);
}

/** Date2DWY: what = 1 weekday (Monday = 1), 2 ISO week number, 3 year the week belongs to. */
export function date2dwy(date: ALDate, what: number): number {
  if (date.isUndefined) throw alError('The date 0D is not valid here: Date2DWY needs a date.');
  const wd = weekdayOf(date.day);
  if (what === 1) return wd;
  // ISO 8601: the week belongs to the year of its Thursday.
  const thursday = date.day - wd + 4;
  const ty = ymdOf(thursday).y;
  if (what === 3) return ty;
  if (what === 2) return Math.floor((thursday - dayOf(ty, 1, 1)) / 7) + 1;
  throw alError(`Date2DWY: ${what} is not a valid value for the second parameter. Use 1 (weekday), 2 (week) or 3 (year).`);
}

export function dwy2Date(weekday: number, week: number, year: number): ALDate {
  if (weekday < 1 || weekday > 7) throw alError(`DWY2Date: ${weekday} is not a valid weekday.`);
  const jan4 = dayOf(year, 1, 4);
  const week1Monday = jan4 - weekdayOf(jan4) + 1;
  return ALDate.fromDay(week1Monday + (week - 1) * 7 + weekday - 1);
}

export function normalDate(d: ALDate): ALDate {
  return d.closing ? ALDate.fromDay(d.day) : d;
}

export function closingDate(d: ALDate): ALDate {
  if (d.isUndefined) return d;
  return ALDate.fromDay(d.day, true);
}

export function addDays(d: ALDate, n: number): ALDate {
  if (d.isUndefined) throw alError('You cannot base a date calculation on an undefined date.');
  return ALDate.fromDay(d.day + n);
}

export function createDateTime(d: ALDate, t: ALTime): ALDateTime {
  if (d.isUndefined) return ALDateTime.UNDEFINED;
  const ms = (d.day - UNIX_EPOCH_DAY) * MS_PER_DAY + (t.isUndefined ? 0 : t.ms);
  return ALDateTime.of(ms);
}

export function dt2Date(dt: ALDateTime): ALDate {
  if (dt.isUndefined) return ALDate.UNDEFINED;
  return ALDate.fromDay(Math.floor(dt.ms / MS_PER_DAY) + UNIX_EPOCH_DAY);
}

export function dt2Time(dt: ALDateTime): ALTime {
  if (dt.isUndefined) return ALTime.UNDEFINED;
  return ALTime.of(((dt.ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY);
}

export function timeOf(h: number, m: number, s: number, ms = 0): ALTime {
  return ALTime.of(((h * 60 + m) * 60 + s) * 1000 + ms);
}

// ---------------------------------------------------------------------------------------------------------------
// Date formulas

type Unit = 'D' | 'W' | 'M' | 'Q' | 'Y';
type Term =
  | { kind: 'add'; sign: number; n: number; unit: Unit }
  | { kind: 'current'; sign: number; unit: Unit }
  | { kind: 'weekday'; sign: number; n: number }
  | { kind: 'dayOfMonth'; sign: number; n: number };

/** A parsed date formula; `text` is its canonical form without angle brackets, e.g. "-CM+1M+5D". */
export class DateFormula {
  constructor(
    readonly text: string,
    readonly terms: readonly Term[],
  ) {}
  static readonly EMPTY = new DateFormula('', []);
}

/**
 * Parses a date formula as CalcDate and Evaluate accept it: optional angle brackets, terms like 5D, -1W, CM, -CY,
 * WD3, D10 separated by + or - (Microsoft Learn, "System.CalcDate(Text, Date) Method").
 */
export function parseDateFormula(input: string): DateFormula {
  let s = input.replace(/\s+/g, '').toUpperCase();
  if (s.startsWith('<') && s.endsWith('>')) s = s.slice(1, -1);
  if (s === '') return DateFormula.EMPTY;
  const terms: Term[] = [];
  let i = 0;
  const bad = (): Error => alError(`The date formula '${input}' is not valid. Use terms such as 1D, -1W, CM, -CY or WD3, e.g. <1M+CM>.`);
  while (i < s.length) {
    let sign = 1;
    const ch = s[i];
    if (ch === '+' || ch === '-') {
      sign = ch === '-' ? -1 : 1;
      i++;
    } else if (terms.length > 0) throw bad();
    const rest = s.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^C([DWMQY])/.exec(rest)) !== null) {
      terms.push({ kind: 'current', sign, unit: m[1] as Unit });
    } else if ((m = /^WD(\d+)/.exec(rest)) !== null) {
      const n = Number(m[1]);
      if (n < 1 || n > 7) throw bad();
      terms.push({ kind: 'weekday', sign, n });
    } else if ((m = /^(\d+)([DWMQY])/.exec(rest)) !== null) {
      terms.push({ kind: 'add', sign, n: Number(m[1]), unit: m[2] as Unit });
    } else if ((m = /^D(\d+)/.exec(rest)) !== null) {
      const n = Number(m[1]);
      if (n < 1 || n > 31) throw bad();
      terms.push({ kind: 'dayOfMonth', sign, n });
    } else if ((m = /^([DWMQY])/.exec(rest)) !== null) {
      terms.push({ kind: 'add', sign, n: 1, unit: m[1] as Unit });
    } else throw bad();
    i += m[0].length;
  }
  return new DateFormula(terms.map((t, idx) => termText(t, idx)).join(''), terms);
}

function termText(t: Term, idx: number): string {
  const sign = t.sign < 0 ? '-' : idx > 0 ? '+' : '';
  switch (t.kind) {
    case 'add':
      return `${sign}${t.n}${t.unit}`;
    case 'current':
      return `${sign}C${t.unit}`;
    case 'weekday':
      return `${sign}WD${t.n}`;
    case 'dayOfMonth':
      return `${sign}D${t.n}`;
  }
}

function addMonths(day: number, months: number): number {
  const { y, m, d } = ymdOf(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  if (ny < 1 || ny > 9999) throw alError('The date is outside the valid range (01/01/0001 to 12/31/9999).');
  return dayOf(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** CalcDate: applies the formula's terms left to right; a closing date yields a closing date. */
export function calcDate(f: DateFormula, date: ALDate): ALDate {
  if (date.isUndefined) throw alError('You cannot base a date calculation on an undefined date.');
  let day = date.day;
  for (const t of f.terms) {
    switch (t.kind) {
      case 'add':
        switch (t.unit) {
          case 'D':
            day += t.sign * t.n;
            break;
          case 'W':
            day += t.sign * t.n * 7;
            break;
          case 'M':
            day = addMonths(day, t.sign * t.n);
            break;
          case 'Q':
            day = addMonths(day, t.sign * t.n * 3);
            break;
          case 'Y':
            day = addMonths(day, t.sign * t.n * 12);
            break;
        }
        break;
      case 'current': {
        const { y, m } = ymdOf(day);
        const start = t.sign < 0;
        switch (t.unit) {
          case 'D':
            break;
          case 'W': {
            const wd = weekdayOf(day);
            day = start ? day - wd + 1 : day + 7 - wd;
            break;
          }
          case 'M':
            day = start ? dayOf(y, m, 1) : dayOf(y, m, daysInMonth(y, m));
            break;
          case 'Q': {
            const qStart = Math.floor((m - 1) / 3) * 3 + 1;
            day = start ? dayOf(y, qStart, 1) : dayOf(y, qStart + 2, daysInMonth(y, qStart + 2));
            break;
          }
          case 'Y':
            day = start ? dayOf(y, 1, 1) : dayOf(y, 12, 31);
            break;
        }
        break;
      }
      case 'weekday': {
        const wd = weekdayOf(day);
        if (t.sign > 0) day += (t.n - wd + 7) % 7;
        else day -= (wd - t.n + 7) % 7;
        break;
      }
      case 'dayOfMonth': {
        const { y, m, d } = ymdOf(day);
        if (t.sign > 0) {
          if (d <= t.n && t.n <= daysInMonth(y, m)) day = dayOf(y, m, t.n);
          else {
            const nm = m === 12 ? 1 : m + 1;
            const ny = m === 12 ? y + 1 : y;
            day = dayOf(ny, nm, Math.min(t.n, daysInMonth(ny, nm)));
          }
        } else if (d >= t.n) day = dayOf(y, m, t.n);
        else {
          const pm = m === 1 ? 12 : m - 1;
          const py = m === 1 ? y - 1 : y;
          day = dayOf(py, pm, Math.min(t.n, daysInMonth(py, pm)));
        }
        break;
      }
    }
  }
  return ALDate.fromDay(day, date.closing);
}
