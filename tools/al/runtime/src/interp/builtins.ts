import type { Expression } from '../../../syntax/src/ast';
import { ALError, alError } from '../errors';
import { Rec } from '../db/record';
import { Dec } from '../values/decimal';
import {
  ALDate,
  ALDateTime,
  ALTime,
  DateFormula,
  calcDate,
  closingDate,
  createDateTime,
  date2dmy,
  date2dwy,
  dmy2Date,
  dt2Date,
  dt2Time,
  dwy2Date,
  normalDate,
  parseDateFormula,
  MS_PER_DAY,
} from '../values/dates';
import { evaluateText, formatValue } from '../values/format';
import { NULL_GUID, coerce, toDec, toInt } from '../values/ops';
import { ALType, EnumValue, T } from '../values/types';
import { CE, Ev, Frame } from './frame';
import { CodeunitV, ErrorInfoV } from './instances';
import type { Compiler } from './compile';
import { convertStr, copyStr, delChr, incStr, padStr, selectStr, strPos, strSubstNo } from './text';
import { randomUUID } from 'node:crypto';
import { InStreamV } from '../values/streams';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { compileStaticPageRun } from '../pages/compile';
import { registerSystemBuiltins } from './systemBuiltins';

type Impl = (c: Compiler, args: readonly Expression[], node: { start: number }, used: boolean) => CE;

function evs(c: Compiler, args: readonly Expression[]): CE[] {
  return args.map((a) => c.expr(a, true));
}

function simple(ret: ALType | undefined, fn: (vals: unknown[], f: Frame) => unknown, min = 0, max = 99): Impl {
  return (c, args, node) => {
    if (args.length < min || args.length > max) c.err(`wrong number of arguments (${args.length})`, node);
    const es = evs(c, args).map((e) => e.ev);
    const n = es.length;
    if (n === 0) return { ev: (f) => fn([], f), type: ret };
    if (n === 1) {
      const e0 = es[0] as Ev;
      return { ev: (f) => fn([e0(f)], f), type: ret };
    }
    return {
      ev: (f) => {
        const vals = new Array<unknown>(n);
        for (let i = 0; i < n; i++) vals[i] = (es[i] as Ev)(f);
        return fn(vals, f);
      },
      type: ret,
    };
  };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String.fromCharCode(v) : formatValue(v));
const num = (v: unknown): number => toInt(v);

function substArgs(c: Compiler, args: readonly Expression[]): { fmt: Ev; rest: CE[] } {
  const [first, ...rest] = args;
  if (first === undefined) return { fmt: () => '', rest: [] };
  return { fmt: c.expr(first, true).ev, rest: evs(c, rest) };
}

function errorFromValue(v: unknown, rest: unknown[], types: (ALType | undefined)[]): ALError {
  if (v instanceof ErrorInfoV) {
    const e = new ALError(v.message, {
      message: v.message,
      title: v.title,
      detailedMessage: v.detailedMessage,
      errorType: v.errorType,
      collectible: v.collectible,
      customDimensions: v.dims,
      code: 'Dialog',
    });
    return e;
  }
  const msg = strSubstNo(str(v), rest, types);
  return new ALError(msg, { message: msg, code: 'Dialog' });
}

const builtins = new Map<string, Impl>();
const def = (names: string, impl: Impl): void => {
  for (const n of names.split(',')) builtins.set(n.trim().toLowerCase(), impl);
};

