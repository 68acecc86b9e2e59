import type {
  AccessModifier,
  Attribute,
  BlockStatement,
  EventDeclaration,
  Expression,
  Identifier,
  Parameter,
  ProcedureDeclaration,
  TriggerDeclaration,
  TypeReference,
  VarSection,
  VariableDeclaration,
} from '../ast';
import { Kw, RESERVED, T } from '../tokens';
import { StatementParser } from './statements';
import { withOptional } from './optional';

/** Procedures, triggers, events, attributes, parameters, return values and var sections. */
export class DeclarationParser extends StatementParser {
  protected parseAttributes(): Attribute[] {
    const out: Attribute[] = [];
    while (this.at(T.LBracket)) {
      const s = this.start();
      this.advance();
      const name = this.parseAnyName();
      const args: Expression[] = [];
      if (this.eat(T.LParen)) {
        if (!this.at(T.RParen)) {
          args.push(this.parseExpression());
          while (this.eat(T.Comma)) args.push(this.parseExpression());
        }
        this.expect(T.RParen);
      }
      this.expect(T.RBracket);
      out.push({ kind: 'Attribute', name, args, start: s, end: this.endFrom(s) });
    }
    return out;
  }

  protected parseProcedure(startTok: number, attributes: Attribute[]): ProcedureDeclaration {
    const s = this.start(startTok);
    const docComment = this.docCommentBefore(startTok);
    let access: AccessModifier | undefined;
    const kw = this.kw();
    if (kw === Kw.Local) access = 'local';
    else if (kw === Kw.Internal) access = 'internal';
    else if (kw === Kw.Protected) access = 'protected';
    if (access !== undefined) this.advance();
    this.expectKw(Kw.Procedure);
    const name = this.parseAnyName();
    const parameters = this.parseParameters();
    const ret = this.parseReturn();
    this.eat(T.Semicolon);
    const variables: VarSection[] = [];
    let body: BlockStatement | undefined;
    while (this.atKw(Kw.Var)) variables.push(this.parseVarSection(false));
    if (this.atKw(Kw.Begin)) {
      body = this.parseBlock();
      this.eat(T.Semicolon);
    } else if (variables.length > 0) {
      this.expectKw(Kw.Begin);
    }
    const node: ProcedureDeclaration = {
      kind: 'ProcedureDeclaration',
      attributes,
      name,
      parameters,
      variables,
      start: s,
      end: this.endFrom(s),
    };
    return withOptional(node, {
      access,
      returnName: ret.name,
      returnType: ret.type,
      body,
      docComment,
    });
  }

  protected parseTrigger(): TriggerDeclaration {
    const startTok = this.p;
    const s = this.start();
    const docComment = this.docCommentBefore(startTok);
    this.advance();
    let name = this.parseAnyName();
    if (this.at(T.ColonColon) && this.isAnyName(this.p + 1)) {
      // control add-in event trigger: `trigger UserControl::EventName(...)`
      this.advance();
      const ev = this.parseAnyName();
      name = { kind: 'Identifier', name: name.name + '::' + ev.name, quoted: name.quoted || ev.quoted, start: name.start, end: ev.end };
    }
    const parameters = this.at(T.LParen) ? this.parseParameters() : [];
    const ret = this.parseReturn();
    this.eat(T.Semicolon);
    const variables: VarSection[] = [];
    while (this.atKw(Kw.Var)) variables.push(this.parseVarSection(false));
    let body: BlockStatement | undefined;
    if (this.atKw(Kw.Begin)) {
      body = this.parseBlock();
    } else this.expectKw(Kw.Begin);
    this.eat(T.Semicolon);
    const node: TriggerDeclaration = {
      kind: 'TriggerDeclaration',
      name,
      parameters,
      variables,
      start: s,
      end: this.endFrom(s),
    };
    return withOptional(node, { returnName: ret.name, returnType: ret.type, body, docComment });
  }

  protected parseReturn(): { name: Identifier | undefined; type: TypeReference | undefined } {
    if (this.eat(T.Colon)) return { name: undefined, type: this.parseType() };
    if (this.isAnyName() && this.kind(this.p + 1) === T.Colon) {
      const name = this.parseAnyName();
      this.advance();
      return { name, type: this.parseType() };
    }
    return { name: undefined, type: undefined };
  }

