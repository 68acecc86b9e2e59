import type {
  Expression,
  Identifier,
  LabelAttribute,
  LabelValue,
  TypeReference,
} from '../ast';
import { Kw, T } from '../tokens';
import { ExpressionParser } from './expressions';
import { withOptional } from './optional';

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

/** Data types (`Record Customer temporary`, `array[10] of Text[50]`, `List of [Integer]`), option lists and label values. */
export class TypeParser extends ExpressionParser {
  protected parseType(): TypeReference {
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
  protected parseOptionList(inType: boolean): string[] {
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

  /** `'text', Comment = '...', Locked = true` — or for TextConst `ENU = 'x', DEU = 'y'`. */
  protected parseLabelValue(textConst: boolean): LabelValue {
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
}