// ---- dialogs and errors
def('Message', (c, args) => {
  const { fmt, rest } = substArgs(c, args);
  return {
    ev: (f) => {
      c.s.ui.message(strSubstNo(str(fmt(f)), rest.map((r) => r.ev(f)), rest.map((r) => r.type)));
      return undefined;
    },
    type: undefined,
  };
});
def('Error', (c, args) => {
  const { fmt, rest } = substArgs(c, args);
  return {
    ev: (f) => {
      throw errorFromValue(fmt(f), rest.map((r) => r.ev(f)), rest.map((r) => r.type));
    },
    type: undefined,
  };
});
def('Confirm', (c, args) => {
  const [q, d, ...more] = args;
  const qe = q === undefined ? (): unknown => '' : c.expr(q, true).ev;
  const de = d === undefined ? (): unknown => true : c.expr(d, true).ev;
  const rest = evs(c, more);
  return {
    ev: (f) => c.s.ui.confirm(strSubstNo(str(qe(f)), rest.map((r) => r.ev(f)), rest.map((r) => r.type)), de(f) === true),
    type: T.Boolean,
  };
});
builtins.set('strmenu', (c, args) => {
  const es = evs(c, args);
  return {
    ev: (f) => c.s.ui.strMenu(str(es[0]?.ev(f) ?? ''), es[1] === undefined ? 1 : num(es[1].ev(f)), es[2] === undefined ? '' : str(es[2].ev(f))),
    type: T.Integer,
  };
});
builtins.set('getlasterrortext', (c) => ({ ev: () => c.s.lastError?.info.message ?? c.s.lastError?.message ?? '', type: T.Text }));
builtins.set('getlasterrorcallstack', (c) => ({ ev: () => c.s.lastError?.alStack.join('\\') ?? '', type: T.Text }));
builtins.set('getlasterrorcode', (c) => ({ ev: () => (c.s.lastError === undefined ? '' : c.s.lastError.code), type: T.Text }));
builtins.set('clearlasterror', (c) => ({
  ev: () => {
    c.s.lastError = undefined;
    return undefined;
  },
  type: undefined,
}));
builtins.set('getlasterrorobject', (c, _a, node) => c.fail('GetLastErrorObject', node));
builtins.set('commit', (c) => ({
  ev: () => {
    c.s.db.commit();
    return undefined;
  },
  type: undefined,
}));
builtins.set('sleep', (c, args) => {
  const ms = args[0] === undefined ? undefined : c.expr(args[0], true).ev;
  return {
    ev: (f) => {
      const n = ms === undefined ? 0 : toInt(ms(f));
      if (n > 0) c.s.clockOffsetMs += n;
      return undefined;
    },
    type: undefined,
  };
});