  protected parseParameters(): Parameter[] {
    const out: Parameter[] = [];
    if (!this.expect(T.LParen)) return out;
    if (this.eat(T.RParen)) return out;
    for (;;) {
      const s = this.start();
      let byRef = false;
      if (this.atKw(Kw.Var) && this.isAnyName(this.p + 1) && this.kind(this.p + 1 + 1) !== T.Colon) {
        byRef = true;
        this.advance();
      } else if (this.atKw(Kw.Var) && this.isAnyName(this.p + 1) && this.kind(this.p + 2) === T.Colon) {
        // `var Name: Type`
        byRef = true;
        this.advance();
      }
      const name = this.parseAnyName();
      this.expect(T.Colon);
      const type = this.parseType();
      out.push({ kind: 'Parameter', byRef, name, type, start: s, end: this.endFrom(s) });
      if (this.eat(T.Semicolon)) continue;
      break;
    }
    this.expect(T.RParen);
    return out;
  }

  protected parseVarSection(isProtected: boolean): VarSection {
    const s = this.start(isProtected ? this.p - 1 : this.p);
    this.advance(); // var
    const variables: VariableDeclaration[] = [];
    for (;;) {
      let attributes: Attribute[] = [];
      if (this.at(T.LBracket)) {
        if (this.attributesLeadToProcedure()) break;
        attributes = this.parseAttributes();
      }
      if (!(this.isAnyName() && (this.kind(this.p + 1) === T.Colon || this.kind(this.p + 1) === T.Comma))) {
        if (attributes.length > 0) this.error('IdentifierExpected', [this.display()]);
        break;
      }
      if (this.kind() === T.Word && RESERVED[this.kw()] === 1) break;
      const names: Identifier[] = [this.parseAnyName()];
      while (this.eat(T.Comma)) names.push(this.parseAnyName());
      this.expect(T.Colon);
      const type = this.parseType();
      for (const name of names) {
        variables.push({ kind: 'VariableDeclaration', attributes, name, type, start: name.start, end: this.endFrom(name.start) });
      }
      if (!this.expect(T.Semicolon)) {
        // resync: skip to the next `;` on this declaration
        while (!this.at(T.EOF) && !this.at(T.Semicolon) && !this.atKw(Kw.Begin) && !this.at(T.RBrace)) this.advance();
        this.eat(T.Semicolon);
      }
    }
    return { kind: 'VarSection', protected: isProtected, variables, start: s, end: this.endFrom(s) };
  }

  /** At `[`: looks past consecutive attribute groups to see whether a procedure follows. */
  protected attributesLeadToProcedure(): boolean {
    let i = this.p;
    while (this.kind(i) === T.LBracket) {
      let depth = 0;
      for (;;) {
        const k = this.kind(i);
        if (k === T.EOF) return false;
        if (k === T.LBracket) depth++;
        else if (k === T.RBracket) {
          depth--;
          if (depth === 0) {
            i++;
            break;
          }
        }
        i++;
      }
    }
    if (this.kind(i) !== T.Word) return false;
    const kw = this.kw(i);
    return kw === Kw.Procedure || kw === Kw.Local || kw === Kw.Internal || kw === Kw.Protected;
  }

  protected parseEvent(): EventDeclaration {
    const startTok = this.p;
    const s = this.start();
    const docComment = this.docCommentBefore(startTok);
    this.advance();
    const name = this.parseAnyName();
    const parameters = this.parseParameters();
    this.eat(T.Semicolon);
    const node: EventDeclaration = { kind: 'EventDeclaration', name, parameters, start: s, end: this.endFrom(s) };
    return withOptional(node, { docComment });
  }

  protected atProcedureStart(): boolean {
    if (this.kind() !== T.Word) return false;
    const kw = this.kw();
    if (kw === Kw.Procedure) return true;
    if (kw === Kw.Local || kw === Kw.Internal || kw === Kw.Protected) {
      return this.kind(this.p + 1) === T.Word && this.kw(this.p + 1) === Kw.Procedure;
    }
    return false;
  }
}
