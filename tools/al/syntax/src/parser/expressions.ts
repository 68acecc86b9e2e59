import type { BinaryOperator, Expression, Literal, LiteralKind } from '../ast';
import { Kw, RESERVED, T } from '../tokens';
import { NameParser } from './names';

/** Expressions by precedence (relational, additive, multiplicative, unary, postfix, primary), ranges and literals. */
export class ExpressionParser extends NameParser {
  protected parseRangeOrExpression(): Expression {
    const s = this.start();
    if (this.at(T.DotDot)) {
      this.advance();
      const to = this.parseExpression();
      return { kind: 'RangeExpression', to, start: s, end: this.endFrom(s) };
    }
    const from = this.parseExpression();
    if (this.eat(T.DotDot)) {
      if (this.canStartExpression()) {
        const to = this.parseExpression();
        return { kind: 'RangeExpression', from, to, start: s, end: this.endFrom(s) };
      }
      return { kind: 'RangeExpression', from, start: s, end: this.endFrom(s) };
    }
    return from;
  }

  protected canStartExpression(): boolean {
    switch (this.kind()) {
      case T.QuotedIdent:
      case T.Integer:
      case T.Decimal:
      case T.BigInteger:
      case T.Date:
      case T.Time:
      case T.DateTime:
      case T.String:
      case T.LParen:
      case T.LBracket:
      case T.Minus:
      case T.Plus:
        return true;
      case T.Word: {
        const kw = this.kw();
        return RESERVED[kw] !== 1 || kw === Kw.Not || kw === Kw.True || kw === Kw.False || kw === Kw.This;
      }
      default:
        return false;
    }
  }

  parseExpression(): Expression {
    const cond = this.parseRelational();
    if (this.at(T.Question)) {
      this.advance();
      const whenTrue = this.parseExpression();
      this.expect(T.Colon);
      const whenFalse = this.parseExpression();
      return { kind: 'ConditionalExpression', condition: cond, whenTrue, whenFalse, start: cond.start, end: this.prevEnd() };
    }
    return cond;
  }

  protected parseRelational(): Expression {
    let left = this.parseAdditive();
    for (;;) {
      let op: BinaryOperator;
      switch (this.kind()) {
        case T.Eq:
          op = '=';
          break;
        case T.NotEq:
          op = '<>';
          break;
        case T.Lt:
          op = '<';
          break;
        case T.Le:
          op = '<=';
          break;
        case T.Gt:
          op = '>';
          break;
        case T.Ge:
          op = '>=';
          break;
        case T.Word: {
          const kw = this.kw();
          if (kw === Kw.In) op = 'in';
          else if (kw === Kw.Is) op = 'is';
          else if (kw === Kw.As) op = 'as';
          else return left;
          break;
        }
        default:
          return left;
      }
      this.advance();
      const right = this.parseAdditive();
      left = { kind: 'BinaryExpression', operator: op, left, right, start: left.start, end: this.prevEnd() };
    }
  }

  protected parseAdditive(): Expression {
    let left = this.parseMultiplicative();
    for (;;) {
      let op: BinaryOperator;
      const k = this.kind();
      if (k === T.Plus) op = '+';
      else if (k === T.Minus) op = '-';
      else if (k === T.Word && this.kw() === Kw.Or) op = 'or';
      else if (k === T.Word && this.kw() === Kw.Xor) op = 'xor';
      else return left;
      this.advance();
      const right = this.parseMultiplicative();
      left = { kind: 'BinaryExpression', operator: op, left, right, start: left.start, end: this.prevEnd() };
    }
  }

  protected parseMultiplicative(): Expression {
    let left = this.parseUnary();
    for (;;) {
      let op: BinaryOperator;
      const k = this.kind();
      if (k === T.Star) op = '*';
      else if (k === T.Slash) op = '/';
      else if (k === T.Word) {
        const kw = this.kw();
        if (kw === Kw.And) op = 'and';
        else if (kw === Kw.Div) op = 'div';
        else if (kw === Kw.Mod) op = 'mod';
        else return left;
      } else return left;
      this.advance();
      const right = this.parseUnary();
      left = { kind: 'BinaryExpression', operator: op, left, right, start: left.start, end: this.prevEnd() };
    }
  }

