/**
 * The product host: the extension (src-al) running in the AL runtime on the base-app model, against the Graph
 * emulator in a child process, set up the way a user would set it up (install, demo company, connection, business).
 * The local sandbox, the reliability suites, the integration tests and the benchmarks build on it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadProgram } from '../../al/runtime/src/runner/load';
import { Session, type UiHooks } from '../../al/runtime/src/interp/session';
import type { Program, ProcInfo, ObjInfo } from '../../al/runtime/src/interp/program';
import type { CodeunitV } from '../../al/runtime/src/interp/instances';
import { toALError } from '../../al/runtime/src/errors';
import { Rec } from '../../al/runtime/src/db/record';
import { ALDate, dayOf } from '../../al/runtime/src/values/dates';
import { SecretTextV } from '../../al/runtime/src/values/secretText';
import { PreprocessorSymbols } from '../../al/cli/src/files';
import { fromPlain, rowOf, toPlain, type PlainRow, type PlainValue } from './alValues';
import { startEmulatorProcess, type EmulatorHandle } from './emulatorProcess';
import type { EmulatorCredentials, EmulatorStartOptions } from './emulatorProtocol';
import { HOST_MESSAGES } from './messages';
import { RecordOpCounter, type RecordOpCounts } from './recordOps';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SETUP_TABLE = 'BKI Booking Sync Setup';

export type TokenSourceName = 'Direct Request' | 'OAuth2';

export interface ProductHostOptions {
  /** The Graph emulator (child process): data (`demo` by default), faults, page size, token lifetime, ... */
  readonly emulator?: EmulatorStartOptions;
  /** The app folder (default: the repository's src-al). */
  readonly appDir?: string;
  /** More AL files or folders loaded with the app (e.g. bench fixtures); test codeunits in them stay inert. */
  readonly extraAl?: readonly string[];
  /** Preprocessor symbols on top of app.json's (e.g. `CLEAN28`). */
  readonly defines?: readonly string[];
  /**
   * What to set up: `none` = app loaded, demo company and install only; `connection` = also tenant, client ID,
   * secret and endpoints; `business` (default) = also the selected business, templates and sync switches.
   */
  readonly configure?: 'none' | 'connection' | 'business';
  /** Turn on Enabled after the business is selected (default true; only with configure = 'business'). */
  readonly enable?: boolean;
  /** Overrides of the demo app's credentials (e.g. a wrong secret, a wrong tenant). */
  readonly credentials?: Partial<EmulatorCredentials>;
  /** Default: Direct Request (posts the client-credentials grant itself); OAuth2 uses codeunit OAuth2. */
  readonly tokenSource?: TokenSourceName;
  /** The Bookings business to select (default: the first one Graph lists). */
  readonly businessId?: string;
  /** Setup fields set before the business is selected, by field name (e.g. `{ 'Appointment Look-back Days': 60 }`). */
  readonly setupFields?: Readonly<Record<string, PlainValue>>;
  /** The session's work date, `YYYY-MM-DD` (default: today in UTC, as BC's default work date). */
  readonly workDate?: string;
  /** Count record operations (Get/Find/Next/Insert/Modify/Delete...) from the start. Zero cost when false. */
  readonly countRecordOps?: boolean;
  /** UI callbacks (default: messages recorded in `messages`, confirms answered with their default). */
  readonly ui?: Partial<UiHooks>;
}

export interface CallResult {
  /** The return value (runtime form; `plain()` converts it). */
  readonly value: unknown;
  /** The arguments after the call (var parameters hold their new values). */
  readonly args: readonly unknown[];
}

