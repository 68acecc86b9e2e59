import type { Expression, ProcedureDeclaration, Property } from '../../../syntax/src/ast';
import { Dec } from '../values/decimal';
import { alError, toALError } from '../errors';
import { Rec, isBlank } from '../db/record';
import { TableMeta, type FieldMeta } from '../db/meta';
import { evaluateText, formatValue } from '../values/format';
import { coerce, equals, toBool } from '../values/ops';
import { EnumValue, T, type ALType } from '../values/types';
import { ACTION_TYPE } from './types';
import { CodeunitV } from '../interp/instances';
import { Frame, type CE, type LV } from '../interp/frame';
import { Compiler } from '../interp/compile';
import type { ObjInfo, ProcInfo, ProcNode } from '../interp/program';
import type { Session } from '../interp/session';
import { filterList, isFalse, labelText, pageModel, type ActionModel, type ControlModel, type PageModel } from './model';
import type { NotificationV } from './notification';

export { ACTION_TYPE };
export type CloseAction = 'OK' | 'Cancel' | 'LookupOK' | 'LookupCancel' | 'Yes' | 'No';
export function actionValue(a: CloseAction | undefined): EnumValue {
  return new EnumValue(ACTION_TYPE, a === undefined ? 0 : (ACTION_TYPE.byName.get(a.toLowerCase())?.ordinal ?? 0));
}

/** How the session's UI answers page runs and notifications (the test runner's handlers, the sandbox client). */
export interface PageUi {
  /** A page run with Page.Run/RunModal, a Page variable's Run/RunModal or a RunObject action; returns how it closed. */
  runPage(page: PageV, modal: boolean): CloseAction | undefined;
  sendNotification(n: NotificationV): void;
  recallNotification(n: NotificationV): void;
}

/** Per-session page state: compiled expressions, open test-page traps, notifications sent outside tests. */
export class PageRuntime {
  readonly exprs = new Map<Expression, CE>();
  readonly places = new Map<Expression, LV | null>();
  readonly notifications: NotificationV[] = [];
  /** Receives `CurrPage.<add-in>.<procedure>(args)` calls (the sandbox's addinCall effects); none = no effect. */
  addinCall: ((control: string, procedure: string, args: readonly unknown[]) => void) | undefined;
  /** TestPage.Trap: test pages waiting for the next run of their page. */
  readonly traps: { readonly pageId: number; bind(p: PageV): void }[] = [];
  /** Set by the test runner or the sandbox; undefined = the session's plain UiHooks (Page.Run is "other" UI). */
  ui: PageUi | undefined;
  constructor(readonly s: Session) {}

  private compilerFor(info: ObjInfo, at: { start: number; end: number }): Compiler {
    const node = { kind: 'TriggerDeclaration', name: { kind: 'Identifier', name: 'SourceExpr', start: at.start, end: at.end }, parameters: [], variables: [], start: at.start, end: at.end } as unknown as ProcNode;
    const proc: ProcInfo = { name: 'SourceExpr', owner: info, node, file: info.file, params: [], attributes: [], isTry: false, local: true };
    return new Compiler(this.s, proc);
  }

  expr(info: ObjInfo, e: Expression): CE {
    let c = this.exprs.get(e);
    if (c === undefined) {
      c = this.compilerFor(info, e).expr(e, true);
      this.exprs.set(e, c);
    }
    return c;
  }

  place(info: ObjInfo, e: Expression): LV | undefined {
    let p = this.places.get(e);
    if (p === undefined) {
      try {
        p = this.compilerFor(info, e).lvalue(e);
      } catch {
        p = null;
      }
      this.places.set(e, p);
    }
    return p ?? undefined;
  }

  pageInfo(nameOrId: unknown): ObjInfo {
    const info = typeof nameOrId === 'number' ? this.s.program.pagesById.get(nameOrId) : this.s.program.pages.get(String(nameOrId).replace(/^"|"$/g, '').toLowerCase());
    if (info === undefined) throw alError(`Page ${formatValue(nameOrId)} is not loaded. Load the app that defines it.`);
    return info;
  }

