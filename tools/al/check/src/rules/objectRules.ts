import type { Control, Expression, ObjectDeclaration, Section, TableField } from '../../../syntax/src';
import { findProperty, propertyText } from '../../../symbols/src/astText';
import { RecordMembers } from '../builtins';
import type { Rule, RuleContext } from '../context';
import type { OwnObject } from '../program';
import { isSystemObject } from '../systemObjects';

const ExtensionTargets: Record<string, string> = {
  tableextension: 'table', pageextension: 'page', enumextension: 'enum', reportextension: 'report',
  permissionsetextension: 'permissionset',
};

const Capitalized: Record<string, string> = {
  table: 'Table', page: 'Page', enum: 'Enum', report: 'Report', permissionset: 'PermissionSet', codeunit: 'Codeunit',
};

/** IDs inside the app's ranges and unique; names unique per type and at most 30 characters; extension targets exist. */
export const objectIdentityRule: Rule = (context) => {
  const { manifest } = context.program;
  const ids = new Map<string, OwnObject>();
  const names = new Map<string, OwnObject>();
  const ranges = manifest.idRanges.map((r) => `${r.from}..${r.to}`).join(', ');
  for (const own of context.program.own) {
    const { decl, unit } = own;
    const name = decl.name?.name;
    if (name === undefined) continue;
    const at = decl.name?.start ?? decl.start;
    if (decl.id !== undefined && decl.objectType !== 'dotnet') {
      if (!manifest.idRanges.some((r) => decl.id !== undefined && decl.id >= r.from && decl.id <= r.to)) {
        context.report('BKI0100', unit, decl.start, decl.id, decl.objectType, name, ranges);
      }
      const idKey = `${decl.objectType}:${decl.id}`;
      const clash = ids.get(idKey);
      if (clash) context.report('BKI0101', unit, decl.start, decl.objectType, decl.id, clash.decl.name?.name ?? '', name);
      else ids.set(idKey, own);
    }
    const nameKey = `${decl.objectType}:${name.toLowerCase()}`;
    if (names.has(nameKey)) context.report('BKI0102', unit, at, decl.objectType, name);
    else names.set(nameKey, own);
    // Only objects with an ID are stored under their name in the metadata tables (interfaces may be longer).
    if (name.length > 30 && decl.id !== undefined) context.report('BKI0103', unit, at, name, name.length);
    const targetType = ExtensionTargets[decl.objectType];
    if (targetType !== undefined && decl.extends && !context.program.index.resolve(targetType, decl.extends.name)) {
      context.report('AL0185', unit, decl.extends.start, Capitalized[targetType] ?? targetType, decl.extends.name);
    }
  }
};

function tableFields(decl: ObjectDeclaration): TableField[] {
  const fields: TableField[] = [];
  for (const section of decl.sections) {
    if (section.name !== 'fields') continue;
    for (const item of section.items) if (item.kind === 'TableField') fields.push(item);
  }
  return fields;
}

/** Field IDs are unique within a table and its extensions. */
export const fieldIdRule: Rule = (context) => {
  for (const { decl, unit } of context.program.own) {
    if (decl.objectType !== 'table' && decl.objectType !== 'tableextension') continue;
    const seen = new Map<number, string>();
    const tableName = decl.objectType === 'table' ? decl.name?.name ?? '' : decl.extends?.name ?? '';
    if (decl.objectType === 'tableextension') {
      const base = context.program.index.find('table', tableName)?.symbol;
      // The index already merged this extension's own fields into the table: start from the others only.
      const own = new Set(tableFields(decl).map((f) => f.name.name.toLowerCase()));
      if (base?.type === 'table') for (const f of base.fields) if (!own.has(f.name.toLowerCase())) seen.set(f.id, f.name);
    }
    for (const field of tableFields(decl)) {
      const other = seen.get(field.id);
      if (other !== undefined) context.report('BKI0105', unit, field.start, field.id, decl.objectType, tableName, other, field.name.name);
      else seen.set(field.id, field.name.name);
    }
  }
};

