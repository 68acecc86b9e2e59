/**
 * Outbound policy: which URLs the runtime may connect to. The default allows loopback only (127.0.0.1, localhost,
 * [::1]), so a test or the local sandbox can reach the Graph emulator and nothing else. A refused URL gives a
 * blocked response (IsBlockedByEnvironment = true) before any DNS lookup or connection.
 */
export interface OutboundPolicy {
  allows(url: URL): boolean;
  /** Human description of what is allowed, for the blocked message. */
  readonly description: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function loopbackOnly(): OutboundPolicy {
  return {
    allows: (url) => (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname.toLowerCase()),
    description: 'http(s)://127.0.0.1, localhost and [::1]',
  };
}

/** Loopback plus the given host names (exact, case-insensitive). */
export function allowHosts(hosts: readonly string[]): OutboundPolicy {
  const extra = new Set(hosts.map((h) => h.toLowerCase()));
  const base = loopbackOnly();
  return {
    allows: (url) => base.allows(url) || ((url.protocol === 'http:' || url.protocol === 'https:') && extra.has(url.hostname.toLowerCase())),
    description: `${base.description}, ${[...extra].join(', ')}`,
  };
}
