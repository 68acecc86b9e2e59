import type { CommentKind, Directive, DirectiveKind, InactiveRange } from './ast';
import { evaluateCondition } from './preprocessor';
import { Kw, KW_COUNT, T } from './tokens';
import type { SyntaxCode } from './messages';

/**
 * Token stream in parallel typed arrays (no object per token). `kinds[i]`, `starts[i]`, `ends[i]`, `kws[i]`;
 * `commentsBefore[i]` is the number of comments seen before token i (so the comments between token i-1 and i are
 * `comments[commentsBefore[i-1]] .. comments[commentsBefore[i]-1]`).
 */
export interface TokenStream {
  readonly count: number;
  readonly kinds: Uint8Array;
  readonly kws: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly commentsBefore: Int32Array;
  readonly commentStarts: number[];
  readonly commentEnds: number[];
  readonly commentKinds: CommentKind[];
  readonly directives: Directive[];
  readonly inactiveRanges: InactiveRange[];
}

export interface LexError {
  readonly offset: number;
  readonly code: SyntaxCode;
  readonly args: readonly string[];
}

// --- keyword lookup: hash of the lower-cased word -> keyword id, verified by comparing text -----------------------

const KW_BUCKETS = 1024;
const kwTable: Int32Array = new Int32Array(KW_BUCKETS * 4).fill(-1);
const kwTexts: string[] = [];

function hashLower(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + (s.charCodeAt(i) | 32)) | 0;
  return h;
}

for (let k = 1; k < KW_COUNT; k++) {
  const text = Kw[k as Kw].toLowerCase();
  kwTexts[k] = text;
  let slot = (hashLower(text) & (KW_BUCKETS - 1)) * 4;
  while (kwTable[slot] !== -1) slot = (slot + 1) % (KW_BUCKETS * 4);
  kwTable[slot] = k;
}

function lookupKeyword(text: string, start: number, end: number, hash: number): number {
  const len = end - start;
  if (len < 2 || len > 22) return 0;
  let slot = (hash & (KW_BUCKETS - 1)) * 4;
  for (;;) {
    const k = kwTable[slot] ?? -1;
    if (k === -1) return 0;
    const kt = kwTexts[k] ?? '';
    if (kt.length === len) {
      let ok = true;
      for (let i = 0; i < len; i++) {
        if ((text.charCodeAt(start + i) | 32) !== kt.charCodeAt(i)) {
          ok = false;
          break;
        }
      }
      if (ok) return k;
    }
    slot = (slot + 1) % (KW_BUCKETS * 4);
  }
}

// --- character classes ---------------------------------------------------------------------------------------

const CC_IDSTART = 1;
const CC_IDPART = 2;
const CC_DIGIT = 4;
const charClass = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let v = 0;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) v |= CC_IDSTART | CC_IDPART;
  if (c >= 48 && c <= 57) v |= CC_DIGIT | CC_IDPART;
  charClass[c] = v;
}

function isIdStart(c: number): boolean {
  return c < 128 ? ((charClass[c] ?? 0) & CC_IDSTART) !== 0 : isUnicodeLetter(c);
}
function isIdPart(c: number): boolean {
  return c < 128 ? ((charClass[c] ?? 0) & CC_IDPART) !== 0 : isUnicodeLetter(c);
}
function isUnicodeLetter(c: number): boolean {
  // Non-ASCII: letters from any script are allowed in names; treat spaces and common punctuation as not.
  return c > 127 && c !== 0xa0 && c !== 0xfeff && !(c >= 0x2000 && c <= 0x206f) && c !== 0x3000;
}

// --- lexer ---------------------------------------------------------------------------------------------------

