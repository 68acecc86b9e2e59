/** bookingCustomer: building stored customers from create/update bodies and fixtures. */
import { GraphErrors } from '../errors/error-factory';
import { formatDateTimeOffset } from '../data/time-zones';
import type { JsonObject } from '../storage/json';
import type { BookingStore, BusinessState } from '../storage/store';
import { validateBody } from './validate';

export function createCustomer(store: BookingStore, business: BusinessState, body: unknown, fromFixture = false): JsonObject {
  const input = validateBody('bookingCustomer', body, { keepReadOnly: fromFixture });
  if (typeof input['displayName'] !== 'string' || input['displayName'] === '') throw GraphErrors.missingProperty('displayName');
  const now = formatDateTimeOffset(store.now().getTime());
  const id = typeof input['id'] === 'string' ? input['id'] : store.newGuid();
  if (business.customers.has(id)) throw GraphErrors.invalidRequest(`A customer with id '${id}' already exists.`);
  const customer: JsonObject = {
    id, displayName: input['displayName'], emailAddress: input['emailAddress'] ?? '',
    addresses: input['addresses'] ?? [], phones: input['phones'] ?? [],
    createdDateTime: input['createdDateTime'] ?? now, lastUpdatedDateTime: input['lastUpdatedDateTime'] ?? now,
  };
  business.customers.set(id, customer);
  return customer;
}

export function updateCustomer(store: BookingStore, customer: JsonObject, body: unknown): void {
  const input = validateBody('bookingCustomer', body);
  if (input['displayName'] === null || input['displayName'] === '') throw GraphErrors.missingProperty('displayName');
  Object.assign(customer, input, { lastUpdatedDateTime: formatDateTimeOffset(store.now().getTime()) });
}