/** Keys and field groups of tables and table extensions name existing fields of the table. */
export const keyFieldRule: Rule = (context) => {
  for (const { decl, unit } of context.program.own) {
    if (decl.objectType !== 'table' && decl.objectType !== 'tableextension') continue;
    const tableName = decl.objectType === 'table' ? decl.name?.name : decl.extends?.name;
    const table = tableName !== undefined ? context.program.index.resolve('table', tableName)?.symbol : undefined;
    if (table?.type !== 'table') continue;
    for (const section of decl.sections) {
      for (const item of section.items) {
        if (item.kind !== 'Key' && item.kind !== 'FieldGroup') continue;
        for (const field of item.fields) {
          if (!context.program.index.field(table.name, field.name) && !RecordMembers.has(field.name.toLowerCase())) {
            context.report('AL0132', unit, field.start, `Record "${table.name}"`, field.name);
          }
        }
      }
    }
  }
};

/** The table a page or page extension shows. */
export function sourceTableOf(context: RuleContext, decl: ObjectDeclaration): string | undefined {
  if (decl.objectType === 'page') return propertyText(decl.properties, 'SourceTable');
  if (decl.objectType === 'pageextension' && decl.extends) {
    const page = context.program.index.resolve('page', decl.extends.name)?.symbol;
    return page?.type === 'page' ? page.sourceTable : undefined;
  }
  return undefined;
}

/** Every page control in layout and action sections, nested ones included. */
export function pageControls(sections: readonly Section[]): Control[] {
  const found: Control[] = [];
  const visitControls = (controls: readonly Control[]): void => {
    for (const c of controls) {
      found.push(c);
      visitControls(c.controls);
      for (const s of c.sections) visitSection(s);
    }
  };
  const visitSection = (section: Section): void => {
    visitControls(section.items.filter((i): i is Control => i.kind === 'Control'));
    for (const s of section.sections) visitSection(s);
  };
  for (const s of sections) visitSection(s);
  return found;
}

/** `Rec.X` or `Rec."X"` as a page field's source expression: the field name X. */
export function recFieldOf(expression: Expression | undefined): { name: string; offset: number } | undefined {
  if (expression?.kind !== 'MemberExpression') return undefined;
  if (expression.object.kind !== 'Identifier' || expression.object.name.toLowerCase() !== 'rec') return undefined;
  return { name: expression.member.name, offset: expression.member.start };
}

/** Page fields bound to `Rec.X` name an existing field of the page's source table. */
export const pageFieldBindingRule: Rule = (context) => {
  for (const { decl, unit } of context.program.own) {
    if (decl.objectType !== 'page' && decl.objectType !== 'pageextension') continue;
    const table = sourceTableOf(context, decl);
    if (table === undefined) continue;
    if (!context.program.index.resolve('table', table)) {
      // Only a plain name is certain to be wrong here (a qualified or numeric reference may name a system table).
      const value = findProperty(decl.properties, 'SourceTable')?.value;
      const plain = value?.kind === 'ExpressionListValue' && value.items.length === 1 && value.items[0]?.kind === 'Identifier' ? value.items[0] : undefined;
      if (decl.objectType === 'page' && plain && !isSystemObject('table', table)) context.report('AL0185', unit, plain.start, 'Table', table);
      continue;
    }
    const tableSymbol = context.program.index.resolve('table', table)?.symbol;
    if (tableSymbol?.type !== 'table') continue;
    for (const control of pageControls(decl.sections)) {
      if (control.controlKind !== 'field') continue;
      const bound = recFieldOf(control.args[1]?.[0]);
      if (!bound) continue;
      if (!context.program.index.field(tableSymbol.name, bound.name) && !RecordMembers.has(bound.name.toLowerCase())) {
        context.report('AL0132', unit, bound.offset, `Record "${tableSymbol.name}"`, bound.name);
      }
    }
  }
};
