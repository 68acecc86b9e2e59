/** Builds page and table metadata from one parsed AL object. */
import type { Control, ObjectDeclaration, Property, TriggerDeclaration } from '../../../al/syntax/src/index';
import { argText, expressionText, nameOf, prop, propertyText, recFieldOf } from './alText';
import type { ActionKind, LayoutControl, LayoutKind, Origin, PageAction, PageMetadata, TableMetadata } from './model';

const LAYOUT_KINDS: ReadonlySet<string> = new Set<LayoutKind>([
  'area', 'group', 'repeater', 'field', 'part', 'systempart', 'usercontrol', 'fixed', 'grid', 'cuegroup', 'label', 'chartpart',
]);
const ACTION_KINDS: ReadonlySet<string> = new Set<ActionKind>([
  'area', 'group', 'action', 'actionref', 'separator', 'customaction', 'systemaction', 'fileuploadaction',
]);

/** Properties lifted into named members; all others land in `properties`. */
const LIFTED = new Set(['caption', 'tooltip', 'editable', 'visible', 'enabled', 'showcaption', 'style', 'importance', 'instructionaltext', 'image', 'runobject', 'promoted', 'promotedcategory', 'promotedisbig']);

export function isLayoutKind(k: string): k is LayoutKind {
  return LAYOUT_KINDS.has(k);
}
export function isActionKind(k: string): k is ActionKind {
  return ACTION_KINDS.has(k);
}

function otherProperties(props: readonly Property[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of props) if (!LIFTED.has(p.name.name.toLowerCase())) out[p.name.name] = propertyText(p);
  return out;
}

function triggerNames(ts: readonly TriggerDeclaration[]): string[] {
  return ts.map((t) => t.name.name);
}

/** Applies the lifted layout properties of `props` onto `c` (also used by `modify`). */
export function applyLayoutProperties(c: LayoutControl, props: readonly Property[]): void {
  const set = (key: 'caption' | 'toolTip' | 'editable' | 'visible' | 'enabled' | 'showCaption' | 'style' | 'importance' | 'instructionalText', name: string): void => {
    const v = prop(props, name);
    if (v !== undefined) c[key] = v;
  };
  set('caption', 'Caption');
  set('toolTip', 'ToolTip');
  set('editable', 'Editable');
  set('visible', 'Visible');
  set('enabled', 'Enabled');
  set('showCaption', 'ShowCaption');
  set('style', 'Style');
  set('importance', 'Importance');
  set('instructionalText', 'InstructionalText');
  Object.assign(c.properties, otherProperties(props));
}

export function buildLayoutControl(source: string, node: Control, origin: Origin): LayoutControl | undefined {
  const kind = node.controlKind;
  if (!isLayoutKind(kind)) return undefined;
  const name = nameOf(source, node.args[0]?.[0]);
  const src = kind === 'field' || kind === 'part' || kind === 'usercontrol' || kind === 'systempart' || kind === 'label' ? argText(source, node, 1) : undefined;
  const field = kind === 'field' ? recFieldOf(node.args[1]?.[0]) : undefined;
  const c: LayoutControl = {
    kind,
    name,
    ...(src === undefined ? {} : { source: src }),
    ...(field === undefined ? {} : { tableField: field }),
    properties: {},
    triggers: triggerNames(node.triggers),
    children: [],
    origin,
  };
  applyLayoutProperties(c, node.properties);
  for (const child of node.controls) {
    const cc = buildLayoutControl(source, child, origin);
    if (cc) c.children.push(cc);
  }
  return c;
}

export function applyActionProperties(a: PageAction, props: readonly Property[]): void {
  const set = (key: 'caption' | 'toolTip' | 'image' | 'visible' | 'enabled' | 'promotedCategory', name: string): void => {
    const v = prop(props, name);
    if (v !== undefined) a[key] = v;
  };
  set('caption', 'Caption');
  set('toolTip', 'ToolTip');
  set('image', 'Image');
  set('visible', 'Visible');
  set('enabled', 'Enabled');
  set('promotedCategory', 'PromotedCategory');
  const promoted = prop(props, 'Promoted');
  if (promoted !== undefined) a.promoted = promoted.toLowerCase() === 'true';
  const big = prop(props, 'PromotedIsBig');
  if (big !== undefined) a.promotedIsBig = big.toLowerCase() === 'true';
  const run = props.find((p) => p.name.name.toLowerCase() === 'runobject');
  if (run && run.value.kind === 'ObjectReferenceValue') a.runObject = { objectType: run.value.objectType, object: run.value.object.name };
  Object.assign(a.properties, otherProperties(props));
}

