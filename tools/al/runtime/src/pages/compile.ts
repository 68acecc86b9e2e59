import type { Expression } from '../../../syntax/src/ast';
import { alError } from '../errors';
import { Rec } from '../db/record';
import type { FieldMeta } from '../db/meta';
import { formatValue } from '../values/format';
import { toBool, toInt } from '../values/ops';
import { EnumValue, T, type ALType } from '../values/types';
import { Frame, type CE, type Ev, type LV } from '../interp/frame';
import type { Compiler } from '../interp/compile';
import type { Session } from '../interp/session';
import { pageALType, pageTypeOf, type PageALType } from './types';
import { pageModel, type PageModel } from './model';
import { ACTION_TYPE, PageV, actionValue, pageRuntime, runPage, type CloseAction } from './instance';
import { AS_TYPES, TestActionV, TestFieldV, TestFilterV, TestPageV } from './testPage';
import { NotificationV } from './notification';

/**
 * The compiler's page hooks: names in page code (Rec, xRec, CurrPage, source-table fields), members of Page,
 * TestPage, CurrPage, TestField, TestAction and Notification values, and Page.Run/RunModal. Code that does not use
 * pages never reaches this file.
 */

const ACTION_T: ALType = { kind: 'Option', enumType: ACTION_TYPE };

function modelOf(c: Compiler, name: string, node: { start: number }): PageModel {
  const info = c.s.program.pages.get(name.replace(/^"|"$/g, '').toLowerCase());
  if (info === undefined) return c.err(`page '${name}' is not loaded`, node);
  return pageModel(c.s.program, info);
}

function sourceRecType(m: PageModel): ALType {
  return { kind: 'Record', table: m.sourceTable ?? 'Integer', temporary: m.sourceTableTemporary };
}

const selfPage = (f: Frame): PageV => f.self as PageV;

/** Rec, xRec, CurrPage and the source table's fields inside page code. */
export function pageNameCE(c: Compiler, name: string): CE | undefined {
  const m = pageModel(c.s.program, c.owner);
  const n = name.toLowerCase();
  if (n === 'rec') return { ev: (f) => selfPage(f).rec, type: sourceRecType(m) };
  if (n === 'xrec') return { ev: (f) => selfPage(f).xrec, type: sourceRecType(m) };
  if (n === 'currpage') return { ev: (f) => f.self, type: pageALType('CurrPage', m.name) };
  const fm = m.sourceTable === undefined ? undefined : c.s.table(m.sourceTable)?.field(name);
  if (fm !== undefined) {
    const slot = fm.slot;
    return { ev: (f) => selfPage(f).rec.data[slot], type: fm.type };
  }
  return undefined;
}

export function pageNameLV(c: Compiler, name: string): LV | undefined {
  const m = pageModel(c.s.program, c.owner);
  const n = name.toLowerCase();
  if (n === 'rec') return { get: (f) => selfPage(f).rec, set: (f, v) => selfPage(f).rec.assignFrom(v as Rec), type: sourceRecType(m) };
  if (n === 'xrec') return { get: (f) => selfPage(f).xrec, set: (f, v) => selfPage(f).xrec.assignFrom(v as Rec), type: sourceRecType(m) };
  const fm = m.sourceTable === undefined ? undefined : c.s.table(m.sourceTable)?.field(name);
  if (fm !== undefined) return c.fieldPlace((f) => selfPage(f).rec, fm);
  return undefined;
}

/** The implicit Rec of page code, for record methods called without `Rec.`. */
export function pageRecCE(c: Compiler): CE {
  const m = pageModel(c.s.program, c.owner);
  return { ev: (f) => selfPage(f).rec, type: sourceRecType(m) };
}

function fieldOfArg(c: Compiler, table: string, e: Expression | undefined, node: { start: number }): FieldMeta {
  const name = e === undefined ? undefined : e.kind === 'Identifier' ? e.name : e.kind === 'MemberExpression' ? e.member.name : undefined;
  const fm = name === undefined ? undefined : c.s.table(table)?.field(name);
  if (fm === undefined) return c.err(`a field of table ${table} was expected`, node);
  return fm;
}

