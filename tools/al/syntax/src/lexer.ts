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

// Token buffers are pooled across calls: allocating fresh typed arrays per file makes the allocator map and zero
// new pages every time. A TokenStream is therefore valid only until the next `tokenize` call.
let poolCap = 0;
let kinds = new Uint8Array(0);
let kws = new Uint8Array(0);
let starts = new Int32Array(0);
let ends = new Int32Array(0);
let commentsBefore = new Int32Array(0);

function ensurePool(cap: number): void {
  if (cap <= poolCap) return;
  const next = Math.max(cap, poolCap * 2, 4096);
  const k2 = new Uint8Array(next);
  k2.set(kinds);
  kinds = k2;
  const w2 = new Uint8Array(next);
  w2.set(kws);
  kws = w2;
  const s2 = new Int32Array(next);
  s2.set(starts);
  starts = s2;
  const e2 = new Int32Array(next);
  e2.set(ends);
  ends = e2;
  const c2 = new Int32Array(next);
  c2.set(commentsBefore);
  commentsBefore = c2;
  poolCap = next;
}

/**
 * Splits `text` into tokens, resolving preprocessor directives against `defines`. Never throws. The returned
 * arrays are shared buffers, valid until the next call.
 */
export function tokenize(text: string, defines: ReadonlySet<string>, errors: LexError[]): TokenStream {
  ensurePool((text.length >> 2) + 16);
  const lexer = new Lexer(text, defines, errors);
  lexer.run();
  return {
    count: lexer.count,
    kinds,
    kws,
    starts,
    ends,
    commentsBefore,
    commentStarts: lexer.commentStarts,
    commentEnds: lexer.commentEnds,
    commentKinds: lexer.commentKinds,
    directives: lexer.directives,
    inactiveRanges: lexer.inactiveRanges,
  };
}

/**
 * The scanner. The hot loop (`run`) stays small; rare paths (directives, comments, strings, odd characters) are
 * separate methods so that V8 optimises the loop quickly and does not throw the optimised code away when a rare
 * branch is first taken.
 */
class Lexer {
  count = 0;
  readonly commentStarts: number[] = [];
  readonly commentEnds: number[] = [];
  readonly commentKinds: CommentKind[] = [];
  readonly directives: Directive[] = [];
  readonly inactiveRanges: InactiveRange[] = [];
  private readonly n: number;
  private readonly symbols = new Set<string>();
  /** Stack of open #if blocks: true when a branch of that block has already been taken. */
  private readonly ifStack: boolean[] = [];

  constructor(
    private readonly text: string,
    defines: ReadonlySet<string>,
    private readonly errors: LexError[],
  ) {
    this.n = text.length;
    for (const d of defines) this.symbols.add(d.toLowerCase());
  }

  private push(kind: T, s: number, e: number, kw: number): void {
    const c = this.count;
    if (c >= poolCap) ensurePool(c + 1);
    kinds[c] = kind;
    kws[c] = kw;
    starts[c] = s;
    ends[c] = e;
    commentsBefore[c] = this.commentStarts.length;
    this.count = c + 1;
  }

