/**
 * The one module that talks to Business Central's control add-in host (`Microsoft.Dynamics.NAV`). Every event
 * raised towards AL goes through `raise`, so the event names and argument shapes live here only.
 */

/** The events of controladdin "BKI Booking Selection Grid" with their AL parameters. */
export type AddinEvent =
  | { readonly name: 'ControlReady'; readonly args: readonly [] }
  | { readonly name: 'SelectionChanged'; readonly args: readonly [idsJson: string] }
  | { readonly name: 'CreateInvoicesRequested'; readonly args: readonly [idsJson: string, groupPerCustomer: boolean] }
  | { readonly name: 'OpenBookingRequested'; readonly args: readonly [id: string] };

interface NavHost {
  InvokeExtensibilityMethod(
    name: string,
    args: readonly unknown[],
    skipIfBusy?: boolean,
    successCallback?: () => void,
    errorCallback?: () => void,
  ): void;
  GetEnvironment?: () => unknown;
}

function navHost(): NavHost | undefined {
  const ms: unknown = (window as unknown as { Microsoft?: unknown }).Microsoft;
  if (typeof ms !== 'object' || ms === null) return undefined;
  const dynamics: unknown = (ms as { Dynamics?: unknown }).Dynamics;
  if (typeof dynamics !== 'object' || dynamics === null) return undefined;
  const nav: unknown = (dynamics as { NAV?: unknown }).NAV;
  if (typeof nav !== 'object' || nav === null) return undefined;
  if (typeof (nav as { InvokeExtensibilityMethod?: unknown }).InvokeExtensibilityMethod !== 'function') return undefined;
  return nav as NavHost;
}

/**
 * Raises an event towards AL. Calls are queued by BC while it is busy (skipIfBusy = false), so order is kept.
 * SelectionChanged is "latest wins": while one is on its way, newer selections replace each other and only the
 * last one is sent when the first has been handled, so a burst of clicks costs AL one round trip, not one per click.
 */
export class NavBridge {
  private selectionInFlight = false;
  private pendingSelection: string | undefined;

  raise(event: AddinEvent): void {
    if (event.name === 'SelectionChanged') {
      this.raiseSelection(event.args[0]);
      return;
    }
    this.invoke(event.name, event.args, () => undefined);
  }

  private raiseSelection(idsJson: string): void {
    if (this.selectionInFlight) {
      this.pendingSelection = idsJson;
      return;
    }
    this.selectionInFlight = true;
    this.invoke('SelectionChanged', [idsJson], () => {
      this.selectionInFlight = false;
      const next = this.pendingSelection;
      this.pendingSelection = undefined;
      if (next !== undefined) this.raiseSelection(next);
    });
  }

  private invoke(name: AddinEvent['name'], args: readonly unknown[], done: () => void): void {
    const host = navHost();
    if (host === undefined) {
      // Outside BC (e.g. a plain page): nothing to tell; keep the grid usable.
      done();
      return;
    }
    host.InvokeExtensibilityMethod(name, args, false, done, done);
  }

  /** True when GetEnvironment carries a dark-theme hint (`Theme` or `ColorScheme` containing "dark"). */
  prefersDark(): boolean {
    const host = navHost();
    if (host?.GetEnvironment === undefined) return false;
    let env: unknown;
    try {
      env = host.GetEnvironment();
    } catch {
      return false; // A host without a usable environment gives no hint; the light theme is the default.
    }
    if (typeof env !== 'object' || env === null) return false;
    for (const key of ['Theme', 'ColorScheme']) {
      const value: unknown = (env as Record<string, unknown>)[key];
      if (typeof value === 'string' && value.toLowerCase().includes('dark')) return true;
    }
    return false;
  }
}