  protected parseUnary(): Expression {
    const s = this.start();
    const k = this.kind();
    if (k === T.Minus || k === T.Plus || (k === T.Word && this.kw() === Kw.Not)) {
      this.advance();
      const operand = this.parseUnary();
      return {
        kind: 'UnaryExpression',
        operator: k === T.Minus ? '-' : k === T.Plus ? '+' : 'not',
        operand,
        start: s,
        end: this.endFrom(s),
      };
    }
    return this.parsePostfix();
  }

  protected parsePostfix(): Expression {
    let e = this.parsePrimary();
    for (;;) {
      const k = this.kind();
      if (k === T.Dot) {
        this.advance();
        const member = this.parseAnyName();
        e = { kind: 'MemberExpression', object: e, member, start: e.start, end: this.prevEnd() };
      } else if (k === T.ColonColon) {
        this.advance();
        const member = this.parseAnyName();
        e = { kind: 'ScopeExpression', object: e, member, start: e.start, end: this.prevEnd() };
      } else if (k === T.LParen) {
        this.advance();
        const args: Expression[] = [];
        if (!this.at(T.RParen)) {
          args.push(this.parseExpression());
          while (this.eat(T.Comma)) args.push(this.parseExpression());
        }
        this.expect(T.RParen);
        e = { kind: 'CallExpression', callee: e, args, start: e.start, end: this.prevEnd() };
      } else if (k === T.LBracket) {
        this.advance();
        const indexes: Expression[] = [this.parseExpression()];
        while (this.eat(T.Comma)) indexes.push(this.parseExpression());
        this.expect(T.RBracket);
        e = { kind: 'IndexExpression', object: e, indexes, start: e.start, end: this.prevEnd() };
      } else return e;
    }
  }

  protected parsePrimary(): Expression {
    const s = this.start();
    const k = this.kind();
    switch (k) {
      case T.QuotedIdent: {
        const id = this.identAt(this.p);
        this.advance();
        return id;
      }
      case T.Word: {
        const kw = this.kw();
        if (RESERVED[kw] !== 1) {
          const id = this.identAt(this.p);
          this.advance();
          return id;
        }
        if (kw === Kw.True || kw === Kw.False) {
          this.advance();
          return { kind: 'Literal', literalKind: 'boolean', raw: this.text.slice(s, this.prevEnd()), value: kw === Kw.True, start: s, end: this.endFrom(s) };
        }
        if (kw === Kw.This) {
          this.advance();
          return { kind: 'ThisExpression', start: s, end: this.endFrom(s) };
        }
        break;
      }
      case T.Integer:
        return this.literal('integer', (r) => Number(r));
      case T.BigInteger:
        return this.literal('bigInteger', (r) => Number(r.slice(0, -1)));
      case T.Decimal:
        return this.literal('decimal', (r) => Number(r));
      case T.Date:
        return this.literal('date', (r) => r.slice(0, -1));
      case T.Time:
        return this.literal('time', (r) => r.slice(0, -1));
      case T.DateTime:
        return this.literal('datetime', (r) => r.slice(0, -2));
      case T.String: {
        const value = this.stringValue(this.p);
        return this.literal('string', () => value);
      }
      case T.LParen: {
        this.advance();
        const expression = this.parseExpression();
        this.expect(T.RParen);
        return { kind: 'ParenthesizedExpression', expression, start: s, end: this.endFrom(s) };
      }
      case T.LBracket: {
        this.advance();
        const elements: Expression[] = [];
        if (!this.at(T.RBracket)) {
          elements.push(this.parseRangeOrExpression());
          while (this.eat(T.Comma)) elements.push(this.parseRangeOrExpression());
        }
        this.expect(T.RBracket);
        return { kind: 'SetExpression', elements, start: s, end: this.endFrom(s) };
      }
      default:
        break;
    }
    this.error('ExpressionExpected', [this.display()]);
    return { kind: 'ErrorExpression', start: s, end: s };
  }

  protected literal(literalKind: LiteralKind, value: (raw: string) => string | number): Literal {
    const s = this.start();
    const e = this.end();
    const raw = this.text.slice(s, e);
    this.advance();
    return { kind: 'Literal', literalKind, raw, value: value(raw), start: s, end: e };
  }

  protected stringValue(i: number): string {
    let s = this.start(i);
    let e = this.end(i);
    if (this.text.charCodeAt(s) === 64) s++;
    s++;
    if (e - s >= 1 && this.text.charCodeAt(e - 1) === 39) e--;
    const raw = this.text.slice(s, Math.max(s, e));
    return raw.indexOf("''") >= 0 ? raw.replace(/''/g, "'") : raw;
  }
}
