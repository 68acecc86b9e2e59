import type {
  Expression,
  Identifier,
  ImplementationValue,
  PermissionEntry,
  Property,
  PropertyValue,
  TableRelationBranch,
} from '../ast';
import { Kw, T } from '../tokens';
import { TableFilterParser } from './tableFilters';
import { withOptional } from './optional';

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

/** Properties (`Name = value;`): finds the value's extent, picks its grammar by property name and parses it. */
export class PropertyParser extends TableFilterParser {
  protected parseProperty(inLabels: boolean): Property {
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

  protected parsePropertyValue(grammar: ValueGrammar | undefined): PropertyValue {
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
        const objectType = this.parseObjectTypeWord();
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

  protected parsePermissionEntry(): PermissionEntry {
    const s = this.start();
    const objectType = this.parseObjectTypeWord();
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

  /** The object type word that starts an object reference (`codeunit`, `tabledata`), lower-cased; '' when missing. */
  protected parseObjectTypeWord(): string {
    if (this.kind() === T.Word) {
      const objectType = this.tokText().toLowerCase();
      this.advance();
      return objectType;
    }
    this.error('IdentifierExpected', [this.display()]);
    return '';
  }
}
