import type { Identifier, ObjectDeclaration, Property, TableFilter } from '../../../syntax/src';
import { RecordMembers } from '../builtins';
import type { Rule, RuleContext } from '../context';
import type { SourceUnit } from '../program';
import { isSystemObject } from '../systemObjects';
import { DisplayType } from '../typeOf';
import { walk } from '../walk';

/** Properties whose value names a page. */
const PageProperties = new Set(['lookuppageid', 'drilldownpageid', 'cardpageid']);

/** The table whose fields a property's `field(...)` filters refer to: the object's own table. */
function ownTable(decl: ObjectDeclaration): string | undefined {
  if (decl.objectType === 'table') return decl.name?.name;
  if (decl.objectType === 'tableextension') return decl.extends?.name;
  return undefined;
}

class PropertyChecker {
  constructor(private readonly context: RuleContext, private readonly unit: SourceUnit, private readonly table: string | undefined) {}

  private get index() {
    return this.context.program.index;
  }

  /** Reports a missing object; returns the resolved table name when it is a known table. */
  private object(type: string, name: Identifier): string | undefined {
    if (/^\d+$/.test(name.name)) return undefined;
    const found = this.index.resolve(type, name.name);
    if (!found) {
      if (!isSystemObject(type, name.name)) this.context.report('AL0185', this.unit, name.start, DisplayType[type] ?? type, name.name);
      return undefined;
    }
    return found.symbol.name;
  }

  private field(table: string | undefined, field: Identifier | undefined): void {
    if (table === undefined || field === undefined || RecordMembers.has(field.name.toLowerCase())) return;
    if (!this.index.field(table, field.name)) this.context.report('AL0132', this.unit, field.start, `Record "${table}"`, field.name);
  }

  private filters(target: string | undefined, filters: readonly TableFilter[]): void {
    for (const filter of filters) {
      this.field(target, filter.field);
      if (filter.filterType === 'field') this.field(this.table, filter.referencedField);
    }
  }

  check(property: Property): void {
    const value = property.value;
    switch (value.kind) {
      case 'TableRelationValue':
        for (const branch of value.branches) {
          if (branch.condition) this.filters(this.table, branch.condition);
          const target = this.object('table', branch.table);
          this.field(target, branch.field);
          this.filters(target, branch.where);
        }
        return;
      case 'CalcFormulaValue': {
        const target = this.object('table', value.table);
        this.field(target, value.field);
        this.filters(target, value.where);
        return;
      }
      case 'ObjectReferenceValue':
        if (value.objectType in DisplayType) this.object(value.objectType === 'table' ? 'table' : value.objectType, value.object);
        return;
      case 'ExpressionListValue': {
        if (!PageProperties.has(property.name.name.toLowerCase())) return;
        const item = value.items[0];
        if (item?.kind === 'Identifier') this.object('page', item);
        else if (item?.kind === 'ScopeExpression' && item.object.kind === 'Identifier' && item.object.name.toLowerCase() === 'page') this.object('page', item.member);
        return;
      }
      default:
        return;
    }
  }
}

/** AL0185/AL0132 inside properties: TableRelation, CalcFormula, RunObject, LookupPageId, DrillDownPageId, CardPageId. */
export const propertyReferenceRule: Rule = (context) => {
  for (const { decl, unit } of context.program.own) {
    const checker = new PropertyChecker(context, unit, ownTable(decl));
    walk(decl, (node) => {
      if (node.kind === 'ProcedureDeclaration' || node.kind === 'TriggerDeclaration') return false;
      if (node.kind === 'Property') {
        checker.check(node);
        return false;
      }
      return true;
    });
  }
};
