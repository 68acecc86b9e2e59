/** Executes Graph operations against the store and shapes the JSON responses. */
import { GraphErrors } from '../errors/error-factory';
import { parseDateTimeOffset } from '../data/time-zones';
import { nextLink, pageOf, parseQuery, type Page, type QueryOptions } from '../odata/query';
import { buildNewAppointment, updateAppointment } from '../resources/appointment';
import { createCustomer, updateCustomer } from '../resources/customer';
import { appointmentListJson, listBody, renderEntity } from '../resources/render';
import { createService, updateService } from '../resources/service';
import { isJsonObject, type JsonObject } from '../storage/json';
import type { EntityType } from '../storage/schema';
import type { BookingStore, BusinessState } from '../storage/store';
import type { Collection, Operation } from './routes';

export interface GraphRequestContext {
  readonly store: BookingStore;
  /** `http://127.0.0.1:PORT` */
  readonly baseUrl: string;
  readonly pathname: string;
  readonly params: URLSearchParams;
  readonly body: unknown;
  readonly pageSize: number;
  /** Quirk: appointment lists and calendarView send `customers: []`; GET by id has them. */
  readonly emptyCustomersInLists: boolean;
  /** The request asked `Prefer: include-unknown-enum-members`. */
  readonly unknownEnumMembers: boolean;
}

