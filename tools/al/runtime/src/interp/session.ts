import type { Expression } from '../../../syntax/src/ast';
import { ALError, alError, toALError } from '../errors';
import { Database } from '../db/store';
import { Rec, RecordEnv } from '../db/record';
import { TableMeta } from '../db/meta';
import { ALArray, ALDictionary, ALList, TextBuilderV } from '../values/collections';
import { ALDate, dayOf } from '../values/dates';
import { coerce, defaultValue } from '../values/ops';
import { defaultHttpEnvironment, type HttpEnvironment } from '../platform/http';
import { platformDefault, platformType } from './platformCalls';
import { ALType, EnumValue } from '../values/types';
import { CE, Ev, Frame } from './frame';
import { CodeunitV, ErrorInfoV, InterfaceV, RecordRefV } from './instances';
import { ObjInfo, ProcInfo, Program } from './program';
import type { Compiler } from './compile';
import { Compiler as CompilerImpl } from './compile';
import { pageDefaultMaker } from '../pages/compile';
import { formatValue } from '../values/format';
import { EventRegistry, isPublisher } from './events';
import { NATIVE_HOOKS, NativeImpl, PlatformSettings, acquireTokenWithClientCredentials, defaultPlatformSettings } from '../platform/nativeHooks';
import { installSystemTables } from '../platform/systemTables';
import { installPermissionHooks, type PermissionCheck } from '../permissions/enforcement';

/** UI callbacks (the test runner routes them to handler functions). */
export interface UiHooks {
  message(text: string): void;
  confirm(question: string, defaultAnswer: boolean): boolean;
  strMenu(options: string, defaultNo: number, instruction: string): number;
  /** Page.Run / Page.RunModal and other UI the runtime does not show. */
  other(kind: string, detail: string): unknown;
}

/** Sessions of this process (weak: a session nobody holds is over), for SessionId() and "Active Session". */
let nextSessionId = 1;
const LIVE_SESSIONS = new Set<WeakRef<Session>>();

const NO_UI: UiHooks = {
  message: (t) => {
    throw alError(`Unhandled UI: Message '${t}'`);
  },
  confirm: (q) => {
    throw alError(`Unhandled UI: Confirm '${q}'`);
  },
  strMenu: (o) => {
    throw alError(`Unhandled UI: StrMenu '${o}'`);
  },
  other: (k, d) => {
    throw alError(`Unhandled UI: ${k} ${d}`);
  },
};

/**
 * One AL session over a loaded program: the database, single-instance codeunits, the last error, UI hooks and
 * the work date. Compiled procedure closures belong to the session that compiled them.
 */
export class Session implements RecordEnv {
  readonly db = new Database();
  ui: UiHooks = NO_UI;
  lastError: ALError | undefined;
  depth = 0;
  workDateValue: ALDate = ALDate.fromDay(dayOf(2026, 1, 26));
  private singles = new Map<ObjInfo, CodeunitV>();
  randomState = 1;
  /** Milliseconds Sleep has skipped: CurrentDateTime, Time and Today run ahead of the wall clock by this much. */
  clockOffsetMs = 0;
  now(): number {
    return Date.now() + this.clockOffsetMs;
  }
  /** IsolatedStorage: `scope|key` -> value (text; secrets are stored unwrapped and re-wrapped on Get). */
  readonly isolatedStorage = new Map<string, string>();
  /** Session.LogMessage calls, recorded so tests (and part 2's telemetry checks) can read them. */
  readonly telemetry: { eventId: string; message: string; verbosity: string; dimensions: Map<string, string> }[] = [];
  /** Native procedures replacing AL bodies (see platform/nativeHooks.ts); part 2 adds HTTP/OAuth ones. */
  readonly natives = new Map<string, NativeImpl>(NATIVE_HOOKS);
  readonly platform: PlatformSettings = defaultPlatformSettings();
  /** HTTP services of this session: outbound policy (loopback only), transport, test interceptor, log. */
  readonly httpEnv: HttpEnvironment = defaultHttpEnvironment();

