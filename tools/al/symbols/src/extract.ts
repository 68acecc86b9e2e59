import type { Attribute, Control, ObjectDeclaration, ProcedureDeclaration, Property, Section, SourceFileNode } from '../../syntax/src';
import { findProperty, propertyText, typeText } from './astText';
import type {
  EnumValueSymbol, FieldSymbol, ObjectSymbol, ObsoleteInfo, ParameterSymbol, ProcedureSymbol, VariableSymbol,
} from './model';

/** An extension object's additions, merged into its target after every file of the app is read. */
export interface ExtensionSymbol {
  readonly type: 'tableextension' | 'enumextension' | 'pageextension' | 'codeunit-like';
  readonly target: string;
  readonly fields: FieldSymbol[];
  readonly keys: string[][];
  readonly values: EnumValueSymbol[];
  readonly controls: string[];
  readonly procedures: ProcedureSymbol[];
}

export interface ExtractedFile {
  readonly objects: ObjectSymbol[];
  readonly extensions: ExtensionSymbol[];
}

/**
 * Extracts the symbols other apps can see from one parsed file: objects that are not Access = Internal, their
 * public and protected procedures and event publishers, fields, keys, enum values and page controls.
 */
export interface ExtractOptions {
  /** Keep Access = Internal objects and local/internal procedures (an app's view of itself, or internalsVisibleTo). */
  readonly includeNonPublic?: boolean;
  /**
   * Keep Access = Internal objects and internal procedures and InternalEvent publishers, but not local ones: what
   * the apps in the app's internalsVisibleTo see. The checker hides them from every other app.
   */
  readonly includeInternal?: boolean;
}

export function extractSymbols(file: SourceFileNode, options: ExtractOptions = {}): ExtractedFile {
  const includeNonPublic = options.includeNonPublic === true;
  const includeInternal = includeNonPublic || options.includeInternal === true;
  const namespace = file.namespace?.name.text;
  const objects: ObjectSymbol[] = [];
  const extensions: ExtensionSymbol[] = [];
  for (const object of file.objects) {
    const name = object.name?.name;
    if (name === undefined) continue;
    const internal = propertyText(object.properties, 'Access')?.toLowerCase() === 'internal';
    if (internal && !includeInternal) continue;
    const base = {
      name,
      ...(internal ? { access: 'Internal' as const } : {}),
      ...(namespace !== undefined ? { namespace } : {}),
      ...obsoleteOf(object.properties),
      ...protectedVariablesOf(object),
    };
    const procedures = includeNonPublic ? object.procedures.map(procedureSymbol) : visibleProcedures(object.procedures, includeInternal);
    switch (object.objectType) {
      case 'table':
        objects.push({
          type: 'table', id: object.id ?? 0, ...base, ...optional('tableType', propertyText(object.properties, 'TableType')),
          fields: fieldsOf(object), keys: keysOf(object), procedures,
        });
        break;
      case 'codeunit': {
        const singleInstance = propertyText(object.properties, 'SingleInstance')?.toLowerCase() === 'true';
        objects.push({
          type: 'codeunit', id: object.id ?? 0, ...base,
          ...optional('subtype', propertyText(object.properties, 'Subtype')),
          ...optional('tableNo', propertyText(object.properties, 'TableNo')),
          ...(singleInstance ? { singleInstance: true as const } : {}),
          ...(object.implements.length > 0 ? { implements: object.implements.map((i) => i.name) } : {}),
          procedures,
        });
        break;
      }
      case 'page':
        objects.push({
          type: 'page', id: object.id ?? 0, ...base,
          ...optional('pageType', propertyText(object.properties, 'PageType')),
          ...optional('sourceTable', propertyText(object.properties, 'SourceTable')),
          controls: controlsOf(object.sections), procedures,
        });
        break;
      case 'enum':
        objects.push({
          type: 'enum', id: object.id ?? 0, ...base,
          extensible: propertyText(object.properties, 'Extensible')?.toLowerCase() === 'true',
          ...(object.implements.length > 0 ? { implements: object.implements.map((i) => i.name) } : {}),
          values: object.values.map((v) => ({ id: v.id, name: v.name.name })),
        });
        break;
      case 'interface':
        objects.push({
          type: 'interface', ...base,
          ...(object.extendsInterfaces.length > 0 ? { extends: object.extendsInterfaces.map((i) => i.name) } : {}),
          procedures: object.procedures.map(procedureSymbol),
        });
        break;
      case 'report':
      case 'query':
      case 'xmlport':
      case 'permissionset':
      case 'controladdin':
        objects.push({ type: object.objectType, ...(object.id !== undefined ? { id: object.id } : {}), ...base, procedures });
        break;
      case 'tableextension':
      case 'enumextension':
      case 'pageextension':
        if (object.extends) {
          extensions.push({
            type: object.objectType, target: object.extends.name, fields: fieldsOf(object), keys: keysOf(object),
            values: object.values.map((v) => ({ id: v.id, name: v.name.name })), controls: controlsOf(object.sections), procedures,
          });
        }
        break;
      default:
        break;
    }
  }
  return { objects, extensions };
}

