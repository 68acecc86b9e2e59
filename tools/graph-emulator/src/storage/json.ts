/** JSON values as the emulator stores and sends them. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep copy, so callers never share mutable state with the store. */
export function cloneJson<T extends JsonValue>(value: T): T {
  return structuredClone(value);
}
