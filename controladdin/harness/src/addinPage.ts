import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { AddinHost } from './addinHost';

/** An event as the host page recorded it (frame timestamps from performance.now()). */
export interface PageEvent {
  readonly seq: number;
  readonly name: string;
  readonly args: readonly unknown[];
  readonly invokedAt: number;
  readonly deliveredAt: number | undefined;
  readonly skipped: boolean;
}

export interface OpenOptions {
  readonly theme?: 'light' | 'dark';
  readonly latencyMs?: number;
  /** Load Scripts but hold the StartupScript until runStartup(), to call procedures before the add-in is ready. */
  readonly pauseBeforeStartup?: boolean;
  readonly height?: number;
}

interface HostWindow {
  bkiHost: {
    events: PageEvent[];
    errors: string[];
    call(name: string, ...args: unknown[]): void;
    runStartup(): Promise<void>;
    scriptsLoaded: Promise<void>;
  };
}

/** A Playwright page showing the add-in host: call procedures, read events, reach the add-in frame. */
export class AddinPage {
  /** Uncaught exceptions in the page or the add-in frame. */
  readonly pageErrors: string[] = [];
  readonly consoleErrors: string[] = [];

  private constructor(
    readonly page: Page,
    readonly frame: Frame,
  ) {}

  static async open(context: BrowserContext, host: AddinHost, options: OpenOptions = {}): Promise<AddinPage> {
    const page = await context.newPage();
    const errors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const query = new URLSearchParams();
    if (options.theme !== undefined) query.set('theme', options.theme);
    if (options.latencyMs !== undefined) query.set('latency', String(options.latencyMs));
    if (options.pauseBeforeStartup === true) query.set('pauseBeforeStartup', '1');
    if (options.height !== undefined) query.set('height', String(options.height));
    const search = query.toString();
    await page.goto(host.url + (search === '' ? '' : `?${search}`));
    const frameHandle = await page.waitForSelector('#bki-control-area');
    const frame = await frameHandle.contentFrame();
    if (frame === null) throw new Error('The host page has no control add-in frame.');
    await page.evaluate(() => (window as unknown as HostWindow).bkiHost.scriptsLoaded);
    const result = new AddinPage(page, frame);
    result.pageErrors.push(...errors);
    page.on('pageerror', (error) => result.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') result.consoleErrors.push(message.text());
    });
    result.consoleErrors.push(...consoleErrors);
    return result;
  }

  /** AL → add-in: CurrPage.BookingGrid.<name>(args). */
  async call(name: string, ...args: unknown[]): Promise<void> {
    await this.page.evaluate(([n, a]) => (window as unknown as HostWindow).bkiHost.call(n, ...a), [name, args] as const);
  }

  async runStartup(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as HostWindow).bkiHost.runStartup());
  }

  async events(name?: string): Promise<PageEvent[]> {
    const all = await this.page.evaluate(() => (window as unknown as HostWindow).bkiHost.events.map((e) => ({ ...e })));
    return name === undefined ? all : all.filter((e) => e.name === name);
  }

  /** Harness-detected contract violations (undeclared events or procedures, wrong argument counts). */
  async hostErrors(): Promise<string[]> {
    return this.page.evaluate(() => [...(window as unknown as HostWindow).bkiHost.errors]);
  }

  /** Waits until at least `count` events named `name` have been delivered, and returns them. */
  async waitForEvents(name: string, count = 1, timeoutMs = 10_000): Promise<PageEvent[]> {
    await this.page.waitForFunction(
      ([n, c]) => (window as unknown as HostWindow).bkiHost.events.filter((e) => e.name === n && e.deliveredAt !== undefined).length >= c,
      [name, count] as const,
      { timeout: timeoutMs, polling: 10 },
    );
    return this.events(name);
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
