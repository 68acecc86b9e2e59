/**
 * Collects the translatable texts of AL objects in the order alc's XLIFF generator writes them (TranslationFile
 * feature, AL compilers of the last years; older compilers, before late 2020, wrote source order and are not
 * modelled). The rules, each seen in alc's own output (jwikman/nab-al-tools test-app/Xliff-test/Translations/
 * Al.g.xlf next to its AL sources, and microsoft/BCApps src/Apps/IN/INTaxBase: `India Tax Base.en-US.xlf`, a copy
 * of the generated file, next to its sources):
 *
 * - Inside an element its properties come first, sorted by their trans-unit ID text (`Property 1064389655`
 *   AboutTitle < `Property 1295455071` ToolTip < `Property 2879900210` Caption < `Property 62802879`
 *   OptionCaption): so ToolTip comes before Caption whatever the source order.
 * - Then label variables (`NamedType`), sorted by name; then methods (procedures and triggers together, overloads
 *   merged) that declare labels, sorted by name, each with its labels sorted by name.
 * - Then the object's parts, each group sorted by name: table fields; page controls then actions (depth first,
 *   the children of each group sorted by name, every control/action a direct child of the page in the path),
 *   then views each followed by its layout changes; enum values.
 * - Table extensions: added fields, then `modify` changes. Page extensions: added actions, then `modify`
 *   changes, then added controls, then views. Every unit of an extension object carries `al-object-target`: the
 *   extended object for properties, the extension itself for labels.
 * - Reports (dataset items, report labels, request page), queries and XmlPorts follow the same pattern as far as
 *   the public files show; see the README for what is not verified.
 */
import type {
  Control,
  EnumValue,
  LabelValue,
  ObjectDeclaration,
  ProcedureDeclaration,
  Property,
  Section,
  TableField,
  TriggerDeclaration,
  VarSection,
} from '../../syntax/src';
import { nameHash } from './hash';
import { compareNames, sortByName } from './names';
import type { ElementKind, PathStep, TransUnit } from './transUnit';

/** Properties alc writes to the XLIFF file (lower-case source spelling -> the name alc hashes and prints). */
const TRANSLATABLE_PROPERTIES = new Map<string, string>(
  [
    'Caption',
    'ToolTip',
    'OptionCaption',
    'InstructionalText',
    'PromotedActionCategories',
    'AdditionalSearchTerms',
    'AboutTitle',
    'AboutText',
    'RequestFilterHeading',
    'EntityCaption',
    'EntitySetCaption',
  ].map((n) => [n.toLowerCase(), n]),
);

/** Where units go: the path so far and the `al-object-target` of properties and of labels. */
interface Scope {
  readonly path: readonly PathStep[];
  readonly propertyTarget?: PathStep;
  readonly labelTarget?: PathStep;
}

function child(scope: Scope, kind: ElementKind, name: string): Scope {
  return { ...scope, path: [...scope.path, { kind, name }] };
}

function unit(path: readonly PathStep[], label: LabelValue, target: PathStep | undefined): TransUnit {
  const base = { path, source: label.text, comment: label.comment ?? '', locked: label.locked === true };
  const withMax = label.maxLength === undefined ? base : { ...base, maxLength: label.maxLength };
  return target === undefined ? withMax : { ...withMax, target };
}

function compareOrdinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The translatable properties of one element, sorted by their ID text (`Property <hash>`). */
function propertyUnits(scope: Scope, properties: readonly Property[]): TransUnit[] {
  const found: { readonly name: string; readonly label: LabelValue }[] = [];
  for (const property of properties) {
    const name = TRANSLATABLE_PROPERTIES.get(property.name.name.toLowerCase());
    if (name === undefined || property.value.kind !== 'LabelValue') continue;
    found.push({ name, label: property.value });
  }
  found.sort((a, b) => compareOrdinal(String(nameHash(a.name)), String(nameHash(b.name))));
  return found.map((f) => unit([...scope.path, { kind: 'Property', name: f.name }], f.label, scope.propertyTarget));
}

/** The label variables of var sections, in declaration order. */
function declaredLabels(sections: readonly VarSection[]): { readonly name: string; readonly label: LabelValue }[] {
  const labels: { readonly name: string; readonly label: LabelValue }[] = [];
  for (const section of sections) {
    for (const variable of section.variables) {
      const type = variable.type;
      if (type.name.toLowerCase() === 'label' && type.label !== undefined) labels.push({ name: variable.name.name, label: type.label });
    }
  }
  return labels;
}

/** Global label variables (`NamedType <name>`): sorted by name. */
function labelUnits(scope: Scope, sections: readonly VarSection[]): TransUnit[] {
  return sortByName(declaredLabels(sections), (l) => l.name).map((l) => unit([...scope.path, { kind: 'NamedType', name: l.name }], l.label, scope.labelTarget));
}