function argEvs(c: Compiler, args: readonly Expression[]): Ev[] {
  return args.map((a) => c.expr(a, true).ev);
}

const TESTPAGE_METHODS = new Set([
  'openview',
  'openedit',
  'opennew',
  'close',
  'trap',
  'ok',
  'cancel',
  'yes',
  'no',
  'lookupok',
  'lookupcancel',
  'first',
  'next',
  'previous',
  'last',
  'gotorecord',
  'gotokey',
  'findfirstfield',
  'findnextfield',
  'findpreviousfield',
  'filter',
  'expand',
  'isexpanded',
  'caption',
  'editable',
  'new',
  'edit',
  'view',
  'validationerrorcount',
  'getvalidationerror',
  'getfield',
]);

/** Members of page-world values; undefined when `obj` is not one. */
export function compilePageMember(c: Compiler, obj: CE, name: string, args: readonly Expression[], node: { start: number }, used: boolean): CE | undefined {
  const t = pageTypeOf(obj.type);
  if (t === undefined) return undefined;
  const m = name.toLowerCase();
  const oev = obj.ev;
  switch (t.pageKind) {
    case 'TestPage':
      return testPageMember(c, t, oev, name, m, args, node);
    case 'TestField':
      return testFieldMember(c, oev, name, m, args, node);
    case 'TestAction':
      return testActionMember(c, oev, name, m, node);
    case 'TestFilter':
      return testFilterMember(c, t, oev, m, args, node);
    case 'Page':
    case 'CurrPage':
      return pageMember(c, t, oev, name, m, args, node, used);
    case 'PagePart': {
      if (m === 'page') return { ev: oev, type: pageALType('Page', t.page) };
      if (m === 'update') {
        const a = argEvs(c, args);
        return {
          ev: (f) => {
            const p = oev(f) as PageV;
            if (a[0] === undefined || toBool(a[0](f))) p.save();
            p.refresh();
            p.updateRequested = true;
            return undefined;
          },
          type: undefined,
        };
      }
      if (m === 'editable' || m === 'visible' || m === 'enabled') return { ev: () => true, type: T.Boolean };
      return c.err(`the part has no member '${name}'`, node);
    }
    case 'UserControl': {
      // Control add-in procedures run in the browser: the sandbox receives them as addinCall effects; elsewhere
      // (tests) they have no effect. Arguments are still evaluated.
      const a = argEvs(c, args);
      const control = t.page;
      return {
        ev: (f) => {
          const vals = a.map((e) => e(f));
          pageRuntime(c.s).addinCall?.(control, name, vals);
          return undefined;
        },
        type: undefined,
      };
    }
    case 'Notification':
      return notificationMember(c, oev, name, m, args, node);
  }
}

function testPageOf(v: unknown): TestPageV {
  if (!(v instanceof TestPageV)) throw alError('The TestPage variable is not initialized.');
  return v;
}