// ---- text
def('StrSubstNo', (c, args) => {
  const { fmt, rest } = substArgs(c, args);
  return { ev: (f) => strSubstNo(str(fmt(f)), rest.map((r) => r.ev(f)), rest.map((r) => r.type)), type: T.Text };
});
def('Format', (c, args, node) => {
  const [v, l, fmt] = args;
  if (v === undefined) return c.err('Format needs a value', node);
  const ve = c.expr(v, true);
  const le = l === undefined ? undefined : c.expr(l, true).ev;
  const fe = fmt === undefined ? undefined : c.expr(fmt, true).ev;
  const t = ve.type;
  return {
    ev: (f) => {
      const val = ve.ev(f);
      const spec = fe === undefined ? 0 : fe(f);
      return formatValue(val, le === undefined ? 0 : num(le(f)), typeof spec === 'string' ? spec : num(spec), t);
    },
    type: T.Text,
  };
});
def('Evaluate', (c, args, node, used) => {
  const [target, text, fmt] = args;
  if (target === undefined || text === undefined) return c.err('Evaluate needs a variable and a text', node);
  const lv = c.lvalue(target);
  const te = c.expr(text, true).ev;
  const fe = fmt === undefined ? undefined : c.expr(fmt, true).ev;
  const t = lv.type;
  if (t === undefined) return c.err('Evaluate needs a variable of a known type', node);
  return {
    ev: (f) => {
      const s = str(te(f));
      const v = evaluateText(s, t, fe === undefined ? 0 : num(fe(f)), () => c.s.workDate());
      if (v === undefined) {
        const e = alError(`The value '${s}' is not valid for the type ${t.kind}; Evaluate could not convert it.`, 'EvaluateFailed');
        if (used) {
          c.s.setLastError(e);
          return false;
        }
        throw e;
      }
      lv.set(f, coerce(v, t));
      return true;
    },
    type: T.Boolean,
  };
});
def('CopyStr', simple(T.Text, ([s, p, l]) => copyStr(str(s), num(p), l === undefined ? undefined : num(l)), 2, 3));
def('StrPos', simple(T.Integer, ([s, sub]) => strPos(str(s), str(sub)), 2, 2));
def('StrLen', simple(T.Integer, ([s]) => str(s).length, 1, 1));
// InsStr(String, SubString, Position): a position past the end appends (Microsoft Learn, "Text.InsStr Method")
def('InsStr', simple(T.Text, ([s, sub, p]) => {
  const t = str(s);
  const i = Math.max(1, Math.min(num(p), t.length + 1));
  return t.slice(0, i - 1) + str(sub) + t.slice(i - 1);
}, 3, 3));
// ArrayLen(Array [, Dimension]) (Microsoft Learn, "System.ArrayLen(Array [, Integer]) Method")
def('ArrayLen', simple(T.Integer, ([a, d]) => {
  if (!(a instanceof ALArray)) throw alError('ArrayLen needs an array.');
  const dim = d === undefined ? 1 : num(d);
  const n = a.dims[dim - 1];
  if (n === undefined) throw alError(`The array has ${a.dims.length} dimension(s); dimension ${dim} does not exist.`);
  return n;
}, 1, 2));
def('UpperCase', simple(T.Text, ([s]) => str(s).toUpperCase(), 1, 1));
def('LowerCase', simple(T.Text, ([s]) => str(s).toLowerCase(), 1, 1));
def('DelChr', simple(T.Text, ([s, w, which]) => delChr(str(s), w === undefined ? '=' : str(w), which === undefined ? ' ' : str(which)), 1, 3));
def('IncStr', simple(T.Text, ([s, step]) => incStr(str(s), step === undefined ? 1 : num(step)), 1, 2));
def('PadStr', simple(T.Text, ([s, l, fill]) => padStr(str(s), num(l), fill === undefined ? ' ' : str(fill)), 2, 3));
def('SelectStr', simple(T.Text, ([n, s]) => selectStr(num(n), str(s)), 2, 2));
def('ConvertStr', simple(T.Text, ([s, a, b]) => convertStr(str(s), str(a), str(b)), 3, 3));
def('MaxStrLen', (c, args, node) => {
  const a = args[0];
  if (a === undefined) return c.err('MaxStrLen needs an argument', node);
  const t = c.expr(a, true).type;
  const len = t !== undefined && (t.kind === 'Text' || t.kind === 'Code') ? (t.length ?? 2147483647) : 2147483647;
  return { ev: () => len, type: T.Integer };
});

// ---- numbers
def(
  'Round',
  simple(
    T.Decimal,
    ([x, p, d]) => {
      const dir = d === undefined ? '=' : str(d);
      if (dir !== '=' && dir !== '<' && dir !== '>') throw alError(`Round: the direction '${dir}' is not valid. Use '=', '<' or '>'.`);
      return toDec(x).round(p === undefined ? new Dec(1n, 2) : toDec(p), dir);
    },
    1,
    3,
  ),
);
def(
  'Abs',
  simple(undefined, ([x]) => {
    if (typeof x === 'number') return Math.abs(x);
    if (typeof x === 'bigint') return x < 0n ? -x : x;
    return toDec(x).abs();
  }),
);
def(
  'Power',
  simple(T.Decimal, ([x, y]) => {
    const b = toDec(x);
    const e = toDec(y);
    if (e.isInteger() && e.sign() >= 0 && e.cmp(Dec.fromInt(1000)) <= 0) {
      let r = Dec.ONE;
      for (let i = 0; i < Number(e.truncBig()); i++) r = r.mul(b);
      return r;
    }
    return Dec.fromNumber(Math.pow(b.toNumber(), e.toNumber()));
  }, 2, 2),
);
builtins.set('random', (c, args) => {
  const e = c.expr(args[0] ?? { kind: 'Literal', literalKind: 'integer', raw: '1', value: 1, start: 0, end: 0 }, true).ev;
  return {
    ev: (f) => {
      const max = num(e(f));
      if (max <= 1) return max < 1 ? 0 : 1;
      // deterministic xorshift so Randomize(seed) makes runs repeatable
      let x = c.s.randomState | 0;
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      c.s.randomState = x;
      return (Math.abs(x) % max) + 1;
    },
    type: T.Integer,
  };
});
builtins.set('randomize', (c, args) => {
  const e = args[0] === undefined ? undefined : c.expr(args[0], true).ev;
  return {
    ev: (f) => {
      c.s.randomState = e === undefined ? Date.now() | 0 || 1 : num(e(f)) || 1;
      return undefined;
    },
    type: undefined,
  };
});