/** Local label variables of one method: declaration order (INTaxBase `Tax Fiscal Year Close`, method Code). */
function localLabelUnits(scope: Scope, sections: readonly VarSection[]): TransUnit[] {
  return declaredLabels(sections).map((l) => unit([...scope.path, { kind: 'NamedType', name: l.name }], l.label, scope.labelTarget));
}

/** Labels declared in procedures and triggers: `Method <name> - NamedType <label>`, methods sorted by name. */
function methodUnits(scope: Scope, procedures: readonly ProcedureDeclaration[], triggers: readonly TriggerDeclaration[]): TransUnit[] {
  const methods = new Map<string, { name: string; variables: VarSection[] }>();
  for (const method of [...procedures, ...triggers].sort((a, b) => a.start - b.start)) {
    const key = method.name.name.toUpperCase();
    const entry = methods.get(key) ?? { name: method.name.name, variables: [] };
    entry.variables.push(...method.variables);
    methods.set(key, entry);
  }
  const out: TransUnit[] = [];
  for (const method of sortByName([...methods.values()], (m) => m.name)) out.push(...localLabelUnits(child(scope, 'Method', method.name), method.variables));
  return out;
}

/** An element with its own properties, then the labels of its triggers. */
function elementUnits(scope: Scope, properties: readonly Property[], triggers: readonly TriggerDeclaration[]): TransUnit[] {
  return [...propertyUnits(scope, properties), ...methodUnits(scope, [], triggers)];
}

function named(controls: readonly Control[]): (Control & { readonly name: NonNullable<Control['name']> })[] {
  return controls.filter((c): c is Control & { readonly name: NonNullable<Control['name']> } => c.name !== undefined);
}

/** A page control or action tree: each element, then its children, siblings sorted by name; all direct children of the object in the path. */
function treeUnits(objectScope: Scope, controls: readonly Control[], kind: 'Control' | 'Action' | 'XmlPortNode'): TransUnit[] {
  const out: TransUnit[] = [];
  for (const control of sortByName(named(controls), (c) => c.name.name)) {
    out.push(...elementUnits(child(objectScope, kind, control.name.name), control.properties, control.triggers));
    out.push(...treeUnits(objectScope, control.controls, kind));
  }
  return out;
}

const CHANGE_WORDS = new Set(['modify']);
const ANCHOR_WORDS = new Set(['add', 'addfirst', 'addlast', 'addafter', 'addbefore']);

function sections(decl: { readonly sections: readonly Section[] }, name: string): Section[] {
  return decl.sections.filter((s) => s.name === name);
}

function sectionControls(decl: { readonly sections: readonly Section[] }, name: string): Control[] {
  return sections(decl, name).flatMap((s) => s.items.filter((i): i is Control => i.kind === 'Control'));
}

/** `modify(X) { ... }` items: `Change X`, sorted by name. */
function changeUnits(objectScope: Scope, controls: readonly Control[]): TransUnit[] {
  const changes = named(controls.filter((c) => CHANGE_WORDS.has(c.controlKind)));
  return sortByName(changes, (c) => c.name.name).flatMap((c) => elementUnits(child(objectScope, 'Change', c.name.name), c.properties, c.triggers));
}

/** What extension anchors (`addafter(X) { ... }`) add, anchors in source order, each subtree sorted. */
function addedUnits(objectScope: Scope, controls: readonly Control[], kind: 'Control' | 'Action'): TransUnit[] {
  return controls.filter((c) => ANCHOR_WORDS.has(c.controlKind)).flatMap((anchor) => treeUnits(objectScope, anchor.controls, kind));
}

/** Views, each followed by the changes of its layout. */
function viewUnits(objectScope: Scope, views: readonly Control[]): TransUnit[] {
  const out: TransUnit[] = [];
  for (const view of sortByName(named(views.filter((v) => v.controlKind === 'view')), (v) => v.name.name)) {
    out.push(...elementUnits(child(objectScope, 'View', view.name.name), view.properties, view.triggers));
    out.push(...changeUnits(objectScope, sectionControls(view, 'layout')));
  }
  return out;
}

/**
 * Table fields. A field without a Caption property still gets a Caption unit with the field name as its text
 * (alc does this: INTaxBase `Table Assessee Code - Field Code - Property Caption` has no Caption in the source), except
 * a field with ObsoleteState = Removed (NAB test app `DeprecatedField`), which alc leaves out altogether like a removed
 * object (NAB test app `NAB Removed Table`).
 */
