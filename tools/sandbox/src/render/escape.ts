/** HTML escaping for text and attribute values (both quote kinds), used for every caption, value and name. */
const MAP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function esc(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => MAP[c] ?? c);
}

/** An id/name safe for `id`, `for` and `name` attributes: letters, digits, '_' and '-' only (others as _xHH). */
export function domId(...parts: readonly string[]): string {
  return parts.map((p) => p.replace(/[^A-Za-z0-9_-]/g, (c) => `_x${c.codePointAt(0)?.toString(16) ?? '0'}`)).join('--');
}
