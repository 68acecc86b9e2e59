import type {
  AssignmentOperator,
  BlockStatement,
  CaseBranch,
  Expression,
  Statement,
} from '../ast';
import { Kw, RESERVED, T } from '../tokens';
import { PropertyParser } from './properties';
import { withOptional } from './optional';

/** Statements: blocks, control flow, assignments and calls, with recovery at statement boundaries. */
export class StatementParser extends PropertyParser {
  protected parseBlock(): BlockStatement {
    const s = this.start();
    this.advance(); // begin
    const statements = this.parseStatementList(Kw.End);
    this.expectKw(Kw.End);
    return { kind: 'BlockStatement', statements, start: s, end: this.endFrom(s) };
  }

  /** Statements separated by `;` up to the `terminator` keyword (end / until), which is not consumed. */
  protected parseStatementList(terminator: Kw): Statement[] {
    const out: Statement[] = [];
    for (;;) {
      while (this.eat(T.Semicolon)) {
        /* empty statements */
      }
      const k = this.kind();
      if (k === T.EOF || k === T.RBrace) return out;
      if (k === T.Word && this.kw() === terminator) return out;
      if (this.atMemberStart()) return out; // a missing `end`: let the member parser resume here
      const before = this.p;
      const st = this.parseStatement();
      if (st) out.push(st);
      if (this.p === before) {
        this.error('StatementExpected', [this.display()]);
        this.recoverStatement();
        continue;
      }
      if (this.at(T.Semicolon)) continue;
      if (this.atKw(terminator)) return out;
      // missing separator
      this.error('ExpectedToken', [';', this.display()]);
      if (!this.canStartStatement()) this.recoverStatement();
    }
  }

  /** `procedure X`, `local procedure`, `trigger X`: never a statement, so the enclosing block lacks its end. */
  protected atMemberStart(): boolean {
    if (this.kind() !== T.Word) return false;
    const kw = this.kw();
    if (kw === Kw.Procedure || kw === Kw.Trigger) return this.isAnyName(this.p + 1);
    if (kw === Kw.Local || kw === Kw.Internal || kw === Kw.Protected) {
      return this.kind(this.p + 1) === T.Word && this.kw(this.p + 1) === Kw.Procedure;
    }
    return false;
  }

  protected canStartStatement(): boolean {
    const k = this.kind();
    if (k === T.QuotedIdent || k === T.LParen) return true;
    if (k !== T.Word) return false;
    const kw = this.kw();
    if (RESERVED[kw] !== 1) return true;
    switch (kw) {
      case Kw.Begin:
      case Kw.If:
      case Kw.Case:
      case Kw.While:
      case Kw.Repeat:
      case Kw.For:
      case Kw.Foreach:
      case Kw.With:
      case Kw.Exit:
      case Kw.Asserterror:
      case Kw.This:
        return true;
      default:
        return false;
    }
  }

  /** Skips to the next `;` (consumed) or block end keyword (not consumed). */
  protected recoverStatement(): void {
    const startTok = this.p;
    for (;;) {
      const k = this.kind();
      if (k === T.EOF || k === T.RBrace) return;
      if (k === T.Semicolon) {
        this.advance();
        return;
      }
      if (k === T.Word && this.p !== startTok) {
        const kw = this.kw();
        if (kw === Kw.End || kw === Kw.Until || kw === Kw.Else || kw === Kw.Begin) return;
      }
      this.advance();
    }
  }

  /** Whether the current token ends an (empty) statement body: `;`, end, until, else. */
  protected atStatementEnd(): boolean {
    const k = this.kind();
    if (k === T.Semicolon || k === T.EOF || k === T.RBrace) return true;
    if (k !== T.Word) return false;
    const kw = this.kw();
    return kw === Kw.End || kw === Kw.Until || kw === Kw.Else;
  }

  protected parseBody(): Statement | undefined {
    if (this.atStatementEnd()) return undefined;
    const before = this.p;
    const st = this.parseStatement();
    if (this.p === before) {
      this.error('StatementExpected', [this.display()]);
      return undefined;
    }
    return st;
  }

  protected parseStatement(): Statement | undefined {
    if (this.kind() === T.Word) {
      switch (this.kw()) {
        case Kw.Begin:
          return this.parseBlock();
        case Kw.If:
          return this.parseIf();
        case Kw.Case:
          return this.parseCase();
        case Kw.While:
          return this.parseWhile();
        case Kw.Repeat:
          return this.parseRepeat();
        case Kw.For:
          return this.parseFor();
        case Kw.Foreach:
          return this.parseForeach();
        case Kw.With:
          return this.parseWith();
        case Kw.Exit:
          return this.parseExit();
        case Kw.Asserterror:
          return this.parseAssertError();
        case Kw.Break:
        case Kw.Continue:
          if (this.endsBareWord()) return this.parseBreakContinue();
          break;
        default:
          break;
      }
    }
    if (!this.canStartStatement()) return undefined;
    return this.parseSimpleStatement();
  }

  protected parseSimpleStatement(): Statement {
    const s = this.start();
    const target = this.parseExpression();
    const op = this.assignmentOperator();
    if (op !== undefined) {
      this.advance();
      const value = this.parseExpression();
      return { kind: 'AssignmentStatement', target, operator: op, value, start: s, end: this.endFrom(s) };
    }
    return { kind: 'ExpressionStatement', expression: target, start: s, end: this.endFrom(s) };
  }

