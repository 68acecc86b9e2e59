/**
 * alc sorts objects of one type, and the members of an object (fields, controls, actions, labels, methods, enum
 * values), by name, ignoring case: "NAB With Grid" comes before "NAB WS Deprecated" in alc's own output
 * (jwikman/nab-al-tools test-app/Xliff-test/Translations/Al.g.xlf), which an ordinal comparison would reverse.
 * We compare the upper-cased UTF-16 code units (.NET's OrdinalIgnoreCase); equal names keep source order.
 */
export function compareNames(a: string, b: string): number {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Stable sort by name (Array.prototype.sort is stable). */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareNames(nameOf(a), nameOf(b)));
}
