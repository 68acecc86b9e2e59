import type {
  Identifier,
  NamespaceDeclaration,
  ObjectDeclaration,
  ObjectType,
  SourceFileNode,
  UsingDirective,
} from '../ast';
import { Kw, T } from '../tokens';
import { SectionParser, Sink } from './sections';
import { withOptional } from './optional';

const OBJECT_TYPES: Partial<Record<Kw, ObjectType>> = {
  [Kw.Table]: 'table',
  [Kw.Tableextension]: 'tableextension',
  [Kw.Page]: 'page',
  [Kw.Pageextension]: 'pageextension',
  [Kw.Pagecustomization]: 'pagecustomization',
  [Kw.Profile]: 'profile',
  [Kw.Profileextension]: 'profileextension',
  [Kw.Codeunit]: 'codeunit',
  [Kw.Report]: 'report',
  [Kw.Reportextension]: 'reportextension',
  [Kw.Requestpage]: 'requestpage',
  [Kw.Xmlport]: 'xmlport',
  [Kw.Query]: 'query',
  [Kw.Enum]: 'enum',
  [Kw.Enumextension]: 'enumextension',
  [Kw.Interface]: 'interface',
  [Kw.Permissionset]: 'permissionset',
  [Kw.Permissionsetextension]: 'permissionsetextension',
  [Kw.Entitlement]: 'entitlement',
  [Kw.Controladdin]: 'controladdin',
  [Kw.Dotnet]: 'dotnet',
};

/** The top of a file: namespace, usings and objects, and the members of a braced body. `parseFile` is the entry. */
export class ObjectParser extends SectionParser {
  parseFile(): SourceFileNode {
    let namespace: NamespaceDeclaration | undefined;
    const usings: UsingDirective[] = [];
    const objects: ObjectDeclaration[] = [];
    while (!this.at(T.EOF)) {
      const before = this.p;
      if (this.atKw(Kw.Namespace)) {
        const s = this.start();
        const docComment = this.docCommentBefore(this.p);
        this.advance();
        const name = this.parseQualifiedName();
        this.expect(T.Semicolon);
        namespace = withOptional({ kind: 'NamespaceDeclaration' as const, name, start: s, end: this.endFrom(s) }, { docComment });
      } else if (this.atKw(Kw.Using)) {
        const s = this.start();
        this.advance();
        const name = this.parseQualifiedName();
        this.expect(T.Semicolon);
        usings.push({ kind: 'UsingDirective', name, start: s, end: this.endFrom(s) });
      } else if (this.kind() === T.Word && OBJECT_TYPES[this.kw()] !== undefined) {
        objects.push(this.parseObject());
      } else {
        this.error('ObjectExpected', [this.display()]);
        // skip to the next object keyword at brace depth 0
        let depth = 0;
        while (!this.at(T.EOF)) {
          const k = this.kind();
          if (k === T.LBrace) depth++;
          else if (k === T.RBrace) depth = Math.max(0, depth - 1);
          else if (depth === 0 && this.p !== before && k === T.Word && OBJECT_TYPES[this.kw()] !== undefined) break;
          this.advance();
        }
      }
      if (this.p === before) this.advance();
    }
    const out: SourceFileNode = {
      kind: 'SourceFile',
      fileName: this.options.fileName,
      start: 0,
      end: this.text.length,
      lineStarts: this.lineStarts,
      usings,
      objects,
      comments: this.buildComments(),
      directives: this.ts.directives,
      inactiveRanges: this.ts.inactiveRanges,
    };
    if (namespace) return { ...out, namespace };
    return out;
  }

  // --- objects ------------------------------------------------------------------------------------------------

  protected parseObject(): ObjectDeclaration {
    const startTok = this.p;
    const s = this.start();
    const objectType = OBJECT_TYPES[this.kw()] ?? 'codeunit';
    const docComment = this.docCommentBefore(startTok);
    this.advance();
    let id: number | undefined;
    let name: Identifier | undefined;
    let ext: Identifier | undefined;
    const implementsList: Identifier[] = [];
    const extendsInterfaces: Identifier[] = [];
    if (this.at(T.Integer)) {
      id = Number(this.tokText());
      this.advance();
    }
    if (objectType !== 'dotnet' && !this.at(T.LBrace)) name = this.parseAnyName();
    // header clauses
    while (!this.at(T.LBrace) && !this.at(T.EOF)) {
      if (this.atKw(Kw.Extends)) {
        this.advance();
        if (objectType === 'interface') {
          extendsInterfaces.push(this.parseDottedName());
          while (this.eat(T.Comma)) extendsInterfaces.push(this.parseDottedName());
        } else ext = this.parseDottedName();
      } else if (this.atKw(Kw.Customizes)) {
        this.advance();
        ext = this.parseDottedName();
      } else if (this.atKw(Kw.Implements)) {
        this.advance();
        implementsList.push(this.parseDottedName());
        while (this.eat(T.Comma)) implementsList.push(this.parseDottedName());
      } else {
        this.error('ExpectedToken', ['{', this.display()]);
        break;
      }
    }
    const sink = new Sink();
    if (this.expect(T.LBrace)) {
      this.parseMembers(sink, objectType === 'enum' || objectType === 'enumextension' ? 'enum' : 'object');
      this.expect(T.RBrace);
    }
    if (objectType !== 'interface' && objectType !== 'controladdin' && this.speculative === 0) {
      // only interfaces and control add-ins declare procedures without a body
      for (const pr of sink.procedures) {
        if (!pr.body) {
          const next = /\S+/.exec(this.text.slice(pr.end, pr.end + 200));
          this.report('ExpectedToken', ['begin', next ? next[0] : 'end of file'], pr.end);
        }
      }
    }
    const node: ObjectDeclaration = {
      kind: 'ObjectDeclaration',
      objectType,
      implements: implementsList,
      extendsInterfaces,
      properties: sink.properties,
      variables: sink.variables,
      procedures: sink.procedures,
      triggers: sink.triggers,
      sections: sink.sections,
      values: sink.values,
      events: sink.events,
      items: sink.items,
      start: s,
      end: this.endFrom(s),
    };
    return withOptional(node, { id, name, extends: ext, docComment });
  }

