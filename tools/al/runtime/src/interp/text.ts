import { alError } from '../errors';
import { ALList } from '../values/collections';
import { formatValue } from '../values/format';
import type { ALType } from '../values/types';

/**
 * Text built-ins (Microsoft Learn, "Text data type" method pages: CopyStr, StrSubstNo, StrPos, DelChr, IncStr,
 * PadStr, SelectStr, ConvertStr and the Text methods).
 */
export function strSubstNo(fmt: string, args: readonly unknown[], types: readonly (ALType | undefined)[] = []): string {
  return fmt.replace(/%(\d+)|#(\d+)#*/g, (m, a: string | undefined, b: string | undefined) => {
    const n = Number(a ?? b);
    if (n < 1 || n > args.length) return a !== undefined ? '' : m;
    return formatValue(args[n - 1], 0, 0, types[n - 1]);
  });
}

export function copyStr(s: string, pos: number, len?: number): string {
  if (pos < 1) throw alError(`The value ${pos} for the Position parameter of CopyStr is not valid. It must be 1 or greater.`);
  if (len !== undefined && len < 0) throw alError(`The value ${len} for the Length parameter of CopyStr is not valid. It must be 0 or greater.`);
  return len === undefined ? s.slice(pos - 1) : s.slice(pos - 1, pos - 1 + len);
}

export function delChr(s: string, where = '=', which = ' '): string {
  const set = new Set(which);
  const all = where.includes('=');
  if (all) return [...s].filter((c) => !set.has(c)).join('');
  let start = 0;
  let end = s.length;
  if (where.includes('<')) while (start < end && set.has(s[start] ?? '')) start++;
  if (where.includes('>')) while (end > start && set.has(s[end - 1] ?? '')) end--;
  return s.slice(start, end);
}

/** IncStr: increments the last run of digits, keeping its width ('A009' -> 'A010', 'A99' -> 'A100'); '' without digits. */
export function incStr(s: string, step = 1): string {
  const m = /^(.*?)(\d+)(\D*)$/.exec(s);
  if (m === null) return '';
  const digits = m[2] ?? '';
  const next = BigInt(digits) + BigInt(step);
  if (next < 0n) return '';
  const text = next.toString().padStart(digits.length, '0');
  return (m[1] ?? '') + text + (m[3] ?? '');
}

export function padStr(s: string, len: number, fill = ' '): string {
  if (len < 0) throw alError('PadStr: the length cannot be negative.');
  if (s.length >= len) return s.slice(0, len);
  return s + fill.charAt(0).repeat(len - s.length);
}

export function selectStr(n: number, s: string): string {
  const parts = s.split(',');
  if (n < 1 || n > parts.length) throw alError(`SelectStr: ${n} is outside the range of the option string '${s}' (1..${parts.length}).`);
  return parts[n - 1] ?? '';
}

export function convertStr(s: string, from: string, to: string): string {
  if (from.length !== to.length) throw alError('ConvertStr: the FromCharacters and ToCharacters strings must have the same length.');
  let out = '';
  for (const c of s) {
    const i = from.indexOf(c);
    out += i < 0 ? c : to.charAt(i);
  }
  return out;
}

export function strPos(s: string, sub: string): number {
  if (sub === '') return 0;
  return s.indexOf(sub) + 1;
}

/** The Text methods (`Txt.Contains(...)`); undefined when `name` is not one. */
export function textMethod(s: string, name: string, args: readonly unknown[]): unknown {
  const a0 = args[0];
  const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String.fromCharCode(v) : String(v));
  switch (name) {
    case 'contains':
      return s.includes(str(a0));
    case 'startswith':
      return s.startsWith(str(a0));
    case 'endswith':
      return s.endsWith(str(a0));
    case 'indexof': {
      const from = args[1] === undefined ? 1 : Number(args[1]);
      return s.indexOf(str(a0), from - 1) + 1;
    }
    case 'lastindexof':
      return s.lastIndexOf(str(a0)) + 1;
    case 'indexofany': {
      const set = Array.isArray(a0) ? a0.map(str).join('') : str(a0);
      for (let i = 0; i < s.length; i++) if (set.includes(s[i] ?? '')) return i + 1;
      return 0;
    }
    case 'replace':
      return s.split(str(a0)).join(str(args[1]));
    case 'split': {
      const seps = args.length === 0 ? [','] : args.map((a) => (a instanceof ALList ? a.items.map(str) : [str(a)])).flat();
      let parts = [s];
      for (const sep of seps) parts = parts.flatMap((p) => p.split(sep));
      return new ALList(parts);
    }
    case 'substring': {
      const start = Number(a0);
      if (start < 1 || start > s.length + 1) throw alError(`Substring: the start position ${start} is outside the text (length ${s.length}).`);
      if (args[1] === undefined) return s.slice(start - 1);
      const len = Number(args[1]);
      if (len < 0 || start - 1 + len > s.length) throw alError(`Substring: the length ${len} from position ${start} is outside the text (length ${s.length}).`);
      return s.slice(start - 1, start - 1 + len);
    }
    case 'tolower':
      return s.toLowerCase();
    case 'toupper':
      return s.toUpperCase();
    case 'trim':
      return s.trim();
    case 'trimstart':
      return a0 === undefined ? s.trimStart() : delChr(s, '<', str(a0));
    case 'trimend':
      return a0 === undefined ? s.trimEnd() : delChr(s, '>', str(a0));
    case 'padleft':
      return s.padStart(Number(a0), args[1] === undefined ? ' ' : str(args[1]));
    case 'padright':
      return s.padEnd(Number(a0), args[1] === undefined ? ' ' : str(args[1]));
    case 'remove': {
      const start = Number(a0);
      if (start < 1 || start > s.length) throw alError(`Remove: the start position ${start} is outside the text (length ${s.length}).`);
      return args[1] === undefined ? s.slice(0, start - 1) : s.slice(0, start - 1) + s.slice(start - 1 + Number(args[1]));
    }
    default:
      return undefined;
  }
}
