/** Checks a request body against a type's property table; unknown or mistyped properties get Graph's 400. */
import { GraphErrors } from '../errors/error-factory';
import { parseDuration } from '../data/duration';
import { dateTimeTimeZoneToUtcMs, resolveTimeZone } from '../data/time-zones';
import { isJsonObject, type JsonObject } from '../storage/json';
import { SCHEMAS, edmTypeName, valueMatches, type EntityType } from '../storage/schema';

const ANNOTATIONS = new Set(['@odata.type', '@odata.context', '@odata.etag', '@odata.id']);

export interface ValidateOptions {
  /** Keep read-only properties (fixtures may set id, createdDateTime, ...); requests drop them. */
  readonly keepReadOnly?: boolean;
  /** Property aliases accepted on input (`start` -> `startDateTime`). */
  readonly aliases?: Readonly<Record<string, string>>;
}

/** The writable properties of `body`, checked against the `type` table. Throws GraphError. */
export function validateBody(type: EntityType, body: unknown, options: ValidateOptions = {}): JsonObject {
  if (!isJsonObject(body)) throw GraphErrors.unreadableJson();
  const schema = SCHEMAS[type];
  const result: JsonObject = {};
  for (const [rawKey, value] of Object.entries(body)) {
    if (ANNOTATIONS.has(rawKey)) continue;
    const key = options.aliases?.[rawKey] ?? rawKey;
    const spec = schema[key];
    if (spec === undefined) throw GraphErrors.unknownProperty(rawKey, type);
    if (spec.readOnly === true && options.keepReadOnly !== true) continue;
    if (!valueMatches(spec.kind, value)) throw GraphErrors.invalidPropertyValue(rawKey, edmTypeName(spec.kind));
    if (spec.kind === 'duration' && typeof value === 'string' && parseDuration(value) === undefined) {
      throw GraphErrors.invalidPropertyValue(rawKey, edmTypeName(spec.kind));
    }
    if (spec.kind === 'dateTimeTimeZone' && value !== null) checkDateTimeTimeZone(rawKey, value);
    result[key] = value;
  }
  return result;
}

/** UTC milliseconds of a validated dateTimeTimeZone value. */
export function dateTimeTimeZoneMs(name: string, value: unknown): number {
  if (!isJsonObject(value)) throw GraphErrors.invalidPropertyValue(name, 'microsoft.graph.dateTimeTimeZone');
  const dateTime = value['dateTime'];
  const timeZone = value['timeZone'] ?? 'UTC';
  if (typeof dateTime !== 'string' || typeof timeZone !== 'string') {
    throw GraphErrors.invalidPropertyValue(name, 'microsoft.graph.dateTimeTimeZone');
  }
  if (resolveTimeZone(timeZone) === undefined) throw GraphErrors.invalidTimeZone(timeZone);
  const ms = dateTimeTimeZoneToUtcMs(dateTime, timeZone);
  if (ms === undefined) throw GraphErrors.invalidPropertyValue(`${name}.dateTime`, 'Edm.String');
  return ms;
}

function checkDateTimeTimeZone(name: string, value: unknown): void {
  if (!isJsonObject(value)) throw GraphErrors.invalidPropertyValue(name, 'microsoft.graph.dateTimeTimeZone');
  for (const key of Object.keys(value)) {
    if (key !== 'dateTime' && key !== 'timeZone' && !ANNOTATIONS.has(key)) throw GraphErrors.unknownProperty(key, 'dateTimeTimeZone');
  }
  dateTimeTimeZoneMs(name, value);
}

/** Checks a time zone name (Windows or IANA) if present. */
export function checkTimeZoneName(value: unknown): void {
  if (typeof value === 'string' && value !== '' && resolveTimeZone(value) === undefined) throw GraphErrors.invalidTimeZone(value);
}