function fieldUnits(objectScope: Scope, fields: readonly TableField[]): TransUnit[] {
  return sortByName(fields.filter((f) => !isRemoved(f.properties)), (f) => f.name.name).flatMap((f) => {
    const scope = child(objectScope, 'Field', f.name.name);
    const hasCaption = f.properties.some((p) => p.name.name.toLowerCase() === 'caption');
    if (hasCaption) return elementUnits(scope, f.properties, f.triggers);
    const implicit: LabelValue = { kind: 'LabelValue', text: f.name.name, attributes: [], start: f.name.start, end: f.name.end };
    const units = [...propertyUnits(scope, f.properties), unit([...scope.path, { kind: 'Property', name: 'Caption' }], implicit, scope.propertyTarget)];
    units.sort((a, b) => compareOrdinal(String(nameHash(a.path[a.path.length - 1]?.name ?? '')), String(nameHash(b.path[b.path.length - 1]?.name ?? ''))));
    return [...units, ...methodUnits(scope, [], f.triggers)];
  });
}

/** `ObsoleteState = Removed`. */
function isRemoved(properties: readonly Property[]): boolean {
  return properties.some((p) => p.name.name.toLowerCase() === 'obsoletestate' && p.raw.trim().toLowerCase() === 'removed');
}

function tableFields(decl: ObjectDeclaration): TableField[] {
  return sections(decl, 'fields').flatMap((s) => s.items.filter((i): i is TableField => i.kind === 'TableField'));
}

function enumValueUnits(objectScope: Scope, values: readonly EnumValue[]): TransUnit[] {
  return sortByName(values, (v) => v.name.name).flatMap((v) => propertyUnits(child(objectScope, 'EnumValue', v.name.name), v.properties));
}

/** Every item of a tree, depth first in source order (report and query items; not verified against alc). */
function flatten(controls: readonly Control[]): Control[] {
  return controls.flatMap((c) => [c, ...flatten(c.controls)]);
}

function reportUnits(scope: Scope, decl: ObjectDeclaration): TransUnit[] {
  const dataset = flatten(sectionControls(decl, 'dataset'));
  const dataItems = named(dataset.filter((c) => c.controlKind === 'dataitem'));
  const columns = named(dataset.filter((c) => c.controlKind === 'column'));
  const out: TransUnit[] = [];
  for (const d of sortByName(dataItems, (c) => c.name.name)) out.push(...elementUnits(child(scope, 'ReportDataItem', d.name.name), d.properties, d.triggers));
  for (const c of sortByName(columns, (x) => x.name.name)) out.push(...elementUnits(child(scope, 'ReportColumn', c.name.name), c.properties, c.triggers));
  const labels = sections(decl, 'labels').flatMap((s) => s.properties);
  for (const p of sortByName(labels, (l) => l.name.name)) {
    if (p.value.kind === 'LabelValue') out.push(unit([...scope.path, { kind: 'ReportLabel', name: p.name.name }], p.value, scope.propertyTarget));
  }
  out.push(...requestPageUnits(scope, decl));
  return out;
}

function requestPageUnits(scope: Scope, decl: ObjectDeclaration): TransUnit[] {
  const out: TransUnit[] = [];
  for (const page of sections(decl, 'requestpage')) {
    const pageScope = child(scope, 'RequestPage', 'RequestOptionsPage');
    out.push(...propertyUnits(pageScope, page.properties));
    out.push(...labelUnits(pageScope, page.variables));
    out.push(...methodUnits(pageScope, page.procedures, page.triggers));
    out.push(...treeUnits(scope, sectionControls(page, 'layout'), 'Control'));
    out.push(...treeUnits(scope, sectionControls(page, 'actions'), 'Action'));
  }
  return out;
}

function queryUnits(scope: Scope, decl: ObjectDeclaration): TransUnit[] {
  const elements = flatten(sectionControls(decl, 'elements'));
  const kinds: readonly [string, ElementKind][] = [['dataitem', 'QueryDataItem'], ['column', 'QueryColumn'], ['filter', 'QueryFilter']];
  return kinds.flatMap(([word, kind]) =>
    sortByName(named(elements.filter((c) => c.controlKind === word)), (c) => c.name.name).flatMap((c) => elementUnits(child(scope, kind, c.name.name), c.properties, c.triggers)),
  );
}

/** XmlPort schema nodes: the same tree rule as page controls (NAB test app: Name, TypeOfChange2, TypeOfChange). */
function xmlPortUnits(scope: Scope, decl: ObjectDeclaration): TransUnit[] {
  return [...requestPageUnits(scope, decl), ...treeUnits(scope, sectionControls(decl, 'schema'), 'XmlPortNode')];
}