// ---- dates and times
const toDate = (v: unknown): ALDate => {
  if (v instanceof ALDate) return v;
  throw alError('A Date value was expected.');
};
def('CalcDate', (c, args, node) => {
  const es = evs(c, args);
  if (es.length < 1 || es.length > 2) return c.err('CalcDate needs a date formula and optionally a date', node);
  return {
    ev: (f) => {
      const fv = es[0]?.ev(f);
      const formula = fv instanceof DateFormula ? fv : parseDateFormula(str(fv));
      const d = es[1] === undefined ? c.s.workDate() : toDate(es[1].ev(f));
      return calcDate(formula, d);
    },
    type: T.Date,
  };
});
def('DMY2Date', simple(T.Date, ([d, m, y]) => dmy2Date(num(d), num(m), num(y)), 3, 3));
def('DWY2Date', simple(T.Date, ([d, w, y]) => dwy2Date(num(d), num(w), num(y)), 2, 3));
def('Date2DMY', simple(T.Integer, ([d, w]) => date2dmy(toDate(d), num(w)), 2, 2));
def('Date2DWY', simple(T.Integer, ([d, w]) => date2dwy(toDate(d), num(w)), 2, 2));
def('NormalDate', simple(T.Date, ([d]) => normalDate(toDate(d)), 1, 1));
def('ClosingDate', simple(T.Date, ([d]) => closingDate(toDate(d)), 1, 1));
def('CreateDateTime', simple(T.DateTime, ([d, t]) => createDateTime(toDate(d), t instanceof ALTime ? t : ALTime.UNDEFINED), 2, 2));
def('DT2Date', simple(T.Date, ([d]) => dt2Date(d as ALDateTime), 1, 1));
def('DT2Time', simple(T.Time, ([d]) => dt2Time(d as ALDateTime), 1, 1));
// The session clock: wall time plus what Sleep has skipped (Sleep does not block; time moves on instead).
def('Today', (c) => ({ ev: () => dt2Date(ALDateTime.of(c.s.now())), type: T.Date }));
def('Time', (c) => ({ ev: () => ALTime.of(c.s.now() % MS_PER_DAY), type: T.Time }));
def('CurrentDateTime', (c) => ({ ev: () => ALDateTime.of(c.s.now()), type: T.DateTime }));
builtins.set('workdate', (c, args) => {
  const e = args[0] === undefined ? undefined : c.expr(args[0], true).ev;
  return {
    ev: (f) => {
      if (e !== undefined) c.s.workDateValue = toDate(e(f));
      return c.s.workDateValue;
    },
    type: T.Date,
  };
});
def('Variant2Date', simple(T.Date, ([v]) => toDate(v), 1, 1));