  newPage(nameOrId: unknown): PageV {
    return new PageV(this, pageModel(this.s.program, this.pageInfo(nameOrId)));
  }
}

const runtimes = new WeakMap<Session, PageRuntime>();
export function pageRuntime(s: Session): PageRuntime {
  let r = runtimes.get(s);
  if (r === undefined) {
    r = new PageRuntime(s);
    runtimes.set(s, r);
  }
  return r;
}

type Row = unknown[];
const rowEq = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((v, i) => equals(v, b[i]));

const exits = new WeakMap<ProcInfo, boolean>();
/** Whether a Boolean trigger sets its result with exit(...): without one, BC's default (true) applies. */
function hasExplicitExit(p: ProcInfo): boolean {
  let r = exits.get(p);
  if (r === undefined) {
    const body = (p.node as ProcedureDeclaration).body;
    r = body !== undefined && JSON.stringify(body).includes('"ExitStatement"');
    exits.set(p, r);
  }
  return r;
}

/**
 * One page instance (a Page variable, a page run by Page.Run, CurrPage in its code). Its globals are the page's
 * (and its extensions') variables; `rec`/`xrec` are Rec/xRec of the page code.
 */
export class PageV extends CodeunitV {
  readonly rec: Rec;
  xrec: Rec;
  state: 'new' | 'open' | 'closed' = 'new';
  mode: 'view' | 'edit' | 'new' = 'edit';
  lookupMode = false;
  currEditable = true;
  caption: string;
  /** SetRecord/Page.Run(.., Rec) positioned the page on a record. */
  positioned = false;
  tableViewSet = false;
  hasRecord = false;
  isNewRecord = false;
  private readSnapshot: Row | undefined;
  result: CloseAction | undefined;
  /** Set by CurrPage.Update / CurrPage.Close for the sandbox's effects. */
  updateRequested = false;
  closeRequested = false;
  /** Keys (bookmarks) the sandbox marked as selected; undefined = the current record. */
  selection: readonly string[] | undefined;
  /** Link filters of a part or RunPageLink, set before open. */
  readonly parts = new Map<string, PageV>();

  constructor(
    readonly rt: PageRuntime,
    readonly model: PageModel,
  ) {
    super(model.info, (i) => rt.s.makeGlobals(i));
    const st = model.sourceTable;
    this.rec = st === undefined ? new Rec(blankTable(rt.s), rt.s, true) : rt.s.newRecord(st, model.sourceTableTemporary);
    this.xrec = this.rec.clone();
    this.caption = model.caption;
  }