export function buildAction(source: string, node: Control, origin: Origin): PageAction | undefined {
  const kind = node.controlKind;
  if (!isActionKind(kind)) return undefined;
  const name = nameOf(source, node.args[0]?.[0]);
  const target = kind === 'actionref' ? nameOf(source, node.args[1]?.[0]) : undefined;
  const a: PageAction = {
    kind,
    name,
    ...(target === undefined ? {} : { target }),
    properties: {},
    triggers: triggerNames(node.triggers),
    children: [],
    origin,
  };
  applyActionProperties(a, node.properties);
  for (const child of node.controls) {
    const ac = buildAction(source, child, origin);
    if (ac) a.children.push(ac);
  }
  return a;
}

/** A page object (not yet extended; captions of fields not yet resolved; `promoted` empty). */
export function buildPage(source: string, o: ObjectDeclaration, app: string, file: string): PageMetadata {
  const name = o.name?.name ?? '';
  const origin: Origin = { objectType: 'page', objectName: name, file };
  const p = o.properties;
  const opt = (key: string, v: string | undefined): Record<string, string> => (v === undefined ? {} : { [key]: v });
  const searchTerms = prop(p, 'AdditionalSearchTerms');
  const temp = prop(p, 'SourceTableTemporary');
  const layout: LayoutControl[] = [];
  const actions: PageAction[] = [];
  for (const s of o.sections) {
    if (s.name === 'layout') for (const item of s.items) if (item.kind === 'Control') { const c = buildLayoutControl(source, item, origin); if (c) layout.push(c); }
    if (s.name === 'actions') for (const item of s.items) if (item.kind === 'Control') { const a = buildAction(source, item, origin); if (a) actions.push(a); }
  }
  return {
    id: o.id ?? 0,
    name,
    caption: prop(p, 'Caption') ?? name,
    pageType: prop(p, 'PageType') ?? 'Card',
    ...opt('sourceTable', prop(p, 'SourceTable')),
    ...(temp === undefined ? {} : { sourceTableTemporary: temp.toLowerCase() === 'true' }),
    ...opt('sourceTableView', prop(p, 'SourceTableView')),
    ...opt('cardPageId', prop(p, 'CardPageId')),
    ...opt('usageCategory', prop(p, 'UsageCategory')),
    additionalSearchTerms: searchTerms === undefined ? [] : searchTerms.split(',').map((t) => t.trim()).filter((t) => t !== ''),
    ...opt('applicationArea', prop(p, 'ApplicationArea')),
    ...opt('editable', prop(p, 'Editable')),
    ...opt('insertAllowed', prop(p, 'InsertAllowed')),
    ...opt('deleteAllowed', prop(p, 'DeleteAllowed')),
    ...opt('modifyAllowed', prop(p, 'ModifyAllowed')),
    ...opt('obsoleteState', prop(p, 'ObsoleteState')),
    app,
    file,
    triggers: o.triggers.map((t) => `${name}:${t.name.name}`),
    extensions: [],
    layout,
    actions,
    promoted: [],
  };
}

export function buildTable(source: string, o: ObjectDeclaration): TableMetadata {
  const fields = [];
  for (const s of o.sections) {
    if (s.name !== 'fields') continue;
    for (const f of s.items) {
      if (f.kind !== 'TableField') continue;
      const optionMembers = f.properties.find((p) => p.name.name.toLowerCase() === 'optionmembers');
      fields.push({
        id: f.id,
        name: f.name.name,
        caption: prop(f.properties, 'Caption') ?? f.name.name,
        type: expressionTextOfType(source, f.type.start, f.type.end),
        ...(optionMembers && optionMembers.value.kind === 'OptionMembersValue' ? { optionMembers: optionMembers.value.members } : {}),
      });
    }
  }
  return { id: o.id ?? 0, name: o.name?.name ?? '', caption: prop(o.properties, 'Caption') ?? o.name?.name ?? '', fields };
}

function expressionTextOfType(source: string, start: number, end: number): string {
  return source.slice(start, end).trim();
}

export { expressionText };