// ---- misc
def('CreateGuid', simple(T.Guid, () => `{${randomUUID().toUpperCase()}}`, 0, 0));
def('IsNullGuid', simple(T.Boolean, ([g]) => g === NULL_GUID || g === '', 1, 1));
def('CompanyName', (c) => ({ ev: () => c.s.db.currentCompany, type: T.Text }));
def('UserId', simple(T.Text, () => 'ADMIN', 0, 0));
// Tests run in a client session in BC (the test tool), so dialogs are allowed and go to handler functions.
def('GuiAllowed', simple(T.Boolean, () => true, 0, 0));
def('SessionId', (c) => ({ ev: () => c.s.sessionId, type: T.Integer }));
def('ServiceInstanceId', simple(T.Integer, () => 1, 0, 0));
def('TenantId', simple(T.Text, () => 'default', 0, 0));
def('Clear', (c, args, node) => {
  const a = args[0];
  if (a === undefined) return c.err('Clear needs a variable', node);
  const lv = c.lvalue(a);
  const t = lv.type;
  const maker = t === undefined ? (): unknown => undefined : c.s.defaultMaker(t);
  return {
    ev: (f) => {
      const cur = lv.get(f);
      if (cur instanceof Rec) cur.clearAll();
      else if (cur instanceof CodeunitV) lv.set(f, t?.kind === 'Codeunit' ? c.s.instanceOf(cur.info) : maker());
      else lv.set(f, maker());
      return undefined;
    },
    type: undefined,
  };
});
def('ClearAll', (_c) => ({
  ev: (f) => {
    const self = f.self;
    if (self instanceof CodeunitV) self.resetGlobals();
    return undefined;
  },
  type: undefined,
}));

// ---- secrets and isolated storage (Microsoft Learn, "SecretText data type", "IsolatedStorage data type")
def('SecretStrSubstNo', (c, args) => {
  const { fmt, rest } = substArgs(c, args);
  return {
    ev: (f) => new SecretTextV(strSubstNo(str(fmt(f)), rest.map((r) => { const v = r.ev(f); return v instanceof SecretTextV ? v.unwrap() : v; }), rest.map((r) => r.type))),
    type: T.SecretText,
  };
});
def('EncryptionEnabled', simple(T.Boolean, () => true, 0, 0));
def('EncryptionKeyExists', simple(T.Boolean, () => true, 0, 0));
const scopeOf = (v: unknown): string => (v instanceof EnumValue ? v.name : 'Module');
const storageValue = (v: unknown): string => (v instanceof SecretTextV ? v.unwrap() : typeof v === 'string' ? v : formatValue(v));
for (const n of ['IsolatedStorage.Set', 'IsolatedStorage.SetEncrypted']) {
  def(n, (c, args) => {
    const es = evs(c, args);
    return {
      ev: (f) => {
        const key = str(es[0]?.ev(f));
        if (key.length > 200) throw alError('The IsolatedStorage key must not be longer than 200 characters.');
        const value = storageValue(es[1]?.ev(f));
        if (n.endsWith('Encrypted') && value.length > 215) throw alError('IsolatedStorage.SetEncrypted accepts at most 215 characters.');
        c.s.isolatedStorage.set(`${scopeOf(es[2]?.ev(f))}|${key}`, value);
        return true;
      },
      type: T.Boolean,
    };
  });
}
def('IsolatedStorage.Get', (c, args, node, used) => {
  // Get(Key, var Value) or Get(Key, DataScope, var Value)
  const keyE = args[0] === undefined ? undefined : c.expr(args[0], true).ev;
  const scopeE = args.length === 3 && args[1] !== undefined ? c.expr(args[1], true).ev : undefined;
  const target = args[args.length - 1];
  if (keyE === undefined || target === undefined || args.length < 2) return c.err('IsolatedStorage.Get needs a key and a variable', node);
  const place = c.lvalue(target);
  return {
    ev: (f) => {
      const key = str(keyE(f));
      const v = c.s.isolatedStorage.get(`${scopeOf(scopeE?.(f))}|${key}`);
      if (v === undefined) {
        if (!used) throw alError(`The key '${key}' was not found in IsolatedStorage.`);
        return false;
      }
      place.set(f, place.type?.kind === 'SecretText' ? new SecretTextV(v) : coerce(v, place.type ?? T.Text));
      return true;
    },
    type: T.Boolean,
  };
});
def('IsolatedStorage.Contains', (c, args) => {
  const es = evs(c, args);
  return { ev: (f) => c.s.isolatedStorage.has(`${scopeOf(es[1]?.ev(f))}|${str(es[0]?.ev(f))}`), type: T.Boolean };
});
def('IsolatedStorage.Delete', (c, args) => {
  const es = evs(c, args);
  return { ev: (f) => c.s.isolatedStorage.delete(`${scopeOf(es[1]?.ev(f))}|${str(es[0]?.ev(f))}`), type: T.Boolean };
});