function protectedVariablesOf(object: ObjectDeclaration): { protectedVariables?: VariableSymbol[] } {
  const variables = object.variables.filter((s) => s.protected).flatMap((s) => s.variables).map((v) => ({ name: v.name.name, type: typeText(v.type) }));
  return variables.length > 0 ? { protectedVariables: variables } : {};
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function obsoleteOf(properties: readonly Property[]): { obsolete?: ObsoleteInfo } {
  const state = propertyText(properties, 'ObsoleteState');
  if (state === undefined || state.toLowerCase() === 'no') return {};
  const tag = propertyText(properties, 'ObsoleteTag');
  const reason = propertyText(properties, 'ObsoleteReason');
  return { obsolete: { state, ...(tag !== undefined ? { tag } : {}), ...(reason !== undefined ? { reason } : {}) } };
}

function attributeNamed(attributes: readonly Attribute[], name: string): Attribute | undefined {
  const lower = name.toLowerCase();
  return attributes.find((a) => a.name.name.toLowerCase() === lower);
}

function procedureSymbol(p: ProcedureDeclaration): ProcedureSymbol {
  const parameters: ParameterSymbol[] = p.parameters.map((q) => ({
    name: q.name.name, type: typeText(q.type), ...(q.byRef ? { var: true as const } : {}), ...(q.type.temporary ? { temporary: true as const } : {}),
  }));
  const event = (['IntegrationEvent', 'BusinessEvent', 'InternalEvent'] as const).find((e) => attributeNamed(p.attributes, e));
  const obsolete = attributeNamed(p.attributes, 'Obsolete');
  const reason = obsolete?.args[0];
  const tag = obsolete?.args[1];
  return {
    name: p.name.name,
    ...(p.access !== undefined ? { access: p.access } : {}),
    parameters,
    ...(p.returnType ? { returnType: typeText(p.returnType) } : {}),
    ...(attributeNamed(p.attributes, 'TryFunction') ? { tryFunction: true as const } : {}),
    ...(event ? { event } : {}),
    ...(obsolete
      ? { obsolete: { state: 'Pending', ...(tag?.kind === 'Literal' ? { tag: String(tag.value) } : {}), ...(reason?.kind === 'Literal' ? { reason: String(reason.value) } : {}) } }
      : {}),
  };
}

/**
 * Public and protected procedures, and event publishers (which are usually `local` yet subscribable from any
 * app); other local and internal procedures, and InternalEvent publishers, are invisible to other apps.
 */
function visibleProcedures(procedures: readonly ProcedureDeclaration[], includeInternal: boolean): ProcedureSymbol[] {
  return procedures
    .filter((p) => {
      if (attributeNamed(p.attributes, 'InternalEvent')) return includeInternal;
      if (attributeNamed(p.attributes, 'IntegrationEvent') || attributeNamed(p.attributes, 'BusinessEvent')) return true;
      return p.access !== 'local' && (p.access !== 'internal' || includeInternal);
    })
    .map(procedureSymbol);
}

function fieldsOf(object: ObjectDeclaration): FieldSymbol[] {
  const fields: FieldSymbol[] = [];
  for (const section of object.sections) {
    if (section.name !== 'fields') continue;
    for (const item of section.items) {
      if (item.kind !== 'TableField') continue;
      const fieldClass = propertyText(item.properties, 'FieldClass');
      const options = findProperty(item.properties, 'OptionMembers');
      fields.push({
        id: item.id, name: item.name.name, type: typeText(item.type),
        ...(fieldClass === 'FlowField' || fieldClass === 'FlowFilter' ? { fieldClass } : {}),
        ...(options?.value.kind === 'OptionMembersValue' ? { options: options.value.members.map((m) => m.trim()) } : {}),
        ...obsoleteOf(item.properties),
      });
    }
  }
  return fields;
}

function keysOf(object: ObjectDeclaration): string[][] {
  const keys: string[][] = [];
  for (const section of object.sections) {
    if (section.name !== 'keys') continue;
    for (const item of section.items) if (item.kind === 'Key') keys.push(item.fields.map((f) => f.name));
  }
  return keys;
}

function controlsOf(sections: readonly Section[]): string[] {
  const names: string[] = [];
  const visit = (controls: readonly Control[]): void => {
    for (const control of controls) {
      if (control.name) names.push(control.name.name);
      visit(control.controls);
      for (const s of control.sections) visitSection(s);
    }
  };
  const visitSection = (section: Section): void => {
    visit(section.items.filter((i): i is Control => i.kind === 'Control'));
    for (const s of section.sections) visitSection(s);
  };
  for (const section of sections) if (section.name === 'layout' || section.name === 'actions') visitSection(section);
  return names;
}