/** The kind alc prints for an object type, and for extensions the kind of the extended object. */
const OBJECT_KINDS: ReadonlyMap<string, { readonly kind: ElementKind; readonly base?: ElementKind }> = new Map([
  ['table', { kind: 'Table' }],
  ['tableextension', { kind: 'TableExtension', base: 'Table' }],
  ['page', { kind: 'Page' }],
  ['pageextension', { kind: 'PageExtension', base: 'Page' }],
  ['codeunit', { kind: 'Codeunit' }],
  ['report', { kind: 'Report' }],
  ['reportextension', { kind: 'ReportExtension', base: 'Report' }],
  ['query', { kind: 'Query' }],
  ['xmlport', { kind: 'XmlPort' }],
  ['enum', { kind: 'Enum' }],
  ['enumextension', { kind: 'EnumExtension', base: 'Enum' }],
  ['permissionset', { kind: 'PermissionSet' }],
]);

/**
 * Object types in the order alc writes them. Seen in alc output: Table, Codeunit, Page, Report, Query, XmlPort,
 * PageExtension, TableExtension, Enum (NAB test app, with PermissionSet last) and EnumExtension after Enum
 * (INTaxBase). ReportExtension's place is a guess (no public file with report extension texts was found).
 */
export const OBJECT_TYPE_ORDER: readonly ElementKind[] = [
  'Table',
  'Codeunit',
  'Page',
  'Report',
  'Query',
  'XmlPort',
  'PageExtension',
  'TableExtension',
  'Enum',
  'EnumExtension',
  'PermissionSet',
  'ReportExtension',
];

/** The translatable texts of one object, in alc's order (locked texts included; the writer decides). */
export function objectUnits(decl: ObjectDeclaration): TransUnit[] {
  const info = OBJECT_KINDS.get(decl.objectType);
  if (info === undefined || decl.name === undefined || isRemoved(decl.properties)) return [];
  const self: PathStep = { kind: info.kind, name: decl.name.name };
  const base = info.base !== undefined && decl.extends !== undefined ? { kind: info.base, name: decl.extends.name } : undefined;
  const scope: Scope = base === undefined ? { path: [self] } : { path: [self], propertyTarget: base, labelTarget: self };
  const head = [...propertyUnits(scope, decl.properties), ...labelUnits(scope, decl.variables), ...methodUnits(scope, decl.procedures, decl.triggers)];
  switch (info.kind) {
    case 'Table':
      return [...head, ...fieldUnits(scope, tableFields(decl))];
    case 'TableExtension':
      return [...head, ...fieldUnits(scope, tableFields(decl)), ...changeUnits(scope, sectionControls(decl, 'fields'))];
    case 'Page':
      return [
        ...head,
        ...treeUnits(scope, sectionControls(decl, 'layout'), 'Control'),
        ...treeUnits(scope, sectionControls(decl, 'actions'), 'Action'),
        ...viewUnits(scope, sectionControls(decl, 'views')),
      ];
    case 'PageExtension': {
      const layout = sectionControls(decl, 'layout');
      const actions = sectionControls(decl, 'actions');
      // `views { addfirst { view(...) } }`: the anchor without a target is a nested section
      const viewSections = sections(decl, 'views');
      const views = [
        ...viewSections.flatMap((s) => s.items.filter((i): i is Control => i.kind === 'Control')).flatMap((c) => (ANCHOR_WORDS.has(c.controlKind) ? c.controls : [c])),
        ...viewSections.flatMap((s) => s.sections.filter((n) => ANCHOR_WORDS.has(n.name))).flatMap((n) => n.items.filter((i): i is Control => i.kind === 'Control')),
      ];
      return [
        ...head,
        ...addedUnits(scope, actions, 'Action'),
        ...changeUnits(scope, [...layout, ...actions]),
        ...addedUnits(scope, layout, 'Control'),
        ...viewUnits(scope, views),
      ];
    }
    case 'Enum':
    case 'EnumExtension':
      return [...head, ...enumValueUnits(scope, decl.values)];
    case 'Report':
    case 'ReportExtension':
      return [...head, ...reportUnits(scope, decl)];
    case 'Query':
      return [...head, ...queryUnits(scope, decl)];
    case 'XmlPort':
      return [...head, ...xmlPortUnits(scope, decl)];
    default:
      return head;
  }
}

/** Every object's texts: objects grouped by type in alc's type order, then sorted by name. */
export function collectUnits(objects: readonly ObjectDeclaration[]): TransUnit[] {
  const rank = (d: ObjectDeclaration): number => {
    const kind = OBJECT_KINDS.get(d.objectType)?.kind;
    const i = kind === undefined ? -1 : OBJECT_TYPE_ORDER.indexOf(kind);
    return i < 0 ? OBJECT_TYPE_ORDER.length : i;
  };
  const sorted = [...objects].sort((a, b) => rank(a) - rank(b) || compareNames(a.name?.name ?? '', b.name?.name ?? ''));
  return sorted.flatMap(objectUnits);
}