  protected parseIf(): Statement {
    const s = this.start();
    this.advance();
    const condition = this.parseExpression();
    this.expectKw(Kw.Then);
    const thenSt = this.parseBody();
    let elseSt: Statement | undefined;
    if (this.eatKw(Kw.Else)) elseSt = this.parseBody();
    return withOptional({ kind: 'IfStatement' as const, condition, start: s, end: this.endFrom(s) }, { then: thenSt, else: elseSt });
  }

  protected parseWhile(): Statement {
    const s = this.start();
    this.advance();
    const condition = this.parseExpression();
    this.expectKw(Kw.Do);
    const body = this.parseBody();
    return withOptional({ kind: 'WhileStatement' as const, condition, start: s, end: this.endFrom(s) }, { body });
  }

  protected parseRepeat(): Statement {
    const s = this.start();
    this.advance();
    const statements = this.parseStatementList(Kw.Until);
    this.expectKw(Kw.Until);
    const condition = this.parseExpression();
    return { kind: 'RepeatStatement', statements, condition, start: s, end: this.endFrom(s) };
  }

  protected parseFor(): Statement {
    const s = this.start();
    this.advance();
    const variable = this.parsePostfix();
    this.expect(T.Assign);
    const from = this.parseExpression();
    let downto = false;
    if (this.atKw(Kw.Downto)) {
      downto = true;
      this.advance();
    } else this.expectKw(Kw.To);
    const to = this.parseExpression();
    this.expectKw(Kw.Do);
    const body = this.parseBody();
    return withOptional({ kind: 'ForStatement' as const, variable, from, to, downto, start: s, end: this.endFrom(s) }, { body });
  }

  protected parseForeach(): Statement {
    const s = this.start();
    this.advance();
    const variable = this.parseName();
    this.expectKw(Kw.In);
    const iterable = this.parseExpression();
    this.expectKw(Kw.Do);
    const body = this.parseBody();
    return withOptional({ kind: 'ForeachStatement' as const, variable, iterable, start: s, end: this.endFrom(s) }, { body });
  }

  protected parseWith(): Statement {
    const s = this.start();
    this.advance();
    const record = this.parseExpression();
    this.expectKw(Kw.Do);
    const body = this.parseBody();
    return withOptional({ kind: 'WithStatement' as const, record, start: s, end: this.endFrom(s) }, { body });
  }

  protected parseExit(): Statement {
    const s = this.start();
    this.advance();
    let value: Expression | undefined;
    if (this.eat(T.LParen)) {
      if (!this.at(T.RParen)) value = this.parseExpression();
      this.expect(T.RParen);
    }
    return withOptional({ kind: 'ExitStatement' as const, start: s, end: this.endFrom(s) }, { value });
  }

  protected parseAssertError(): Statement {
    const s = this.start();
    this.advance();
    const body = this.parseBody();
    return withOptional({ kind: 'AssertErrorStatement' as const, start: s, end: this.endFrom(s) }, { body });
  }

  protected parseBreakContinue(): Statement {
    const s = this.start();
    const isBreak = this.kw() === Kw.Break;
    this.advance();
    return isBreak ? { kind: 'BreakStatement', start: s, end: this.endFrom(s) } : { kind: 'ContinueStatement', start: s, end: this.endFrom(s) };
  }

  /** `break`/`continue` used as a statement: followed by `;`, end, until or else. */
  protected endsBareWord(): boolean {
    const k = this.kind(this.p + 1);
    if (k === T.Semicolon || k === T.EOF) return true;
    if (k !== T.Word) return false;
    const kw = this.kw(this.p + 1);
    return kw === Kw.End || kw === Kw.Until || kw === Kw.Else;
  }

  protected assignmentOperator(): AssignmentOperator | undefined {
    switch (this.kind()) {
      case T.Assign:
        return ':=';
      case T.PlusAssign:
        return '+=';
      case T.MinusAssign:
        return '-=';
      case T.StarAssign:
        return '*=';
      case T.SlashAssign:
        return '/=';
      default:
        return undefined;
    }
  }

  protected parseCase(): Statement {
    const s = this.start();
    this.advance(); // case
    const expression = this.parseExpression();
    this.expectKw(Kw.Of);
    const branches: CaseBranch[] = [];
    let elseStatements: Statement[] | undefined;
    for (;;) {
      while (this.eat(T.Semicolon)) {
        /* separators */
      }
      const k = this.kind();
      if (k === T.EOF || k === T.RBrace) break;
      if (this.atKw(Kw.End)) break;
      if (this.atKw(Kw.Else)) {
        this.advance();
        elseStatements = this.parseStatementList(Kw.End);
        break;
      }
      const before = this.p;
      const bs = this.start();
      const values: Expression[] = [this.parseRangeOrExpression()];
      while (this.eat(T.Comma)) values.push(this.parseRangeOrExpression());
      if (this.p === before) {
        this.error('ExpressionExpected', [this.display()]);
        this.recoverStatement();
        continue;
      }
      this.expect(T.Colon);
      const body = this.parseBody();
      branches.push(withOptional({ kind: 'CaseBranch' as const, values, start: bs, end: this.endFrom(bs) }, { body }));
      if (!this.at(T.Semicolon) && !this.atKw(Kw.End) && !this.atKw(Kw.Else)) {
        this.error('ExpectedToken', [';', this.display()]);
        this.recoverStatement();
      }
    }
    this.expectKw(Kw.End);
    return withOptional(
      { kind: 'CaseStatement' as const, expression, branches, start: s, end: this.endFrom(s) },
      { else: elseStatements },
    );
  }
}
