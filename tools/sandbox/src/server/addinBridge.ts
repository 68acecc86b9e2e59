/**
 * Control add-ins inside sandbox pages, through the same host contract as BC: each usercontrol of an open page gets
 * a host from controladdin/harness (`startAddinHost`, which reads the AL controladdin object, serves exactly the
 * files it names and provides Microsoft.Dynamics.NAV with BC's queuing). The page shows the host in an iframe.
 * Events the add-in raises run the usercontrol's trigger on the open runtime page (PageDataSource.runAddinTrigger);
 * AL's `CurrPage.<control>.<Proc>(...)` calls come back as addinCall effects and go to the add-in with host.call.
 * What else the trigger produced reaches the page over its event stream: a refresh of the repeater, or a move to
 * the interaction's result (messages, dialogs, opened pages).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { startAddinHost, type AddinHost } from '../../../../controladdin/harness/src/addinHost';
import type { LayoutControl, PageMetadata } from '../metadata/model';
import type { PageDataSource, PageEffect } from '../render/dataSource';
import type { Interactions } from './interactions';

export interface AddinBridgeOptions {
  /** The repository root: the controladdin objects' Scripts paths are relative to it. */
  readonly appRoot: string;
  /** Folders searched for `controladdin "<name>"` objects. */
  readonly sourceDirs: readonly string[];
}

const VISIBLE: ReadonlySet<PageEffect['kind']> = new Set(['message', 'error', 'notification', 'openPage', 'hyperlink', 'close']);

function alFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const full = join(dir, e);
    if (statSync(full).isDirectory()) out.push(...alFiles(full));
    else if (e.toLowerCase().endsWith('.al')) out.push(full);
  }
  return out;
}

export class AddinBridge {
  private readonly hosts = new Map<string, AddinHost | Error>();
  private readonly starting = new Map<string, Promise<void>>();
  private readonly channels = new Map<number, Set<ServerResponse>>();
  private readonly files = new Map<string, string>();
  /** The address each page was last shown at, so a trigger's result goes back to the same view. */
  readonly lastPath = new Map<number, string>();

  constructor(
    private readonly options: AddinBridgeOptions,
    private readonly data: PageDataSource,
    private readonly interactions: Interactions,
  ) {
    for (const dir of options.sourceDirs) {
      for (const f of alFiles(dir)) {
        const m = /\bcontroladdin\s+("([^"]+)"|([A-Za-z_]\w*))/i.exec(readFileSync(f, 'utf8'));
        const name = m?.[2] ?? m?.[3];
        if (name !== undefined) this.files.set(name.toLowerCase(), relative(options.appRoot, f).split(sep).join('/'));
      }
    }
  }

  private key(page: PageMetadata, control: LayoutControl): string {
    return `${page.id}/${control.name.toLowerCase()}`;
  }

  /** Starts the hosts of the page's usercontrols (once per page and control). */
  async ensure(page: PageMetadata): Promise<void> {
    if (this.data.runAddinTrigger === undefined) return;
    const controls: LayoutControl[] = [];
    const walk = (cs: readonly LayoutControl[]): void => cs.forEach((c) => { if (c.kind === 'usercontrol') controls.push(c); walk(c.children); });
    walk(page.layout);
    for (const c of controls) {
      const key = this.key(page, c);
      if (this.hosts.has(key)) continue;
      let p = this.starting.get(key);
      if (p === undefined) {
        p = this.start(page, c, key);
        this.starting.set(key, p);
      }
      await p;
    }
  }

  private async start(page: PageMetadata, control: LayoutControl, key: string): Promise<void> {
    const addinName = (control.source ?? '').replace(/^"(.*)"$/, '$1');
    const alFile = this.files.get(addinName.toLowerCase());
    if (alFile === undefined) {
      this.hosts.set(key, new Error(`No controladdin object "${addinName}" in the app sources.`));
      return;
    }
    try {
      const host = await startAddinHost({
        appRoot: this.options.appRoot,
        alFile,
        environment: { UserName: 'SANDBOX', CompanyName: 'Seed Demo Services' },
        onEvent: (event, h) => this.onEvent(page, control, event.name, event.args, h),
      });
      this.hosts.set(key, host);
    } catch (e) {
      this.hosts.set(key, e instanceof Error ? e : new Error(String(e)));
    }
  }

  /** The host page address for the iframe, or undefined when the add-in cannot run (then a placeholder shows). */
  frameUrl(page: PageMetadata, control: LayoutControl): string | undefined {
    const h = this.hosts.get(this.key(page, control));
    if (h === undefined || h instanceof Error) return undefined;
    const height = Number(/\d+/.exec(control.properties['RequestedHeight'] ?? '')?.[0] ?? '600');
    return `${h.url}?height=${height}`;
  }

  /** Why the add-in of a control does not run, if it does not. */
  problem(page: PageMetadata, control: LayoutControl): string | undefined {
    const h = this.hosts.get(this.key(page, control));
    return h instanceof Error ? h.message : undefined;
  }

  /** GET /page/<id>/events: the page's event stream. */
  subscribe(pageId: number, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    let set = this.channels.get(pageId);
    if (set === undefined) {
      set = new Set();
      this.channels.set(pageId, set);
    }
    set.add(res);
    res.on('close', () => set.delete(res));
  }

  private send(pageId: number, data: unknown): void {
    for (const res of this.channels.get(pageId) ?? []) res.write(`data: ${JSON.stringify(data)}\n\n`);
  }

  private async onEvent(page: PageMetadata, control: LayoutControl, name: string, args: readonly unknown[], host: AddinHost): Promise<void> {
    const run = this.data.runAddinTrigger;
    if (run === undefined) return;
    const returnPath = this.lastPath.get(page.id) ?? `/page/${page.id}`;
    const interaction = this.interactions.start({ returnPath }, () => run.call(this.data, page, control.name, name, args));
    const state = await interaction.settle();
    if (state.kind === 'dialog') {
      this.send(page.id, { navigate: `/interaction/${interaction.id}` });
      return;
    }
    for (const e of state.effects) {
      if (e.kind === 'addinCall' && e.control.toLowerCase() === control.name.toLowerCase()) host.call(e.procedure, ...e.args);
    }
    if (state.effects.some((e) => VISIBLE.has(e.kind))) this.send(page.id, { navigate: `/interaction/${interaction.id}` });
    else if (state.effects.some((e) => e.kind === 'update')) this.send(page.id, { refresh: true });
  }

  async close(): Promise<void> {
    for (const set of this.channels.values()) for (const res of set) res.end();
    this.channels.clear();
    await Promise.all([...this.hosts.values()].map((h) => (h instanceof Error ? Promise.resolve() : h.close())));
    this.hosts.clear();
  }
}