  readonly events: EventRegistry;
  /** Set while a test has lowered the user's permissions (permissions/enforcement.ts); undefined = full access. */
  permissionCheck: PermissionCheck | undefined;
  /**
   * Facts of the live sessions that see this session's data: itself, plus the sessions sharing its database
   * (db/shared.ts). Rows of "Active Session", read again on every access.
   */
  liveSessionFacts(): ReturnType<Session['sessionFacts']>[] {
    const out: ReturnType<Session['sessionFacts']>[] = [];
    for (const ref of LIVE_SESSIONS) {
      const other = ref.deref();
      if (other === undefined) LIVE_SESSIONS.delete(ref);
      else if (other === this || (other.db.coordinator !== undefined && other.db.coordinator === this.db.coordinator)) out.push(other.sessionFacts());
    }
    return out.sort((a, b) => a.sessionId - b.sessionId);
  }

  /** Runs fn as one top-level transaction, as a client call does: commit on success, roll back and rethrow on error. */
  runAsTransaction<T>(fn: () => T): T {
    try {
      const r = fn();
      this.db.commit();
      return r;
    } catch (e) {
      this.db.rollback(0);
      this.depth = 0;
      if (e instanceof ALError) this.lastError = e;
      throw e;
    }
  }

  /**
   * Ends this session and goes on as a new one on the same data, as after a killed session whose user or job queue
   * starts again: uncommitted writes are rolled back, the session gets a new SessionId() (the old one is no longer in
   * "Active Session"), single-instance codeunits and the last error are gone.
   */
  restartAsNewSession(): void {
    this.db.rollback(0);
    this.depth = 0;
    this.sessionId = nextSessionId++;
    this.resetSingleInstances();
    this.lastError = undefined;
  }

  /** When the session started (Active Session."Login Datetime"). */
  readonly loginMs = Date.now();

  /** SessionId(): unique among the sessions of this process, as BC's are on a server instance. */
  sessionId = nextSessionId++;

  /** Facts of this session for the "Active Session" table and the session built-ins. */
  sessionFacts(): { sessionId: number; serverInstanceId: number; userId: string; userSid: string; clientType: number; loginMs: number; company: string } {
    // Client Type 'Background' (5) of "Active Session": tests run without a client, like BC's test runner sessions.
    return { sessionId: this.sessionId, serverInstanceId: 1, userId: 'ADMIN', userSid: '{D9A0F4A2-5A9B-4E0C-9C39-1F0E2A7B7E01}', clientType: 5, loginMs: this.loginMs, company: this.db.currentCompany };
  }