// ---- telemetry (recorded, never sent)
def('Session.LogMessage', (c, args) => {
  const es = evs(c, args);
  return {
    ev: (f) => {
      const vals = es.map((e) => e.ev(f));
      const dims = new Map<string, string>();
      const last = vals[vals.length - 1];
      if (last instanceof ALDictionary) for (const { key, value } of last.map.values()) dims.set(str(key), str(value));
      else for (let i = 5; i + 1 < vals.length; i += 2) dims.set(str(vals[i]), str(vals[i + 1]));
      c.s.telemetry.push({ eventId: str(vals[0]), message: str(vals[1]), verbosity: vals[2] instanceof EnumValue ? vals[2].name : '', dimensions: dims });
      return undefined;
    },
    type: undefined,
  };
});
def('Session.CurrentClientType', (c) => {
  const t = c.s.program.enums.get('clienttype');
  return { ev: () => (t === undefined ? 0 : new EnumValue(t, 4)), type: t === undefined ? T.Integer : { kind: 'Option', enumType: t } };
});
def('CurrentClientType', (c) => {
  const t = c.s.program.enums.get('clienttype');
  return { ev: () => (t === undefined ? 0 : new EnumValue(t, 4)), type: t === undefined ? T.Integer : { kind: 'Option', enumType: t } };
});

// ---- events (manual binding)
for (const [n, bind] of [['BindSubscription', true], ['UnbindSubscription', false]] as const) {
  def(n, (c, args, node) => {
    const a = args[0];
    if (a === undefined) return c.err(`${n} needs a codeunit variable`, node);
    const e = c.expr(a, true).ev;
    return {
      ev: (f) => {
        const cu = e(f);
        if (!(cu instanceof CodeunitV)) throw alError(`${n} needs a codeunit variable.`);
        return bind ? c.s.events.bind(cu) : c.s.events.unbind(cu);
      },
      type: T.Boolean,
    };
  });
}

// ---- object classes
def('Codeunit.Run', (c, args, node, used) => {
  const [id, rec] = args;
  if (id === undefined) return c.err('Codeunit.Run needs a codeunit', node);
  const ie = c.expr(id, true).ev;
  const re = rec === undefined ? undefined : c.lvalue(rec);
  return {
    ev: (f) => {
      const idv = ie(f);
      const info = typeof idv === 'number' ? c.s.program.codeunitsById.get(idv) : c.s.program.codeunits.get(str(idv).toLowerCase());
      if (info === undefined) throw alError(`Codeunit ${formatValue(idv)} is not loaded.`);
      const cu = c.s.instanceOf(info);
      const r = re?.get(f);
      return c.s.runCodeunit(cu, r instanceof Rec ? r : undefined, used);
    },
    type: T.Boolean,
  };
});
def('Page.Run', (c, args, node) => compileStaticPageRun(c, args, false, node));
def('Page.RunModal', (c, args, node) => compileStaticPageRun(c, args, true, node));
for (const n of ['Report.Run', 'Report.RunModal', 'Hyperlink']) {
  def(n, (c, args) => {
    const es = evs(c, args);
    return { ev: (f) => c.s.ui.other(n, es.map((e) => formatValue(e.ev(f))).join(', ')), type: undefined };
  });
}
def('ErrorInfo.Create', (c, args) => {
  const es = evs(c, args);
  return {
    ev: (f) => {
      const v = new ErrorInfoV();
      if (es[0] !== undefined) v.message = str(es[0].ev(f));
      return v;
    },
    type: T.ErrorInfo,
  };
});

