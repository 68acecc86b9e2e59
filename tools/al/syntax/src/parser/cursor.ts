import type { Diagnostic } from '../../../../common/src/diagnostic';
import type { Comment } from '../ast';
import { tokenize, type LexError, type TokenStream } from '../lexer';
import { formatMessage, SyntaxMessages, type SyntaxCode } from '../messages';
import type { ParseOptions } from '../parser';
import { positionAt } from '../position';
import { Kw, RESERVED, T } from '../tokens';

const TOKEN_DISPLAY: Partial<Record<T, string>> = {
  [T.EOF]: 'end of file',
  [T.LParen]: '(',
  [T.RParen]: ')',
  [T.LBracket]: '[',
  [T.RBracket]: ']',
  [T.LBrace]: '{',
  [T.RBrace]: '}',
  [T.Comma]: ',',
  [T.Semicolon]: ';',
  [T.Colon]: ':',
  [T.Eq]: '=',
  [T.Dot]: '.',
};

/**
 * The token cursor every part of the parser builds on: the token stream of one file, the position in it, token
 * tests, error reporting (with the speculative mode property values use) and the comments the lexer kept.
 */
export class TokenCursor {
  protected readonly ts: TokenStream;
  protected readonly kinds: Uint8Array;
  protected readonly kws: Uint8Array;
  protected readonly starts: Int32Array;
  protected readonly ends: Int32Array;
  protected readonly last: number;
  protected p = 0;
  protected lastErrorTok = -1;
  /** > 0 while parsing speculatively: errors set `failed` instead of being reported. */
  protected speculative = 0;
  protected failed = false;

  constructor(
    protected readonly text: string,
    protected readonly options: ParseOptions,
    protected readonly lineStarts: number[],
    protected readonly diagnostics: Diagnostic[],
  ) {
    const lexErrors: LexError[] = [];
    this.ts = tokenize(text, new Set(options.defines ?? []), lexErrors);
    this.kinds = this.ts.kinds;
    this.kws = this.ts.kws;
    this.starts = this.ts.starts;
    this.ends = this.ts.ends;
    this.last = this.ts.count - 1;
    for (const e of lexErrors) this.report(e.code, e.args, e.offset);
  }

  // --- token helpers ------------------------------------------------------------------------------------------

  protected kind(i = this.p): T {
    return (this.kinds[i] ?? T.EOF) as T;
  }
  protected kw(i = this.p): Kw {
    return (this.kws[i] ?? Kw.None) as Kw;
  }
  protected start(i = this.p): number {
    return this.starts[i] ?? this.text.length;
  }
  protected end(i = this.p): number {
    return this.ends[i] ?? this.text.length;
  }
  protected prevEnd(): number {
    return this.p > 0 ? this.end(this.p - 1) : 0;
  }
  /** End offset for a node that started at `s`: the end of the last consumed token, never before `s`. */
  protected endFrom(s: number): number {
    const e = this.prevEnd();
    return e < s ? s : e;
  }
  protected tokText(i = this.p): string {
    return this.text.slice(this.start(i), this.end(i));
  }
  protected advance(): void {
    if (this.p < this.last) this.p++;
  }
  protected at(k: T): boolean {
    return this.kind() === k;
  }
  protected atKw(k: Kw): boolean {
    return this.kinds[this.p] === T.Word && this.kws[this.p] === k;
  }
  protected eat(k: T): boolean {
    if (this.kind() === k) {
      this.advance();
      return true;
    }
    return false;
  }
  protected eatKw(k: Kw): boolean {
    if (this.atKw(k)) {
      this.advance();
      return true;
    }
    return false;
  }
  protected display(i = this.p): string {
    const k = this.kind(i);
    if (k === T.EOF) return 'end of file';
    const t = this.tokText(i);
    if (k === T.Other) {
      const c = t.codePointAt(0) ?? 0;
      if (c < 32 || (c >= 0x7f && c < 0xa0)) return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
    }
    return t.length > 40 ? t.slice(0, 40) + '...' : t;
  }
  protected expect(k: T): boolean {
    if (this.kind() === k) {
      this.advance();
      return true;
    }
    this.error('ExpectedToken', [TOKEN_DISPLAY[k] ?? T[k], this.display()]);
    return false;
  }
  protected expectKw(k: Kw): boolean {
    if (this.eatKw(k)) return true;
    this.error('ExpectedToken', [Kw[k].toLowerCase(), this.display()]);
    return false;
  }
  /** Whether token i is a name usable in code: a quoted identifier or a non-reserved word. */
  protected isName(i = this.p): boolean {
    const k = this.kinds[i];
    return k === T.QuotedIdent || (k === T.Word && RESERVED[this.kws[i] ?? 0] !== 1);
  }
  protected isAnyName(i = this.p): boolean {
    const k = this.kinds[i];
    return k === T.QuotedIdent || k === T.Word;
  }

  // --- diagnostics --------------------------------------------------------------------------------------------

  protected report(code: SyntaxCode, args: readonly string[], offset: number): void {
    const pos = positionAt(this.lineStarts, offset);
    this.diagnostics.push({
      file: this.options.fileName,
      line: pos.line,
      column: pos.column,
      code: SyntaxMessages[code].code,
      severity: 'error',
      message: formatMessage(code, args),
    });
  }

  protected error(code: SyntaxCode, args: readonly string[]): void {
    if (this.speculative > 0) {
      this.failed = true;
      return;
    }
    if (this.p <= this.lastErrorTok) return;
    this.lastErrorTok = this.p;
    this.report(code, args, this.start());
  }

  /** At `{` (or `(`/`[`): skips to after the matching close. */
  protected skipBalanced(): void {
    let depth = 0;
    for (;;) {
      const k = this.kind();
      if (k === T.EOF) return;
      if (k === T.LBrace || k === T.LParen || k === T.LBracket) depth++;
      else if (k === T.RBrace || k === T.RParen || k === T.RBracket) {
        depth--;
        if (depth <= 0) {
          this.advance();
          return;
        }
      }
      this.advance();
    }
  }

  // --- comments -----------------------------------------------------------------------------------------------

  /** The `///` lines right before token i, markers stripped. */
  protected docCommentBefore(i: number): string | undefined {
    const to = this.ts.commentsBefore[i] ?? 0;
    const from = i > 0 ? (this.ts.commentsBefore[i - 1] ?? 0) : 0;
    if (to === from) return undefined;
    const lines: string[] = [];
    for (let c = to - 1; c >= from; c--) {
      if (this.ts.commentKinds[c] !== 'doc') break;
      let t = this.text.slice((this.ts.commentStarts[c] ?? 0) + 3, this.ts.commentEnds[c] ?? 0);
      if (t.startsWith(' ')) t = t.slice(1);
      lines.push(t.trimEnd());
    }
    if (lines.length === 0) return undefined;
    return lines.reverse().join('\n');
  }

  protected buildComments(): Comment[] {
    const out: Comment[] = [];
    const { commentStarts, commentEnds, commentKinds } = this.ts;
    for (let c = 0; c < commentStarts.length; c++) {
      const s = commentStarts[c] ?? 0;
      const e = commentEnds[c] ?? 0;
      out.push({ kind: 'Comment', commentKind: commentKinds[c] ?? 'line', text: this.text.slice(s, e), start: s, end: e });
    }
    return out;
  }
}