export interface GraphResult {
  readonly status: number;
  readonly body?: JsonObject;
  /** Already serialized body (used for large appointment pages). */
  readonly raw?: Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Graph's hard cap on List bookingBusinesses (no paging). */
export const BUSINESS_LIST_CAP = 500;

const COLLECTION_TYPES: Readonly<Record<Collection, EntityType>> = {
  customers: 'bookingCustomer', services: 'bookingService', staffMembers: 'bookingStaffMember',
};
const BUSINESS_NAVIGATION = ['appointments', 'calendarView', 'customers', 'services', 'staffMembers'];

export function executeOperation(operation: Operation, ctx: GraphRequestContext): GraphResult {
  switch (operation.kind) {
    case 'listBusinesses': return listBusinesses(ctx);
    case 'getBusiness': return getBusiness(ctx, operation.businessId);
    case 'listAppointments': {
      const business = findBusiness(ctx, operation.businessId);
      const query = parseQuery(ctx.params, { type: 'bookingAppointment', list: true, filterError: GraphErrors.filterOnAppointments });
      return listResponse(ctx, business, 'appointments', 'bookingAppointment', business.sortedAppointments().map((a) => a.data), query);
    }
    case 'calendarView': {
      const business = findBusiness(ctx, operation.businessId);
      const query = parseQuery(ctx.params, { type: 'bookingAppointment', list: true });
      const start = param(ctx.params, 'start', 'startDateTime');
      const end = param(ctx.params, 'end', 'endDateTime');
      if (start === undefined || end === undefined) throw GraphErrors.calendarViewWindowMissing();
      const startMs = parseDateTimeOffset(start);
      if (startMs === undefined) throw GraphErrors.calendarViewWindowInvalid('start', start);
      const endMs = parseDateTimeOffset(end);
      if (endMs === undefined) throw GraphErrors.calendarViewWindowInvalid('end', end);
      return calendarViewResponse(ctx, business, startMs, endMs, query);
    }
    case 'getAppointment': {
      const business = findBusiness(ctx, operation.businessId);
      const query = parseQuery(ctx.params, { type: 'bookingAppointment', list: false });
      const appointment = business.appointments.get(operation.id);
      if (appointment === undefined) throw GraphErrors.itemNotFound();
      return entityResponse(ctx, business, 'appointments', 'bookingAppointment', appointment.data, query);
    }
    case 'createAppointment': {
      const business = findBusiness(ctx, operation.businessId);
      const appointment = buildNewAppointment(ctx.store, business, ctx.body);
      business.addAppointment(appointment);
      return created(ctx, business, 'appointments', 'bookingAppointment', appointment.data);
    }
    case 'updateAppointment': {
      const business = findBusiness(ctx, operation.businessId);
      const appointment = business.appointments.get(operation.id);
      if (appointment === undefined) throw GraphErrors.itemNotFound();
      updateAppointment(ctx.store, business, appointment, ctx.body);
      return { status: 204 };
    }
    case 'deleteAppointment': {
      const business = findBusiness(ctx, operation.businessId);
      if (business.removeAppointment(operation.id) === undefined) throw GraphErrors.itemNotFound();
      return { status: 204 };
    }
    case 'cancelAppointment': {
      const business = findBusiness(ctx, operation.businessId);
      if (!business.appointments.has(operation.id)) throw GraphErrors.itemNotFound();
      const message = isJsonObject(ctx.body) ? ctx.body['cancellationMessage'] : undefined;
      if (ctx.body !== undefined && !isJsonObject(ctx.body)) throw GraphErrors.unreadableJson();
      if (typeof message !== 'string' || message === '') throw GraphErrors.missingCancellationMessage();
      ctx.store.cancelAppointment(business, operation.id, message);
      return { status: 204 };
    }
    case 'listItems': {
      const business = findBusiness(ctx, operation.businessId);
      const type = COLLECTION_TYPES[operation.collection];
      const query = parseQuery(ctx.params, { type, list: true });
      const items = [...itemsOf(business, operation.collection).values()];
      return listResponse(ctx, business, operation.collection, type, items, query);
    }
    case 'getItem': {
      const business = findBusiness(ctx, operation.businessId);
      const type = COLLECTION_TYPES[operation.collection];
      const query = parseQuery(ctx.params, { type, list: false });
      const item = itemsOf(business, operation.collection).get(operation.id);
      if (item === undefined) throw GraphErrors.itemNotFound();
      return entityResponse(ctx, business, operation.collection, type, item, query);
    }
    case 'createItem': {
      const business = findBusiness(ctx, operation.businessId);
      const type = COLLECTION_TYPES[operation.collection];
      const item = operation.collection === 'services' ? createService(ctx.store, business, ctx.body) : createCustomer(ctx.store, business, ctx.body);
      return created(ctx, business, operation.collection, type, item);
    }
    case 'updateItem': {
      const business = findBusiness(ctx, operation.businessId);
      const item = itemsOf(business, operation.collection).get(operation.id);
      if (item === undefined) throw GraphErrors.itemNotFound();
      if (operation.collection === 'services') updateService(ctx.store, business, item, ctx.body);
      else updateCustomer(ctx.store, item, ctx.body);
      return { status: 204 };
    }
    case 'deleteItem': {
      const business = findBusiness(ctx, operation.businessId);
      if (!itemsOf(business, operation.collection).delete(operation.id)) throw GraphErrors.itemNotFound();
      return { status: 204 };
    }
  }
}

function listBusinesses(ctx: GraphRequestContext): GraphResult {
  const query = parseQuery(ctx.params, { type: 'bookingBusiness', list: true, expandable: BUSINESS_NAVIGATION });
  if (query.offset > 0) throw GraphErrors.invalidSkipToken();
  const text = (ctx.params.get('query') ?? '').toLowerCase();
  const matching = ctx.store.listBusinesses().filter((b) => text === '' || String(b.business['displayName']).toLowerCase().includes(text) || b.id.toLowerCase().includes(text));
  const capped = matching.slice(0, Math.min(BUSINESS_LIST_CAP, query.top ?? BUSINESS_LIST_CAP));
  const body: JsonObject = { '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#solutions/bookingBusinesses${selectSuffix(query)}` };
  if (query.count) body['@odata.count'] = Math.min(matching.length, BUSINESS_LIST_CAP);
  body['value'] = capped.map((b) => {
    // The list returns only id and displayName (plus what $select/$expand ask for).
    const out = renderEntity('bookingBusiness', b.business, { select: query.select ?? ['displayName'], inList: true });
    return withExpand(ctx, b, out, query);
  });
  return { status: 200, body };
}

function getBusiness(ctx: GraphRequestContext, businessId: string): GraphResult {
  const business = findBusiness(ctx, businessId);
  const query = parseQuery(ctx.params, { type: 'bookingBusiness', list: false, expandable: BUSINESS_NAVIGATION });
  const body: JsonObject = { '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#solutions/bookingBusinesses${selectSuffix(query)}/$entity` };
  Object.assign(body, withExpand(ctx, business, renderEntity('bookingBusiness', business.business, { select: query.select, inList: false }), query));
  return { status: 200, body };
}

function withExpand(ctx: GraphRequestContext, business: BusinessState, out: JsonObject, query: QueryOptions): JsonObject {
  for (const nav of query.expand) {
    switch (nav) {
      case 'appointments': case 'calendarView':
        // calendarView cannot be expanded without a window; Graph returns it empty.
        out[nav] = nav === 'calendarView' ? [] : business.sortedAppointments().slice(0, ctx.pageSize).map((a) => renderEntity('bookingAppointment', a.data, { inList: true }));
        break;
      case 'customers': case 'services': case 'staffMembers': {
        const collection: Collection = nav;
        out[nav] = [...itemsOf(business, collection).values()].slice(0, ctx.pageSize).map((i) => renderEntity(COLLECTION_TYPES[collection], i, { inList: true, unknownEnumMembers: ctx.unknownEnumMembers }));
        break;
      }
    }
  }
  return out;
}

function listResponse(
  ctx: GraphRequestContext, business: BusinessState, segment: string, type: EntityType,
  source: readonly JsonObject[], query: QueryOptions,
): GraphResult {
  return pagedResponse(ctx, business, segment, type, pageOf(source, query, ctx.pageSize), query);
}

function pagedResponse(
  ctx: GraphRequestContext, business: BusinessState, segment: string, type: EntityType,
  page: Page<JsonObject> & { readonly resume?: number | undefined }, query: QueryOptions,
): GraphResult {
  const body: JsonObject = { '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#solutions/bookingBusinesses('${escapeKey(business.id)}')/${segment}${selectSuffix(query)}` };
  if (page.total !== undefined) body['@odata.count'] = page.total;
  if (page.nextOffset !== undefined) body['@odata.nextLink'] = nextLink(ctx.baseUrl, ctx.pathname, ctx.params, page.nextOffset, page.resume);
  const emptyCustomers = type === 'bookingAppointment' && ctx.emptyCustomersInLists;
  if (type === 'bookingAppointment' && query.select === undefined && !emptyCustomers) {
    return { status: 200, raw: listBody(body, page.items.map(appointmentListJson)) };
  }
  body['value'] = page.items.map((item) => renderEntity(type, item, { select: query.select, inList: true, emptyCustomers, unknownEnumMembers: ctx.unknownEnumMembers }));
  return { status: 200, body };
}

/**
 * calendarView pages resume their scan where the previous page stopped (the skiptoken carries the position),
 * so reading a year of 100,000 appointments page by page stays linear.
 */
function calendarViewResponse(ctx: GraphRequestContext, business: BusinessState, startMs: number, endMs: number, query: QueryOptions): GraphResult {
  const end = query.top === undefined ? Infinity : query.top;
  const want = Math.min(ctx.pageSize, end - query.offset);
  const items: JsonObject[] = [];
  let resume: number | undefined;
  let more = false;
  if (want > 0) {
    for (const { appointment, index } of business.overlappingFrom(startMs, endMs, query.resume ?? 0)) {
      if (items.length === want) {
        more = query.offset + items.length < end;
        break;
      }
      items.push(appointment.data);
      resume = index + 1;
    }
  }
  const nextOffset = more ? query.offset + items.length : undefined;
  let total: number | undefined;
  if (query.count) {
    total = 0;
    for (const _ of business.overlappingFrom(startMs, endMs, 0)) total++;
  }
  return pagedResponse(ctx, business, 'calendarView', 'bookingAppointment', { items, nextOffset, total, resume }, query);
}

function entityResponse(ctx: GraphRequestContext, business: BusinessState, segment: string, type: EntityType, data: JsonObject, query: QueryOptions): GraphResult {
  const body: JsonObject = { '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#solutions/bookingBusinesses('${escapeKey(business.id)}')/${segment}${selectSuffix(query)}/$entity` };
  Object.assign(body, renderEntity(type, data, { select: query.select, inList: false, unknownEnumMembers: ctx.unknownEnumMembers }));
  return { status: 200, body };
}

function created(ctx: GraphRequestContext, business: BusinessState, segment: string, type: EntityType, data: JsonObject): GraphResult {
  const body: JsonObject = { '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#solutions/bookingBusinesses('${escapeKey(business.id)}')/${segment}/$entity` };
  Object.assign(body, renderEntity(type, data, { inList: false }));
  const location = `${ctx.baseUrl}/v1.0/solutions/bookingBusinesses/${encodeURIComponent(business.id)}/${segment}/${encodeURIComponent(String(data['id']))}`;
  return { status: 201, body, headers: { Location: location } };
}

function findBusiness(ctx: GraphRequestContext, id: string): BusinessState {
  const business = ctx.store.business(id);
  if (business === undefined) throw GraphErrors.businessNotFound();
  return business;
}

function itemsOf(business: BusinessState, collection: Collection): Map<string, JsonObject> {
  switch (collection) {
    case 'customers': return business.customers;
    case 'services': return business.services;
    case 'staffMembers': return business.staffMembers;
  }
}

function param(params: URLSearchParams, name: string, alias: string): string | undefined {
  return params.get(name) ?? params.get(alias) ?? undefined;
}

function selectSuffix(query: QueryOptions): string {
  return query.select === undefined ? '' : `(${query.select.join(',')})`;
}

function escapeKey(id: string): string {
  return id.replace(/'/g, "''");
}
