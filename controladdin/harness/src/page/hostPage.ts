/**
 * Runs in the harness's host page (the parent of the control add-in frame), like BC's client around an add-in.
 * Transpiled by the server at start-up; it must not import anything. It provides `Microsoft.Dynamics.NAV` to the
 * frame, loads the add-in's Scripts and StartupScript into the frame in order, records every event, and lets tests
 * (and the server, over server-sent events) call the add-in's procedures.
 */

interface HostConfig {
  readonly name: string;
  readonly scripts: readonly string[];
  readonly startupScript: string | undefined;
  readonly procedures: Readonly<Record<string, number>>;
  readonly events: Readonly<Record<string, number>>;
  readonly environment: Readonly<Record<string, unknown>>;
  readonly images: Readonly<Record<string, string>>;
  readonly latencyMs: number;
  readonly pauseBeforeStartup: boolean;
}

interface RecordedEvent {
  readonly seq: number;
  readonly name: string;
  readonly args: readonly unknown[];
  /** performance.now() of the add-in frame when the add-in called InvokeExtensibilityMethod. */
  readonly invokedAt: number;
  /** Frame time when the host had handled it ("AL's trigger ran") and called successCallback. */
  deliveredAt: number | undefined;
  readonly skipped: boolean;
}

interface PendingInvoke {
  readonly event: RecordedEvent;
  readonly frameWindow: Window;
  readonly success: (() => void) | undefined;
}

(function installHost(): void {
  const configElement = document.getElementById('bki-host-config');
  const config = JSON.parse(configElement?.textContent ?? '{}') as HostConfig;
  const events: RecordedEvent[] = [];
  const errors: string[] = [];
  const queue: PendingInvoke[] = [];
  let busy = false;
  let seq = 0;
  let frameWindow: Window | undefined;
  let startupDone = false;
  let resolveScriptsLoaded: (() => void) | undefined;
  const scriptsLoaded = new Promise<void>((resolve) => {
    resolveScriptsLoaded = resolve;
  });
  const log = document.getElementById('bki-event-log');

  function show(text: string): void {
    if (log === null) return;
    const line = document.createElement('div');
    line.textContent = text;
    log.prepend(line);
  }

  function summarize(args: readonly unknown[]): string {
    // Shorten long texts first: the log must not cost the add-in time when AL sends megabytes of rows.
    const text = JSON.stringify(args.map((a) => (typeof a === 'string' && a.length > 200 ? `${a.slice(0, 200)}...` : a)));
    return text.length > 160 ? `${text.slice(0, 157)}...` : text;
  }

  function environment(): Record<string, unknown> {
    return { ...config.environment, Busy: busy };
  }

  // BC handles one extensibility call at a time; later ones wait in a queue (skipIfBusy = false) or are dropped
  // with errorCallback (skipIfBusy = true). successCallback runs after the AL trigger has run.
  function pump(): void {
    if (busy) return;
    const next = queue.shift();
    if (next === undefined) return;
    busy = true;
    const { event } = next;
    void fetch('/invoke', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: event.name, args: event.args }) })
      .catch((error: unknown) => {
        errors.push(`Could not deliver ${event.name} to the harness server: ${String(error)}`);
      })
      .then(
        () =>
          new Promise<void>((resolve) => {
            setTimeout(resolve, config.latencyMs);
          }),
      )
      .then(() => {
        event.deliveredAt = next.frameWindow.performance.now();
        busy = false;
        show(`event ${event.name} ${summarize(event.args)}`);
        if (next.success !== undefined) next.success();
        pump();
      });
  }

  function navFor(win: Window): unknown {
    frameWindow = win;
    return {
      InvokeExtensibilityMethod(name: string, args: unknown, skipIfBusy?: boolean, success?: () => void, error?: () => void): void {
        const list: unknown[] = Array.isArray(args) ? args : args === null || args === undefined ? [] : [args];
        const expected = config.events[name];
        if (expected === undefined) errors.push(`The add-in raised '${name}', which the controladdin object does not declare as an event.`);
        else if (expected !== list.length) errors.push(`The add-in raised '${name}' with ${list.length} arguments; the controladdin object declares ${expected}.`);
        const isBusy = busy || queue.length > 0;
        const event: RecordedEvent = { seq: ++seq, name, args: list, invokedAt: win.performance.now(), deliveredAt: undefined, skipped: skipIfBusy === true && isBusy };
        events.push(event);
        if (event.skipped) {
          if (error !== undefined) setTimeout(error, 0);
          return;
        }
        queue.push({ event, frameWindow: win, success });
        pump();
      },
      GetEnvironment: environment,
      GetImageResource(name: string): string {
        return config.images[name] ?? '';
      },
      OpenWindow(url: string): void {
        show(`OpenWindow ${url}`);
      },
    };
  }

  function loadScript(win: Window, src: string): Promise<void> {
    return new Promise((resolve) => {
      const script = win.document.createElement('script');
      script.src = src;
      script.async = false;
      script.onload = () => resolve();
      script.onerror = () => {
        errors.push(`Could not load script ${src}.`);
        resolve();
      };
      win.document.body.appendChild(script);
    });
  }

  async function runStartup(): Promise<void> {
    await scriptsLoaded;
    if (startupDone || frameWindow === undefined) return;
    startupDone = true;
    if (config.startupScript !== undefined) await loadScript(frameWindow, config.startupScript);
  }

  async function frameReady(win: Window): Promise<void> {
    for (const src of config.scripts) await loadScript(win, src);
    if (resolveScriptsLoaded !== undefined) resolveScriptsLoaded();
    if (!config.pauseBeforeStartup) await runStartup();
  }

  function call(name: string, ...args: unknown[]): void {
    const expected = config.procedures[name];
    if (expected === undefined) {
      errors.push(`AL called '${name}', which the controladdin object does not declare as a procedure.`);
      return;
    }
    if (expected !== args.length) errors.push(`AL called '${name}' with ${args.length} arguments; the controladdin object declares ${expected}.`);
    const target = frameWindow === undefined ? undefined : (frameWindow as unknown as Record<string, unknown>)[name];
    if (typeof target !== 'function') {
      errors.push(`AL called '${name}' but the add-in has not defined it (yet).`);
      return;
    }
    show(`call ${name} ${summarize(args)}`);
    (target as (...a: unknown[]) => void)(...args);
  }

  const host = {
    config,
    events,
    errors,
    navFor,
    frameReady,
    runStartup,
    scriptsLoaded,
    call,
    get busy(): boolean {
      return busy;
    },
    frame: (): Window | undefined => frameWindow,
  };
  (window as unknown as { bkiHost: typeof host }).bkiHost = host;

  // Calls pushed by the harness server (e.g. the local sandbox answering ControlReady with LoadBookings).
  const stream = new EventSource('/calls');
  stream.onmessage = (message: MessageEvent<string>) => {
    const data = JSON.parse(message.data) as { name: string; args: unknown[] };
    call(data.name, ...data.args);
  };
})();
