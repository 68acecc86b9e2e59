import type {
  Control,
  EnumValue,
  EventDeclaration,
  Expression,
  FieldGroup,
  Identifier,
  Key,
  ProcedureDeclaration,
  Property,
  Section,
  SectionItem,
  TableField,
  TriggerDeclaration,
  VarSection,
} from '../ast';
import { T } from '../tokens';
import { DeclarationParser } from './declarations';
import { withOptional } from './optional';

/** Collects the members of a braced body before the caller builds the typed node. */
export class Sink {
  properties: Property[] = [];
  variables: VarSection[] = [];
  procedures: ProcedureDeclaration[] = [];
  triggers: TriggerDeclaration[] = [];
  sections: Section[] = [];
  items: SectionItem[] = [];
  values: EnumValue[] = [];
  events: EventDeclaration[] = [];
}

/**
 * Braced sections (`fields { }`, `layout { }`) and their items: table fields, keys and field groups, enum values and
 * controls (`field(Name; Expr) { }`, `action(Post) { }`). Members inside come from the object-level member parser.
 */
export abstract class SectionParser extends DeclarationParser {
  /** Parses members until `}` into `sink`; implemented where objects are parsed (members and sections nest). */
  protected abstract parseMembers(sink: Sink, context: string): void;

  protected parseSection(): Section {
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
  protected rejectMembers(sink: Sink, allow: { items?: 'controls' | 'all'; code?: boolean; sections?: boolean; triggers?: boolean }): void {
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

  protected parseTableField(): TableField {
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

  protected parseIntegerValue(): number {
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

  protected parseKeyLike(kind: 'Key' | 'FieldGroup'): Key | FieldGroup {
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

  protected parseEnumValue(): EnumValue {
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

  protected parseControl(): Control {
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
  protected parseControlArg(): Expression {
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
}