/** Splits `text` into tokens, resolving preprocessor directives against `defines`. Never throws. */
export function tokenize(text: string, defines: ReadonlySet<string>, errors: LexError[]): TokenStream {
  const n = text.length;
  let cap = Math.max(64, (n >> 2) + 16);
  let kinds = new Uint8Array(cap);
  let kws = new Uint8Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let commentsBefore = new Int32Array(cap);
  let count = 0;
  const commentStarts: number[] = [];
  const commentEnds: number[] = [];
  const commentKinds: CommentKind[] = [];
  const directives: Directive[] = [];
  const inactiveRanges: InactiveRange[] = [];
  const symbols = new Set<string>();
  for (const d of defines) symbols.add(d.toLowerCase());
  /** Stack of open #if blocks: true when a branch of that block has already been taken. */
  const ifStack: boolean[] = [];

  const push = (kind: T, s: number, e: number, kw: number): void => {
    if (count === cap) {
      cap *= 2;
      const k2 = new Uint8Array(cap);
      k2.set(kinds);
      kinds = k2;
      const w2 = new Uint8Array(cap);
      w2.set(kws);
      kws = w2;
      const s2 = new Int32Array(cap);
      s2.set(starts);
      starts = s2;
      const e2 = new Int32Array(cap);
      e2.set(ends);
      ends = e2;
      const c2 = new Int32Array(cap);
      c2.set(commentsBefore);
      commentsBefore = c2;
    }
    kinds[count] = kind;
    kws[count] = kw;
    starts[count] = s;
    ends[count] = e;
    commentsBefore[count] = commentStarts.length;
    count++;
  };

  /** True when only spaces/tabs precede `pos` on its line. */
  const atLineStart = (pos: number): boolean => {
    let j = pos - 1;
    while (j >= 0) {
      const c = text.charCodeAt(j);
      if (c === 10 || c === 13) return true;
      if (c !== 32 && c !== 9 && c !== 0xfeff) return false;
      j--;
    }
    return true;
  };

  const lineEnd = (pos: number): number => {
    let j = pos;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 10 || c === 13) break;
      j++;
    }
    return j;
  };

  /** Reads `#word rest` at pos; returns [kind, rest text, end of line]. */
  const readDirective = (pos: number): { kind: DirectiveKind; rest: string; end: number } => {
    const e = lineEnd(pos);
    let ws = pos + 1;
    while (ws < e && (text.charCodeAt(ws) === 32 || text.charCodeAt(ws) === 9)) ws++;
    let j = ws;
    while (j < e && isIdPart(text.charCodeAt(j))) j++;
    const word = text.slice(ws, j).toLowerCase();
    let rest = text.slice(j, e);
    const cm = rest.indexOf('//');
    if (cm >= 0) rest = rest.slice(0, cm);
    rest = rest.trim();
    let kind: DirectiveKind;
    switch (word) {
      case 'if':
      case 'elif':
      case 'else':
      case 'endif':
      case 'region':
      case 'endregion':
      case 'pragma':
      case 'define':
      case 'undef':
        kind = word;
        break;
      default:
        kind = 'unknown';
    }
    return { kind, rest, end: e };
  };

  const evalCond = (rest: string, at: number): boolean => {
    const r = evaluateCondition(rest, symbols);
    if (r === undefined) {
      errors.push({ offset: at, code: 'InvalidDirective', args: [rest] });
      return false;
    }
    return r;
  };

  /**
   * Skips inactive text starting at `pos` (just after a directive line) until the directive that makes text
   * active again (or ends the block). Returns the position to continue lexing from.
   */
  const skipInactive = (pos: number, canTakeBranch: boolean): number => {
    const rangeStart = pos;
    let depth = 0;
    let j = pos;
    while (j < n) {
      // j is at the start of a line
      let k = j;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c !== 32 && c !== 9) break;
        k++;
      }
      if (text.charCodeAt(k) === 35 /* # */) {
        const d = readDirective(k);
        if (d.kind === 'if') depth++;
        else if (d.kind === 'endif') {
          if (depth === 0) {
            inactiveRanges.push({ kind: 'InactiveRange', start: rangeStart, end: k });
            directives.push({ kind: 'Directive', directive: 'endif', text: d.rest, start: k, end: d.end });
            ifStack.pop();
            return d.end;
          }
          depth--;
        } else if (depth === 0 && (d.kind === 'elif' || d.kind === 'else')) {
          if (canTakeBranch) {
            const take = d.kind === 'else' ? true : evalCond(d.rest, k);
            if (take) {
              inactiveRanges.push({ kind: 'InactiveRange', start: rangeStart, end: k });
              directives.push({ kind: 'Directive', directive: d.kind, text: d.rest, start: k, end: d.end });
              ifStack[ifStack.length - 1] = true;
              return d.end;
            }
          }
        }
        j = d.end;
      } else {
        j = lineEnd(k);
      }
      // move past the newline
      if (j < n) {
        if (text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10) j += 2;
        else j++;
      }
    }
    errors.push({ offset: n, code: 'MissingEndif', args: [] });
    inactiveRanges.push({ kind: 'InactiveRange', start: rangeStart, end: n });
    return n;
  };

  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    // whitespace
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff) {
      i++;
      continue;
    }
    // words
    if (c < 128 ? ((charClass[c] ?? 0) & CC_IDSTART) !== 0 : isIdStart(c)) {
      const s = i;
      let h = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (((charClass[d] ?? 0) & CC_IDPART) === 0) break;
        } else if (!isUnicodeLetter(d)) break;
        h = (Math.imul(h, 31) + (d | 32)) | 0;
        i++;
      }
      push(T.Word, s, i, lookupKeyword(text, s, i, h));
      continue;
    }
    // numbers and date/time literals
    if (c >= 48 && c <= 57) {
      const s = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      let kind = T.Integer;
      if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        kind = T.Decimal;
      }
      const c1 = text.charCodeAt(i) | 32;
      const c2 = text.charCodeAt(i + 1) | 32;
      if (c1 === 100 /* d */ && c2 === 116 /* t */ && !isIdPart(text.charCodeAt(i + 2))) {
        kind = T.DateTime;
        i += 2;
      } else if (c1 === 100 && !isIdPart(text.charCodeAt(i + 1))) {
        kind = T.Date;
        i++;
      } else if (c1 === 116 && !isIdPart(text.charCodeAt(i + 1))) {
        kind = T.Time;
        i++;
      } else if (c1 === 108 /* l */ && !isIdPart(text.charCodeAt(i + 1)) && kind === T.Integer) {
        kind = T.BigInteger;
        i++;
      }
      push(kind, s, i, 0);
      continue;
    }
    switch (c) {
      case 39: {
        // 'string' with '' escapes; single line
        const s = i;
        i = scanString(text, i + 1, n, false);
        if (i < 0) {
          i = lineEnd(s);
          errors.push({ offset: s, code: 'UnterminatedString', args: [] });
        }
        push(T.String, s, i, 0);
        continue;
      }
      case 64: {
        // @'verbatim string' (may span lines)
        if (text.charCodeAt(i + 1) === 39) {
          const s = i;
          i = scanString(text, i + 2, n, true);
          if (i < 0) {
            i = n;
            errors.push({ offset: s, code: 'UnterminatedString', args: [] });
          }
          push(T.String, s, i, 0);
          continue;
        }
        push(T.Other, i, i + 1, 0);
        i++;
        continue;
      }
      case 34: {
        // "quoted identifier"
        const s = i;
        let j = i + 1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === 34) {
            if (text.charCodeAt(j + 1) === 34) {
              j += 2;
              continue;
            }
            break;
          }
          if (d === 10 || d === 13) break;
          j++;
        }
        if (text.charCodeAt(j) !== 34) {
          errors.push({ offset: s, code: 'UnterminatedQuotedIdentifier', args: [] });
          i = j;
        } else i = j + 1;
        push(T.QuotedIdent, s, i, 0);
        continue;
      }
      case 47: {
        // / // /// /* /=
        const c1 = text.charCodeAt(i + 1);
        if (c1 === 47) {
          const s = i;
          i = lineEnd(i);
          const isDoc = text.charCodeAt(s + 2) === 47 && text.charCodeAt(s + 3) !== 47;
          commentStarts.push(s);
          commentEnds.push(i);
          commentKinds.push(isDoc ? 'doc' : 'line');
          continue;
        }
        if (c1 === 42) {
          const s = i;
          const e = text.indexOf('*/', i + 2);
          if (e < 0) {
            errors.push({ offset: s, code: 'UnterminatedComment', args: [] });
            i = n;
          } else i = e + 2;
          commentStarts.push(s);
          commentEnds.push(i);
          commentKinds.push('block');
          continue;
        }
        if (c1 === 61) {
          push(T.SlashAssign, i, i + 2, 0);
          i += 2;
          continue;
        }
        push(T.Slash, i, i + 1, 0);
        i++;
        continue;
      }
      case 35: {
        // # preprocessor directive (only at the start of a line)
        if (!atLineStart(i)) {
          push(T.Other, i, i + 1, 0);
          i++;
          continue;
        }
        const s = i;
        const d = readDirective(i);
        directives.push({ kind: 'Directive', directive: d.kind, text: d.rest, start: s, end: d.end });
        i = d.end;
        switch (d.kind) {
          case 'if': {
            const take = evalCond(d.rest, s);
            ifStack.push(take);
            if (!take) i = skipInactive(i, true);
            break;
          }
          case 'elif':
          case 'else':
            if (ifStack.length === 0) {
              errors.push({ offset: s, code: 'UnexpectedDirective', args: ['#' + d.kind] });
            } else {
              // the active branch ends here: skip the remaining branches
              i = skipInactive(i, false);
            }
            break;
          case 'endif':
            if (ifStack.length === 0) errors.push({ offset: s, code: 'UnexpectedDirective', args: ['#endif'] });
            else ifStack.pop();
            break;
          case 'define':
            if (d.rest) symbols.add(d.rest.toLowerCase());
            break;
          case 'undef':
            symbols.delete(d.rest.toLowerCase());
            break;
          case 'region':
          case 'endregion':
          case 'pragma':
            break;
          case 'unknown':
            errors.push({ offset: s, code: 'UnknownDirective', args: [text.slice(s, d.end).trim()] });
            break;
        }
        continue;
      }
      case 40:
        push(T.LParen, i, ++i, 0);
        continue;
      case 41:
        push(T.RParen, i, ++i, 0);
        continue;
      case 91:
        push(T.LBracket, i, ++i, 0);
        continue;
      case 93:
        push(T.RBracket, i, ++i, 0);
        continue;
      case 123:
        push(T.LBrace, i, ++i, 0);
        continue;
      case 125:
        push(T.RBrace, i, ++i, 0);
        continue;
      case 44:
        push(T.Comma, i, ++i, 0);
        continue;
      case 59:
        push(T.Semicolon, i, ++i, 0);
        continue;
      case 63:
        push(T.Question, i, ++i, 0);
        continue;
      case 58: {
        const c1 = text.charCodeAt(i + 1);
        if (c1 === 61) push(T.Assign, i, (i += 2), 0);
        else if (c1 === 58) push(T.ColonColon, i, (i += 2), 0);
        else push(T.Colon, i, ++i, 0);
        continue;
      }
      case 46:
        if (text.charCodeAt(i + 1) === 46) push(T.DotDot, i, (i += 2), 0);
        else push(T.Dot, i, ++i, 0);
        continue;
      case 61:
        push(T.Eq, i, ++i, 0);
        continue;
      case 60: {
        const c1 = text.charCodeAt(i + 1);
        if (c1 === 62) push(T.NotEq, i, (i += 2), 0);
        else if (c1 === 61) push(T.Le, i, (i += 2), 0);
        else push(T.Lt, i, ++i, 0);
        continue;
      }
      case 62:
        if (text.charCodeAt(i + 1) === 61) push(T.Ge, i, (i += 2), 0);
        else push(T.Gt, i, ++i, 0);
        continue;
      case 43:
        if (text.charCodeAt(i + 1) === 61) push(T.PlusAssign, i, (i += 2), 0);
        else push(T.Plus, i, ++i, 0);
        continue;
      case 45:
        if (text.charCodeAt(i + 1) === 61) push(T.MinusAssign, i, (i += 2), 0);
        else push(T.Minus, i, ++i, 0);
        continue;
      case 42:
        if (text.charCodeAt(i + 1) === 61) push(T.StarAssign, i, (i += 2), 0);
        else push(T.Star, i, ++i, 0);
        continue;
      default: {
        // surrogate pairs and other characters: one Other token per code point
        const s = i;
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
        push(T.Other, s, i, 0);
        continue;
      }
    }
  }
  if (ifStack.length > 0) errors.push({ offset: n, code: 'MissingEndif', args: [] });
  push(T.EOF, n, n, 0);
  return {
    count,
    kinds,
    kws,
    starts,
    ends,
    commentsBefore,
    commentStarts,
    commentEnds,
    commentKinds,
    directives,
    inactiveRanges,
  };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Returns the offset after the closing quote, or -1 when the string is not closed (on its line). */
function scanString(text: string, i: number, n: number, multiLine: boolean): number {
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 39) {
      if (text.charCodeAt(i + 1) === 39) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    if (!multiLine && (c === 10 || c === 13)) return -1;
    i++;
  }
  return -1;
}

/** Computes the offsets at which lines start. */
export function computeLineStarts(text: string): number[] {
  const result = [0];
  let i = 0;
  const n = text.length;
  for (;;) {
    const j = text.indexOf('\n', i);
    if (j < 0) break;
    result.push(j + 1);
    i = j + 1;
  }
  // lone CR line breaks are rare; handle them only when present
  let loneCr = false;
  for (let r = text.indexOf('\r'); r >= 0; r = text.indexOf('\r', r + 1)) {
    if (text.charCodeAt(r + 1) !== 10) {
      loneCr = true;
      break;
    }
  }
  if (loneCr) {
    const out = [0];
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c === 10) out.push(k + 1);
      else if (c === 13 && text.charCodeAt(k + 1) !== 10) out.push(k + 1);
    }
    return out;
  }
  return result;
}
