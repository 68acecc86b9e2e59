/** Turns stored entities into response JSON: `$select`, "only by id" properties, `@odata.type` on derived types. */
import type { JsonObject, JsonValue } from '../storage/json';
import { SCHEMAS, type EntityType } from '../storage/schema';

export interface RenderOptions {
  /** Property names from `$select` (already validated); undefined = all. */
  readonly select?: readonly string[] | undefined;
  /** A list response: "only by id" properties are sent as null. */
  readonly inList: boolean;
}

/** Types Graph annotates with `@odata.type` in responses (derived from bookingPerson/bookingCustomerBase). */
const ANNOTATED: Partial<Record<EntityType, string>> = {
  bookingCustomer: '#microsoft.graph.bookingCustomer',
  bookingStaffMember: '#microsoft.graph.bookingStaffMember',
};

export function renderEntity(type: EntityType, data: JsonObject, options: RenderOptions): JsonObject {
  const schema = SCHEMAS[type];
  const out: JsonObject = {};
  const annotation = ANNOTATED[type];
  if (annotation !== undefined) out['@odata.type'] = annotation;
  const names = options.select === undefined ? Object.keys(schema) : ['id', ...options.select.filter((s) => s !== 'id')];
  for (const name of names) {
    const spec = schema[name];
    if (spec === undefined) continue;
    const value: JsonValue = options.inList && spec.onlyById === true ? null : (data[name] ?? null);
    out[name] = structuredClone(value);
  }
  return out;
}
