/** Turns stored entities into response JSON (values shared with the store; serialize, never mutate): `$select`, "only by id" properties, `@odata.type` on derived types. */
import type { JsonObject, JsonValue } from '../storage/json';
import { SCHEMAS, type EntityType } from '../storage/schema';

export interface RenderOptions {
  /** Property names from `$select` (already validated); undefined = all. */
  readonly select?: readonly string[] | undefined;
  /** A list response: "only by id" properties are sent as null. */
  readonly inList: boolean;
  /** Quirk: send appointment `customers` as [] in lists (reported for Graph in 2023). */
  readonly emptyCustomers?: boolean;
  /** `Prefer: include-unknown-enum-members` was sent: evolvable enum members after unknownFutureValue are shown. */
  readonly unknownEnumMembers?: boolean;
}

/** bookingStaffRole members added after unknownFutureValue (Graph sends unknownFutureValue without the Prefer header). */
const EVOLVED_STAFF_ROLES = new Set(['scheduler', 'teamMember']);

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
    // Shared with the store: the result is serialized right away and never mutated.
    const value: JsonValue = options.inList && spec.onlyById === true ? null
      : options.emptyCustomers === true && name === 'customers' ? []
        : (data[name] ?? null);
    if (type === 'bookingStaffMember' && name === 'role' && typeof value === 'string' && EVOLVED_STAFF_ROLES.has(value) && options.unknownEnumMembers !== true) {
      out[name] = 'unknownFutureValue';
      continue;
    }
    out[name] = value;
  }
  return out;
}

/**
 * Serialized (UTF-8) list form of appointments, cached per stored data object (appointment updates replace the
 * object, so a cached form never goes stale). Pages are then built by concatenating buffers, which is much
 * cheaper than serializing or joining strings.
 */
const listJsonCache = new WeakMap<JsonObject, Buffer>();

export function appointmentListJson(data: JsonObject): Buffer {
  let bytes = listJsonCache.get(data);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(renderEntity('bookingAppointment', data, { inList: true })));
    listJsonCache.set(data, bytes);
  }
  return bytes;
}

const COMMA = Buffer.from(',');

/** `{...head, "value": [items]}` as bytes, from a serialized head object and cached item bytes. */
export function listBody(head: JsonObject, items: readonly Buffer[]): Buffer {
  const headText = JSON.stringify(head);
  const parts: Buffer[] = [Buffer.from(`${headText.length > 2 ? `${headText.slice(0, -1)},` : '{'}"value":[`)];
  items.forEach((item, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(item);
  });
  parts.push(Buffer.from(']}'));
  return Buffer.concat(parts);
}