function testPageMember(c: Compiler, t: PageALType, oev: Ev, name: string, m: string, args: readonly Expression[], node: { start: number }): CE {
  const model = modelOf(c, t.page, node);
  const ctl = model.controls.get(m);
  const act = model.actions.get(m);
  if (!TESTPAGE_METHODS.has(m) || (args.length === 0 && (ctl !== undefined || act !== undefined) && !['close', 'ok', 'cancel', 'first', 'next', 'last', 'previous', 'trap'].includes(m))) {
    if (ctl !== undefined && ctl.kind === 'part' && ctl.partPage !== undefined) {
      const partName = ctl.partPage;
      const ctlName = ctl.name;
      return { ev: (f) => new TestPageV(pageRuntime(c.s), partName, { parent: testPageOf(oev(f)), control: ctlName }), type: pageALType('TestPage', partName) };
    }
    if (ctl !== undefined) {
      const ctlName = ctl.name;
      return { ev: (f) => new TestFieldV(testPageOf(oev(f)), ctlName), type: pageALType('TestField', t.page) };
    }
    if (act !== undefined) {
      const actName = act.name;
      return { ev: (f) => new TestActionV(testPageOf(oev(f)), actName), type: pageALType('TestAction', t.page) };
    }
    if (!TESTPAGE_METHODS.has(m)) return c.err(`page ${model.name} has no control or action '${name}'`, node);
  }
  const a = argEvs(c, args);
  const tp = (f: Frame): TestPageV => testPageOf(oev(f));
  const none = (fn: (p: TestPageV, f: Frame) => void): CE => ({
    ev: (f) => {
      fn(tp(f), f);
      return undefined;
    },
    type: undefined,
  });
  const bool = (fn: (p: TestPageV, f: Frame) => boolean): CE => ({ ev: (f) => fn(tp(f), f), type: T.Boolean });
  const sys = (a2: CloseAction): CE => ({ ev: (f) => new TestActionV(tp(f), a2, a2), type: pageALType('TestAction', t.page) });
  switch (m) {
    case 'openview':
      return none((p) => p.open('view'));
    case 'openedit':
      return none((p) => p.open('edit'));
    case 'opennew':
      return none((p) => p.open('new'));
    case 'close':
      return none((p) => p.close());
    case 'trap':
      return none((p) => {
        const rt = pageRuntime(c.s);
        const id = p.model.id;
        rt.traps.push({ pageId: id, bind: (pg) => p.bind(pg) });
      });
    case 'ok':
      return sys('OK');
    case 'cancel':
      return sys('Cancel');
    case 'yes':
      return sys('Yes');
    case 'no':
      return sys('No');
    case 'lookupok':
      return sys('LookupOK');
    case 'lookupcancel':
      return sys('LookupCancel');
    case 'first':
    case 'last':
    case 'next':
    case 'previous':
      return bool((p) => p.move(m));
    case 'gotorecord':
      return bool((p, f) => p.goToRecord(a[0]?.(f)));
    case 'gotokey':
      return bool((p, f) => p.goToKey(a.map((e) => e(f))));
    case 'findfirstfield':
    case 'findnextfield':
    case 'findpreviousfield': {
      const ce = args[0];
      const ctlName = ce?.kind === 'Identifier' ? ce.name : ce?.kind === 'MemberExpression' ? ce.member.name : '';
      const which = m === 'findfirstfield' ? 'first' : m === 'findnextfield' ? 'next' : 'previous';
      return bool((p, f) => p.findField(ctlName, a[1]?.(f), which));
    }
    case 'filter':
      return { ev: (f) => new TestFilterV(tp(f)), type: pageALType('TestFilter', t.page) };
    case 'expand':
      return none(() => undefined);
    case 'isexpanded':
      return bool(() => true);
    case 'caption':
      return { ev: (f) => tp(f).p.caption, type: T.Text };
    case 'editable':
      return bool((p) => p.p.pageEditable());
    case 'new':
      return none((p) => {
        const pg = p.p;
        pg.save();
        if (!pg.insertAllowed()) throw alError(`You cannot insert records on the page ${pg.model.caption}.`);
        pg.newRecord(true);
      });
    case 'edit':
      return { ev: (f) => new TestActionV(tp(f), '', undefined), type: pageALType('TestAction', t.page) };
    case 'view':
      return { ev: (f) => new TestActionV(tp(f), '', undefined), type: pageALType('TestAction', t.page) };
    case 'validationerrorcount':
      return { ev: () => 0, type: T.Integer };
    case 'getvalidationerror':
      return { ev: () => '', type: T.Text };
    case 'getfield':
      // TestPage.GetField(FieldNo): the control that shows that field of the source table
      return {
        ev: (f) => {
          const p = tp(f);
          const no = toInt(a[0]?.(f));
          const pg = p.p;
          const ctl = [...pg.model.controls.values()].find((x) => x.kind === 'field' && pg.tableField(x)?.no === no);
          if (ctl === undefined) throw alError(`The page ${pg.model.caption} has no control for field number ${no}.`);
          return new TestFieldV(p, ctl.name);
        },
        type: pageALType('TestField', t.page),
      };
  }
  return c.err(`TestPage has no member '${name}'`, node);
}

