/** Maps `/v1.0/...` paths and methods to operations, with the access each needs. */
import type { Access } from '../auth/permissions';
import { GraphErrors } from '../errors/error-factory';

export type Collection = 'customers' | 'services' | 'staffMembers';

export type Operation =
  | { readonly kind: 'listBusinesses' }
  | { readonly kind: 'getBusiness'; readonly businessId: string }
  | { readonly kind: 'listAppointments'; readonly businessId: string }
  | { readonly kind: 'createAppointment'; readonly businessId: string }
  | { readonly kind: 'getAppointment'; readonly businessId: string; readonly id: string }
  | { readonly kind: 'updateAppointment'; readonly businessId: string; readonly id: string }
  | { readonly kind: 'deleteAppointment'; readonly businessId: string; readonly id: string }
  | { readonly kind: 'cancelAppointment'; readonly businessId: string; readonly id: string }
  | { readonly kind: 'calendarView'; readonly businessId: string }
  | { readonly kind: 'listItems'; readonly businessId: string; readonly collection: Collection }
  | { readonly kind: 'createItem'; readonly businessId: string; readonly collection: Collection }
  | { readonly kind: 'getItem'; readonly businessId: string; readonly collection: Collection; readonly id: string }
  | { readonly kind: 'updateItem'; readonly businessId: string; readonly collection: Collection; readonly id: string }
  | { readonly kind: 'deleteItem'; readonly businessId: string; readonly collection: Collection; readonly id: string };

export interface Route {
  readonly operation: Operation;
  readonly access: Access;
  /** The business the request addresses (the throttling key), if any. */
  readonly businessId: string | undefined;
}

const WRITABLE_COLLECTIONS: Readonly<Record<Collection, Access | undefined>> = {
  customers: 'appointmentWrite',
  services: 'businessWrite',
  staffMembers: undefined,
};

/** Resolves decoded path segments after `/v1.0`. Throws GraphError (400 unknown segment, 405 method). */
export function resolveRoute(method: string, segments: readonly string[]): Route {
  const [solutions, businesses, businessId, collection, id, action, ...rest] = segments;
  if (solutions !== 'solutions') throw GraphErrors.segmentNotFound(solutions ?? '');
  if (businesses !== 'bookingBusinesses') throw GraphErrors.segmentNotFound(businesses ?? '');
  if (rest.length > 0) throw GraphErrors.segmentNotFound(rest[0] ?? '');
  const read = (operation: Operation): Route => route(method, 'GET', operation, 'read', businessId);
  if (businessId === undefined) return read({ kind: 'listBusinesses' });
  if (collection === undefined) return read({ kind: 'getBusiness', businessId });
  switch (collection) {
    case 'calendarView':
      if (id !== undefined) throw GraphErrors.segmentNotFound(id);
      return read({ kind: 'calendarView', businessId });
    case 'appointments':
      if (id === undefined) {
        if (method === 'POST') return { operation: { kind: 'createAppointment', businessId }, access: 'appointmentWrite', businessId };
        return read({ kind: 'listAppointments', businessId });
      }
      if (action !== undefined) {
        if (action !== 'cancel' && action !== 'microsoft.graph.cancel') throw GraphErrors.segmentNotFound(action);
        return route(method, 'POST', { kind: 'cancelAppointment', businessId, id }, 'appointmentWrite', businessId);
      }
      switch (method) {
        case 'PATCH': return { operation: { kind: 'updateAppointment', businessId, id }, access: 'appointmentWrite', businessId };
        case 'DELETE': return { operation: { kind: 'deleteAppointment', businessId, id }, access: 'appointmentWrite', businessId };
        default: return read({ kind: 'getAppointment', businessId, id });
      }
    case 'customers': case 'services': case 'staffMembers': {
      if (action !== undefined) throw GraphErrors.segmentNotFound(action);
      const write = WRITABLE_COLLECTIONS[collection];
      if (method !== 'GET' && write === undefined) throw GraphErrors.methodNotAllowed();
      const access = write ?? 'read';
      if (id === undefined) {
        if (method === 'POST') return { operation: { kind: 'createItem', businessId, collection }, access, businessId };
        return read({ kind: 'listItems', businessId, collection });
      }
      switch (method) {
        case 'PATCH': return { operation: { kind: 'updateItem', businessId, collection, id }, access, businessId };
        case 'DELETE': return { operation: { kind: 'deleteItem', businessId, collection, id }, access, businessId };
        default: return read({ kind: 'getItem', businessId, collection, id });
      }
    }
    default:
      throw GraphErrors.segmentNotFound(collection);
  }
}

function route(method: string, expected: string, operation: Operation, access: Access, businessId: string | undefined): Route {
  if (method !== expected) throw GraphErrors.methodNotAllowed();
  return { operation, access, businessId };
}