  constructor(readonly program: Program) {
    LIVE_SESSIONS.add(new WeakRef(this));
    this.events = new EventRegistry(program);
    this.natives.set('runtime native hooks::acquiretokenwithclientcredentials', (args) => acquireTokenWithClientCredentials(args, this.httpEnv));
    installPermissionHooks(this);
    installSystemTables(this);
    for (const info of program.tables.values()) {
      this.wireTriggers(info);
      const meta = info.table;
      if (meta === undefined) continue;
      meta.eventHook = undefined;
      if (this.events.hasAnyForTable(meta.id)) {
        const id = meta.id;
        meta.eventHook = (event, rec, xRec, extra, element) => {
          const names = xRec === undefined ? ['Rec', 'RunTrigger'] : event.endsWith('ValidateEvent') ? ['Rec', 'xRec', 'CurrFieldNo'] : ['Rec', 'xRec', 'RunTrigger'];
          const args = xRec === undefined ? [rec, extra] : [rec, xRec, extra];
          this.events.raise(this, 'table', id, event, element ?? '', names, args);
        };
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // RecordEnv

  table(name: string): TableMeta | undefined {
    return this.program.table(name)?.table;
  }
  tableById(id: number): TableMeta | undefined {
    return this.program.tablesById.get(id)?.table;
  }
  workDate(): ALDate {
    return this.workDateValue;
  }

  tableMeta(name: string, node: { start: number }): TableMeta {
    const t = this.program.table(name)?.table;
    if (t === undefined) throw alError(`Table '${name}' is not loaded (at offset ${node.start}). Load the app that defines it.`);
    return t;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Values

  newRecord(table: string, temporary: boolean): Rec {
    const t = this.tableMeta(table, { start: 0 });
    return new Rec(t, this, temporary || t.temporaryOnly);
  }

  /** Returns a function creating the initial value of a variable of type `t`. */
  defaultMaker(t: ALType): () => unknown {
    switch (t.kind) {
      case 'Record': {
        let meta: TableMeta | undefined;
        return () => {
          meta ??= this.tableMeta(t.table, { start: 0 });
          return new Rec(meta, this, t.temporary || meta.temporaryOnly);
        };
      }
      case 'Codeunit':
        return () => this.codeunitInstance(t.name);
      case 'Interface':
        return () => new InterfaceV(t.name, undefined);
      case 'List':
        return () => new ALList();
      case 'Dictionary':
        return () => new ALDictionary();
      case 'TextBuilder':
        return () => new TextBuilderV();
      case 'ErrorInfo':
        return () => new ErrorInfoV();
      case 'Other': {
        if (t.name.toLowerCase() === 'recordref') return () => new RecordRefV();
        const pm = pageDefaultMaker(this, t);
        if (pm !== undefined) return pm;
        const pt = platformType(t);
        if (pt !== undefined) return platformDefault(pt, () => this.httpEnv);
        return () => undefined;
      }
      case 'Array': {
        const n = t.dims.reduce((a, b) => a * b, 1);
        const m = this.defaultMaker(t.elem);
        return () => {
          const items = new Array<unknown>(n);
          for (let i = 0; i < n; i++) items[i] = m();
          return new ALArray(items, t.dims);
        };
      }
      default: {
        const v = defaultValue(t);
        return () => v;
      }
    }
  }

  /** Value-parameter passing: records are copied (filters included), other values converted to the type. */
  copyIn(v: unknown, t: ALType): unknown {
    switch (t.kind) {
      case 'Record':
        if (v instanceof Rec) return v.clone();
        if (v instanceof RecordRefV && v.rec !== undefined) return v.rec.clone();
        throw alError(`A record of table ${t.table} was expected.`);
      case 'Variant':
        if (v instanceof Rec) return v;
        return v;
      case 'Interface':
        return this.toInterface(v, t.name);
      case 'Codeunit':
      case 'List':
      case 'Dictionary':
      case 'TextBuilder':
      case 'ErrorInfo':
      case 'Other':
      case 'Array':
        return v;
      default:
        return coerce(v, t);
    }
  }

  /** Conversion for assignment into a place of static type `t`. */
  assignConverter(t: ALType | undefined): (v: unknown, get: Ev | undefined) => unknown {
    if (t === undefined) return (v) => v;
    switch (t.kind) {
      case 'Integer':
        return (v) => (typeof v === 'number' && v <= 2147483647 && v >= -2147483648 ? v : coerce(v, t));
      case 'Interface':
        return (v) => this.toInterface(v, t.name);
      case 'Variant':
      case 'Codeunit':
      case 'List':
      case 'Dictionary':
      case 'TextBuilder':
      case 'ErrorInfo':
      case 'Other':
      case 'Array':
      case 'Record':
      case 'RecordId':
        return (v) => v;
      default:
        return (v) => coerce(v, t);
    }
  }

  toInterface(v: unknown, name: string): InterfaceV {
    if (v instanceof InterfaceV) return new InterfaceV(name, v.target);
    if (v instanceof CodeunitV) {
      if (!v.info.implements.has(name.toLowerCase())) throw alError(`Codeunit ${v.info.name} does not implement the interface ${name}.`);
      return new InterfaceV(name, v);
    }
    if (v instanceof EnumValue) {
      const m = v.member();
      const cu = m?.implementations.get(name.toLowerCase()) ?? v.type.defaultImplementations.get(name.toLowerCase()) ?? (m === undefined ? v.type.unknownImplementations.get(name.toLowerCase()) : undefined);
      if (cu === undefined) throw alError(`The enum value ${v.name} of ${v.type.name} has no implementation of the interface ${name}.`);
      return new InterfaceV(name, this.codeunitInstance(cu));
    }
    if (v === undefined) return new InterfaceV(name, undefined);
    throw alError(`A value of this type cannot be assigned to the interface ${name}.`);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Objects

  codeunitInfo(name: string): ObjInfo {
    const info = this.program.codeunits.get(name.toLowerCase());
    if (info === undefined) throw alError(`Codeunit '${name}' is not loaded. Load the app that defines it.`);
    return info;
  }

  codeunitInstance(name: string): CodeunitV {
    return this.instanceOf(this.codeunitInfo(name));
  }

  instanceOf(info: ObjInfo): CodeunitV {
    if (/true/i.test(info.props.get('singleinstance')?.raw ?? '')) {
      let s = this.singles.get(info);
      if (s === undefined) {
        s = new CodeunitV(info, (i) => this.makeGlobals(i));
        this.singles.set(info, s);
      }
      return s;
    }
    return new CodeunitV(info, (i) => this.makeGlobals(i));
  }

  /** Drops single-instance codeunits (the test runner does this per test codeunit, as BC's isolation does). */
  resetSingleInstances(): void {
    this.singles.clear();
  }

  makeGlobals(info: ObjInfo): unknown[] {
    return info.globals.map((g) => (g.label !== undefined ? g.label : this.defaultMaker(g.type)()));
  }

  tableGlobals(rec: Rec, info: ObjInfo): unknown[] {
    if (rec.globals === undefined) rec.globals = this.makeGlobals(info);
    return rec.globals;
  }

  /** `Database::Customer`, `Codeunit::"X"`, `Page::Y` -> object ID; undefined when `kind` is not an object type. */
  objectTypeId(kind: string, name: string): number | undefined {
    switch (kind) {
      case 'database': {
        const t = this.program.table(name);
        if (t === undefined) throw alError(`Table '${name}' is not loaded.`);
        return t.id;
      }
      case 'codeunit':
        return this.codeunitInfo(name).id;
      case 'page':
      case 'report':
      case 'xmlport':
      case 'query': {
        // Pages and reports belong to part 2 of the runtime; their IDs come from the loaded files.
        for (const f of this.program.files) for (const o of f.node.objects) if (o.objectType === kind && o.name?.name.toLowerCase() === name.toLowerCase()) return o.id ?? 0;
        throw alError(`${kind} '${name}' is not loaded.`);
      }
      default:
        return undefined;
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Calls

  /** Compiled procedures of this session (closures capture the session, so they are not shared between sessions). */
  private readonly compiledProcs = new Map<ProcInfo, NonNullable<ProcInfo['compiled']>>();

  compiled(proc: ProcInfo): NonNullable<ProcInfo['compiled']> {
    let fn = this.compiledProcs.get(proc);
    if (fn === undefined) {
      const native = this.natives.get(`${proc.owner.name.toLowerCase()}::${proc.name.toLowerCase()}`);
      if (native !== undefined && proc.owner.kind === 'codeunit') {
        const settings = this.platform;
        fn = (_self, args) => native(args, settings);
      } else if (isPublisher(proc)) {
        const kind = proc.owner.kind === 'table' ? 'table' : proc.owner.kind === 'page' ? 'page' : 'codeunit';
        const names = proc.params.map((p) => p.name);
        const owner = proc.owner;
        fn = (self, args) => {
          this.events.raise(this, kind, owner.id, proc.name, '', names, args, self);
          return undefined;
        };
      } else fn = new CompilerImpl(this, proc).compileProc();
      this.compiledProcs.set(proc, fn);
    }
    return fn;
  }

  /** Picks the overload matching the argument count. */
  pickOverload(procs: readonly ProcInfo[], argc: number): ProcInfo | undefined {
    return procs.find((p) => p.params.length === argc) ?? (procs.length === 1 ? procs[0] : undefined);
  }

  /** Overloads with the same parameter count are told apart by the arguments' static types. */
  private pickTypedOverload(c: Compiler, procs: readonly ProcInfo[], args: readonly Expression[]): ProcInfo | undefined {
    const same = procs.filter((p) => p.params.length === args.length);
    if (same.length < 2) return this.pickOverload(procs, args.length);
    const types = args.map((a) => c.expr(a, true).type);
    const structured = new Set(['List', 'Dictionary', 'Record', 'Codeunit', 'Interface', 'Other', 'Array', 'TextBuilder', 'ErrorInfo', 'RecordId']);
    const textual = new Set(['Text', 'Code', 'SecretText']);
    const score = (p: ProcInfo): number => {
      let sc = 0;
      p.params.forEach((prm, i) => {
        const at = types[i];
        const pk = prm.type.kind;
        if (at === undefined || pk === 'Variant') return;
        if (at.kind === pk) sc += 2;
        else if (textual.has(at.kind) && textual.has(pk)) sc += 1;
        else if (structured.has(at.kind) || structured.has(pk)) sc -= 100;
      });
      return sc;
    };
    let best = same[0];
    let bestScore = best === undefined ? -Infinity : score(best);
    for (const p of same.slice(1)) {
      const sc = score(p);
      if (sc > bestScore) {
        best = p;
        bestScore = sc;
      }
    }
    return best;
  }

  compileProcCall(c: Compiler, procs: readonly ProcInfo[], selfOf: (f: Frame) => unknown, args: readonly Expression[], node: { start: number }, used: boolean): CE {
    const proc = this.pickTypedOverload(c, procs, args);
    if (proc === undefined) return c.err(`no overload of ${procs[0]?.name ?? '?'} takes ${args.length} argument(s)`, node);
    const { evs, writeBack } = c.compileArgs(proc, args, node);
    const n = evs.length;
    const isTry = proc.isTry && used;
    // A table procedure called from the same table's code on the same record sees the caller's xRec (BC keeps xRec
    // with the record instance, so a procedure called from OnModify reads the trigger's xRec).
    const passXRec = proc.owner.kind === 'table' && c.proc.owner === proc.owner;
    return {
      ev: (f) => {
        const vals = new Array<unknown>(n);
        for (let i = 0; i < n; i++) vals[i] = (evs[i] as Ev)(f);
        const self = selfOf(f);
        const fn = this.compiled(proc);
        const xRec = passXRec && self === f.self ? f.xrec : undefined;
        if (isTry) {
          try {
            fn(self, vals, xRec);
          } catch (e) {
            const ae = toALError(e);
            if (ae.internal) throw ae; // runtime gaps and compile errors are never swallowed
            this.setLastError(ae);
            return false;
          }
          if (writeBack !== undefined) for (let i = 0; i < n; i++) writeBack[i]?.(f, vals[i]);
          return true;
        }
        const r = fn(self, vals, xRec);
        if (writeBack !== undefined) for (let i = 0; i < n; i++) writeBack[i]?.(f, vals[i]);
        return r;
      },
      type: proc.isTry && used ? { kind: 'Boolean' } : proc.returnType,
    };
  }

  /** Calls a procedure of an instance by name (interfaces, Codeunit.Run, the test runner). */
  callByName(self: CodeunitV, name: string, args: unknown[]): unknown {
    const procs = self.info.procs.get(name.toLowerCase());
    const proc = procs === undefined ? undefined : this.pickOverload(procs, args.length);
    if (proc === undefined) throw alError(`Codeunit ${self.info.name} has no procedure ${name} with ${args.length} parameter(s).`);
    return this.compiled(proc)(self, args);
  }

  runTrigger(info: ObjInfo, trigger: string, self: unknown, args: unknown[], xRec?: unknown): boolean {
    const t = info.triggers.get(trigger);
    if (t === undefined) return false;
    this.compiled(t)(self, args, xRec);
    return true;
  }

  /**
   * Codeunit.Run: runs OnRun. With `isolated` (the return value is used) errors are caught, the codeunit's
   * writes are rolled back and false is returned (Microsoft Learn, "Codeunit.Run(Integer [, var Record]) Method").
   */
  runCodeunit(cu: CodeunitV, rec: Rec | undefined, isolated: boolean): boolean {
    const args: unknown[] = rec === undefined ? [] : [rec];
    if (!isolated) {
      this.runTrigger(cu.info, 'onrun', cu, args);
      return true;
    }
    if (this.db.pendingWrites > 0) {
      throw alError(
        "The following AL methods can be used only to a limited degree during write transactions because one or more tables will be locked: Codeunit.Run is allowed in write transactions only if the return value is not used. For example, 'OK := Codeunit.Run()' is not allowed. Use the Commit method to save the changes before this call, or structure the code differently.",
      );
    }
    const sp = this.db.savepoint();
    try {
      this.runTrigger(cu.info, 'onrun', cu, args);
      return true;
    } catch (e) {
      const ae = toALError(e);
      if (ae.internal) throw ae; // runtime gaps and compile errors are never swallowed
      this.db.rollback(sp);
      this.setLastError(ae);
      return false;
    }
  }

  setLastError(e: ALError): void {
    this.lastError = e;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Table triggers

  private wireTriggers(info: ObjInfo): void {
    const meta = info.table;
    if (meta === undefined) return;
    const t = info.triggers;
    const ext = [...t.entries()].filter(([k]) => k.startsWith('ext:'));
    const extOf = (name: string): ProcInfo[] => ext.filter(([, p]) => p.node.name.name.toLowerCase() === name).map(([, p]) => p);
    const hook = (name: string): ((rec: Rec, x?: Rec) => void) | undefined => {
      const base = t.get(name);
      const before = extOf(name.replace(/^on/, 'onbefore'));
      const after = extOf(name.replace(/^on/, 'onafter'));
      if (base === undefined && before.length === 0 && after.length === 0) return undefined;
      return (rec, x) => {
        for (const p of before) this.compiled(p)(rec, [], x);
        if (base !== undefined) this.compiled(base)(rec, [], x);
        for (const p of after) this.compiled(p)(rec, [], x);
      };
    };
    const ins = hook('oninsert');
    if (ins !== undefined) meta.triggers.onInsert = (r) => ins(r as Rec);
    const mod = hook('onmodify');
    if (mod !== undefined) meta.triggers.onModify = (r, x) => mod(r as Rec, x as Rec);
    const del = hook('ondelete');
    if (del !== undefined) meta.triggers.onDelete = (r) => del(r as Rec);
    const ren = hook('onrename');
    if (ren !== undefined) meta.triggers.onRename = (r, x) => ren(r as Rec, x as Rec);
    for (const f of meta.fields) {
      const key = f.name.toLowerCase();
      const procs = ['onbeforevalidate', 'onvalidate', 'onaftervalidate'].map((n) => t.get(`${key}::${n}`)).filter((p): p is ProcInfo => p !== undefined);
      if (procs.length > 0) f.onValidate = (r, x) => procs.forEach((p) => this.compiled(p)(r, [], x));
    }
  }

  /** Validate(Field, Value): TableRelation check, assignment, OnValidate with xRec = the record before. */
  validate(rec: Rec, fieldSlot: number, value: unknown, hasValue: boolean): void {
    const f = rec.table.fields[fieldSlot];
    if (f === undefined) return;
    const xRec = rec.clone();
    if (hasValue) rec.setField(f, value);
    const hook = rec.table.eventHook;
    hook?.('OnBeforeValidateEvent', rec, xRec, f.no, f.name);
    this.checkTableRelation(rec, fieldSlot);
    f.onValidate?.(rec, xRec);
    hook?.('OnAfterValidateEvent', rec, xRec, f.no, f.name);
  }

  private checkTableRelation(rec: Rec, slot: number): void {
    const f = rec.table.fields[slot];
    if (f?.tableRelation === undefined || !f.validateTableRelation) return;
    const v = rec.data[slot];
    if (v === '' || v === 0 || (v instanceof EnumValue && v.ordinal === 0)) return;
    const branch = f.tableRelation.branches.find((b) => b.condition === undefined || b.condition.length === 0);
    if (branch === undefined || f.tableRelation.branches.length > 1) return;
    const target = this.program.table(branch.table.name)?.table;
    if (target === undefined) return;
    const other = new Rec(target, this, false);
    const tf = branch.field === undefined ? target.fields[target.pk[target.pk.length - 1] ?? 0] : target.field(branch.field.name);
    if (tf === undefined) return;
    other.setRange(tf, [v]);
    for (const w of branch.where) {
      const wf = target.field(w.field.name);
      if (wf === undefined) continue;
      if (w.filterType === 'const') other.setFilter(wf, w.value.trim() === '' ? "''" : w.value, []);
      else if (w.filterType === 'filter') other.setFilter(wf, w.value, []);
      else if (w.filterType === 'field') {
        const rf = rec.table.field(w.referencedField?.name ?? w.value);
        if (rf !== undefined) other.setRange(wf, [rec.data[rf.slot]]);
      }
    }
    if (other.isEmpty()) {
      throw alError(`The field ${f.caption} of table ${rec.table.caption} contains a value (${formatValue(v, 0, 0, f.type)}) that cannot be found in the related table (${target.caption}).`);
    }
  }
}

export { ALError };
