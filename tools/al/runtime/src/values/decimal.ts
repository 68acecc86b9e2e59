import { alError } from '../errors';

/**
 * AL's Decimal is .NET System.Decimal: a 96-bit integer mantissa scaled by 10^-scale with 0 <= scale <= 28,
 * so 28-29 significant digits, exact for every decimal fraction in range. This is a scaled BigInt (no binary
 * floats anywhere). Hand-written rather than decimal.js because .NET's limits (96-bit mantissa, scale 28,
 * OverflowException) must be reproduced, and a plain BigInt pair is faster for the small values business code uses
 * (see tools/al/bench/runtime.bench.ts).
 */
export class Dec {
  constructor(
    /** Mantissa; |m| < 2^96. */
    readonly m: bigint,
    /** Scale (number of decimal places), 0..28. */
    readonly s: number,
  ) {}

  static readonly ZERO = new Dec(0n, 0);
  static readonly ONE = new Dec(1n, 0);

  static fromInt(n: number): Dec {
    if (n >= -SMALL && n <= SMALL) {
      let d = SMALL_INTS[n + SMALL];
      if (d === undefined) {
        d = new Dec(BigInt(n), 0);
        SMALL_INTS[n + SMALL] = d;
      }
      return d;
    }
    return new Dec(BigInt(n), 0);
  }

  /** Integer times Decimal without converting the integer first (hot in line-amount code). */
  mulInt(n: number): Dec {
    return checked(this.m * BigInt(n), this.s);
  }

  static fromBigInt(n: bigint): Dec {
    return checked(n, 0);
  }

  /** Parses invariant text: optional sign, digits, optional '.', digits, optional exponent. Returns undefined if malformed. */
  static parse(text: string): Dec | undefined {
    const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(text);
    if (m === null) return undefined;
    const intPart = m[2] ?? '';
    const frac = m[3] ?? '';
    if (intPart === '' && frac === '') return undefined;
    let mant = BigInt((intPart || '0') + frac);
    let scale = frac.length;
    const exp = m[4] === undefined ? 0 : Number(m[4]);
    scale -= exp;
    if (scale < 0) {
      mant *= pow10(-scale);
      scale = 0;
    }
    if (m[1] === '-') mant = -mant;
    return fit(mant, scale);
  }

  /** Exact conversion of a JS number that came from a literal or an integer (uses its shortest decimal text). */
  static fromNumber(n: number): Dec {
    if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return Dec.fromInt(n);
    const p = Dec.parse(String(n));
    if (p === undefined) throw alError('Value was either too large or too small for a Decimal.');
    return p;
  }

  isZero(): boolean {
    return this.m === 0n;
  }

  sign(): number {
    return this.m === 0n ? 0 : this.m < 0n ? -1 : 1;
  }

  neg(): Dec {
    return new Dec(-this.m, this.s);
  }

  abs(): Dec {
    return this.m < 0n ? new Dec(-this.m, this.s) : this;
  }

  add(o: Dec): Dec {
    if (this.s === o.s) return checked(this.m + o.m, this.s);
    if (this.s > o.s) return checked(this.m + o.m * pow10(this.s - o.s), this.s);
    return checked(this.m * pow10(o.s - this.s) + o.m, o.s);
  }

  sub(o: Dec): Dec {
    if (this.s === o.s) return checked(this.m - o.m, this.s);
    if (this.s > o.s) return checked(this.m - o.m * pow10(this.s - o.s), this.s);
    return checked(this.m * pow10(o.s - this.s) - o.m, o.s);
  }

  mul(o: Dec): Dec {
    return checked(this.m * o.m, this.s + o.s);
  }

  div(o: Dec): Dec {
    if (o.m === 0n) throw alError('Attempted to divide by zero.');
    if (this.m === 0n) return Dec.ZERO;
    // value = (m1 / 10^s1) / (m2 / 10^s2) = m1 * 10^s2 / (m2 * 10^s1)
    let num = this.m * pow10(o.s);
    let den = o.m * pow10(this.s);
    if (den < 0n) {
      den = -den;
      num = -num;
    }
    const neg = num < 0n;
    if (neg) num = -num;
    // Exact when the quotient terminates within 28 places; otherwise as many digits as fit in 96 bits.
    let scale = MAX_SCALE;
    const intDigits = digitCount(num / den);
    if (intDigits > 0) scale = Math.max(0, Math.min(MAX_SCALE, 29 - intDigits));
    let q = roundDiv(num * pow10(scale), den);
    while (q > MAX_MANT && scale > 0) {
      scale--;
      q = roundDiv(num * pow10(scale), den);
    }
    if (q > MAX_MANT) throw overflow();
    return stripZeros(new Dec(neg ? -q : q, scale));
  }

  /** Integer division (AL `div`): truncates toward zero. */
  idiv(o: Dec): Dec {
    if (o.m === 0n) throw alError('Attempted to divide by zero.');
    const num = this.m * pow10(o.s);
    const den = o.m * pow10(this.s);
    return checked(num / den, 0);
  }

