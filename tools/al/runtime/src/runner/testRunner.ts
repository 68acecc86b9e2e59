import { ALError, alError, toALError } from '../errors';
import { Session, UiHooks } from '../interp/session';
import { ObjInfo, ProcInfo, Program } from '../interp/program';
import { CodeunitV } from '../interp/instances';
import { HTTP_MESSAGES, type HttpInterceptor, type InterceptDecision } from '../platform/http';
import { TestHttpRequestV, TestHttpResponseV } from '../interp/testHttp';
import { installTestPageUi, resetTestPages } from '../pages/testUi';
import { permissionMockOf } from '../permissions/enforcement';

export interface TestResult {
  readonly codeunit: string;
  readonly name: string;
  readonly result: 'pass' | 'fail';
  readonly message: string;
  /** AL call stack of the failure, innermost first (empty when passed). */
  readonly callStack: string[];
}

const HANDLER_KINDS = [
  'messagehandler',
  'confirmhandler',
  'strmenuhandler',
  'modalpagehandler',
  'pagehandler',
  'sendnotificationhandler',
  'recallnotificationhandler',
  'reporthandler',
  'requestpagehandler',
  'httpclienthandler',
  'filterpagehandler',
  'hyperlinkhandler',
  'sessionsettingshandler',
] as const;

function attrArgText(p: ProcInfo, name: string): string | undefined {
  const a = p.attributes.find((x) => x.name.name.toLowerCase() === name);
  if (a === undefined) return undefined;
  return a.args.map((e) => (e.kind === 'Literal' ? String(e.value) : '')).join(',');
}

function isTestCodeunit(info: ObjInfo): boolean {
  return info.kind === 'codeunit' && /^\s*test\s*$/i.test(info.props.get('subtype')?.raw ?? '');
}

/** Test codeunits of a program in ID order; `only` restricts to codeunits defined in those files. */
export function testCodeunits(program: Program, onlyFiles?: ReadonlySet<string>): ObjInfo[] {
  return [...program.codeunits.values()].filter((c) => isTestCodeunit(c) && (onlyFiles === undefined || onlyFiles.has(c.file.path))).sort((a, b) => a.id - b.id || a.name.localeCompare(b.name));
}

interface Handler {
  readonly kind: string;
  readonly proc: ProcInfo;
  used: boolean;
}

/**
 * Runs every [Test] procedure of the test codeunits as Microsoft's "Test Runner - Isol. Codeunit" does: one instance
 * of the test codeunit for all its tests, OnRun first, database changes rolled back after each codeunit, a failing
 * test's changes rolled back, handler functions bound per test with BC's rules (an unhandled UI call fails the test,
 * a listed handler that never ran fails it too).
 */
export function runTests(program: Program, codeunits: readonly ObjInfo[], onResult?: (r: TestResult) => void): TestResult[] {
  const s = new Session(program);
  const results: TestResult[] = [];
  const push = (r: TestResult): void => {
    results.push(r);
    onResult?.(r);
  };
  for (const cu of codeunits) {
    const snap = s.db.snapshot();
    const storageSnap = new Map(s.isolatedStorage);
    const inst = s.instanceOf(cu);
    let handlers: Handler[] = [];
    s.ui = uiFor(s, inst, () => handlers);
    installTestPageUi(s, inst, () => handlers);
    const tests = [...cu.procs.values()].flat().filter((p) => p.attributes.some((a) => a.name.name.toLowerCase() === 'test')).sort((a, b) => a.node.start - b.node.start);
    const httpPolicy = (cu.props.get('testhttprequestpolicy')?.raw ?? '').trim().toLowerCase();
    let onRunError: ALError | undefined;
    try {
      s.runTrigger(cu, 'onrun', inst, []);
    } catch (e) {
      onRunError = toALError(e);
    }
    for (const t of tests) {
      if (onRunError !== undefined) {
        push({ codeunit: cu.name, name: t.name, result: 'fail', message: `OnRun of the test codeunit failed: ${onRunError.message}`, callStack: onRunError.alStack });
        continue;
      }
      handlers = bindHandlers(cu, t);
      resetTestPages(s);
      s.httpEnv.interceptor = httpInterceptor(s, inst, handlers, httpPolicy);
      const sp = s.db.savepoint();
      s.lastError = undefined;
      const model = (attrArgText(t, 'transactionmodel') ?? '').toLowerCase();
      let failure: ALError | undefined;
      // BC's test runner starts codeunit "Permissions Mock" before each test and stops it after (TestRunnerMgt).
      const permissionMock = permissionMockOf(s);
      permissionMock.start();
      try {
        s.compiled(t)(inst, []);
        const unused = handlers.filter((h) => !h.used).map((h) => h.proc.name);
        if (unused.length > 0) failure = alError(`The following UI handlers were not executed: ${unused.join(', ')}`);
      } catch (e) {
        failure = toALError(e);
      }
      permissionMock.stop();
      if (failure !== undefined || model.includes('autorollback')) s.db.rollback(sp);
      else s.db.commit();
      s.depth = 0;
      push(
        failure === undefined
          ? { codeunit: cu.name, name: t.name, result: 'pass', message: '', callStack: [] }
          : { codeunit: cu.name, name: t.name, result: 'fail', message: failure.message, callStack: [...failure.alStack] },
      );
    }
    s.httpEnv.interceptor = undefined;
    s.db.restore(snap);
    s.isolatedStorage.clear();
    for (const [k, v] of storageSnap) s.isolatedStorage.set(k, v);
    // manual event bindings belong to the test codeunit instance that made them
    s.events.clearBindings();
  }
  return results;
}

