/** bookingService: building stored services from create/update bodies and fixtures. */
import { GraphErrors } from '../errors/error-factory';
import { formatDateTimeOffset } from '../data/time-zones';
import type { JsonObject } from '../storage/json';
import type { BookingStore, BusinessState } from '../storage/store';
import { validateBody } from './validate';

export function createService(store: BookingStore, business: BusinessState, body: unknown, fromFixture = false): JsonObject {
  const input = validateBody('bookingService', body, { keepReadOnly: fromFixture });
  if (typeof input['displayName'] !== 'string' || input['displayName'] === '') throw GraphErrors.missingProperty('displayName');
  checkStaff(business, input['staffMemberIds']);
  const now = formatDateTimeOffset(store.now().getTime());
  const id = typeof input['id'] === 'string' ? input['id'] : store.newGuid();
  if (business.services.has(id)) throw GraphErrors.invalidRequest(`A service with id '${id}' already exists.`);
  const service: JsonObject = {
    id, displayName: input['displayName'], description: '', notes: '',
    defaultDuration: 'PT30M', defaultPrice: 0, defaultPriceType: 'notSet',
    isHiddenFromCustomers: false, isLocationOnline: false, smsNotificationsEnabled: false, maximumAttendeesCount: 1,
    preBuffer: 'PT0S', postBuffer: 'PT0S', defaultLocation: null, defaultReminders: [], schedulingPolicy: null,
    staffMemberIds: [], webUrl: `${String(business.business['publicUrl'] ?? '')}?serviceId=${id}`, customQuestions: [],
    additionalInformation: '', isAnonymousJoinEnabled: false, languageTag: String(business.business['languageTag'] ?? 'en-US'),
    createdDateTime: now, lastUpdatedDateTime: now,
    ...input,
  };
  service['id'] = id;
  business.services.set(id, service);
  return service;
}

export function updateService(store: BookingStore, business: BusinessState, service: JsonObject, body: unknown): void {
  const input = validateBody('bookingService', body);
  if (input['displayName'] === null || input['displayName'] === '') throw GraphErrors.missingProperty('displayName');
  checkStaff(business, input['staffMemberIds']);
  Object.assign(service, input, { lastUpdatedDateTime: formatDateTimeOffset(store.now().getTime()) });
}

export function checkStaff(business: BusinessState, ids: unknown): void {
  if (!Array.isArray(ids)) return;
  for (const id of ids) {
    if (typeof id !== 'string' || !business.staffMembers.has(id)) {
      throw GraphErrors.invalidRequest(`The staff member '${String(id)}' does not exist in this business.`);
    }
  }
}
