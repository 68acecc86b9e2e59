/**
 * Bookings' documented limit: at most 4 concurrent requests per app and mailbox (business). A request beyond it
 * gets 429 ApplicationThrottled with Retry-After; other businesses and other apps are not affected.
 */
export class ConcurrencyLimiter {
  private readonly inFlight = new Map<string, number>();

  constructor(readonly limit: number) {}

  /** A release function, or undefined when the key is at its limit. */
  tryAcquire(appId: string, businessId: string): (() => void) | undefined {
    const key = `${appId.toLowerCase()}|${businessId.toLowerCase()}`;
    const current = this.inFlight.get(key) ?? 0;
    if (current >= this.limit) return undefined;
    this.inFlight.set(key, current + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const now = (this.inFlight.get(key) ?? 1) - 1;
      if (now <= 0) this.inFlight.delete(key);
      else this.inFlight.set(key, now);
    };
  }
}
