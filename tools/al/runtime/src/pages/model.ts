import type { Control, Expression, ObjectDeclaration, Property, TableFilter, TableViewValue } from '../../../syntax/src/ast';
import type { ObjInfo, ProcInfo, Program } from '../interp/program';

/**
 * A page as the runtime runs it: the page object with its page extensions applied (BC: extensions in load order; an
 * extension's controls and actions are added, `modify` overrides properties; extension triggers run after the
 * base page's). Only what running needs is kept: controls and actions by name, their properties and triggers.
 */
export interface ControlModel {
  /** field, part, systempart, usercontrol, group, repeater, area... */
  readonly kind: string;
  readonly name: string;
  /** SourceExpr of a field (second argument), absent for other controls. */
  readonly source?: Expression;
  readonly props: Map<string, Property>;
  /** Lower-case trigger name -> procedures (base page first, then extensions). */
  readonly triggers: Map<string, ProcInfo[]>;
  /** Inside a repeater. */
  readonly inRepeater: boolean;
  /** For part: the page it shows (name or ID text). */
  readonly partPage?: string;
}

export interface ActionModel {
  readonly kind: string;
  readonly name: string;
  readonly props: Map<string, Property>;
  readonly triggers: Map<string, ProcInfo[]>;
  /** For actionref: the promoted action's name. */
  readonly target?: string;
}

export interface PageModel {
  readonly info: ObjInfo;
  readonly id: number;
  readonly name: string;
  readonly caption: string;
  readonly pageType: string;
  readonly sourceTable: string | undefined;
  readonly sourceTableTemporary: boolean;
  readonly view: TableViewValue | undefined;
  readonly props: Map<string, Property>;
  readonly controls: Map<string, ControlModel>;
  readonly actions: Map<string, ActionModel>;
  /** Lower-case page trigger name -> procedures (base first, then extensions in load order). */
  readonly triggers: Map<string, ProcInfo[]>;
}

const cache = new WeakMap<ObjInfo, PageModel>();

const unquote = (s: string): string => s.trim().replace(/^"|"$/g, '');

function propsOf(list: readonly Property[]): Map<string, Property> {
  const m = new Map<string, Property>();
  for (const p of list) m.set(p.name.name.toLowerCase(), p);
  return m;
}

export function labelText(p: Property | undefined): string | undefined {
  if (p === undefined) return undefined;
  if (p.value.kind === 'LabelValue') return p.value.text;
  return unquote(p.raw).replace(/^'|'$/g, '');
}

/** The page model of a loaded page (built once per program). */
export function pageModel(program: Program, info: ObjInfo): PageModel {
  let m = cache.get(info);
  if (m === undefined) {
    m = buildModel(program, info);
    cache.set(info, m);
  }
  return m;
}

function buildModel(program: Program, info: ObjInfo): PageModel {
  const controls = new Map<string, ControlModel>();
  const actions = new Map<string, ActionModel>();
  const triggersOf = (name: string): Map<string, ProcInfo[]> => {
    const out = new Map<string, ProcInfo[]>();
    const prefix = `ctl:${name.toLowerCase()}::`;
    for (const [k, p] of info.triggers) {
      if (!k.startsWith(prefix)) continue;
      const t = k.slice(prefix.length).replace(/:ext\d+$/, '');
      const list = out.get(t);
      if (list === undefined) out.set(t, [p]);
      else list.push(p);
    }
    return out;
  };
  const walk = (items: readonly Control[], section: 'layout' | 'actions', inRepeater: boolean): void => {
    for (const c of items) {
      const kind = c.controlKind;
      if (kind === 'modify') {
        const name = c.name?.name ?? '';
        const existing = controls.get(name.toLowerCase()) ?? actions.get(name.toLowerCase());
        if (existing !== undefined) for (const p of c.properties) existing.props.set(p.name.name.toLowerCase(), p);
        continue;
      }
      if (kind.startsWith('add') || kind.startsWith('move')) {
        const anchor = controls.get((c.name?.name ?? '').toLowerCase());
        walk(c.controls, section, inRepeater || anchor?.kind === 'repeater' || anchor?.inRepeater === true);
        continue;
      }
      const name = c.name?.name;
      if (name !== undefined) {
        if (section === 'layout') {
          const src = kind === 'field' || kind === 'label' ? c.args[1]?.[0] : undefined;
          const part = kind === 'part' ? c.args[1]?.[0] : undefined;
          const partPage = part === undefined ? undefined : part.kind === 'Identifier' ? part.name : part.kind === 'Literal' ? String(part.value) : undefined;
          controls.set(name.toLowerCase(), {
            kind,
            name,
            ...(src !== undefined ? { source: src } : {}),
            props: propsOf(c.properties),
            triggers: triggersOf(name),
            inRepeater,
            ...(partPage !== undefined ? { partPage } : {}),
          });
        } else {
          const tgt = kind === 'actionref' ? c.args[1]?.[0] : undefined;
          actions.set(name.toLowerCase(), {
            kind,
            name,
            props: propsOf(c.properties),
            triggers: triggersOf(name),
            ...(tgt?.kind === 'Identifier' ? { target: tgt.name } : {}),
          });
        }
      }
      walk(c.controls, section, inRepeater || kind === 'repeater');
    }
  };
  const decls: ObjectDeclaration[] = [info.decl];
  for (const f of program.files) for (const o of f.node.objects) if (o.objectType === 'pageextension' && (o.extends?.name ?? '').toLowerCase() === info.name.toLowerCase()) decls.push(o);
  for (const d of decls) {
    for (const s of d.sections) {
      const items = s.items.filter((i): i is Control => i.kind === 'Control');
      if (s.name === 'layout') walk(items, 'layout', false);
      else if (s.name === 'actions') walk(items, 'actions', false);
    }
  }
  const triggers = new Map<string, ProcInfo[]>();
  for (const [k, p] of info.triggers) {
    if (k.startsWith('ctl:')) continue;
    const t = k.startsWith('ext:') ? k.slice(4).replace(/:\d+$/, '') : k;
    const list = triggers.get(t);
    if (list === undefined) triggers.set(t, [p]);
    else list.push(p);
  }
  const props = info.props;
  const st = props.get('sourcetable');
  const view = props.get('sourcetableview');
  return {
    info,
    id: info.id,
    name: info.name,
    caption: labelText(props.get('caption')) ?? info.name,
    pageType: unquote(props.get('pagetype')?.raw ?? 'Card').toLowerCase(),
    sourceTable: st === undefined ? undefined : st.value.kind === 'ObjectReferenceValue' ? st.value.object.name : unquote(st.raw),
    sourceTableTemporary: /true/i.test(props.get('sourcetabletemporary')?.raw ?? ''),
    view: view?.value.kind === 'TableViewValue' ? view.value : undefined,
    props,
    controls,
    actions,
    triggers,
  };
}

/** A `Field = const(V) | filter(V) | field(F)` list property (SubPageLink, RunPageLink). */
export function filterList(p: Property | undefined): readonly TableFilter[] {
  if (p === undefined) return [];
  if (p.value.kind === 'FilterListValue') return p.value.filters;
  return [];
}

/** Whether a Boolean property is literally false (`Editable = false`). */
export function isFalse(p: Property | undefined): boolean {
  return p !== undefined && /^\s*false\s*$/i.test(p.raw);
}
