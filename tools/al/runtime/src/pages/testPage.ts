import { alError, toALError } from '../errors';
import { Rec } from '../db/record';
import { evaluateText, formatValue } from '../values/format';
import { coerce, equals } from '../values/ops';
import { T, type ALType } from '../values/types';
import { pageModel, type PageModel } from './model';
import { PageV, type CloseAction, type PageRuntime } from './instance';

/**
 * TestPage (Microsoft Learn, "TestPage data type"): drives a page like a user. A TestPage is bound to a running page
 * instance by OpenView/OpenEdit/OpenNew, by Trap (the next page run), or by the handler that receives it.
 */
export class TestPageV {
  page: PageV | undefined;
  modal = false;
  constructor(
    readonly rt: PageRuntime,
    readonly pageName: string,
    /** For a part (TestPage.PartName): the parent test page and the part control. */
    readonly partOf?: { readonly parent: TestPageV; readonly control: string },
  ) {}

  get model(): PageModel {
    const info = this.rt.pageInfo(this.pageName);
    return pageModel(this.rt.s.program, info);
  }

  /** The running page (error when the test page is not open, as BC's "The TestPage is not open."). */
  get p(): PageV {
    if (this.partOf !== undefined) {
      const parent = this.partOf.parent.p;
      const part = parent.parts.get(this.partOf.control.toLowerCase());
      if (part === undefined || part.state !== 'open') throw alError(`The part ${this.partOf.control} of the TestPage is not open.`);
      return part;
    }
    const p = this.page;
    if (p === undefined || p.state !== 'open') throw alError('The TestPage is not open.');
    return p;
  }

  open(mode: 'view' | 'edit' | 'new'): void {
    if (this.page !== undefined && this.page.state === 'open') throw alError('The TestPage is already open.');
    const p = this.rt.newPage(this.pageName);
    this.page = p;
    p.open(mode);
  }

  bind(p: PageV): void {
    this.page = p;
  }

  close(): void {
    const p = this.page;
    if (p === undefined || p.state !== 'open') throw alError('The TestPage is not open.');
    p.close(p.lookupMode ? 'LookupOK' : 'OK');
  }