function testFieldOf(v: unknown): TestFieldV {
  if (!(v instanceof TestFieldV)) throw alError('The TestField is not initialized.');
  return v;
}

function testFieldMember(c: Compiler, oev: Ev, name: string, m: string, args: readonly Expression[], node: { start: number }): CE {
  const a = argEvs(c, args);
  const tf = (f: Frame): TestFieldV => testFieldOf(oev(f));
  const asT = AS_TYPES[m];
  if (asT !== undefined) return { ev: (f) => tf(f).as(asT), type: asT };
  switch (m) {
    case 'value':
      if (args.length === 1)
        return {
          ev: (f) => {
            tf(f).setValue(a[0]?.(f));
            return undefined;
          },
          type: undefined,
        };
      return { ev: (f) => tf(f).text(), type: T.Text };
    case 'setvalue':
      return {
        ev: (f) => {
          tf(f).setValue(a[0]?.(f));
          return undefined;
        },
        type: undefined,
      };
    case 'visible':
      return { ev: (f) => tf(f).visible(), type: T.Boolean };
    case 'enabled':
      return { ev: (f) => tf(f).enabled(), type: T.Boolean };
    case 'editable':
      return { ev: (f) => tf(f).editable(), type: T.Boolean };
    case 'hidevalue':
    case 'showmandatory':
      return { ev: () => false, type: T.Boolean };
    case 'caption':
      return { ev: (f) => tf(f).caption(), type: T.Text };
    case 'drilldown':
    case 'assistedit':
    case 'lookup': {
      const trig = m === 'drilldown' ? 'ondrilldown' : m === 'assistedit' ? 'onassistedit' : 'onlookup';
      return {
        ev: (f) => {
          tf(f).trigger(trig);
          return undefined;
        },
        type: undefined,
      };
    }
    case 'assertequals':
      return {
        ev: (f) => {
          tf(f).assertEquals(a[0]?.(f));
          return undefined;
        },
        type: undefined,
      };
    case 'activate':
    case 'invoke':
      return { ev: () => undefined, type: undefined };
    case 'validationerrorcount':
      return { ev: () => 0, type: T.Integer };
  }
  return c.err(`TestField has no member '${name}'`, node);
}

function testActionMember(c: Compiler, oev: Ev, name: string, m: string, node: { start: number }): CE {
  const ta = (f: Frame): TestActionV => {
    const v = oev(f);
    if (!(v instanceof TestActionV)) throw alError('The TestAction is not initialized.');
    return v;
  };
  switch (m) {
    case 'invoke':
      return {
        ev: (f) => {
          ta(f).invoke();
          return undefined;
        },
        type: undefined,
      };
    case 'visible':
      return { ev: (f) => ta(f).visible(), type: T.Boolean };
    case 'enabled':
      return { ev: (f) => ta(f).enabled(), type: T.Boolean };
    case 'caption':
      return { ev: (f) => ta(f).action, type: T.Text };
  }
  return c.err(`TestAction has no member '${name}'`, node);
}