registerSystemBuiltins(def);

/** Compiles a call of a built-in function (also `Class.Method` forms); undefined when the name is not one. */
export function compileBuiltin(c: Compiler, name: string, args: readonly Expression[], node: { start: number }, used: boolean): CE | undefined {
  const impl = builtins.get(name.toLowerCase());
  if (impl !== undefined) return impl(c, args, node, used);
  const dot = name.indexOf('.');
  if (dot > 0) {
    // "Enum Name".FromInteger(n), .Ordinals(), .Names()
    const et = c.s.program.enums.get(name.slice(0, dot).toLowerCase());
    const m = name.slice(dot + 1).toLowerCase();
    if (et !== undefined) {
      const es = evs(c, args);
      if (m === 'frominteger') return { ev: (f) => new EnumValue(et, num(es[0]?.ev(f))), type: { kind: 'Enum', enumType: et } };
      if (m === 'ordinals') return { ev: () => listOf(et.members.map((x) => x.ordinal)), type: { kind: 'List', elem: T.Integer } };
      if (m === 'names') return { ev: () => listOf(et.members.map((x) => x.name)), type: { kind: 'List', elem: T.Text } };
    }
  }
  return undefined;
}

import { ALArray, ALDictionary, ALList } from '../values/collections';
import { SecretTextV } from '../values/secretText';
function listOf(items: unknown[]): ALList {
  return new ALList(items);
}

// ---- app resources (Microsoft Learn, "NavApp.GetResource(Text, var InStream [, TextEncoding]) Method"): files in the
// calling app's resourceFolders (app.json); the name is relative to a resource folder.
function appResource(fromFile: string, name: string): string {
  let dir = nodePath.dirname(nodePath.resolve(fromFile));
  for (;;) {
    const manifest = nodePath.join(dir, 'app.json');
    if (fs.existsSync(manifest)) {
      let folders: string[] = [];
      try {
        const j = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { resourceFolders?: unknown };
        if (Array.isArray(j.resourceFolders)) folders = j.resourceFolders.filter((x): x is string => typeof x === 'string');
      } catch {
        folders = [];
      }
      for (const folder of folders) {
        const file = nodePath.join(dir, folder, name);
        if (fs.existsSync(file) && fs.statSync(file).isFile()) return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      }
      throw alError(`The resource '${name}' was not found in the resource folders of the app (${folders.join(', ') || 'none declared in app.json'}).`);
    }
    const up = nodePath.dirname(dir);
    if (up === dir) throw alError(`The resource '${name}' cannot be read: no app.json above ${fromFile}.`);
    dir = up;
  }
}
def('NavApp.GetResource', (c, args, node) => {
  const nameE = args[0] === undefined ? undefined : c.expr(args[0], true).ev;
  if (nameE === undefined || args[1] === undefined) return c.err('NavApp.GetResource needs a resource name and an InStream variable', node);
  const place = c.lvalue(args[1]);
  const file = c.proc.file.path;
  return {
    ev: (f) => {
      place.set(f, new InStreamV(appResource(file, str(nameE(f)))));
      return undefined;
    },
    type: undefined,
  };
});
def('NavApp.GetResourceAsText', (c, args) => {
  const es = evs(c, args);
  const file = c.proc.file.path;
  return { ev: (f) => appResource(file, str(es[0]?.ev(f))), type: T.Text };
});
