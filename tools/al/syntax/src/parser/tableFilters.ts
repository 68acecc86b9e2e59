import type {
  CalcFormulaKind,
  Identifier,
  PropertyValue,
  TableFilter,
  TableRelationBranch,
} from '../ast';
import { Kw, T } from '../tokens';
import { TypeParser } from './types';
import { withOptional } from './optional';

const CALC_FORMULAS = new Set(['exist', 'count', 'sum', 'average', 'min', 'max', 'lookup']);

/** Table references in property values: CalcFormula, TableRelation, WHERE filters and table views. */
export class TableFilterParser extends TypeParser {
  protected parseCalcFormula(): PropertyValue {
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

  protected parseRelationBranch(): TableRelationBranch {
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
  protected parseTableFieldRef(): { table: Identifier; field: Identifier | undefined } {
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

  protected parseWhere(): TableFilter[] {
    this.advance(); // where
    this.expect(T.LParen);
    const filters = this.at(T.RParen) ? [] : this.parseFilterList();
    this.expect(T.RParen);
    return filters;
  }

  protected parseFilterList(): TableFilter[] {
    const out: TableFilter[] = [this.parseTableFilter()];
    while (this.eat(T.Comma)) out.push(this.parseTableFilter());
    return out;
  }

  protected parseTableFilter(): TableFilter {
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
  protected parseRawParens(): string {
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

  protected parseTableView(): PropertyValue {
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
}