function testFilterMember(c: Compiler, t: PageALType, oev: Ev, m: string, args: readonly Expression[], node: { start: number }): CE {
  const model = modelOf(c, t.page, node);
  const table = model.sourceTable ?? 'Integer';
  const tfl = (f: Frame): TestFilterV => {
    const v = oev(f);
    if (!(v instanceof TestFilterV)) throw alError('The TestPage filter is not initialized.');
    return v;
  };
  switch (m) {
    case 'setfilter': {
      const fm = fieldOfArg(c, table, args[0], node);
      const v = args[1] === undefined ? () => '' : c.expr(args[1], true).ev;
      return {
        ev: (f) => {
          const p = tfl(f).tp.p;
          p.save();
          const val = v(f);
          p.rec.setFilter(fm, typeof val === 'string' ? val : formatValue(val), []);
          if (p.rec.find('=><')) p.afterGetRecord();
          else p.refresh();
          return undefined;
        },
        type: undefined,
      };
    }
    case 'getfilter': {
      const fm = fieldOfArg(c, table, args[0], node);
      return { ev: (f) => tfl(f).tp.p.rec.getFilter(fm), type: T.Text };
    }
    case 'getfilters':
      return { ev: (f) => tfl(f).tp.p.rec.getFilters(), type: T.Text };
  }
  return c.err(`TestPage.Filter has no member '${m}'`, node);
}

function pageOf(v: unknown): PageV {
  if (!(v instanceof PageV)) throw alError('The page variable is not initialized.');
  return v;
}

function pageMember(c: Compiler, t: PageALType, oev: Ev, name: string, m: string, args: readonly Expression[], node: { start: number }, used: boolean): CE {
  const model = modelOf(c, t.page, node);
  const a = argEvs(c, args);
  const pg = (f: Frame): PageV => pageOf(oev(f));
  const none = (fn: (p: PageV, f: Frame) => void): CE => ({
    ev: (f) => {
      fn(pg(f), f);
      return undefined;
    },
    type: undefined,
  });
  if (t.pageKind === 'CurrPage') {
    const ctl = model.controls.get(m);
    if (ctl !== undefined && ctl.kind === 'part' && ctl.partPage !== undefined) {
      const key = ctl.name.toLowerCase();
      const partPage = ctl.partPage;
      return {
        ev: (f) => {
          const p = pg(f);
          let part = p.parts.get(key);
          if (part === undefined) {
            part = p.rt.newPage(partPage);
            p.parts.set(key, part);
          }
          return part;
        },
        type: pageALType('PagePart', partPage),
      };
    }
    if (ctl !== undefined && ctl.kind === 'usercontrol') return { ev: oev, type: pageALType('UserControl', ctl.name) };
  }
  switch (m) {
    case 'update':
      return none((p, f) => {
        if (a[0] === undefined || toBool(a[0](f))) p.save();
        p.refresh();
        p.updateRequested = true;
      });
    case 'saverecord':
      return none((p) => p.save());
    case 'close':
      return none((p) => {
        p.closeRequested = true;
        if (p.state === 'open') p.close(p.lookupMode ? 'LookupOK' : 'OK');
      });
    case 'setselectionfilter':
      return none((p, f) => {
        const r = a[0]?.(f);
        if (!(r instanceof Rec)) throw alError('SetSelectionFilter needs a record variable.');
        p.setSelectionFilter(r);
      });
    case 'editable':
      if (args.length === 1)
        return none((p, f) => {
          p.currEditable = toBool(a[0]?.(f));
        });
      return { ev: (f) => pg(f).pageEditable(), type: T.Boolean };
    case 'lookupmode':
      if (args.length === 1)
        return none((p, f) => {
          p.lookupMode = toBool(a[0]?.(f));
        });
      return { ev: (f) => pg(f).lookupMode, type: T.Boolean };
    case 'caption':
      if (args.length === 1)
        return none((p, f) => {
          p.caption = String(a[0]?.(f));
        });
      return { ev: (f) => pg(f).caption, type: T.Text };
    case 'objectid':
      return { ev: () => `Page ${model.name}`, type: T.Text };
    case 'activate':
      return none(() => undefined);
  }
  if (t.pageKind === 'Page') {
    switch (m) {
      case 'setrecord':
        return none((p, f) => {
          const r = a[0]?.(f);
          if (!(r instanceof Rec)) throw alError('SetRecord needs a record.');
          p.rec.assignFrom(r);
          p.positioned = true;
        });
      case 'gettable':
      case 'settableview':
        return none((p, f) => {
          const r = a[0]?.(f);
          if (!(r instanceof Rec)) throw alError('SetTableView needs a record.');
          p.rec.copyFiltersFrom(r);
          p.rec.keySlots = r.keySlots;
          p.rec.ascending = r.ascending;
          p.tableViewSet = true;
        });
      case 'getrecord':
        return none((p, f) => {
          const r = a[0]?.(f);
          if (!(r instanceof Rec)) throw alError('GetRecord needs a record variable.');
          r.assignFrom(p.rec);
        });
      case 'run':
        return none((p) => {
          if (p.state === 'open') throw alError(`The page ${p.model.caption} is already open.`);
          runPage(p, false);
        });
      case 'runmodal':
        return {
          ev: (f) => {
            const p = pg(f);
            if (p.state === 'open') throw alError(`The page ${p.model.caption} is already open.`);
            return actionValue(runPage(p, true));
          },
          type: ACTION_T,
        };
    }
    const procs = model.info.procs.get(m);
    if (procs !== undefined) return c.s.compileProcCall(c, procs, (f) => pg(f), args, node, used);
  }
  return c.err(`page ${model.name} has no member '${name}'`, node);
}

