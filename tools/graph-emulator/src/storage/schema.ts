/**
 * Property tables of the Graph v1.0 Bookings types the emulator serves. They drive body validation on create
 * and update, `$select` validation, and which properties lists leave out ("only when read by id").
 */
import type { JsonValue } from './json';

export type PropertyKind =
  | 'string' | 'boolean' | 'double' | 'int32' | 'duration' | 'dateTimeOffset'
  | 'dateTimeTimeZone' | 'priceType' | 'stringArray' | 'object' | 'array' | 'staffRole';

export interface PropertySpec {
  readonly kind: PropertyKind;
  /** Server-computed; ignored in request bodies. */
  readonly readOnly?: boolean;
  /** Graph returns it only when the item is read by id; lists send null. */
  readonly onlyById?: boolean;
}

export type EntityType = 'bookingBusiness' | 'bookingAppointment' | 'bookingCustomer' | 'bookingService' | 'bookingStaffMember';

export const PRICE_TYPES = ['undefined', 'fixedPrice', 'startingAt', 'hourly', 'free', 'priceVaries', 'callUs', 'notSet', 'unknownFutureValue'] as const;
export type PriceType = (typeof PRICE_TYPES)[number];

export const STAFF_ROLES = ['guest', 'administrator', 'viewer', 'externalGuest', 'scheduler', 'teamMember', 'unknownFutureValue'] as const;

const ro = { readOnly: true } as const;

export const SCHEMAS: Readonly<Record<EntityType, Readonly<Record<string, PropertySpec>>>> = {
  bookingBusiness: {
    id: { kind: 'string', ...ro }, displayName: { kind: 'string' }, businessType: { kind: 'string' },
    email: { kind: 'string' }, phone: { kind: 'string' }, webSiteUrl: { kind: 'string' },
    address: { kind: 'object' }, businessHours: { kind: 'array' }, schedulingPolicy: { kind: 'object' },
    bookingPageSettings: { kind: 'object' }, defaultCurrencyIso: { kind: 'string' }, languageTag: { kind: 'string' },
    isPublished: { kind: 'boolean', ...ro }, publicUrl: { kind: 'string', ...ro },
    createdDateTime: { kind: 'dateTimeOffset', ...ro }, lastUpdatedDateTime: { kind: 'dateTimeOffset', ...ro },
  },
  bookingAppointment: {
    id: { kind: 'string', ...ro },
    startDateTime: { kind: 'dateTimeTimeZone' }, endDateTime: { kind: 'dateTimeTimeZone' },
    duration: { kind: 'duration', ...ro }, preBuffer: { kind: 'duration' }, postBuffer: { kind: 'duration' },
    price: { kind: 'double' }, priceType: { kind: 'priceType' },
    serviceId: { kind: 'string' }, serviceName: { kind: 'string' }, serviceNotes: { kind: 'string', onlyById: true },
    serviceLocation: { kind: 'object' }, staffMemberIds: { kind: 'stringArray' },
    customers: { kind: 'array' }, customerTimeZone: { kind: 'string' },
    customerName: { kind: 'string' }, customerEmailAddress: { kind: 'string' }, customerPhone: { kind: 'string' },
    customerNotes: { kind: 'string', onlyById: true },
    isLocationOnline: { kind: 'boolean' }, joinWebUrl: { kind: 'string', ...ro }, anonymousJoinWebUrl: { kind: 'string', ...ro },
    additionalInformation: { kind: 'string' }, appointmentLabel: { kind: 'string' },
    filledAttendeesCount: { kind: 'int32', ...ro }, maximumAttendeesCount: { kind: 'int32' },
    optOutOfCustomerEmail: { kind: 'boolean' }, smsNotificationsEnabled: { kind: 'boolean' },
    isCustomerAllowedToManageBooking: { kind: 'boolean' }, selfServiceAppointmentId: { kind: 'string', ...ro },
    reminders: { kind: 'array', onlyById: true },
    createdDateTime: { kind: 'dateTimeOffset', ...ro }, lastUpdatedDateTime: { kind: 'dateTimeOffset', ...ro },
  },
  bookingCustomer: {
    id: { kind: 'string', ...ro }, displayName: { kind: 'string' }, emailAddress: { kind: 'string' },
    addresses: { kind: 'array' }, phones: { kind: 'array' },
    createdDateTime: { kind: 'dateTimeOffset', ...ro }, lastUpdatedDateTime: { kind: 'dateTimeOffset', ...ro },
  },
  bookingService: {
    id: { kind: 'string', ...ro }, displayName: { kind: 'string' }, description: { kind: 'string' }, notes: { kind: 'string' },
    defaultDuration: { kind: 'duration' }, defaultPrice: { kind: 'double' }, defaultPriceType: { kind: 'priceType' },
    isHiddenFromCustomers: { kind: 'boolean' }, isLocationOnline: { kind: 'boolean' }, smsNotificationsEnabled: { kind: 'boolean' },
    maximumAttendeesCount: { kind: 'int32' }, preBuffer: { kind: 'duration' }, postBuffer: { kind: 'duration' },
    defaultLocation: { kind: 'object' }, defaultReminders: { kind: 'array', onlyById: true }, schedulingPolicy: { kind: 'object' },
    staffMemberIds: { kind: 'stringArray' }, webUrl: { kind: 'string', ...ro }, customQuestions: { kind: 'array' },
    additionalInformation: { kind: 'string' }, isAnonymousJoinEnabled: { kind: 'boolean' }, languageTag: { kind: 'string' },
    createdDateTime: { kind: 'dateTimeOffset', ...ro }, lastUpdatedDateTime: { kind: 'dateTimeOffset', ...ro },
  },
  bookingStaffMember: {
    id: { kind: 'string', ...ro }, displayName: { kind: 'string' }, emailAddress: { kind: 'string' },
    role: { kind: 'staffRole' }, membershipStatus: { kind: 'string' }, timeZone: { kind: 'string' },
    useBusinessHours: { kind: 'boolean' }, workingHours: { kind: 'array' },
    availabilityIsAffectedByPersonalCalendar: { kind: 'boolean' }, isEmailNotificationEnabled: { kind: 'boolean' },
    createdDateTime: { kind: 'dateTimeOffset', ...ro }, lastUpdatedDateTime: { kind: 'dateTimeOffset', ...ro },
  },
};