export interface ProductHost {
  readonly session: Session;
  readonly program: Program;
  readonly emulator: EmulatorHandle;
  /** Messages shown by Message() (and other UI the host answered), in order. */
  readonly messages: string[];
  /** The selected business ID ('' when not configured). */
  readonly businessId: string;
  /** Record operation counts of the session (see RecordOpCounter); enable with options.countRecordOps or start(). */
  readonly recordOps: RecordOpCounter;
  /**
   * Calls a procedure of a codeunit as one transaction (committed on success, rolled back on error, as a page
   * action would be). Plain arguments are converted to the parameter types (enum names, ISO dates, numbers).
   * Throws the AL error (ALError) unchanged.
   */
  call(codeunit: string | CodeunitV, procedure: string, ...args: unknown[]): unknown;
  /** Like call, but also returns the arguments after the call (var parameters). */
  invoke(codeunit: string | CodeunitV, procedure: string, args: readonly unknown[]): CallResult;
  /**
   * A codeunit instance whose globals live across calls (pass it to call/invoke instead of the name), e.g. to
   * read "BKI Bookings Invoicing".GetLastResult after CreateInvoices on the same instance.
   */
  codeunit(name: string): CodeunitV;
  /** Calls a table procedure on a record variable (one transaction). */
  callTable(rec: Rec, procedure: string, ...args: unknown[]): unknown;
  /** Runs a codeunit's OnRun (optionally with a record), one transaction. */
  runCodeunit(codeunit: string, rec?: Rec): void;
  /** A new record variable of a table (temporary when asked). */
  record(table: string, temporary?: boolean): Rec;
  /** A record variable holding the row with this primary key (plain key values: enum names, dates...); throws when missing. */
  getRecord(table: string, key: readonly unknown[]): Rec;
  /**
   * Gets a row by its primary key, sets fields with Validate (OnValidate runs) and modifies it with triggers, as one
   * transaction; returns the row after the change. E.g. `updateRecord('Customer', ['C00001'], { 'Currency Code': 'EUR' })`.
   */
  updateRecord(table: string, key: readonly unknown[], fields: Readonly<Record<string, PlainValue>>): PlainRow;
  /** Every stored row of a table in the current company, as plain objects in primary-key order. */
  rows(table: string, filter?: (row: PlainRow) => boolean): PlainRow[];
  /** Number of stored rows of a table. */
  count(table: string): number;
  /** The setup row as a plain object. */
  setup(): PlainRow;
  /** Sets fields of the setup record with Validate (OnValidate runs) and saves it. */
  setSetupFields(fields: Readonly<Record<string, PlainValue>>): void;
  /** Converts a runtime value to its plain form. */
  plain(v: unknown): PlainValue;
  /** Stops the emulator child process. Safe to call twice. */
  stop(): Promise<void>;
}