  /** A system action (OK, Cancel, Yes, No, LookupOK, LookupCancel): closes the page with that action. */
  systemAction(name: CloseAction): void {
    const p = this.p;
    let a: CloseAction = name;
    if (p.lookupMode && name === 'OK') a = 'LookupOK';
    if (p.lookupMode && name === 'Cancel') a = 'LookupCancel';
    p.close(a);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Navigation (the repeater's current record)

  move(which: 'first' | 'last' | 'next' | 'previous'): boolean {
    const p = this.p;
    p.save();
    const r = p.rec;
    let ok: boolean;
    if (which === 'first' || which === 'last') ok = r.find(which === 'first' ? '-' : '+');
    else {
      const probe = r.clone();
      ok = probe.next(which === 'next' ? 1 : -1) !== 0;
      if (ok) r.assignFrom(probe);
    }
    if (ok) p.afterGetRecord();
    return ok;
  }

  goToRecord(v: unknown): boolean {
    if (!(v instanceof Rec)) throw alError('GoToRecord needs a record.');
    const p = this.p;
    p.save();
    const probe = p.rec.clone();
    for (const s of probe.table.pk) probe.data[s] = v.data[s];
    if (!probe.find('=')) return false;
    p.rec.assignFrom(probe);
    p.afterGetRecord();
    return true;
  }

  goToKey(values: readonly unknown[]): boolean {
    const p = this.p;
    p.save();
    const probe = p.rec.clone();
    probe.table.pk.forEach((s, i) => {
      const f = probe.table.fields[s];
      if (f !== undefined && i < values.length) probe.data[s] = coerce(values[i], f.type);
    });
    if (!probe.find('=')) return false;
    p.rec.assignFrom(probe);
    p.afterGetRecord();
    return true;
  }

  /** FindFirstField/FindNextField/FindPreviousField(Control, Value): the first record whose control shows Value. */
  findField(control: string, value: unknown, which: 'first' | 'next' | 'previous'): boolean {
    const p = this.p;
    const c = p.control(control);
    if (c === undefined) throw alError(`The page ${p.model.caption} has no control ${control}.`);
    p.save();
    const probe = p.rec.clone();
    const want = typeof value === 'string' ? value : formatValue(value);
    const start = which === 'first' ? probe.find('-') : probe.next(which === 'next' ? 1 : -1) !== 0;
    if (!start) return false;
    const saved = p.rec.data.slice();
    for (;;) {
      p.rec.assignFrom(probe);
      p.afterGetRecord();
      if (formatValue(p.value(c)) === want) return true;
      if (probe.next(which === 'previous' ? -1 : 1) === 0) break;
    }
    p.rec.data = saved;
    p.refresh();
    return false;
  }
}

export class TestFieldV {
  constructor(
    readonly tp: TestPageV,
    readonly control: string,
  ) {}

  private get c() {
    const p = this.tp.p;
    const c = p.control(this.control);
    if (c === undefined) throw alError(`The page ${p.model.caption} has no control ${this.control}.`);
    return { p, c };
  }

  raw(): unknown {
    const { p, c } = this.c;
    return p.value(c);
  }

  /** Value as the page shows it (Format of the control's value). */
  text(): string {
    const { p, c } = this.c;
    return p.displayText(c);
  }

  /** Errors while the value is validated carry the code TestValidation, as BC's TestPage reports them. */
  setValue(v: unknown): void {
    const { p, c } = this.c;
    try {
      p.setControlValue(c, v);
    } catch (e) {
      const ae = toALError(e);
      if (!ae.internal) ae.info.code = 'TestValidation';
      throw ae;
    }
  }

  as(t: ALType): unknown {
    const v = this.raw();
    if (typeof v === 'string' && t.kind !== 'Text') {
      const r = evaluateText(v, t, 0);
      if (r === undefined) throw alError(`The value '${v}' of the field ${this.control} cannot be converted to ${t.kind}.`);
      return coerce(r, t);
    }
    return coerce(v, t);
  }

  visible(): boolean {
    const { p, c } = this.c;
    return p.boolProp(c.props, 'visible', true);
  }
  enabled(): boolean {
    const { p, c } = this.c;
    return p.boolProp(c.props, 'enabled', true);
  }
  editable(): boolean {
    const { p, c } = this.c;
    return p.controlEditable(c);
  }
  caption(): string {
    const { p, c } = this.c;
    return p.controlCaption(c);
  }
  /** Drilldown/AssistEdit/Lookup: the control's trigger; without one, nothing happens (no table lookup page here). */
  trigger(name: 'ondrilldown' | 'onassistedit' | 'onlookup'): void {
    const { p, c } = this.c;
    p.save();
    if (name === 'onlookup') {
      const list = c.triggers.get('onlookup');
      if (list !== undefined && list.length > 0) {
        const args: unknown[] = ['', ''];
        for (const proc of list) {
          const ok = p.s.compiled(proc)(p, args);
          if (ok === true && typeof args[0] === 'string') p.setControlValue(c, args[0]);
        }
      }
    } else p.controlTrigger(c, name);
    if (p.state === 'open') p.refresh();
  }
  assertEquals(v: unknown): void {
    const actual = this.text();
    const expected = typeof v === 'string' ? v : formatValue(v);
    if (actual !== expected && !equals(this.raw(), v)) throw alError(`AssertEquals for Field: ${this.control} Expected = '${expected}', Actual = '${actual}'`);
  }
}

export class TestActionV {
  constructor(
    readonly tp: TestPageV,
    readonly action: string,
    readonly system?: CloseAction,
  ) {}

  invoke(): void {
    if (this.system !== undefined) {
      this.tp.systemAction(this.system);
      return;
    }
    const p = this.tp.p;
    const a = p.action(this.action);
    if (a === undefined) throw alError(`The page ${p.model.caption} has no action ${this.action}.`);
    p.invokeAction(a);
  }
  visible(): boolean {
    if (this.system !== undefined) return true;
    const p = this.tp.p;
    const a = p.action(this.action);
    return a === undefined ? false : p.boolProp(a.props, 'visible', true);
  }
  enabled(): boolean {
    if (this.system !== undefined) return true;
    const p = this.tp.p;
    const a = p.action(this.action);
    return a === undefined ? false : p.boolProp(a.props, 'enabled', true);
  }
}

/** TestPage.Filter: filters on the page's record (filter group 0, as a user's filter). */
export class TestFilterV {
  constructor(readonly tp: TestPageV) {}
}

export const AS_TYPES: Record<string, ALType> = {
  asinteger: T.Integer,
  asdecimal: T.Decimal,
  asboolean: T.Boolean,
  asdate: T.Date,
  astime: T.Time,
  asdatetime: T.DateTime,
};
