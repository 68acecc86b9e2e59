/**
 * Imported first by the entry so it runs before Fluent UI's modules: an empty font base URL stops Fluent from
 * registering @font-face rules that point at Microsoft's CDN. BC forbids online font files in add-ins, and the
 * grid uses the operating system's Segoe UI (or the fallbacks of the BC font stack) instead.
 */
const target = window as unknown as { FabricConfig?: Record<string, unknown> };
target.FabricConfig = { ...(target.FabricConfig ?? {}), fontBaseUrl: '' };
export {};