function bindHandlers(cu: ObjInfo, t: ProcInfo): Handler[] {
  const list = attrArgText(t, 'handlerfunctions');
  if (list === undefined) return [];
  const out: Handler[] = [];
  for (const raw of list.split(',')) {
    const name = raw.trim();
    if (name === '') continue;
    const proc = cu.procs.get(name.toLowerCase())?.[0];
    if (proc === undefined) throw alError(`The handler function ${name} listed on ${t.name} does not exist in ${cu.name}.`);
    const kind = proc.attributes.map((a) => a.name.name.toLowerCase()).find((n) => (HANDLER_KINDS as readonly string[]).includes(n));
    if (kind === undefined) throw alError(`${name} is listed in HandlerFunctions of ${t.name} but has no handler attribute such as [MessageHandler].`);
    out.push({ kind, proc, used: false });
  }
  return out;
}

/**
 * TestHttpRequestPolicy and [HttpClientHandler] (Microsoft Learn, "TestHttpRequestPolicy property", "Mock outbound
 * HttpClient web service calls during testing"): with a handler bound, every request goes to it; the handler
 * returns false when it filled the response, true to let the request go on, which only AllowOutboundFromHandler
 * and AllowAllOutboundRequests (the default) permit. Without a handler, BlockOutboundRequests refuses the request.
 * The session's outbound policy (loopback only) applies to every request that goes out.
 */
function httpInterceptor(s: Session, inst: CodeunitV, handlers: readonly Handler[], policy: string): HttpInterceptor | undefined {
  const h = handlers.find((x) => x.kind === 'httpclienthandler');
  const blocking = policy === 'blockoutboundrequests';
  if (h === undefined && !blocking) return undefined;
  return (req) => {
    const blocked = (): InterceptDecision => ({ kind: 'fail', error: alError(HTTP_MESSAGES.blockedByTest(req.method, req.url)) });
    if (h === undefined) return blocked();
    h.used = true;
    const args: unknown[] = [new TestHttpRequestV(req), new TestHttpResponseV()];
    let passOn: unknown;
    try {
      passOn = s.compiled(h.proc)(inst, args);
    } catch (e) {
      return { kind: 'throw', error: toALError(e) };
    }
    if (passOn !== true) {
      const resp = args[1];
      if (!(resp instanceof TestHttpResponseV)) return { kind: 'throw', error: alError(`The HttpClientHandler ${h.proc.name} did not leave a TestHttpResponseMessage.`) };
      return { kind: 'respond', response: resp.toCanned() };
    }
    return blocking ? blocked() : { kind: 'passThrough' };
  };
}

function uiFor(s: Session, inst: CodeunitV, handlers: () => Handler[]): UiHooks {
  const find = (kind: string): Handler | undefined => handlers().find((h) => h.kind === kind);
  return {
    message(text) {
      const h = find('messagehandler');
      if (h === undefined) throw alError(`Unhandled UI: Message '${text}'`);
      h.used = true;
      s.compiled(h.proc)(inst, [text]);
    },
    confirm(question, dflt) {
      const h = find('confirmhandler');
      if (h === undefined) throw alError(`Unhandled UI: Confirm '${question}'`);
      h.used = true;
      const args: unknown[] = [question, dflt];
      s.compiled(h.proc)(inst, args);
      return args[1] === true;
    },
    strMenu(options, dflt, instruction) {
      const h = find('strmenuhandler');
      if (h === undefined) throw alError(`Unhandled UI: StrMenu '${options}'`);
      h.used = true;
      const args: unknown[] = [options, dflt, instruction];
      s.compiled(h.proc)(inst, args);
      return typeof args[1] === 'number' ? args[1] : dflt;
    },
    other(kind, detail) {
      // Hyperlink(Url) goes to a [HyperlinkHandler] (Microsoft Learn, "HyperlinkHandler attribute"); pages go through pages/testUi.ts
      const h = kind === 'Hyperlink' ? find('hyperlinkhandler') : undefined;
      if (h !== undefined) {
        h.used = true;
        s.compiled(h.proc)(inst, [detail]);
        return undefined;
      }
      throw alError(`Unhandled UI: ${kind} ${detail}`);
    },
  };
}