function notificationOf(v: unknown): NotificationV {
  if (!(v instanceof NotificationV)) throw alError('The Notification variable is not initialized.');
  return v;
}

function notificationMember(c: Compiler, oev: Ev, name: string, m: string, args: readonly Expression[], node: { start: number }): CE {
  const a = argEvs(c, args);
  const nv = (f: Frame): NotificationV => notificationOf(oev(f));
  const set = (fn: (n: NotificationV, v: unknown) => void): CE => ({
    ev: (f) => {
      fn(nv(f), a[0]?.(f));
      return undefined;
    },
    type: undefined,
  });
  switch (m) {
    case 'id':
      if (args.length === 1) return set((n, v) => void (n.id = String(v)));
      return { ev: (f) => nv(f).id, type: T.Guid };
    case 'message':
      if (args.length === 1) return set((n, v) => void (n.message = String(v)));
      return { ev: (f) => nv(f).message, type: T.Text };
    case 'scope':
      if (args.length === 1) return set((n, v) => void (n.scope = v instanceof EnumValue ? v.ordinal : toInt(v)));
      return { ev: (f) => new EnumValue(scopeType(c.s), nv(f).scope), type: { kind: 'Option', enumType: scopeType(c.s) } };
    case 'send':
      return {
        ev: (f) => {
          const n = nv(f);
          n.ensureId();
          const rt = pageRuntime(c.s);
          if (rt.ui !== undefined) rt.ui.sendNotification(n);
          else rt.notifications.push(n.copy());
          return true;
        },
        type: T.Boolean,
      };
    case 'recall':
      return {
        ev: (f) => {
          const n = nv(f);
          const rt = pageRuntime(c.s);
          if (rt.ui !== undefined) rt.ui.recallNotification(n);
          else {
            const i = rt.notifications.findIndex((x) => x.id === n.id);
            if (i >= 0) rt.notifications.splice(i, 1);
          }
          return true;
        },
        type: T.Boolean,
      };
    case 'setdata':
      return {
        ev: (f) => {
          const v = a[1]?.(f);
          nv(f).data.set(String(a[0]?.(f)), typeof v === 'string' ? v : formatValue(v));
          return undefined;
        },
        type: undefined,
      };
    case 'getdata':
      return { ev: (f) => nv(f).data.get(String(a[0]?.(f))) ?? '', type: T.Text };
    case 'hasdata':
      return { ev: (f) => nv(f).data.has(String(a[0]?.(f))), type: T.Boolean };
    case 'addaction':
      return {
        ev: (f) => {
          nv(f).actions.push({ caption: String(a[0]?.(f)), codeunitId: toInt(a[1]?.(f)), method: String(a[2]?.(f)), tooltip: a[3] === undefined ? '' : String(a[3](f)) });
          return undefined;
        },
        type: undefined,
      };
  }
  return c.err(`Notification has no member '${name}'`, node);
}

