import type { Diagnostic } from '../../../common/src/diagnostic';
import type {
  AccessModifier,
  AssignmentOperator,
  Attribute,
  BinaryOperator,
  BlockStatement,
  CalcFormulaKind,
  CaseBranch,
  Comment,
  Control,
  EnumValue,
  EventDeclaration,
  Expression,
  FieldGroup,
  Identifier,
  ImplementationValue,
  Key,
  LabelAttribute,
  LabelValue,
  Literal,
  LiteralKind,
  NamespaceDeclaration,
  ObjectDeclaration,
  ObjectType,
  Parameter,
  PermissionEntry,
  ProcedureDeclaration,
  Property,
  PropertyValue,
  QualifiedName,
  Section,
  SectionItem,
  SourceFileNode,
  Statement,
  TableField,
  TableFilter,
  TableRelationBranch,
  TriggerDeclaration,
  TypeReference,
  UsingDirective,
  VarSection,
  VariableDeclaration,
} from './ast';
import { computeLineStarts, tokenize, type LexError, type TokenStream } from './lexer';
import { formatMessage, SyntaxMessages, type SyntaxCode } from './messages';
import { positionAt } from './position';
import { Kw, RESERVED, T } from './tokens';

export interface ParseOptions {
  readonly fileName: string;
  readonly defines?: readonly string[];
}

export interface ParseResult {
  readonly file: SourceFileNode;
  readonly diagnostics: Diagnostic[];
}

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

type ValueGrammar =
  | 'calcformula'
  | 'tablerelation'
  | 'optionmembers'
  | 'permissions'
  | 'tableview'
  | 'filters'
  | 'implementation'
  | 'label'
  | 'objectref'
  | 'decimalplaces'
  | 'raw';

const PROPERTY_GRAMMARS = new Map<string, ValueGrammar>([
  ['calcformula', 'calcformula'],
  ['tablerelation', 'tablerelation'],
  ['optionmembers', 'optionmembers'],
  ['permissions', 'permissions'],
  ['accessbypermission', 'permissions'],
  ['sourcetableview', 'tableview'],
  ['dataitemtableview', 'tableview'],
  ['runpageview', 'tableview'],
  ['subpageview', 'tableview'],
  ['sourcetableview', 'tableview'],
  ['runpagelink', 'filters'],
  ['subpagelink', 'filters'],
  ['dataitemlink', 'filters'],
  ['linkfields', 'filters'],
  ['columnfilter', 'filters'],
  ['datafilter', 'filters'],
  ['implementation', 'implementation'],
  ['defaultimplementation', 'implementation'],
  ['unknownvalueimplementation', 'implementation'],
  ['caption', 'label'],
  ['tooltip', 'label'],
  ['optioncaption', 'label'],
  ['instructionaltext', 'label'],
  ['abouttitle', 'label'],
  ['abouttext', 'label'],
  ['additionalsearchterms', 'label'],
  ['promotedactioncategories', 'label'],
  ['entitycaption', 'label'],
  ['entitysetcaption', 'label'],
  ['requestfilterheading', 'label'],
  ['format', 'raw'],
  ['decimalplaces', 'decimalplaces'],
  ['runobject', 'objectref'],
  ['dataitemtablefilter', 'filters'],
  ['filters', 'tableview'],
]);

const SUBTYPE_TYPES = new Set([
  'record',
  'codeunit',
  'page',
  'report',
  'query',
  'xmlport',
  'enum',
  'interface',
  'dotnet',
  'controladdin',
  'testpage',
  'testrequestpage',
  'automation',
  'ocx',
]);

const CALC_FORMULAS = new Set(['exist', 'count', 'sum', 'average', 'min', 'max', 'lookup']);

/** Collects the members of a braced body before the caller builds the typed node. */
class Sink {
  properties: Property[] = [];
  variables: VarSection[] = [];
  procedures: ProcedureDeclaration[] = [];
  triggers: TriggerDeclaration[] = [];
  sections: Section[] = [];
  items: SectionItem[] = [];
  values: EnumValue[] = [];
  events: EventDeclaration[] = [];
}

/** Parses one AL source file. Never throws: problems become diagnostics and the tree is partial. */
export function parseAl(text: string, options: ParseOptions): ParseResult {
  const diagnostics: Diagnostic[] = [];
  let lineStarts: number[] = [0];
  try {
    lineStarts = computeLineStarts(text);
    const parser = new Parser(text, options, lineStarts, diagnostics);
    return { file: parser.parseFile(), diagnostics };
  } catch (e) {
    // Defensive: a parser bug must not crash callers. Report it as a diagnostic on line 1.
    diagnostics.push({
      file: options.fileName,
      line: 1,
      column: 1,
      code: 'AL0999',
      severity: 'error',
      message: `Internal parser error: ${e instanceof Error ? e.message : String(e)}. Please report this file.`,
    });
    return {
      file: {
        kind: 'SourceFile',
        fileName: options.fileName,
        start: 0,
        end: text.length,
        lineStarts,
        usings: [],
        objects: [],
        comments: [],
        directives: [],
        inactiveRanges: [],
      },
      diagnostics,
    };
  }
}

class Parser {
  private readonly ts: TokenStream;
  private readonly kinds: Uint8Array;
  private readonly kws: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly last: number;
  private p = 0;
  private lastErrorTok = -1;
  /** > 0 while parsing speculatively: errors set `failed` instead of being reported. */
  private speculative = 0;
  private failed = false;