  get s(): Session {
    return this.rt.s;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Triggers

  /** Runs a page trigger (base, then extensions); returns false when one returned false explicitly. */
  trigger(name: string, args: unknown[] = []): boolean {
    const list = this.model.triggers.get(name);
    let ok = true;
    if (list !== undefined) {
      for (const p of list) {
        const r = this.s.compiled(p)(this, args.slice());
        if (p.returnType !== undefined && r === false && hasExplicitExit(p)) ok = false;
      }
    }
    return this.triggerEvent(name, args, ok);
  }

  /**
   * The page's trigger events (Microsoft Learn, "Page and page extension trigger events"), raised after the trigger:
   * OnOpenPageEvent(var Rec), OnAfterGetRecordEvent(var Rec), OnInsertRecordEvent(var Rec; BelowxRec; var xRec;
   * var AllowInsert)... An Allow* parameter set to false by a subscriber stops the operation.
   */
  private triggerEvent(name: string, args: readonly unknown[], ok: boolean): boolean {
    const ev = `${name}event`; // event names match case-insensitively (OnOpenPageEvent...)
    const id = this.model.id;
    const events = this.s.events;
    switch (name) {
      case 'onopenpage':
      case 'onaftergetrecord':
      case 'onaftergetcurrrecord':
      case 'onclosepage':
        if (events.has('page', id, ev)) events.raise(this.s, 'page', id, ev, '', ['Rec'], [this.rec], this);
        return ok;
      case 'onnewrecord':
        if (events.has('page', id, ev)) events.raise(this.s, 'page', id, ev, '', ['Rec', 'BelowxRec', 'xRec'], [this.rec, args[0] ?? false, this.xrec], this);
        return ok;
      case 'oninsertrecord':
      case 'onmodifyrecord':
      case 'ondeleterecord':
      case 'onqueryclosepage': {
        if (!events.has('page', id, ev)) return ok;
        const allow = name === 'oninsertrecord' ? 'AllowInsert' : name === 'onmodifyrecord' ? 'AllowModify' : name === 'ondeleterecord' ? 'AllowDelete' : 'AllowClose';
        const names = name === 'oninsertrecord' ? ['Rec', 'BelowxRec', 'xRec', allow] : name === 'onmodifyrecord' ? ['Rec', 'xRec', allow] : ['Rec', allow];
        const vals: unknown[] = name === 'oninsertrecord' ? [this.rec, args[0] ?? false, this.xrec, ok] : name === 'onmodifyrecord' ? [this.rec, this.xrec, ok] : [this.rec, ok];
        events.raise(this.s, 'page', id, ev, '', names, vals, this);
        return vals[vals.length - 1] !== false;
      }
      default:
        return ok;
    }
  }

  /** OnBefore/OnAfter ValidateEvent (control) and ActionEvent (action) of the page. */
  elementEvent(event: 'OnBeforeValidateEvent' | 'OnAfterValidateEvent' | 'OnBeforeActionEvent' | 'OnAfterActionEvent', element: string): void {
    const id = this.model.id;
    if (!this.s.events.has('page', id, event, element)) return;
    const validate = event.endsWith('ValidateEvent');
    this.s.events.raise(this.s, 'page', id, event, element, validate ? ['Rec', 'xRec'] : ['Rec'], validate ? [this.rec, this.xrec] : [this.rec], this);
  }

  controlTrigger(c: ControlModel | ActionModel, name: string): boolean {
    const list = c.triggers.get(name);
    if (list === undefined || list.length === 0) return false;
    for (const p of list) this.s.compiled(p)(this, []);
    return true;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Properties evaluated against the current record

  /** Evaluates a property expression (Visible = Rec.X > 0; Editable = IsEditable) to a Boolean; default when absent. */
  boolProp(props: Map<string, { raw: string; value: { kind: string } }>, name: string, dflt: boolean): boolean {
    const p = props.get(name);
    if (p === undefined) return dflt;
    if (/^\s*true\s*$/i.test(p.raw)) return true;
    if (/^\s*false\s*$/i.test(p.raw)) return false;
    const v = p.value as { kind: string; items?: Expression[] };
    const e = v.kind === 'ExpressionListValue' ? v.items?.[0] : undefined;
    if (e === undefined) return dflt;
    return toBool(this.rt.expr(this.model.info, e).ev(new Frame(this, [], undefined)));
  }

  textProp(props: Map<string, { raw: string; value: { kind: string } }>, name: string): string | undefined {
    const p = props.get(name);
    if (p === undefined) return undefined;
    const v = p.value as { kind: string; items?: Expression[] };
    const e = v.kind === 'ExpressionListValue' ? v.items?.[0] : undefined;
    if (e === undefined) return p.raw.trim().replace(/^'|'$/g, '');
    if (e.kind === 'Literal' || (e.kind === 'Identifier' && /^[A-Za-z]+$/.test(e.name) && !this.model.info.globalByName.has(e.name.toLowerCase()))) return e.kind === 'Literal' ? String(e.value) : e.name;
    return formatValue(this.rt.expr(this.model.info, e).ev(new Frame(this, [], undefined)));
  }

  pageEditable(): boolean {
    return this.mode !== 'view' && this.currEditable && !isFalse(this.model.props.get('editable'));
  }

  control(name: string): ControlModel | undefined {
    return this.model.controls.get(name.toLowerCase());
  }

  action(name: string): ActionModel | undefined {
    const a = this.model.actions.get(name.toLowerCase());
    if (a?.target !== undefined) return this.model.actions.get(a.target.toLowerCase()) ?? a;
    return a;
  }

  /** The table field a field control shows (`Rec.X` or `X` of the source table), if any. */
  tableField(c: ControlModel): FieldMeta | undefined {
    const e = c.source;
    if (e === undefined) return undefined;
    if (e.kind === 'MemberExpression' && e.object.kind === 'Identifier' && e.object.name.toLowerCase() === 'rec') return this.rec.table.field(e.member.name);
    if (e.kind === 'Identifier' && !this.model.info.globalByName.has(e.name.toLowerCase())) return this.rec.table.field(e.name);
    return undefined;
  }

  value(c: ControlModel): unknown {
    if (c.source === undefined) return '';
    return this.rt.expr(this.model.info, c.source).ev(new Frame(this, [], undefined));
  }

  /**
   * The control's value as the page shows it: Format of the value, decimals with the control's or the table field's
   * DecimalPlaces, or 2 decimals for AutoFormatType 1 (amounts) and 2:5 for 2 (unit amounts).
   */
  displayText(c: ControlModel): string {
    const v = this.value(c);
    if (typeof v === 'string') return v;
    const t = this.valueType(c);
    if (t?.kind === 'Decimal' || v instanceof Dec) {
      const spec = decimalSpec(c.props, this.tableFieldProps(c));
      if (spec !== undefined) return formatValue(v, 0, spec, t);
    }
    return formatValue(v, 0, 0, t);
  }

  private tableFieldProps(c: ControlModel): Map<string, Property> | undefined {
    const tf = this.tableField(c);
    if (tf === undefined) return undefined;
    let m = tfProps.get(tf);
    if (m === undefined) {
      m = new Map();
      const decls = [this.s.program.table(this.rec.table.name)?.decl, ...this.s.program.files.flatMap((f) => f.node.objects.filter((o) => o.objectType === 'tableextension' && (o.extends?.name ?? '').toLowerCase() === this.rec.table.name.toLowerCase()))];
      for (const d of decls)
        for (const sec of d?.sections ?? [])
          for (const item of sec.items) if (item.kind === 'TableField' && item.name.name.toLowerCase() === tf.name.toLowerCase()) for (const p of item.properties) m.set(p.name.name.toLowerCase(), p);
      tfProps.set(tf, m);
    }
    return m;
  }

  valueType(c: ControlModel): ALType | undefined {
    if (c.source === undefined) return undefined;
    return this.rt.expr(this.model.info, c.source).type;
  }

  controlEditable(c: ControlModel): boolean {
    if (!this.pageEditable() || !this.boolProp(c.props, 'editable', true) || !this.boolProp(c.props, 'enabled', true)) return false;
    if (!this.isNewRecord && isFalse(this.model.props.get('modifyallowed'))) return false;
    const tf = this.tableField(c);
    if (tf !== undefined && tf.fieldClass === 'FlowField') return false;
    if (c.source === undefined || (tf === undefined && this.rt.place(this.model.info, c.source) === undefined)) return false;
    return true;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Opening, reading, saving

  /** Runs the page: OnInit, SourceTableView, OnOpenPage, then the first (or the SetRecord) record. */
  open(mode: 'view' | 'edit' | 'new'): void {
    if (this.state === 'open') throw alError(`The page ${this.model.caption} is already open.`);
    this.mode = isFalse(this.model.props.get('editable')) && mode === 'edit' ? 'view' : mode;
    this.state = 'open';
    this.result = undefined;
    this.applySourceTableView();
    this.trigger('oninit');
    this.trigger('onopenpage');
    if (this.mode === 'new') {
      this.newRecord(false);
      return;
    }
    // The page opens on the record Rec points at (SetRecord, or page code that positioned Rec), else on the first one.
    const positioned = this.positioned || this.rec.table.pk.some((slot) => !isBlank(this.rec.data[slot]));
    const found = positioned ? this.rec.find('=><') : this.rec.find('-');
    if (found) this.afterGetRecord();
    else if (this.mode === 'edit' && this.insertAllowed() && !this.isList()) this.newRecord(false);
    else this.setEmpty();
  }

  isList(): boolean {
    return ['list', 'worksheet', 'listpart', 'listplus', 'api'].includes(this.model.pageType) || [...this.model.controls.values()].some((c) => c.kind === 'repeater');
  }

  insertAllowed(): boolean {
    return !isFalse(this.model.props.get('insertallowed')) && this.pageEditable();
  }

  private applySourceTableView(): void {
    const v = this.model.view;
    if (v === undefined) return;
    const t = this.rec.table;
    if (!this.tableViewSet && v.sorting.length > 0) this.rec.setCurrentKey(v.sorting.map((i) => t.field(i.name)?.slot).filter((x): x is number => x !== undefined));
    if (!this.tableViewSet && v.order === 'descending') this.rec.ascending = false;
    if (v.where.length > 0) {
      const g = this.rec.filterGroup;
      this.rec.filterGroup = 2;
      for (const w of v.where) {
        const f = t.field(w.field.name);
        if (f === undefined) continue;
        if (w.filterType === 'const') this.rec.setRange(f, [evaluateText(w.value, f.type, 0) ?? w.value]);
        else if (w.filterType === 'filter') this.rec.setFilter(f, w.value, []);
      }
      this.rec.filterGroup = g;
    }
  }

  /** Link filters (SubPageLink, RunPageLink) from a record of the calling page, in filter group 4 as BC does. */
  applyLink(filters: ReturnType<typeof filterList>, from: Rec | undefined): void {
    const t = this.rec.table;
    const g = this.rec.filterGroup;
    this.rec.filterGroup = 4;
    for (const w of filters) {
      const f = t.field(w.field.name);
      if (f === undefined) continue;
      if (w.filterType === 'const') this.rec.setRange(f, [evaluateText(w.value, f.type, 0) ?? w.value]);
      else if (w.filterType === 'filter') this.rec.setFilter(f, w.value, []);
      else if (w.filterType === 'field' && from !== undefined) {
        const sf = from.table.field(w.referencedField?.name ?? w.value);
        if (sf !== undefined) this.rec.setRange(f, [from.data[sf.slot]]);
      }
    }
    this.rec.filterGroup = g;
  }

  private setEmpty(): void {
    this.hasRecord = false;
    this.isNewRecord = false;
    this.readSnapshot = undefined;
  }

  newRecord(belowXRec: boolean): void {
    this.rec.data = this.rec.table.initRow().slice();
    this.xrec = this.rec.clone();
    this.hasRecord = true;
    this.isNewRecord = true;
    this.trigger('onnewrecord', [belowXRec]);
    this.readSnapshot = this.rec.data.slice();
    this.trigger('onaftergetcurrrecord');
  }

  /** A row of the repeater was read: FlowFields of the controls, xRec, OnAfterGetRecord (no current-record trigger). */
  loadRow(): void {
    this.hasRecord = true;
    this.isNewRecord = false;
    const flows: number[] = [];
    for (const c of this.model.controls.values()) {
      const tf = c.kind === 'field' ? this.tableField(c) : undefined;
      if (tf !== undefined && tf.fieldClass === 'FlowField') flows.push(tf.slot);
    }
    if (flows.length > 0) this.rec.calcFields(flows);
    this.xrec = this.rec.clone();
    this.trigger('onaftergetrecord');
    this.readSnapshot = this.rec.data.slice();
  }

  /** The current record was read: loadRow, then OnAfterGetCurrRecord and the parts' links. */
  afterGetRecord(): void {
    this.loadRow();
    this.trigger('onaftergetcurrrecord');
    this.readSnapshot = this.rec.data.slice();
    this.updateParts();
  }

  private updateParts(): void {
    for (const c of this.model.controls.values()) {
      if (c.kind !== 'part' || c.partPage === undefined) continue;
      let part = this.parts.get(c.name.toLowerCase());
      if (part === undefined) {
        part = this.rt.newPage(c.partPage);
        this.parts.set(c.name.toLowerCase(), part);
      }
      const link = filterList(c.props.get('subpagelink'));
      if (part.state === 'open') {
        if (link.length === 0) continue;
        part.applyLink(link, this.rec);
        part.refresh();
      } else {
        part.applyLink(link, this.rec);
        part.open(this.mode === 'view' ? 'view' : 'edit');
      }
    }
  }

  /** Whether the page's Rec differs from what it read (the user or page code changed it). */
  dirty(): boolean {
    return this.hasRecord && this.readSnapshot !== undefined && !rowEq(this.rec.data, this.readSnapshot);
  }

  /**
   * Saves the current record as the client does: insert a new record, modify a changed one (page triggers first).
   * With DelayedInsert a new record is inserted only when the user leaves it (`leaving`: close, navigation, SaveRecord).
   */
  save(leaving = true): void {
    if (!this.hasRecord || this.state !== 'open') return;
    if (this.isNewRecord) {
      if (!this.dirty()) return;
      if (!leaving && /true/i.test(this.model.props.get('delayedinsert')?.raw ?? '')) return;
      if (this.trigger('oninsertrecord', [false])) this.rec.insertOrFail(true);
      this.isNewRecord = false;
    } else if (this.dirty()) {
      if (this.trigger('onmodifyrecord')) {
        if (this.rec.storedRow() === undefined) this.rec.insertOrFail(true);
        else this.rec.modifyOrFail(true);
      }
    }
    this.readSnapshot = this.rec.data.slice();
    this.xrec = this.rec.clone();
  }

  /** Re-reads the current record (CurrPage.Update, after an action): the same record, else the next in the filter. */
  refresh(): void {
    if (this.state !== 'open') return;
    if (this.isNewRecord) return;
    if (this.rec.find('=><')) this.afterGetRecord();
    else this.setEmpty();
  }

  deleteCurrent(): void {
    if (!this.hasRecord || this.isNewRecord) return;
    if (isFalse(this.model.props.get('deleteallowed')) || !this.pageEditable()) throw alError(`You cannot delete records on the page ${this.model.caption}.`);
    if (this.trigger('ondeleterecord')) this.rec.deleteOrFail(true);
    this.refresh();
  }

  /** Closes the page as the user does: save, OnQueryClosePage(CloseAction), OnClosePage. */
  close(action: CloseAction | undefined): void {
    if (this.state !== 'open') return;
    if (action !== 'Cancel' && action !== 'LookupCancel') this.save();
    if (!this.trigger('onqueryclosepage', [actionValue(action ?? 'OK')])) throw alError(`The page ${this.model.caption} cannot be closed now.`);
    this.result = action;
    this.state = 'closed';
    this.trigger('onclosepage');
    for (const p of this.parts.values()) if (p.state === 'open') p.close(undefined);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // User input

  /** The user typed `text` (or the test set `value`) into a control: evaluate, validate (table field, control), save. */
  setControlValue(c: ControlModel, value: unknown): void {
    if (c.kind !== 'field') throw alError(`The control ${c.name} of page ${this.model.caption} is not a field.`);
    if (!this.controlEditable(c)) throw alError(`The field ${this.controlCaption(c)} of page ${this.model.caption} is not editable.`);
    if (!this.hasRecord && this.insertAllowed()) this.newRecord(false);
    if (!this.hasRecord) throw alError(`The page ${this.model.caption} shows no record whose ${this.controlCaption(c)} could be changed.`);
    const tf = this.tableField(c);
    if (tf !== undefined) {
      const v = toFieldValue(value, tf.type, this.s, this.controlCaption(c));
      this.s.validate(this.rec, tf.slot, v, true);
    } else {
      const place = c.source === undefined ? undefined : this.rt.place(this.model.info, c.source);
      if (place === undefined) throw alError(`The field ${this.controlCaption(c)} of page ${this.model.caption} is not editable.`);
      const f = new Frame(this, [], undefined);
      place.set(f, place.type === undefined ? value : toFieldValue(value, place.type, this.s, this.controlCaption(c)));
    }
    this.elementEvent('OnBeforeValidateEvent', c.name);
    this.controlTrigger(c, 'onvalidate');
    this.elementEvent('OnAfterValidateEvent', c.name);
    this.save(false);
    if (this.hasRecord && !this.isNewRecord) this.refresh();
  }

  controlCaption(c: ControlModel): string {
    const cap = labelText(c.props.get('caption'));
    if (cap !== undefined) return cap;
    const tf = this.tableField(c);
    return tf?.caption ?? c.name;
  }

  /** Invokes an action: pending changes are saved, OnAction or RunObject runs, the page re-reads its record. */
  invokeAction(a: ActionModel): void {
    this.save();
    this.elementEvent('OnBeforeActionEvent', a.name);
    const ran = this.controlTrigger(a, 'onaction');
    if (ran) this.elementEvent('OnAfterActionEvent', a.name);
    else {
      const ro = a.props.get('runobject');
      if (ro !== undefined && ro.value.kind === 'ObjectReferenceValue') {
        const type = ro.value.objectType;
        const name = ro.value.object.name;
        if (type === 'page') {
          const target = this.rt.newPage(/^\d+$/.test(name) ? Number(name) : name);
          target.applyLink(filterList(a.props.get('runpagelink')), this.rec);
          const view = a.props.get('runpageview');
          if (view?.value.kind === 'TableViewValue') {
            const t = target.rec.table;
            const g = target.rec.filterGroup;
            target.rec.filterGroup = 2;
            for (const w of view.value.where) {
              const f = t.field(w.field.name);
              if (f !== undefined && w.filterType === 'const') target.rec.setRange(f, [evaluateText(w.value, f.type, 0) ?? w.value]);
              else if (f !== undefined && w.filterType === 'filter') target.rec.setFilter(f, w.value, []);
            }
            target.rec.filterGroup = g;
            if (view.value.sorting.length > 0) target.rec.setCurrentKey(view.value.sorting.map((i) => t.field(i.name)?.slot).filter((x): x is number => x !== undefined));
          }
          const mode = (a.props.get('runpagemode')?.raw ?? '').trim().toLowerCase();
          if (mode === 'view') target.mode = 'view';
          else if (mode === 'create') target.mode = 'new';
          runPage(target, false);
        } else if (type === 'codeunit') {
          const info = /^\d+$/.test(name) ? this.s.program.codeunitsById.get(Number(name)) : this.s.program.codeunits.get(name.toLowerCase());
          if (info === undefined) throw alError(`Codeunit ${name} is not loaded.`);
          this.s.runCodeunit(this.s.instanceOf(info), this.rec, false);
        } else this.s.ui.other(`${type}.Run`, name);
      }
    }
    if (this.state === 'open') this.refresh();
  }

  /** The records the user selected (CurrPage.SetSelectionFilter): marks or a primary-key filter on `target`. */
  setSelectionFilter(target: Rec): void {
    target.assignFrom(this.rec);
    const sel = this.selection;
    if (sel !== undefined && sel.length > 1) {
      const probe = this.rec.clone();
      for (const b of sel) {
        if (!locateBookmark(probe, b)) continue;
        target.assignFrom(probe);
        target.mark(true);
      }
      target.markedOnly = true;
      return;
    }
    if (sel !== undefined && sel.length === 1 && sel[0] !== undefined) {
      const probe = this.rec.clone();
      if (locateBookmark(probe, sel[0])) target.assignFrom(probe);
    }
    target.setRecFilter();
  }
}

const tfProps = new WeakMap<FieldMeta, Map<string, Property>>();

function decimalSpec(control: Map<string, Property>, field: Map<string, Property> | undefined): string | undefined {
  const dp = control.get('decimalplaces') ?? field?.get('decimalplaces');
  if (dp !== undefined && dp.value.kind === 'DecimalPlacesValue') {
    const min = dp.value.min ?? 0;
    const max = dp.value.max ?? (dp.value.min === undefined ? 5 : min);
    return `<Precision,${min}:${max}><Standard Format,0>`;
  }
  const aft = (control.get('autoformattype') ?? field?.get('autoformattype'))?.raw.trim();
  if (aft === '1') return '<Precision,2:2><Standard Format,0>';
  if (aft === '2') return '<Precision,2:5><Standard Format,0>';
  return undefined;
}

let noSourceTable: TableMeta | undefined;
/** Rec of a page without SourceTable: a temporary record of a one-field table (BC gives such pages an empty Rec). */
function blankTable(s: Session): TableMeta {
  const t = s.program.table('Integer')?.table;
  if (t !== undefined) return t;
  if (noSourceTable === undefined) {
    const m = new TableMeta(2000000026, 'Integer');
    m.addField({ no: 1, name: 'Number', caption: 'Number', type: T.Integer, fieldClass: 'Normal', autoIncrement: false, notBlank: false, validateTableRelation: false });
    m.keys.push({ name: 'PK', slots: [0], sumIndexFields: [] });
    noSourceTable = m;
  }
  return noSourceTable;
}

/** The value of a control after user input: text is evaluated into the type (as the client does), else converted. */
export function toFieldValue(value: unknown, t: ALType, s: Session, caption: string): unknown {
  if (typeof value === 'string' && t.kind !== 'Text' && t.kind !== 'Code' && t.kind !== 'Variant' && t.kind !== 'SecretText') {
    const v = evaluateText(value, t, 0, () => s.workDate());
    if (v === undefined) throw alError(`The value '${value}' is not valid for the field ${caption}.`);
    return coerce(v, t);
  }
  if (t.kind === 'Text' || t.kind === 'Code') {
    const text = typeof value === 'string' ? value : formatValue(value);
    return coerce(text, t);
  }
  return t.kind === 'Variant' ? value : coerce(value, t);
}

/** Bookmark of a record: its primary-key values in XML format (Format(v, 0, 9)), JSON-encoded. */
export function bookmarkOf(r: Rec): string {
  return JSON.stringify(r.table.pk.map((s) => formatValue(r.data[s], 0, 9, r.table.fields[s]?.type)));
}

export function locateBookmark(r: Rec, bookmark: string): boolean {
  let parts: unknown;
  try {
    parts = JSON.parse(bookmark);
  } catch {
    return false;
  }
  if (!Array.isArray(parts)) return false;
  const pk = r.table.pk;
  const save = r.data.slice();
  pk.forEach((s, i) => {
    const f = r.table.fields[s];
    const text = parts[i];
    if (f !== undefined && typeof text === 'string') r.data[s] = coerce(evaluateText(text, f.type, 9) ?? text, f.type);
  });
  if (r.find('=')) return true;
  r.data = save;
  return false;
}

/**
 * Runs a page: through the page UI of the session (test handlers, sandbox), else as "other" UI of the session's hooks
 * (which fails in tests without handlers, as BC's "Unhandled UI").
 */
export function runPage(page: PageV, modal: boolean): CloseAction | undefined {
  const ui = page.rt.ui;
  if (ui === undefined) {
    page.s.ui.other(modal ? 'Page.RunModal' : 'Page.Run', page.model.name);
    return undefined;
  }
  return ui.runPage(page, modal);
}

/** Errors of page code keep their AL text; helpers for callers that need an ALError. */
export { toALError };