  run(): void {
    const text = this.text;
    const n = this.n;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) {
        i++;
        continue;
      }
      if (c < 128) {
        const cls = charClass[c] ?? 0;
        if ((cls & CC_IDSTART) !== 0) {
          i = this.word(i);
          continue;
        }
        if ((cls & CC_DIGIT) !== 0) {
          i = this.number(i);
          continue;
        }
      }
      i = this.punctuation(i, c);
    }
    if (this.ifStack.length > 0) this.errors.push({ offset: n, code: 'MissingEndif', args: [] });
    this.push(T.EOF, n, n, 0);
  }

  private word(s: number): number {
    const text = this.text;
    const n = this.n;
    let i = s;
    let h = 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (((charClass[d] ?? 0) & CC_IDPART) === 0) break;
      } else if (!isUnicodeLetter(d)) break;
      h = (Math.imul(h, 31) + (d | 32)) | 0;
      i++;
    }
    this.push(T.Word, s, i, lookupKeyword(text, s, i, h));
    return i;
  }

  private number(s: number): number {
    const text = this.text;
    const n = this.n;
    let i = s;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    let kind = T.Integer;
    if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
      i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      kind = T.Decimal;
    }
    const c1 = text.charCodeAt(i) | 32;
    if (c1 >= 100 && c1 <= 116) {
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
    }
    this.push(kind, s, i, 0);
    return i;
  }

  private punctuation(i: number, c: number): number {
    const text = this.text;
    switch (c) {
      case 40:
        this.push(T.LParen, i, i + 1, 0);
        return i + 1;
      case 41:
        this.push(T.RParen, i, i + 1, 0);
        return i + 1;
      case 59:
        this.push(T.Semicolon, i, i + 1, 0);
        return i + 1;
      case 44:
        this.push(T.Comma, i, i + 1, 0);
        return i + 1;
      case 46:
        if (text.charCodeAt(i + 1) === 46) {
          this.push(T.DotDot, i, i + 2, 0);
          return i + 2;
        }
        this.push(T.Dot, i, i + 1, 0);
        return i + 1;
      case 34:
        return this.quotedIdent(i);
      case 39:
        return this.string(i);
      case 58: {
        const c1 = text.charCodeAt(i + 1);
        if (c1 === 61) {
          this.push(T.Assign, i, i + 2, 0);
          return i + 2;
        }
        if (c1 === 58) {
          this.push(T.ColonColon, i, i + 2, 0);
          return i + 2;
        }
        this.push(T.Colon, i, i + 1, 0);
        return i + 1;
      }
      case 123:
        this.push(T.LBrace, i, i + 1, 0);
        return i + 1;
      case 125:
        this.push(T.RBrace, i, i + 1, 0);
        return i + 1;
      case 91:
        this.push(T.LBracket, i, i + 1, 0);
        return i + 1;
      case 93:
        this.push(T.RBracket, i, i + 1, 0);
        return i + 1;
      case 61:
        this.push(T.Eq, i, i + 1, 0);
        return i + 1;
      case 47:
        return this.slash(i);
      default:
        return this.operator(i, c);
    }
  }

  private operator(i: number, c: number): number {
    const c1 = this.text.charCodeAt(i + 1);
    switch (c) {
      case 60:
        if (c1 === 62) {
          this.push(T.NotEq, i, i + 2, 0);
          return i + 2;
        }
        if (c1 === 61) {
          this.push(T.Le, i, i + 2, 0);
          return i + 2;
        }
        this.push(T.Lt, i, i + 1, 0);
        return i + 1;
      case 62:
        if (c1 === 61) {
          this.push(T.Ge, i, i + 2, 0);
          return i + 2;
        }
        this.push(T.Gt, i, i + 1, 0);
        return i + 1;
      case 43:
        if (c1 === 61) {
          this.push(T.PlusAssign, i, i + 2, 0);
          return i + 2;
        }
        this.push(T.Plus, i, i + 1, 0);
        return i + 1;
      case 45:
        if (c1 === 61) {
          this.push(T.MinusAssign, i, i + 2, 0);
          return i + 2;
        }
        this.push(T.Minus, i, i + 1, 0);
        return i + 1;
      case 42:
        if (c1 === 61) {
          this.push(T.StarAssign, i, i + 2, 0);
          return i + 2;
        }
        this.push(T.Star, i, i + 1, 0);
        return i + 1;
      case 63:
        this.push(T.Question, i, i + 1, 0);
        return i + 1;
      case 35:
        return this.directive(i);
      case 64:
        if (c1 === 39) return this.verbatimString(i);
        this.push(T.Other, i, i + 1, 0);
        return i + 1;
      default:
        return this.other(i, c);
    }
  }

  private other(i: number, c: number): number {
    if (c === 12 || c === 11 || c === 0xa0 || c === 0xfeff) return i + 1; // other white space
    if (c >= 128 && isIdStart(c)) return this.word(i);
    // surrogate pairs and other characters: one Other token per code point
    const e = c >= 0xd800 && c <= 0xdbff && i + 1 < this.n ? i + 2 : i + 1;
    this.push(T.Other, i, e, 0);
    return e;
  }

  private string(s: number): number {
    let i = scanString(this.text, s + 1, this.n, false);
    if (i < 0) {
      i = this.lineEnd(s);
      this.errors.push({ offset: s, code: 'UnterminatedString', args: [] });
    }
    this.push(T.String, s, i, 0);
    return i;
  }

  private verbatimString(s: number): number {
    let i = scanString(this.text, s + 2, this.n, true);
    if (i < 0) {
      i = this.n;
      this.errors.push({ offset: s, code: 'UnterminatedString', args: [] });
    }
    this.push(T.String, s, i, 0);
    return i;
  }

  private quotedIdent(s: number): number {
    const text = this.text;
    const n = this.n;
    let j = s + 1;
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
    let i: number;
    if (text.charCodeAt(j) !== 34) {
      this.errors.push({ offset: s, code: 'UnterminatedQuotedIdentifier', args: [] });
      i = j;
    } else i = j + 1;
    this.push(T.QuotedIdent, s, i, 0);
    return i;
  }

  private slash(i: number): number {
    const text = this.text;
    const c1 = text.charCodeAt(i + 1);
    if (c1 === 47) {
      const s = i;
      const e = this.lineEnd(i);
      const isDoc = text.charCodeAt(s + 2) === 47 && text.charCodeAt(s + 3) !== 47;
      this.commentStarts.push(s);
      this.commentEnds.push(e);
      this.commentKinds.push(isDoc ? 'doc' : 'line');
      return e;
    }
    if (c1 === 42) {
      const s = i;
      const e = text.indexOf('*/', i + 2);
      let end: number;
      if (e < 0) {
        this.errors.push({ offset: s, code: 'UnterminatedComment', args: [] });
        end = this.n;
      } else end = e + 2;
      this.commentStarts.push(s);
      this.commentEnds.push(end);
      this.commentKinds.push('block');
      return end;
    }
    if (c1 === 61) {
      this.push(T.SlashAssign, i, i + 2, 0);
      return i + 2;
    }
    this.push(T.Slash, i, i + 1, 0);
    return i + 1;
  }

  /** True when only spaces/tabs precede `pos` on its line. */
  private atLineStart(pos: number): boolean {
    const text = this.text;
    let j = pos - 1;
    while (j >= 0) {
      const c = text.charCodeAt(j);
      if (c === 10 || c === 13) return true;
      if (c !== 32 && c !== 9 && c !== 0xfeff) return false;
      j--;
    }
    return true;
  }

  private lineEnd(pos: number): number {
    const text = this.text;
    const n = this.n;
    let j = pos;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 10 || c === 13) break;
      j++;
    }
    return j;
  }

  /** Reads `#word rest` at pos. */
  private readDirective(pos: number): { kind: DirectiveKind; rest: string; end: number } {
    const text = this.text;
    const e = this.lineEnd(pos);
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
  }

  private evalCond(rest: string, at: number): boolean {
    const r = evaluateCondition(rest, this.symbols);
    if (r === undefined) {
      this.errors.push({ offset: at, code: 'InvalidDirective', args: [rest] });
      return false;
    }
    return r;
  }

  /** `#...` at i: a directive when it starts a line, else an Other token. Returns where to continue. */
  private directive(i: number): number {
    if (!this.atLineStart(i)) {
      this.push(T.Other, i, i + 1, 0);
      return i + 1;
    }
    const s = i;
    const d = this.readDirective(i);
    this.directives.push({ kind: 'Directive', directive: d.kind, text: d.rest, start: s, end: d.end });
    let next = d.end;
    switch (d.kind) {
      case 'if': {
        const take = this.evalCond(d.rest, s);
        this.ifStack.push(take);
        if (!take) next = this.skipInactive(next, true);
        break;
      }
      case 'elif':
      case 'else':
        if (this.ifStack.length === 0) {
          this.errors.push({ offset: s, code: 'UnexpectedDirective', args: ['#' + d.kind] });
        } else {
          // the active branch ends here: skip the remaining branches
          next = this.skipInactive(next, false);
        }
        break;
      case 'endif':
        if (this.ifStack.length === 0) this.errors.push({ offset: s, code: 'UnexpectedDirective', args: ['#endif'] });
        else this.ifStack.pop();
        break;
      case 'define':
        if (d.rest) this.symbols.add(d.rest.toLowerCase());
        break;
      case 'undef':
        this.symbols.delete(d.rest.toLowerCase());
        break;
      case 'region':
      case 'endregion':
      case 'pragma':
        break;
      case 'unknown':
        this.errors.push({ offset: s, code: 'UnknownDirective', args: [this.text.slice(s, d.end).trim()] });
        break;
    }
    return next;
  }

  /**
   * Skips inactive text starting at `pos` (just after a directive line) until the directive that makes text
   * active again (or ends the block). Returns the position to continue lexing from.
   */
  private skipInactive(pos: number, canTakeBranch: boolean): number {
    const text = this.text;
    const n = this.n;
    const rangeStart = pos;
    let depth = 0;
    let j = pos;
    while (j < n) {
      let k = j;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c !== 32 && c !== 9) break;
        k++;
      }
      if (text.charCodeAt(k) === 35 /* # */) {
        const d = this.readDirective(k);
        if (d.kind === 'if') depth++;
        else if (d.kind === 'endif') {
          if (depth === 0) {
            this.inactiveRanges.push({ kind: 'InactiveRange', start: rangeStart, end: k });
            this.directives.push({ kind: 'Directive', directive: 'endif', text: d.rest, start: k, end: d.end });
            this.ifStack.pop();
            return d.end;
          }
          depth--;
        } else if (depth === 0 && canTakeBranch && (d.kind === 'elif' || d.kind === 'else')) {
          const take = d.kind === 'else' ? true : this.evalCond(d.rest, k);
          if (take) {
            this.inactiveRanges.push({ kind: 'InactiveRange', start: rangeStart, end: k });
            this.directives.push({ kind: 'Directive', directive: d.kind, text: d.rest, start: k, end: d.end });
            this.ifStack[this.ifStack.length - 1] = true;
            return d.end;
          }
        }
        j = d.end;
      } else {
        j = this.lineEnd(k);
      }
      if (j < n) {
        if (text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10) j += 2;
        else j++;
      }
    }
    this.errors.push({ offset: n, code: 'MissingEndif', args: [] });
    this.inactiveRanges.push({ kind: 'InactiveRange', start: rangeStart, end: n });
    this.ifStack.length = 0;
    return n;
  }
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