  /**
   * Parses members until `}`: properties, var sections, procedures, triggers, events, sections (`word { }`) and
   * items (`word(args) { }`). `context` selects how items are read: 'fields', 'keys', 'fieldgroups', 'enum',
   * 'labels', or generic.
   */
  protected parseMembers(sink: Sink, context: string): void {
    while (!this.at(T.RBrace) && !this.at(T.EOF)) {
      const before = this.p;
      this.parseMember(sink, context);
      if (this.p === before) {
        this.error('UnexpectedToken', [this.display()]);
        this.advance();
      }
    }
  }

  protected parseMember(sink: Sink, context: string): void {
    const k = this.kind();
    if (k === T.Semicolon) {
      this.advance();
      return;
    }
    if (k === T.LBracket) {
      const startTok = this.p;
      const attributes = this.parseAttributes();
      if (this.atProcedureStart()) sink.procedures.push(this.parseProcedure(startTok, attributes));
      else {
        this.error('ExpectedToken', ['procedure', this.display()]);
        this.recoverMember();
      }
      return;
    }
    if (k === T.Word || k === T.QuotedIdent) {
      const next = this.kind(this.p + 1);
      if (next === T.Eq) {
        sink.properties.push(this.parseProperty(context === 'labels'));
        return;
      }
      if (k === T.Word) {
        switch (this.kw()) {
          case Kw.Trigger:
            sink.triggers.push(this.parseTrigger());
            return;
          case Kw.Var:
            sink.variables.push(this.parseVarSection(false));
            return;
          case Kw.Protected:
            if (this.kind(this.p + 1) === T.Word && this.kw(this.p + 1) === Kw.Var) {
              this.advance();
              sink.variables.push(this.parseVarSection(true));
              return;
            }
            sink.procedures.push(this.parseProcedure(this.p, []));
            return;
          case Kw.Local:
          case Kw.Internal:
          case Kw.Procedure:
            sink.procedures.push(this.parseProcedure(this.p, []));
            return;
          case Kw.Event:
            if (this.isAnyName(this.p + 1) && this.kind(this.p + 2) === T.LParen) {
              sink.events.push(this.parseEvent());
              return;
            }
            break;
          default:
            break;
        }
        if (next === T.LBrace) {
          sink.sections.push(this.parseSection());
          return;
        }
        if (next === T.LParen) {
          const kw = this.kw();
          if (context === 'fields' && kw === Kw.Field) sink.items.push(this.parseTableField());
          else if (context === 'keys' && kw === Kw.Key) sink.items.push(this.parseKeyLike('Key'));
          else if (context === 'fieldgroups' && kw === Kw.Fieldgroup) sink.items.push(this.parseKeyLike('FieldGroup'));
          else if (context === 'enum' && kw === Kw.Value) sink.values.push(this.parseEnumValue());
          else sink.items.push(this.parseControl());
          return;
        }
      }
    }
    this.error('UnexpectedToken', [this.display()]);
    this.recoverMember();
  }

  /** Skips to just after the next `;` or to the next `}` / member keyword at this nesting level. */
  protected recoverMember(): void {
    const startTok = this.p;
    for (;;) {
      const k = this.kind();
      if (k === T.EOF || k === T.RBrace) return;
      if (k === T.Semicolon) {
        this.advance();
        return;
      }
      if (k === T.LBrace) {
        this.skipBalanced();
        return;
      }
      if (this.p !== startTok && k === T.Word) {
        const kw = this.kw();
        if (kw === Kw.Trigger || kw === Kw.Procedure || kw === Kw.Local || kw === Kw.Internal || kw === Kw.Var) return;
      }
      this.advance();
    }
  }
}