function scopeType(s: Session) {
  const t = s.program.enums.get('notificationscope');
  if (t === undefined) throw alError('NotificationScope is not defined.');
  return t;
}

/** Assignable properties: Notification.Id/Message/Scope, TestField.Value, CurrPage.Caption/Editable/LookupMode. */
export function compilePageProperty(c: Compiler, obj: CE, name: string, node: { start: number }): LV | undefined {
  const t = pageTypeOf(obj.type);
  if (t === undefined) return undefined;
  const getter = compilePageMember(c, obj, name, [], node, true);
  if (getter === undefined) return undefined;
  const m = name.toLowerCase();
  const oev = obj.ev;
  const setter = (f: Frame, v: unknown): void => {
    const o = oev(f);
    if (o instanceof NotificationV) {
      if (m === 'id') o.id = String(v);
      else if (m === 'message') o.message = String(v);
      else if (m === 'scope') o.scope = v instanceof EnumValue ? v.ordinal : toInt(v);
      else throw alError(`Notification.${name} cannot be assigned.`);
    } else if (o instanceof TestFieldV && m === 'value') o.setValue(v);
    else if (o instanceof PageV && m === 'caption') o.caption = String(v);
    else if (o instanceof PageV && m === 'editable') o.currEditable = toBool(v);
    else if (o instanceof PageV && m === 'lookupmode') o.lookupMode = toBool(v);
    else throw alError(`${name} cannot be assigned here.`);
  };
  return { get: getter.ev, set: setter, type: getter.type };
}

/** Page.Run / Page.RunModal(Page [, Record [, Field]]): a new instance of the page, on the record's view. */
export function compileStaticPageRun(c: Compiler, args: readonly Expression[], modal: boolean, node: { start: number }): CE {
  const id = args[0] === undefined ? c.err('Page.Run needs a page', node) : c.expr(args[0], true).ev;
  const rec = args[1] === undefined ? undefined : c.expr(args[1], true).ev;
  return {
    ev: (f) => {
      const idv = id(f);
      const rt = pageRuntime(c.s);
      if (idv === 0 && rec !== undefined) {
        // Page.Run(0, Rec): the table's lookup page (LookupPageId); not modelled beyond the error
        throw alError('Page.Run(0, Rec) needs the LookupPageId of the table, which the AL runtime does not model.');
      }
      const p = rt.newPage(idv);
      const r = rec?.(f);
      if (r instanceof Rec) {
        p.rec.copyFiltersFrom(r);
        p.rec.keySlots = r.keySlots;
        p.rec.ascending = r.ascending;
        p.tableViewSet = true;
        p.rec.assignFrom(r);
        p.positioned = true;
        // a list run modally on a record is a lookup: the user picks a record, which comes back in the variable
        if (modal && p.isList()) p.lookupMode = true;
      }
      const res = runPage(p, modal);
      if (modal && r instanceof Rec && p.hasRecord && (res === 'LookupOK' || res === 'OK')) r.assignFrom(p.rec);
      return modal ? actionValue(res) : undefined;
    },
    type: modal ? ACTION_T : undefined,
  };
}

/** Initial values of Page, TestPage and Notification variables. */
export function pageDefaultMaker(s: Session, t: ALType): (() => unknown) | undefined {
  const pt = pageTypeOf(t);
  if (pt === undefined) return undefined;
  switch (pt.pageKind) {
    case 'Page':
      return () => pageRuntime(s).newPage(pt.page);
    case 'TestPage':
      return () => new TestPageV(pageRuntime(s), pt.page);
    case 'Notification':
      return () => new NotificationV();
    default:
      return () => undefined;
  }
}