/** A failure of the host itself (load or set-up), with what failed, where and what to do. */
export class ProductHostError extends Error {
  override readonly name = 'ProductHostError';
  constructor(
    message: string,
    readonly step: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** Starts the emulator, loads and installs the app, creates the demo company and configures the connection. */
export async function startProductHost(options: ProductHostOptions = {}): Promise<ProductHost> {
  const appDir = path.resolve(options.appDir ?? path.join(REPO_ROOT, 'src-al'));
  if (!fs.existsSync(appDir)) throw new ProductHostError(HOST_MESSAGES.appNotFound(appDir), 'load');
  const program = loadApp(appDir, options);

  let emulator: EmulatorHandle;
  try {
    emulator = await startEmulatorProcess(options.emulator ?? {});
  } catch (e) {
    throw new ProductHostError(HOST_MESSAGES.emulatorFailed(e instanceof Error ? e.message : String(e)), 'emulator', e);
  }
  try {
    const host = new Host(program, emulator, options);
    host.prepare(options);
    if (options.countRecordOps === true) host.recordOps.start();
    return host;
  } catch (e) {
    await emulator.close();
    throw e;
  }
}

function loadApp(appDir: string, options: ProductHostOptions): Program {
  const symbols = new PreprocessorSymbols(REPO_ROOT);
  const inputs = [appDir, ...(options.extraAl ?? []).map((p) => path.resolve(p))];
  const loaded = loadProgram(inputs, { cwd: REPO_ROOT, defines: options.defines ?? [], definesFor: (f) => symbols.forFile(f) });
  const problems = [...loaded.errors, ...loaded.warnings.filter((w) => !w.startsWith('built-in object skipped'))];
  if (loaded.errors.length > 0) {
    throw new ProductHostError(HOST_MESSAGES.appLoadFailed(path.relative(REPO_ROOT, appDir) || appDir, problems.length, problems[0] ?? ''), 'load');
  }
  return loaded.program;
}

class Host implements ProductHost {
  readonly session: Session;
  readonly messages: string[] = [];
  readonly recordOps: RecordOpCounter;
  businessId = '';
  private stopped = false;

  constructor(
    readonly program: Program,
    readonly emulator: EmulatorHandle,
    options: ProductHostOptions,
  ) {
    this.session = new Session(program);
    this.recordOps = new RecordOpCounter();
    const ui = options.ui ?? {};
    this.session.ui = {
      message: ui.message ?? ((t) => void this.messages.push(t)),
      confirm: ui.confirm ?? ((q, d) => (this.messages.push(`Confirm: ${q}`), d)),
      strMenu: ui.strMenu ?? ((o, d) => (this.messages.push(`StrMenu: ${o}`), d)),
      other: ui.other ?? ((k, d) => (this.messages.push(`${k}: ${d}`), undefined)),
    };
    const today = new Date();
    const wd = options.workDate ?? today.toISOString().slice(0, 10);
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(wd);
    if (m === null) throw new ProductHostError(`Product host: workDate '${wd}' is not a date YYYY-MM-DD.`, 'options');
    this.session.workDateValue = ALDate.fromDay(dayOf(Number(m[1]), Number(m[2]), Number(m[3])));
  }

  // -------------------------------------------------------------------------------------------------------------
  // Set-up

  prepare(options: ProductHostOptions): void {
    this.step('creating the demo company', 'codeunit "Demo Company Generator".CreateDemoCompany', 'The base-app model changed: run its tests (tools/al/runtime/base-app).', () =>
      this.call('Demo Company Generator', 'CreateDemoCompany'),
    );
    this.step('installing the app', 'codeunit "BKI Install" (OnInstallAppPerCompany)', 'Fix the install codeunit in src-al/Install.', () => this.install());
    const configure = options.configure ?? 'business';
    if (configure === 'none') return;
    const creds = { ...this.emulator.credentials, ...(options.credentials ?? {}) };
    this.step('configuring the connection', `table "${SETUP_TABLE}" (Validate, SetClientSecret)`, 'Check the setup table in src-al/Setup/Tables.', () => {
      const setup = this.setupRecord();
      this.validateField(setup, 'Tenant ID', creds.tenantId);
      this.validateField(setup, 'Client ID', creds.clientId);
      this.validateField(setup, 'Authority URL', this.emulator.url);
      this.validateField(setup, 'Graph Endpoint', this.emulator.graphUrl);
      this.validateField(setup, 'Token Source', options.tokenSource ?? 'Direct Request');
      this.procOf(this.tableInfo(SETUP_TABLE), 'SetClientSecret', 1)(setup, [new SecretTextV(creds.clientSecret)]);
      setup.modifyOrFail(true);
      this.session.db.commit();
    });
    if (configure === 'connection') return;
    const demo = this.call('Demo Company Generator', 'CustomerTemplateCode');
    const itemTemplate = this.call('Demo Company Generator', 'ServiceItemTemplateCode');
    this.setSetupFields({ 'Sync Customers': true, 'Default Customer Templ.': String(demo), 'Sync Services': true, 'Default Item Templ.': String(itemTemplate), ...(options.setupFields ?? {}) });
    this.step('selecting the Bookings business', 'codeunit "BKI Business Selection" (LoadBusinesses, ApplyBusiness)', 'Run Test Connection (host.call("BKI Connection Test", "TestConnection", ...)) to see the connection problem.', () =>
      this.selectBusiness(options.businessId),
    );
    if (options.enable !== false)
      this.step('enabling the connection', `table "${SETUP_TABLE}" field Enabled (OnValidate)`, 'Check TestSetupComplete in the setup table.', () => this.setSetupFields({ Enabled: true }));
  }

  private step(what: string, where: string, fix: string, fn: () => unknown): void {
    try {
      fn();
    } catch (e) {
      if (e instanceof ProductHostError) throw e;
      const ae = toALError(e);
      const stack = ae.alStack.length > 0 ? ` (AL stack: ${ae.alStack.slice(0, 3).join(' <- ')})` : '';
      throw new ProductHostError(HOST_MESSAGES.stepFailed(what, where, ae.message + stack, fix), what, e);
    }
  }

  private install(): void {
    const info = this.program.codeunits.get('bki install');
    if (info === undefined) throw new ProductHostError(HOST_MESSAGES.unknownCodeunit('BKI Install'), 'install');
    this.transaction(() => {
      const inst = this.session.instanceOf(info);
      if (!this.session.runTrigger(info, 'oninstallapppercompany', inst, [])) this.session.callByName(inst, 'InitializeCompany', []);
    });
  }

  private selectBusiness(wanted: string | undefined): void {
    this.transaction(() => {
      const temp = this.record('BKI Booking Business', true);
      const selection = this.codeunit('BKI Business Selection');
      const max = this.session.callByName(selection, 'MaxDetailsInList', []);
      this.session.callByName(selection, 'LoadBusinesses', [temp, max]);
      const ids: string[] = [];
      const idField = this.field(temp, 'Id');
      temp.reset();
      if (temp.find('-')) {
        do ids.push(String(temp.data[idField.slot]));
        while (temp.next() !== 0);
      }
      const sortField = this.field(temp, 'Sort Order');
      temp.setCurrentKey([sortField.slot]);
      const id = wanted ?? (temp.find('-') ? String(temp.data[idField.slot]) : undefined);
      if (id === undefined || !temp.get([id])) throw new ProductHostError(HOST_MESSAGES.noBusiness(wanted ?? '(first)', ids.join(', ')), 'business');
      const setup = this.setupRecord();
      this.session.callByName(selection, 'ApplyBusiness', [setup, temp]);
      this.businessId = id;
    });
  }

  // -------------------------------------------------------------------------------------------------------------
  // Calls

  call(codeunit: string | CodeunitV, procedure: string, ...args: unknown[]): unknown {
    return this.invoke(codeunit, procedure, args).value;
  }

  invoke(codeunit: string | CodeunitV, procedure: string, args: readonly unknown[]): CallResult {
    this.checkRunning();
    const inst = typeof codeunit === 'string' ? this.codeunit(codeunit) : codeunit;
    const proc = this.procInfo(inst.info, procedure, args.length);
    const vals = this.convertArgs(proc, args);
    const value = this.transaction(() => this.session.compiled(proc)(inst, vals));
    return { value, args: vals };
  }

  callTable(rec: Rec, procedure: string, ...args: unknown[]): unknown {
    this.checkRunning();
    const info = this.tableInfo(rec.table.name);
    const proc = this.procInfo(info, procedure, args.length);
    const vals = this.convertArgs(proc, args);
    return this.transaction(() => this.session.compiled(proc)(rec, vals));
  }

  runCodeunit(codeunit: string, rec?: Rec): void {
    this.checkRunning();
    const inst = this.codeunit(codeunit);
    this.transaction(() => this.session.runCodeunit(inst, rec, false));
  }

  /** Runs fn as a top-level transaction: commit on success, roll back and rethrow on error. */
  private transaction<T>(fn: () => T): T {
    return this.session.runAsTransaction(fn);
  }

  /** Plain arguments converted to the parameter types; a missing (undefined) argument gets the type's default. */
  private convertArgs(proc: ProcInfo, args: readonly unknown[]): unknown[] {
    return proc.params.map((p, i) => {
      const v = args[i];
      return v === undefined ? this.session.defaultMaker(p.type)() : convertArg(v, p.type);
    });
  }

  codeunit(name: string): CodeunitV {
    const info = this.program.codeunits.get(name.toLowerCase());
    if (info === undefined) throw new ProductHostError(HOST_MESSAGES.unknownCodeunit(name), 'call');
    return this.session.instanceOf(info);
  }

  private tableInfo(name: string): ObjInfo {
    const info = this.program.table(name);
    if (info?.table === undefined) throw new ProductHostError(HOST_MESSAGES.unknownTable(name), 'table');
    return info;
  }

  private procInfo(info: ObjInfo, name: string, argc: number): ProcInfo {
    const procs = info.procs.get(name.toLowerCase()) ?? [];
    const proc = procs.find((p) => p.params.length === argc);
    if (proc === undefined) {
      const available = [...info.procs.values()].flat().map((p) => `${p.name}(${p.params.length})`).sort().join(', ');
      throw new ProductHostError(HOST_MESSAGES.unknownProcedure(info.name, name, argc, available), 'call');
    }
    return proc;
  }

  private procOf(info: ObjInfo, name: string, argc: number): (self: unknown, args: unknown[]) => unknown {
    const proc = this.procInfo(info, name, argc);
    return (self, args) => this.session.compiled(proc)(self, args);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Data

  record(table: string, temporary = false): Rec {
    this.tableInfo(table);
    return this.session.newRecord(table, temporary);
  }

  getRecord(table: string, key: readonly unknown[]): Rec {
    this.checkRunning();
    const rec = this.record(table);
    rec.getOrFail(this.keyValues(rec, key));
    return rec;
  }

  private keyValues(rec: Rec, key: readonly unknown[]): unknown[] {
    return key.map((v, i) => {
      const f = rec.table.fields[rec.table.pk[i] ?? -1];
      return f === undefined ? v : fromPlain(v, f.type);
    });
  }

  updateRecord(table: string, key: readonly unknown[], fields: Readonly<Record<string, PlainValue>>): PlainRow {
    this.checkRunning();
    const rec = this.record(table);
    const keyValues = this.keyValues(rec, key);
    return this.transaction(() => {
      rec.getOrFail(keyValues);
      for (const [name, value] of Object.entries(fields)) this.validateField(rec, name, value);
      rec.modifyOrFail(true);
      return rowOf(rec.table, rec.data);
    });
  }

  rows(table: string, filter?: (row: PlainRow) => boolean): PlainRow[] {
    const meta = this.tableInfo(table).table;
    if (meta === undefined) return [];
    const store = this.session.db.company().store(meta);
    const out: PlainRow[] = [];
    for (const data of store.sorted(meta.pk)) {
      const row = rowOf(meta, data);
      if (filter === undefined || filter(row)) out.push(row);
    }
    return out;
  }

  count(table: string): number {
    const meta = this.tableInfo(table).table;
    return meta === undefined ? 0 : this.session.db.company().store(meta).rows.size;
  }

  setup(): PlainRow {
    const rec = this.setupRecord();
    return rowOf(rec.table, rec.data);
  }

  setSetupFields(fields: Readonly<Record<string, PlainValue>>): void {
    this.checkRunning();
    this.transaction(() => {
      const setup = this.setupRecord();
      for (const [name, value] of Object.entries(fields)) this.validateField(setup, name, value);
      setup.modifyOrFail(true);
    });
  }

  plain(v: unknown): PlainValue {
    return toPlain(v);
  }

  private setupRecord(): Rec {
    const rec = this.record(SETUP_TABLE);
    this.procOf(this.tableInfo(SETUP_TABLE), 'GetSetup', 0)(rec, []);
    return rec;
  }

  private field(rec: Rec, name: string): NonNullable<ReturnType<Rec['table']['field']>> {
    const f = rec.table.field(name);
    if (f === undefined) throw new ProductHostError(HOST_MESSAGES.unknownField(rec.table.name, name), 'field');
    return f;
  }

  private validateField(rec: Rec, name: string, value: unknown): void {
    const f = this.field(rec, name);
    this.session.validate(rec, f.slot, fromPlain(value, f.type), true);
  }

  // -------------------------------------------------------------------------------------------------------------

  private checkRunning(): void {
    if (this.stopped) throw new ProductHostError(HOST_MESSAGES.stopped(), 'stopped');
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.recordOps.stop();
    await this.emulator.close();
  }
}

/** Converts a call argument to the parameter type unless it already is a runtime value. */
function convertArg(v: unknown, t: ProcInfo['params'][number]['type']): unknown {
  switch (t.kind) {
    case 'Record':
    case 'Codeunit':
    case 'Interface':
    case 'List':
    case 'Dictionary':
    case 'TextBuilder':
    case 'ErrorInfo':
    case 'Other':
    case 'Array':
    case 'Variant':
    case 'RecordId':
    case 'Blob':
      return v;
    default:
      return fromPlain(v, t);
  }
}

export type { RecordOpCounts };