/** EDM type names used in conversion errors. */
export function edmTypeName(kind: PropertyKind): string {
  switch (kind) {
    case 'string': return 'Edm.String';
    case 'boolean': return 'Edm.Boolean';
    case 'double': return 'Edm.Double';
    case 'int32': return 'Edm.Int32';
    case 'duration': return 'Edm.Duration';
    case 'dateTimeOffset': return 'Edm.DateTimeOffset';
    case 'dateTimeTimeZone': return 'microsoft.graph.dateTimeTimeZone';
    case 'priceType': return 'microsoft.graph.bookingPriceType';
    case 'staffRole': return 'microsoft.graph.bookingStaffRole';
    case 'stringArray': return 'Collection(Edm.String)';
    case 'object': return 'Edm.ComplexType';
    case 'array': return 'Collection(Edm.ComplexType)';
  }
}

/** True when `value` has the JSON shape of `kind` (null is accepted for every kind, as OData does for nullable ones). */
export function valueMatches(kind: PropertyKind, value: JsonValue): boolean {
  if (value === null) return true;
  switch (kind) {
    case 'string': case 'duration': case 'dateTimeOffset': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
    case 'double': return typeof value === 'number' && Number.isFinite(value);
    case 'int32': return typeof value === 'number' && Number.isInteger(value);
    case 'priceType': return typeof value === 'string' && (PRICE_TYPES as readonly string[]).includes(value);
    case 'staffRole': return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
    case 'stringArray': return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'array': return Array.isArray(value);
    case 'object': case 'dateTimeTimeZone': return typeof value === 'object' && !Array.isArray(value);
  }
}