  constructor(
    private readonly text: string,
    private readonly options: ParseOptions,
    private readonly lineStarts: number[],
    private readonly diagnostics: Diagnostic[],
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

  private kind(i = this.p): T {
    return (this.kinds[i] ?? T.EOF) as T;
  }
  private kw(i = this.p): Kw {
    return (this.kws[i] ?? Kw.None) as Kw;
  }
  private start(i = this.p): number {
    return this.starts[i] ?? this.text.length;
  }
  private end(i = this.p): number {
    return this.ends[i] ?? this.text.length;
  }
  private prevEnd(): number {
    return this.p > 0 ? this.end(this.p - 1) : 0;
  }
  /** End offset for a node that started at `s`: the end of the last consumed token, never before `s`. */
  private endFrom(s: number): number {
    const e = this.prevEnd();
    return e < s ? s : e;
  }
  private tokText(i = this.p): string {
    return this.text.slice(this.start(i), this.end(i));
  }
  private advance(): void {
    if (this.p < this.last) this.p++;
  }
  private at(k: T): boolean {
    return this.kind() === k;
  }
  private atKw(k: Kw): boolean {
    return this.kinds[this.p] === T.Word && this.kws[this.p] === k;
  }
  private eat(k: T): boolean {
    if (this.kind() === k) {
      this.advance();
      return true;
    }
    return false;
  }
  private eatKw(k: Kw): boolean {
    if (this.atKw(k)) {
      this.advance();
      return true;
    }
    return false;
  }
  private display(i = this.p): string {
    const k = this.kind(i);
    if (k === T.EOF) return 'end of file';
    const t = this.tokText(i);
    if (k === T.Other) {
      const c = t.codePointAt(0) ?? 0;
      if (c < 32 || (c >= 0x7f && c < 0xa0)) return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
    }
    return t.length > 40 ? t.slice(0, 40) + '...' : t;
  }
  private expect(k: T): boolean {
    if (this.kind() === k) {
      this.advance();
      return true;
    }
    this.error('ExpectedToken', [TOKEN_DISPLAY[k] ?? T[k], this.display()]);
    return false;
  }
  private expectKw(k: Kw): boolean {
    if (this.eatKw(k)) return true;
    this.error('ExpectedToken', [Kw[k].toLowerCase(), this.display()]);
    return false;
  }
  /** Whether token i is a name usable in code: a quoted identifier or a non-reserved word. */
  private isName(i = this.p): boolean {
    const k = this.kinds[i];
    return k === T.QuotedIdent || (k === T.Word && RESERVED[this.kws[i] ?? 0] !== 1);
  }
  private isAnyName(i = this.p): boolean {
    const k = this.kinds[i];
    return k === T.QuotedIdent || k === T.Word;
  }

  // --- diagnostics --------------------------------------------------------------------------------------------

  private report(code: SyntaxCode, args: readonly string[], offset: number): void {
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

  private error(code: SyntaxCode, args: readonly string[]): void {
    if (this.speculative > 0) {
      this.failed = true;
      return;
    }
    if (this.p <= this.lastErrorTok) return;
    this.lastErrorTok = this.p;
    this.report(code, args, this.start());
  }

  // --- names --------------------------------------------------------------------------------------------------

  private identAt(i: number): Identifier {
    const s = this.start(i);
    const e = this.end(i);
    if (this.kinds[i] === T.QuotedIdent) {
      const closed = e - s >= 2 && this.text.charCodeAt(e - 1) === 34;
      const inner = this.text.slice(s + 1, closed ? e - 1 : e);
      return { kind: 'Identifier', name: inner.indexOf('""') >= 0 ? inner.replace(/""/g, '"') : inner, quoted: true, start: s, end: e };
    }
    return { kind: 'Identifier', name: this.text.slice(s, e), quoted: false, start: s, end: e };
  }

  private missingIdent(): Identifier {
    const s = this.start();
    return { kind: 'Identifier', name: '', quoted: false, start: s, end: s };
  }

  /** A name in code (reserved words rejected). */
  private parseName(): Identifier {
    if (this.isName()) {
      const id = this.identAt(this.p);
      this.advance();
      return id;
    }
    this.error('IdentifierExpected', [this.display()]);
    return this.missingIdent();
  }

  /** A name where any word is allowed (member names, property names, object names). */
  private parseAnyName(): Identifier {
    if (this.isAnyName()) {
      const id = this.identAt(this.p);
      this.advance();
      return id;
    }
    this.error('IdentifierExpected', [this.display()]);
    return this.missingIdent();
  }

  /** A possibly dotted name (`Microsoft.Sales.Customer`, `System."Reflection"`) returned as one identifier. */
  private parseDottedName(): Identifier {
    const first = this.parseAnyName();
    if (!(this.at(T.Dot) && this.isAnyName(this.p + 1))) return first;
    let name = first.name;
    let quoted = first.quoted;
    let end = first.end;
    while (this.at(T.Dot) && this.isAnyName(this.p + 1)) {
      this.advance();
      const part = this.identAt(this.p);
      this.advance();
      name += '.' + part.name;
      quoted = quoted || part.quoted;
      end = part.end;
    }
    return { kind: 'Identifier', name, quoted, start: first.start, end };
  }

  private parseQualifiedName(): QualifiedName {
    const parts: Identifier[] = [this.parseAnyName()];
    while (this.at(T.Dot)) {
      this.advance();
      parts.push(this.parseAnyName());
    }
    const first = parts[0];
    const lastPart = parts[parts.length - 1];
    return {
      kind: 'QualifiedName',
      parts,
      text: parts.map((x) => x.name).join('.'),
      start: first ? first.start : this.start(),
      end: lastPart ? lastPart.end : this.start(),
    };
  }

  // --- comments -----------------------------------------------------------------------------------------------

  /** The `///` lines right before token i, markers stripped. */
  private docCommentBefore(i: number): string | undefined {
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

  private buildComments(): Comment[] {
    const out: Comment[] = [];
    const { commentStarts, commentEnds, commentKinds } = this.ts;
    for (let c = 0; c < commentStarts.length; c++) {
      const s = commentStarts[c] ?? 0;
      const e = commentEnds[c] ?? 0;
      out.push({ kind: 'Comment', commentKind: commentKinds[c] ?? 'line', text: this.text.slice(s, e), start: s, end: e });
    }
    return out;
  }

  // --- file ---------------------------------------------------------------------------------------------------

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

  private parseObject(): ObjectDeclaration {
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
  private parseMembers(sink: Sink, context: string): void {
    while (!this.at(T.RBrace) && !this.at(T.EOF)) {
      const before = this.p;
      this.parseMember(sink, context);
      if (this.p === before) {
        this.error('UnexpectedToken', [this.display()]);
        this.advance();
      }
    }
  }

  private parseMember(sink: Sink, context: string): void {
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
  private recoverMember(): void {
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

  /** At `{` (or `(`/`[`): skips to after the matching close. */
  private skipBalanced(): void {
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

  private atProcedureStart(): boolean {
    if (this.kind() !== T.Word) return false;
    const kw = this.kw();
    if (kw === Kw.Procedure) return true;
    if (kw === Kw.Local || kw === Kw.Internal || kw === Kw.Protected) {
      return this.kind(this.p + 1) === T.Word && this.kw(this.p + 1) === Kw.Procedure;
    }
    return false;
  }

  private parseSection(): Section {
    const s = this.start();
    const name = this.tokText().toLowerCase();
    this.advance();
    const sink = new Sink();
    this.expect(T.LBrace);
    const context = name === 'fields' || name === 'keys' || name === 'fieldgroups' || name === 'labels' ? name : 'section';
    this.parseMembers(sink, context);
    this.expect(T.RBrace);
    this.rejectMembers(sink, { items: 'all', code: true, sections: true, triggers: true });
    return {
      kind: 'Section',
      name,
      properties: sink.properties,
      triggers: sink.triggers,
      items: sink.items,
      sections: sink.sections,
      variables: sink.variables,
      procedures: sink.procedures,
      start: s,
      end: this.endFrom(s),
    };
  }

  /** Reports members a container cannot hold (they would otherwise be lost from the tree). */
  private rejectMembers(sink: Sink, allow: { items?: 'controls' | 'all'; code?: boolean; sections?: boolean; triggers?: boolean }): void {
    const bad: { start: number; what: string }[] = [];
    for (const v of sink.values) bad.push({ start: v.start, what: 'enum value' });
    for (const e of sink.events) bad.push({ start: e.start, what: 'event' });
    if (!allow.code) {
      for (const v of sink.variables) bad.push({ start: v.start, what: 'var section' });
      for (const pr of sink.procedures) bad.push({ start: pr.start, what: 'procedure' });
    }
    if (!allow.triggers) for (const t of sink.triggers) bad.push({ start: t.start, what: 'trigger' });
    if (!allow.sections) for (const x of sink.sections) bad.push({ start: x.start, what: `'${x.name}' section` });
    for (const it of sink.items) {
      if (allow.items === 'all' || (allow.items === 'controls' && it.kind === 'Control')) continue;
      bad.push({ start: it.start, what: it.kind === 'Control' ? `'${it.controlKind}'` : it.kind });
    }
    if (this.speculative > 0) {
      if (bad.length > 0) this.failed = true;
      return;
    }
    for (const b of bad) this.report('MemberNotAllowed', [b.what], b.start);
  }

  private parseTableField(): TableField {
    const startTok = this.p;
    const s = this.start();
    const docComment = this.docCommentBefore(startTok);
    this.advance(); // field
    this.expect(T.LParen);
    const id = this.parseIntegerValue();
    this.expect(T.Semicolon);
    const name = this.parseAnyName();
    this.expect(T.Semicolon);
    const type = this.parseType();
    this.expect(T.RParen);
    const sink = new Sink();
    if (this.eat(T.LBrace)) {
      this.parseMembers(sink, 'field');
      this.expect(T.RBrace);
      this.rejectMembers(sink, { triggers: true });
    }
    const node: TableField = {
      kind: 'TableField',
      id,
      name,
      type,
      properties: sink.properties,
      triggers: sink.triggers,
      start: s,
      end: this.endFrom(s),
    };
    return withOptional(node, { docComment });
  }

  private parseIntegerValue(): number {
    let sign = 1;
    if (this.at(T.Minus)) {
      sign = -1;
      this.advance();
    }
    if (this.at(T.Integer)) {
      const v = Number(this.tokText());
      this.advance();
      return sign * v;
    }
    this.error('IntegerExpected', [this.display()]);
    return 0;
  }

  private parseKeyLike(kind: 'Key' | 'FieldGroup'): Key | FieldGroup {
    const s = this.start();
    this.advance();
    this.expect(T.LParen);
    const name = this.parseAnyName();
    const fields: Identifier[] = [];
    if (this.eat(T.Semicolon)) {
      fields.push(this.parseAnyName());
      while (this.eat(T.Comma)) fields.push(this.parseAnyName());
    }
    this.expect(T.RParen);
    const sink = new Sink();
    if (this.eat(T.LBrace)) {
      this.parseMembers(sink, 'key');
      this.expect(T.RBrace);
      this.rejectMembers(sink, {});
    }
    return { kind, name, fields, properties: sink.properties, start: s, end: this.endFrom(s) };
  }

  private parseEnumValue(): EnumValue {
    const startTok = this.p;
    const s = this.start();
    const docComment = this.docCommentBefore(startTok);
    this.advance();
    this.expect(T.LParen);
    const id = this.parseIntegerValue();
    this.expect(T.Semicolon);
    const name = this.parseAnyName();
    this.expect(T.RParen);
    const sink = new Sink();
    if (this.eat(T.LBrace)) {
      this.parseMembers(sink, 'value');
      this.expect(T.RBrace);
      this.rejectMembers(sink, {});
    }
    const node: EnumValue = { kind: 'EnumValue', id, name, properties: sink.properties, start: s, end: this.endFrom(s) };
    return withOptional(node, { docComment });
  }

  private parseControl(): Control {
    const startTok = this.p;
    const s = this.start();
    const docComment = this.docCommentBefore(startTok);
    const controlKind = this.tokText().toLowerCase();
    this.advance();
    const args: Expression[][] = [];
    this.expect(T.LParen);
    if (!this.at(T.RParen)) {
      for (;;) {
        const group: Expression[] = [this.parseControlArg()];
        while (this.eat(T.Comma)) group.push(this.parseControlArg());
        args.push(group);
        if (!this.eat(T.Semicolon)) break;
      }
    }
    this.expect(T.RParen);
    const sink = new Sink();
    let hasBody = false;
    if (this.eat(T.LBrace)) {
      hasBody = true;
      this.parseMembers(sink, 'control');
      this.expect(T.RBrace);
      this.rejectMembers(sink, { items: 'controls', sections: true, triggers: true });
    }
    const first = args[0]?.[0];
    const controls: Control[] = [];
    for (const it of sink.items) if (it.kind === 'Control') controls.push(it);
    const node: Control = {
      kind: 'Control',
      controlKind,
      args,
      hasBody,
      properties: sink.properties,
      triggers: sink.triggers,
      controls,
      sections: sink.sections,
      start: s,
      end: this.endFrom(s),
    };
    return withOptional(node, { name: first && first.kind === 'Identifier' ? first : undefined, docComment });
  }

  /** A control argument: any word alone is a name (`group(To)`), otherwise an expression. */
  private parseControlArg(): Expression {
    if (this.kind() === T.Word) {
      const n = this.kind(this.p + 1);
      if (n === T.Semicolon || n === T.RParen || n === T.Comma) {
        const id = this.identAt(this.p);
        this.advance();
        return id;
      }
    }
    return this.parseExpression();
  }

  private parseEvent(): EventDeclaration {
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

  // --- procedures, triggers, variables --------------------------------------------------------------------------

  private parseAttributes(): Attribute[] {
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

  private parseProcedure(startTok: number, attributes: Attribute[]): ProcedureDeclaration {
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

  private parseTrigger(): TriggerDeclaration {
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

  private parseReturn(): { name: Identifier | undefined; type: TypeReference | undefined } {
    if (this.eat(T.Colon)) return { name: undefined, type: this.parseType() };
    if (this.isAnyName() && this.kind(this.p + 1) === T.Colon) {
      const name = this.parseAnyName();
      this.advance();
      return { name, type: this.parseType() };
    }
    return { name: undefined, type: undefined };
  }

  private parseParameters(): Parameter[] {
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

  private parseVarSection(isProtected: boolean): VarSection {
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
  private attributesLeadToProcedure(): boolean {
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

  // --- types --------------------------------------------------------------------------------------------------

  private parseType(): TypeReference {
    const s = this.start();
    if (this.atKw(Kw.Array)) {
      this.advance();
      const dims: Expression[] = [];
      if (this.expect(T.LBracket)) {
        dims.push(this.parseExpression());
        while (this.eat(T.Comma)) dims.push(this.parseExpression());
        this.expect(T.RBracket);
      }
      this.expectKw(Kw.Of);
      const inner = this.parseType();
      return { ...inner, arrayDimensions: dims, start: s, end: this.endFrom(s) };
    }
    if (!this.isAnyName()) {
      this.error('TypeExpected', [this.display()]);
      return { kind: 'TypeReference', name: '', typeArguments: [], arrayDimensions: [], temporary: false, modifiers: [], start: s, end: s };
    }
    const nameId = this.identAt(this.p);
    this.advance();
    const name = nameId.name;
    const lower = name.toLowerCase();
    let subtype: Identifier | undefined;
    let length: Expression | undefined;
    let optionMembers: string[] | undefined;
    let label: LabelValue | undefined;
    const typeArguments: TypeReference[] = [];
    const modifiers: string[] = [];
    let temporary = false;
    if (this.at(T.LBracket)) {
      this.advance();
      length = this.parseExpression();
      this.expect(T.RBracket);
    } else if ((lower === 'list' || lower === 'dictionary') && this.atKw(Kw.Of)) {
      this.advance();
      if (this.expect(T.LBracket)) {
        typeArguments.push(this.parseType());
        while (this.eat(T.Comma)) typeArguments.push(this.parseType());
        this.expect(T.RBracket);
      }
    } else if (lower === 'option') {
      optionMembers = this.parseOptionList(true);
    } else if (lower === 'label' || lower === 'textconst') {
      label = this.parseLabelValue(lower === 'textconst');
    } else if (SUBTYPE_TYPES.has(lower) && this.isAnyName() && !this.atKw(Kw.Temporary)) {
      subtype = this.parseDottedName();
    } else if (SUBTYPE_TYPES.has(lower) && this.at(T.Integer)) {
      subtype = { kind: 'Identifier', name: this.tokText(), quoted: false, start: this.start(), end: this.end() };
      this.advance();
    }
    for (;;) {
      if (this.atKw(Kw.Temporary)) {
        temporary = true;
        this.advance();
        continue;
      }
      if (this.kind() === T.Word) {
        const w = this.tokText().toLowerCase();
        if (w === 'withevents' || w === 'runonclient') {
          modifiers.push(w);
          this.advance();
          continue;
        }
        if (w === 'securityfiltering' && this.kind(this.p + 1) === T.LParen) {
          const ms = this.start();
          this.advance();
          this.skipBalanced();
          modifiers.push(this.text.slice(ms, this.prevEnd()));
          continue;
        }
      }
      break;
    }
    const node: TypeReference = {
      kind: 'TypeReference',
      name,
      typeArguments,
      arrayDimensions: [],
      temporary,
      modifiers,
      start: s,
      end: this.endFrom(s),
    };
    return withOptional(node, { subtype, length, optionMembers, label });
  }

  /** Option members `A,"B C",,D` (in types and OptionMembers). Stops before `;` or `)`. */
  private parseOptionList(inType: boolean): string[] {
    const members: string[] = [];
    let cur = '';
    for (;;) {
      const k = this.kind();
      if (inType && members.length === 0 && k !== T.Comma) {
        const n = this.kind(this.p + 1);
        if (!(n === T.Comma || n === T.Semicolon || n === T.RParen || n === T.EOF)) {
          return members; // `: Option` with no members (e.g. a return type)
        }
      }
      if (k === T.Word || k === T.QuotedIdent) {
        cur = this.identAt(this.p).name;
        this.advance();
      } else if (k === T.Integer || k === T.Decimal) {
        cur = this.tokText();
        this.advance();
      }
      if (this.eat(T.Comma)) {
        members.push(cur);
        cur = '';
        continue;
      }
      members.push(cur);
      const end = this.kind();
      if (!(end === T.Semicolon || end === T.RParen || (inType && end === T.Word))) {
        this.error('ExpectedToken', [';', this.display()]);
      }
      return members;
    }
  }

  // --- properties ---------------------------------------------------------------------------------------------

  private parseProperty(inLabels: boolean): Property {
    const s = this.start();
    const name = this.parseAnyName();
    this.advance(); // =
    const valueTok = this.p;
    // find the terminating `;` at depth 0
    let i = this.p;
    let depth = 0;
    for (;;) {
      const k = this.kind(i);
      if (k === T.EOF) break;
      if (k === T.LParen || k === T.LBracket) depth++;
      else if (k === T.RParen || k === T.RBracket) depth--;
      else if (depth <= 0 && (k === T.Semicolon || k === T.RBrace || k === T.LBrace)) break;
      i++;
    }
    const endTok = i;
    const valueStart = this.start(valueTok);
    const valueEnd = endTok > valueTok ? this.end(endTok - 1) : valueStart;
    const lower = name.name.toLowerCase();
    let grammar: ValueGrammar | undefined = PROPERTY_GRAMMARS.get(lower);
    if (inLabels) grammar = 'label';
    if (grammar === 'label' && this.kind(valueTok) !== T.String) grammar = undefined;
    if (
      grammar === undefined &&
      this.kind(valueTok) === T.String &&
      this.kind(valueTok + 1) === T.Comma &&
      this.kind(valueTok + 2) === T.Word &&
      this.kind(valueTok + 3) === T.Eq
    ) {
      grammar = 'label';
    }
    let value: PropertyValue | undefined;
    if (endTok === valueTok) {
      // `Permissions = ;` (an empty value) is accepted by the compiler
      value = { kind: 'RawValue', start: valueStart, end: valueStart };
    } else if (grammar !== 'raw') {
      this.speculative++;
      this.failed = false;
      const v = this.parsePropertyValue(grammar);
      this.speculative--;
      if (!this.failed && this.p === endTok) value = v;
      else if (grammar !== undefined && grammar !== 'label') {
        // parse again, reporting: the first error points at the offending token
        this.failed = false;
        this.p = valueTok;
        const before = this.diagnostics.length;
        this.parsePropertyValue(grammar);
        if (this.diagnostics.length === before) {
          this.error('InvalidPropertyValue', [name.name, `unexpected '${this.display()}' after the value; expected ';'`]);
        }
      }
      this.failed = false;
    }
    if (value === undefined) value = { kind: 'RawValue', start: valueStart, end: valueEnd };
    this.p = endTok;
    this.expect(T.Semicolon);
    return {
      kind: 'Property',
      name,
      raw: this.text.slice(valueStart, valueEnd),
      valueStart,
      valueEnd,
      value,
      start: s,
      end: this.endFrom(s),
    };
  }

  private parsePropertyValue(grammar: ValueGrammar | undefined): PropertyValue {
    const s = this.start();
    switch (grammar) {
      case 'calcformula':
        return this.parseCalcFormula();
      case 'tablerelation': {
        const branches: TableRelationBranch[] = [this.parseRelationBranch()];
        while (this.eatKw(Kw.Else)) branches.push(this.parseRelationBranch());
        return { kind: 'TableRelationValue', branches, start: s, end: this.endFrom(s) };
      }
      case 'optionmembers':
        return { kind: 'OptionMembersValue', members: this.parseOptionList(false), start: s, end: this.endFrom(s) };
      case 'permissions': {
        const entries: PermissionEntry[] = [this.parsePermissionEntry()];
        while (this.eat(T.Comma)) entries.push(this.parsePermissionEntry());
        return { kind: 'PermissionsValue', entries, start: s, end: this.endFrom(s) };
      }
      case 'tableview':
        return this.parseTableView();
      case 'filters':
        return { kind: 'FilterListValue', filters: this.parseFilterList(), start: s, end: this.endFrom(s) };
      case 'implementation': {
        const entries: { interfaceName: Identifier; implementation: Identifier }[] = [];
        do {
          const interfaceName = this.parseDottedName();
          this.expect(T.Eq);
          const implementation = this.parseDottedName();
          entries.push({ interfaceName, implementation });
        } while (this.eat(T.Comma));
        const v: ImplementationValue = { kind: 'ImplementationValue', entries, start: s, end: this.endFrom(s) };
        return v;
      }
      case 'label':
        return this.parseLabelValue(false);
      case 'objectref': {
        let objectType = '';
        if (this.kind() === T.Word) {
          objectType = this.tokText().toLowerCase();
          this.advance();
        } else this.error('IdentifierExpected', [this.display()]);
        let object: Identifier;
        if (this.at(T.Integer)) {
          object = { kind: 'Identifier', name: this.tokText(), quoted: false, start: this.start(), end: this.end() };
          this.advance();
        } else object = this.parseDottedName();
        return { kind: 'ObjectReferenceValue', objectType, object, start: s, end: this.endFrom(s) };
      }
      case 'decimalplaces': {
        let min: number | undefined;
        let max: number | undefined;
        if (this.at(T.Integer)) {
          min = Number(this.tokText());
          this.advance();
        }
        if (this.eat(T.Colon) && this.at(T.Integer)) {
          max = Number(this.tokText());
          this.advance();
        }
        if (min === undefined && max === undefined) this.error('IntegerExpected', [this.display()]);
        return withOptional({ kind: 'DecimalPlacesValue' as const, start: s, end: this.endFrom(s) }, { min, max });
      }
      case 'raw':
      case undefined: {
        const items: Expression[] = [this.parseExpression()];
        while (this.eat(T.Comma)) items.push(this.parseExpression());
        return { kind: 'ExpressionListValue', items, start: s, end: this.endFrom(s) };
      }
    }
  }

  /** `'text', Comment = '...', Locked = true` — or for TextConst `ENU = 'x', DEU = 'y'`. */
  private parseLabelValue(textConst: boolean): LabelValue {
    const s = this.start();
    let text = '';
    const attributes: LabelAttribute[] = [];
    let first = true;
    if (this.at(T.String)) {
      text = this.stringValue(this.p);
      this.advance();
      first = false;
    } else if (!textConst) this.error('ExpectedToken', ["'text'", this.display()]);
    while (first || this.at(T.Comma)) {
      if (!first) {
        this.advance();
        if (this.at(T.Semicolon)) break; // trailing comma
      }
      first = false;
      if (!(this.isAnyName() && this.kind(this.p + 1) === T.Eq)) {
        this.error('IdentifierExpected', [this.display()]);
        break;
      }
      const as = this.start();
      const name = this.parseAnyName();
      this.advance();
      const value = this.parseUnary();
      attributes.push({ kind: 'LabelAttribute', name, value, start: as, end: this.endFrom(as) });
    }
    let comment: string | undefined;
    let locked: boolean | undefined;
    let maxLength: number | undefined;
    for (const a of attributes) {
      const n = a.name.name.toLowerCase();
      const v = a.value;
      if (v.kind !== 'Literal') continue;
      if (n === 'comment' && typeof v.value === 'string') comment = v.value;
      else if (n === 'locked' && typeof v.value === 'boolean') locked = v.value;
      else if (n === 'maxlength' && typeof v.value === 'number') maxLength = v.value;
    }
    const node: LabelValue = { kind: 'LabelValue', text, attributes, start: s, end: this.endFrom(s) };
    return withOptional(node, { comment, locked, maxLength });
  }

  private parseCalcFormula(): PropertyValue {
    const s = this.start();
    const negated = this.eat(T.Minus);
    const fw = this.tokText().toLowerCase();
    if (this.kind() !== T.Word || !CALC_FORMULAS.has(fw)) {
      this.error('ExpectedToken', ['exist, count, sum, average, min, max or lookup', this.display()]);
      return { kind: 'RawValue', start: s, end: s };
    }
    this.advance();
    this.expect(T.LParen);
    const { table, field } = this.parseTableFieldRef();
    let where: TableFilter[] = [];
    if (this.atKw(Kw.Where)) where = this.parseWhere();
    this.expect(T.RParen);
    return withOptional(
      { kind: 'CalcFormulaValue' as const, formula: fw as CalcFormulaKind, negated, table, where, start: s, end: this.endFrom(s) },
      { field },
    );
  }

  private parseRelationBranch(): TableRelationBranch {
    const s = this.start();
    let condition: TableFilter[] | undefined;
    if (this.eatKw(Kw.If)) {
      this.expect(T.LParen);
      condition = this.parseFilterList();
      this.expect(T.RParen);
    }
    const ref = this.parseTableFieldRef();
    let where: TableFilter[] = [];
    if (this.atKw(Kw.Where)) where = this.parseWhere();
    return withOptional(
      { kind: 'TableRelationBranch' as const, table: ref.table, where, start: s, end: this.endFrom(s) },
      { condition, field: ref.field },
    );
  }

  /** `Table`, `Table.Field`, `Namespace.Table.Field` (the last part is the field when there are several). */
  private parseTableFieldRef(): { table: Identifier; field: Identifier | undefined } {
    const parts: Identifier[] = [this.parseAnyName()];
    while (this.at(T.Dot) && this.isAnyName(this.p + 1)) {
      this.advance();
      parts.push(this.parseAnyName());
    }
    const first = parts[0] ?? this.missingIdent();
    if (parts.length === 1) return { table: first, field: undefined };
    const field = parts[parts.length - 1];
    const tableParts = parts.slice(0, -1);
    const lastTable = tableParts[tableParts.length - 1] ?? first;
    const table: Identifier =
      tableParts.length === 1
        ? first
        : {
            kind: 'Identifier',
            name: tableParts.map((x) => x.name).join('.'),
            quoted: tableParts.some((x) => x.quoted),
            start: first.start,
            end: lastTable.end,
          };
    return { table, field };
  }

  private parseWhere(): TableFilter[] {
    this.advance(); // where
    this.expect(T.LParen);
    const filters = this.at(T.RParen) ? [] : this.parseFilterList();
    this.expect(T.RParen);
    return filters;
  }

  private parseFilterList(): TableFilter[] {
    const out: TableFilter[] = [this.parseTableFilter()];
    while (this.eat(T.Comma)) out.push(this.parseTableFilter());
    return out;
  }

  private parseTableFilter(): TableFilter {
    const s = this.start();
    const field = this.parseAnyName();
    this.expect(T.Eq);
    const k = this.kind();
    const kw = this.kw();
    if (k === T.Word && this.kind(this.p + 1) === T.LParen && (kw === Kw.Const || kw === Kw.Filter)) {
      this.advance();
      const value = this.parseRawParens();
      return { kind: 'TableFilter', field, filterType: kw === Kw.Const ? 'const' : 'filter', value, start: s, end: this.endFrom(s) };
    }
    if (k === T.Word && kw === Kw.Field && this.kind(this.p + 1) === T.LParen) {
      this.advance();
      this.advance();
      let modifier: 'upperlimit' | 'filter' | undefined;
      let ref: Identifier;
      if ((this.atKw(Kw.Upperlimit) || this.atKw(Kw.Filter)) && this.kind(this.p + 1) === T.LParen) {
        modifier = this.atKw(Kw.Upperlimit) ? 'upperlimit' : 'filter';
        this.advance();
        this.advance();
        ref = this.parseAnyName();
        this.expect(T.RParen);
      } else ref = this.parseAnyName();
      this.expect(T.RParen);
      return withOptional(
        { kind: 'TableFilter' as const, field, filterType: 'field', value: ref.name, referencedField: ref, start: s, end: this.endFrom(s) },
        { modifier },
      );
    }
    // reference: Item.Field or Field
    const ref = this.parseTableFieldRef();
    const value = this.text.slice(ref.table.start, this.prevEnd());
    if (ref.field) {
      return {
        kind: 'TableFilter',
        field,
        filterType: 'reference',
        value,
        referencedItem: ref.table,
        referencedField: ref.field,
        start: s,
        end: this.endFrom(s),
      };
    }
    return { kind: 'TableFilter', field, filterType: 'reference', value, referencedField: ref.table, start: s, end: this.endFrom(s) };
  }

  /** At `(`: returns the raw text up to the matching `)` (trimmed) and moves past it. */
  private parseRawParens(): string {
    if (!this.at(T.LParen)) {
      this.error('ExpectedToken', ['(', this.display()]);
      return '';
    }
    const s = this.end();
    let depth = 0;
    for (;;) {
      const k = this.kind();
      if (k === T.EOF || k === T.Semicolon) {
        this.error('ExpectedToken', [')', this.display()]);
        return this.text.slice(s, this.start()).trim();
      }
      if (k === T.LParen) depth++;
      else if (k === T.RParen) {
        depth--;
        if (depth === 0) {
          const v = this.text.slice(s, this.start()).trim();
          this.advance();
          return v;
        }
      }
      this.advance();
    }
  }

  private parseTableView(): PropertyValue {
    const s = this.start();
    let sorting: Identifier[] = [];
    let order: 'ascending' | 'descending' | undefined;
    let where: TableFilter[] = [];
    for (;;) {
      if (this.atKw(Kw.Sorting)) {
        this.advance();
        this.expect(T.LParen);
        sorting = [this.parseAnyName()];
        while (this.eat(T.Comma)) sorting.push(this.parseAnyName());
        this.expect(T.RParen);
      } else if (this.atKw(Kw.Order)) {
        this.advance();
        this.expect(T.LParen);
        if (this.atKw(Kw.Ascending)) order = 'ascending';
        else if (this.atKw(Kw.Descending)) order = 'descending';
        else this.error('IdentifierExpected', [this.display()]);
        this.advance();
        this.expect(T.RParen);
      } else if (this.atKw(Kw.Where)) {
        where = this.parseWhere();
      } else break;
    }
    if (!this.at(T.Semicolon) && !this.at(T.RBrace)) this.error('ExpectedToken', [';', this.display()]);
    return withOptional({ kind: 'TableViewValue' as const, sorting, where, start: s, end: this.endFrom(s) }, { order });
  }

  private parsePermissionEntry(): PermissionEntry {
    const s = this.start();
    let objectType = '';
    if (this.kind() === T.Word) {
      objectType = this.tokText().toLowerCase();
      this.advance();
    } else this.error('IdentifierExpected', [this.display()]);
    let object: Identifier;
    if (this.at(T.Star)) {
      object = { kind: 'Identifier', name: '*', quoted: false, start: this.start(), end: this.end() };
      this.advance();
    } else if (this.at(T.Integer)) {
      object = { kind: 'Identifier', name: this.tokText(), quoted: false, start: this.start(), end: this.end() };
      this.advance();
    } else object = this.parseDottedName();
    this.expect(T.Eq);
    let permissions = '';
    if (this.kind() === T.Word) {
      permissions = this.tokText();
      this.advance();
    } else this.error('IdentifierExpected', [this.display()]);
    return { kind: 'PermissionEntry', objectType, object, permissions, start: s, end: this.endFrom(s) };
  }

  // --- statements ---------------------------------------------------------------------------------------------

  private parseBlock(): BlockStatement {
    const s = this.start();
    this.advance(); // begin
    const statements = this.parseStatementList(Kw.End);
    this.expectKw(Kw.End);
    return { kind: 'BlockStatement', statements, start: s, end: this.endFrom(s) };
  }

  /** Statements separated by `;` up to the `terminator` keyword (end / until), which is not consumed. */
  private parseStatementList(terminator: Kw): Statement[] {
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
  private atMemberStart(): boolean {
    if (this.kind() !== T.Word) return false;
    const kw = this.kw();
    if (kw === Kw.Procedure || kw === Kw.Trigger) return this.isAnyName(this.p + 1);
    if (kw === Kw.Local || kw === Kw.Internal || kw === Kw.Protected) {
      return this.kind(this.p + 1) === T.Word && this.kw(this.p + 1) === Kw.Procedure;
    }
    return false;
  }

  private canStartStatement(): boolean {
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
  private recoverStatement(): void {
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
  private atStatementEnd(): boolean {
    const k = this.kind();
    if (k === T.Semicolon || k === T.EOF || k === T.RBrace) return true;
    if (k !== T.Word) return false;
    const kw = this.kw();
    return kw === Kw.End || kw === Kw.Until || kw === Kw.Else;
  }

  private parseBody(): Statement | undefined {
    if (this.atStatementEnd()) return undefined;
    const before = this.p;
    const st = this.parseStatement();
    if (this.p === before) {
      this.error('StatementExpected', [this.display()]);
      return undefined;
    }
    return st;
  }

  private parseStatement(): Statement | undefined {
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

  private parseSimpleStatement(): Statement {
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

  private parseIf(): Statement {
    const s = this.start();
    this.advance();
    const condition = this.parseExpression();
    this.expectKw(Kw.Then);
    const thenSt = this.parseBody();
    let elseSt: Statement | undefined;
    if (this.eatKw(Kw.Else)) elseSt = this.parseBody();
    return withOptional({ kind: 'IfStatement' as const, condition, start: s, end: this.endFrom(s) }, { then: thenSt, else: elseSt });
  }

  private parseWhile(): Statement {
    const s = this.start();
    this.advance();
    const condition = this.parseExpression();
    this.expectKw(Kw.Do);
    const body = this.parseBody();
    return withOptional({ kind: 'WhileStatement' as const, condition, start: s, end: this.endFrom(s) }, { body });
  }

  private parseRepeat(): Statement {
    const s = this.start();
    this.advance();
    const statements = this.parseStatementList(Kw.Until);
    this.expectKw(Kw.Until);
    const condition = this.parseExpression();
    return { kind: 'RepeatStatement', statements, condition, start: s, end: this.endFrom(s) };
  }

  private parseFor(): Statement {
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

  private parseForeach(): Statement {
    const s = this.start();
    this.advance();
    const variable = this.parseName();
    this.expectKw(Kw.In);
    const iterable = this.parseExpression();
    this.expectKw(Kw.Do);
    const body = this.parseBody();
    return withOptional({ kind: 'ForeachStatement' as const, variable, iterable, start: s, end: this.endFrom(s) }, { body });
  }

  private parseWith(): Statement {
    const s = this.start();
    this.advance();
    const record = this.parseExpression();
    this.expectKw(Kw.Do);
    const body = this.parseBody();
    return withOptional({ kind: 'WithStatement' as const, record, start: s, end: this.endFrom(s) }, { body });
  }

  private parseExit(): Statement {
    const s = this.start();
    this.advance();
    let value: Expression | undefined;
    if (this.eat(T.LParen)) {
      if (!this.at(T.RParen)) value = this.parseExpression();
      this.expect(T.RParen);
    }
    return withOptional({ kind: 'ExitStatement' as const, start: s, end: this.endFrom(s) }, { value });
  }

  private parseAssertError(): Statement {
    const s = this.start();
    this.advance();
    const body = this.parseBody();
    return withOptional({ kind: 'AssertErrorStatement' as const, start: s, end: this.endFrom(s) }, { body });
  }

  private parseBreakContinue(): Statement {
    const s = this.start();
    const isBreak = this.kw() === Kw.Break;
    this.advance();
    return isBreak ? { kind: 'BreakStatement', start: s, end: this.endFrom(s) } : { kind: 'ContinueStatement', start: s, end: this.endFrom(s) };
  }

  /** `break`/`continue` used as a statement: followed by `;`, end, until or else. */
  private endsBareWord(): boolean {
    const k = this.kind(this.p + 1);
    if (k === T.Semicolon || k === T.EOF) return true;
    if (k !== T.Word) return false;
    const kw = this.kw(this.p + 1);
    return kw === Kw.End || kw === Kw.Until || kw === Kw.Else;
  }

  private assignmentOperator(): AssignmentOperator | undefined {
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

  private parseCase(): Statement {
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

  // --- expressions --------------------------------------------------------------------------------------------

  private parseRangeOrExpression(): Expression {
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

  private canStartExpression(): boolean {
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

  private parseRelational(): Expression {
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

  private parseAdditive(): Expression {
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

  private parseMultiplicative(): Expression {
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

  private parseUnary(): Expression {
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

  private parsePostfix(): Expression {
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

  private parsePrimary(): Expression {
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

  private literal(literalKind: LiteralKind, value: (raw: string) => string | number): Literal {
    const s = this.start();
    const e = this.end();
    const raw = this.text.slice(s, e);
    this.advance();
    return { kind: 'Literal', literalKind, raw, value: value(raw), start: s, end: e };
  }

  private stringValue(i: number): string {
    let s = this.start(i);
    let e = this.end(i);
    if (this.text.charCodeAt(s) === 64) s++;
    s++;
    if (e - s >= 1 && this.text.charCodeAt(e - 1) === 39) e--;
    const raw = this.text.slice(s, Math.max(s, e));
    return raw.indexOf("''") >= 0 ? raw.replace(/''/g, "'") : raw;
  }
}

/** Adds the optional properties whose value is defined (exactOptionalPropertyTypes forbids `x: undefined`). */
function withOptional<N extends object, O extends Record<string, unknown>>(node: N, optional: O): N & Partial<{ [K in keyof O]: Exclude<O[K], undefined> }> {
  const out = node as unknown as Record<string, unknown>;
  for (const key in optional) {
    const v = optional[key];
    if (v !== undefined) out[key] = v;
  }
  return out as unknown as N & Partial<{ [K in keyof O]: Exclude<O[K], undefined> }>;
}
