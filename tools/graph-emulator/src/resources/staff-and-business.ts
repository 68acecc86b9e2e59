/** bookingStaffMember and bookingBusiness: read-only over Graph here, built from fixtures. */
import { GraphErrors } from '../errors/error-factory';
import { formatDateTimeOffset } from '../data/time-zones';
import type { JsonObject } from '../storage/json';
import type { BookingStore, BusinessState } from '../storage/store';
import { checkTimeZoneName, validateBody } from './validate';

export function createStaffMember(store: BookingStore, business: BusinessState, body: unknown): JsonObject {
  const input = validateBody('bookingStaffMember', body, { keepReadOnly: true });
  if (typeof input['displayName'] !== 'string') throw GraphErrors.missingProperty('displayName');
  checkTimeZoneName(input['timeZone']);
  const now = formatDateTimeOffset(store.now().getTime());
  const id = typeof input['id'] === 'string' ? input['id'] : store.newGuid();
  const staff: JsonObject = {
    id, displayName: input['displayName'], emailAddress: '', role: 'teamMember', membershipStatus: 'active',
    timeZone: null, useBusinessHours: true, workingHours: [], availabilityIsAffectedByPersonalCalendar: false,
    isEmailNotificationEnabled: true, createdDateTime: now, lastUpdatedDateTime: now,
    ...input,
  };
  business.staffMembers.set(id, staff);
  return staff;
}

export function createBusiness(store: BookingStore, body: unknown): BusinessState {
  const input = validateBody('bookingBusiness', body, { keepReadOnly: true });
  const id = input['id'];
  if (typeof id !== 'string' || !/^[^@\s/]+@[^@\s/]+$/.test(id)) {
    throw GraphErrors.invalidRequest("A business needs an 'id' that is its mailbox SMTP address, e.g. 'Contoso@contoso.onmicrosoft.com'.");
  }
  if (store.business(id) !== undefined) throw GraphErrors.invalidRequest(`A business with id '${id}' already exists.`);
  const now = formatDateTimeOffset(store.now().getTime());
  const alias = id.split('@')[0] ?? id;
  return store.addBusiness({
    id, displayName: alias, businessType: '', email: id, phone: '', webSiteUrl: '',
    address: null, businessHours: [], schedulingPolicy: null, bookingPageSettings: null,
    defaultCurrencyIso: 'USD', languageTag: 'en-US', isPublished: true,
    publicUrl: `https://outlook.office365.com/owa/calendar/${encodeURIComponent(id)}/bookings/`,
    createdDateTime: now, lastUpdatedDateTime: now,
    ...input,
  });
}
