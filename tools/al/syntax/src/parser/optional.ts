/** Adds the optional properties whose value is defined (exactOptionalPropertyTypes forbids `x: undefined`). */
export function withOptional<N extends object, O extends Record<string, unknown>>(node: N, optional: O): N & Partial<{ [K in keyof O]: Exclude<O[K], undefined> }> {
  const out = node as unknown as Record<string, unknown>;
  for (const key in optional) {
    const v = optional[key];
    if (v !== undefined) out[key] = v;
  }
  return out as unknown as N & Partial<{ [K in keyof O]: Exclude<O[K], undefined> }>;
}