  /** AL `mod`: remainder with the sign of the dividend. */
  mod(o: Dec): Dec {
    if (o.m === 0n) throw alError('Attempted to divide by zero.');
    const s = Math.max(this.s, o.s);
    const a = this.m * pow10(s - this.s);
    const b = o.m * pow10(s - o.s);
    return checked(a % b, s);
  }

  cmp(o: Dec): number {
    let a = this.m;
    let b = o.m;
    if (this.s > o.s) b *= pow10(this.s - o.s);
    else if (o.s > this.s) a *= pow10(o.s - this.s);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  eq(o: Dec): boolean {
    return this.cmp(o) === 0;
  }

  /** Truncated integer part as bigint. */
  truncBig(): bigint {
    return this.s === 0 ? this.m : this.m / pow10(this.s);
  }

  isInteger(): boolean {
    return this.s === 0 || this.m % pow10(this.s) === 0n;
  }

  /** Rounds to an integer multiple of `precision`; direction '=' (nearest, half away from zero), '>' (up), '<' (down). */
  round(precision: Dec, direction: '=' | '>' | '<'): Dec {
    if (precision.m <= 0n) {
      if (precision.m === 0n) return this;
      throw alError('The precision for Round must be positive.');
    }
    // units = this / precision, exactly: this.m * 10^p.s / (precision.m * 10^this.s)
    const num = this.m * pow10(precision.s);
    const den = precision.m * pow10(this.s);
    let q = num / den;
    const r = num % den;
    if (r !== 0n) {
      if (direction === '>') {
        if (num > 0n) q += 1n;
      } else if (direction === '<') {
        if (num < 0n) q -= 1n;
      } else {
        const twice = (r < 0n ? -r : r) * 2n;
        if (twice >= den) q += num < 0n ? -1n : 1n;
      }
    }
    return checked(q * precision.m, precision.s);
  }

  /** Removes trailing zeros from the scale. */
  normalize(): Dec {
    return stripZeros(this);
  }

  toNumber(): number {
    return Number(this.toString());
  }

  /** Invariant text without trailing zeros, e.g. "-1234.5". */
  toString(): string {
    const n = stripZeros(this);
    const neg = n.m < 0n;
    let digits = (neg ? -n.m : n.m).toString();
    if (n.s === 0) return (neg ? '-' : '') + digits;
    if (digits.length <= n.s) digits = '0'.repeat(n.s - digits.length + 1) + digits;
    const i = digits.length - n.s;
    return (neg ? '-' : '') + digits.slice(0, i) + '.' + digits.slice(i);
  }

  /** Integer digits and fraction digits (without sign), with the fraction rounded to at most `maxFrac` places. */
  parts(maxFrac: number): { neg: boolean; int: string; frac: string } {
    let v: Dec = this;
    if (v.s > maxFrac) v = v.round(new Dec(1n, maxFrac), '=');
    v = stripZeros(v);
    const neg = v.m < 0n;
    let digits = (neg ? -v.m : v.m).toString();
    if (v.s === 0) return { neg, int: digits, frac: '' };
    if (digits.length <= v.s) digits = '0'.repeat(v.s - digits.length + 1) + digits;
    const i = digits.length - v.s;
    return { neg, int: digits.slice(0, i), frac: digits.slice(i) };
  }
}

const SMALL = 1024;
/** Immutable Decs for small integers, created on first use. */
const SMALL_INTS: (Dec | undefined)[] = new Array<Dec | undefined>(2 * SMALL + 1);
const MAX_SCALE = 28;
const MAX_MANT = (1n << 96n) - 1n;
const POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= 80; i++, p *= 10n) POW10.push(p);

export function pow10(n: number): bigint {
  const p = POW10[n];
  return p !== undefined ? p : 10n ** BigInt(n);
}

function overflow(): Error {
  return alError('Value was either too large or too small for a Decimal.');
}

function digitCount(n: bigint): number {
  return n === 0n ? 0 : (n < 0n ? -n : n).toString().length;
}

/** Rounds num/den (den > 0, num >= 0) half to even, as .NET's decimal arithmetic does. */
function roundDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r = num % den;
  const twice = r * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** Brings (m, s) into range: scale <= 28 and |m| < 2^96, rounding away excess scale; overflow when impossible. */
function checked(m: bigint, s: number): Dec {
  if (s <= MAX_SCALE && m <= MAX_MANT && m >= -MAX_MANT) return new Dec(m, s);
  return fit(m, s);
}

function fit(m: bigint, s: number): Dec {
  const neg = m < 0n;
  let a = neg ? -m : m;
  while (s > MAX_SCALE || (a > MAX_MANT && s > 0)) {
    a = roundDiv(a, 10n);
    s--;
  }
  if (a > MAX_MANT) throw overflow();
  return new Dec(neg ? -a : a, s);
}

function stripZeros(d: Dec): Dec {
  if (d.s === 0 || d.m % 10n !== 0n) return d;
  let m = d.m;
  let s = d.s;
  if (m === 0n) return Dec.ZERO;
  while (s > 0 && m % 10n === 0n) {
    m /= 10n;
    s--;
  }
  return new Dec(m, s);
}
