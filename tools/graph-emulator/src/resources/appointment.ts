/**
 * bookingAppointment: turns create/update bodies (and fixture entries) into stored appointments.
 * Start and end are stored and returned in UTC (`timeZone: "UTC"`), as Graph does; input may use any Windows or
 * IANA zone name. `start`/`end` are accepted as input aliases of `startDateTime`/`endDateTime`.
 * Not emulated: business-hours, lead-time and slot rules of app-only writes (see the README).
 */
import { GraphErrors } from '../errors/error-factory';
import { formatDuration } from '../data/duration';
import { formatDateTimeOffset, formatGraphUtc } from '../data/time-zones';
import { isJsonObject, type JsonObject, type JsonValue } from '../storage/json';
import type { BookingStore, BusinessState, StoredAppointment } from '../storage/store';
import { createCustomer } from './customer';
import { checkStaff } from './service';
import { checkTimeZoneName, dateTimeTimeZoneMs, validateBody } from './validate';

const ALIASES = { start: 'startDateTime', end: 'endDateTime' } as const;
const CUSTOMER_INFO_KEYS = new Set([
  '@odata.type', 'customerId', 'name', 'emailAddress', 'phone', 'notes', 'timeZone', 'location', 'customQuestionAnswers', 'smsNotificationsEnabled',
]);

export interface AppointmentBuildOptions {
  readonly fromFixture?: boolean;
}

/** Builds a new appointment (not yet added to the business). Throws GraphError. */
export function buildNewAppointment(store: BookingStore, business: BusinessState, body: unknown, options: AppointmentBuildOptions = {}): StoredAppointment {
  const fromFixture = options.fromFixture === true;
  const input = validateBody('bookingAppointment', body, { keepReadOnly: fromFixture, aliases: ALIASES });
  if (input['startDateTime'] === undefined || input['startDateTime'] === null) throw GraphErrors.missingProperty('startDateTime');
  if (input['endDateTime'] === undefined || input['endDateTime'] === null) throw GraphErrors.missingProperty('endDateTime');
  const service = serviceFor(business, input['serviceId']);
  const now = formatDateTimeOffset(store.now().getTime());
  const id = typeof input['id'] === 'string' ? input['id'] : store.newAppointmentId();
  if (business.appointments.has(id) || business.cancelled.has(id)) throw GraphErrors.invalidRequest(`An appointment with id '${id}' already exists.`);
  const data: JsonObject = {
    id,
    preBuffer: service?.['preBuffer'] ?? 'PT0S',
    postBuffer: service?.['postBuffer'] ?? 'PT0S',
    price: service?.['defaultPrice'] ?? 0,
    priceType: service?.['defaultPriceType'] ?? 'notSet',
    serviceId: input['serviceId'] ?? null,
    serviceName: service?.['displayName'] ?? '',
    serviceNotes: null,
    serviceLocation: service?.['defaultLocation'] ?? null,
    staffMemberIds: [],
    customerTimeZone: null,
    customerNotes: null,
    isLocationOnline: service?.['isLocationOnline'] ?? false,
    joinWebUrl: null,
    anonymousJoinWebUrl: null,
    additionalInformation: '',
    appointmentLabel: '',
    maximumAttendeesCount: service?.['maximumAttendeesCount'] ?? 1,
    optOutOfCustomerEmail: false,
    smsNotificationsEnabled: false,
    isCustomerAllowedToManageBooking: false,
    selfServiceAppointmentId: null,
    reminders: [],
    createdDateTime: now,
    lastUpdatedDateTime: now,
    ...input,
  };
  data['id'] = id;
  return finish(store, business, data, input, fromFixture);
}

/** Applies a PATCH body to an appointment (re-sorting it when its start moves). Throws GraphError. */
export function updateAppointment(store: BookingStore, business: BusinessState, appointment: StoredAppointment, body: unknown): void {
  const input = validateBody('bookingAppointment', body, { aliases: ALIASES });
  if (input['serviceId'] !== undefined) {
    const service = serviceFor(business, input['serviceId']);
    if (input['serviceName'] === undefined && service !== undefined) input['serviceName'] = service['displayName'] ?? '';
  }
  const data: JsonObject = { ...appointment.data, ...input, lastUpdatedDateTime: formatDateTimeOffset(store.now().getTime()) };
  const next = finish(store, business, data, input, false);
  appointment.data = next.data;
  if (next.startMs !== appointment.startMs || next.endMs !== appointment.endMs) business.moveAppointment(appointment, next.startMs, next.endMs);
}

function serviceFor(business: BusinessState, serviceId: JsonValue | undefined): JsonObject | undefined {
  if (serviceId === undefined || serviceId === null) return undefined;
  const service = business.services.get(String(serviceId));
  if (service === undefined) throw GraphErrors.invalidRequest(`The service '${String(serviceId)}' does not exist in this business.`);
  return service;
}

function finish(store: BookingStore, business: BusinessState, data: JsonObject, input: JsonObject, fromFixture: boolean): StoredAppointment {
  const startMs = dateTimeTimeZoneMs('startDateTime', data['startDateTime']);
  const endMs = dateTimeTimeZoneMs('endDateTime', data['endDateTime']);
  if (endMs < startMs) throw GraphErrors.invalidRequest('The end of the appointment must not be before its start.');
  data['startDateTime'] = { dateTime: formatGraphUtc(startMs), timeZone: 'UTC' };
  data['endDateTime'] = { dateTime: formatGraphUtc(endMs), timeZone: 'UTC' };
  data['duration'] = formatDuration(endMs - startMs);
  checkStaff(business, data['staffMemberIds']);
  checkTimeZoneName(data['customerTimeZone']);
  if (input['customers'] !== undefined || data['customers'] === undefined) {
    data['customers'] = normalizeCustomers(store, business, input['customers'] ?? [], fromFixture);
  }
  const customers = Array.isArray(data['customers']) ? data['customers'] : [];
  const first = customers[0];
  if (isJsonObject(first)) {
    if (input['customerName'] === undefined) data['customerName'] = first['name'] ?? '';
    if (input['customerEmailAddress'] === undefined) data['customerEmailAddress'] = first['emailAddress'] ?? '';
    if (input['customerPhone'] === undefined) data['customerPhone'] = first['phone'] ?? '';
  }
  data['customerName'] ??= '';
  data['customerEmailAddress'] ??= '';
  data['customerPhone'] ??= '';
  if (!fromFixture || data['filledAttendeesCount'] === undefined) data['filledAttendeesCount'] = customers.length;
  if (data['isLocationOnline'] === true && data['joinWebUrl'] === null) {
    data['joinWebUrl'] = `https://teams.microsoft.com/l/meetup-join/emulator/${encodeURIComponent(String(data['id']))}`;
  }
  return { id: String(data['id']), startMs, endMs, data };
}

function normalizeCustomers(store: BookingStore, business: BusinessState, value: JsonValue, fromFixture: boolean): JsonObject[] {
  if (!Array.isArray(value)) throw GraphErrors.invalidPropertyValue('customers', 'Collection(microsoft.graph.bookingCustomerInformationBase)');
  return value.map((item) => {
    if (!isJsonObject(item)) throw GraphErrors.invalidPropertyValue('customers', 'microsoft.graph.bookingCustomerInformation');
    for (const key of Object.keys(item)) if (!CUSTOMER_INFO_KEYS.has(key)) throw GraphErrors.unknownProperty(key, 'bookingCustomerInformation');
    checkTimeZoneName(item['timeZone']);
    let customerId = item['customerId'];
    if (customerId === undefined || customerId === null || customerId === '') {
      // Graph creates a bookingCustomer when customerId is omitted.
      const created = createCustomer(store, business, {
        displayName: typeof item['name'] === 'string' && item['name'] !== '' ? item['name'] : String(item['emailAddress'] ?? 'Customer'),
        emailAddress: typeof item['emailAddress'] === 'string' ? item['emailAddress'] : '',
        phones: typeof item['phone'] === 'string' && item['phone'] !== '' ? [{ number: item['phone'], type: 'mobile' }] : [],
      }, false);
      customerId = String(created['id']);
    } else if (typeof customerId !== 'string' || (!business.customers.has(customerId) && !fromFixture)) {
      throw GraphErrors.invalidRequest(`The customer '${String(customerId)}' does not exist in this business.`);
    }
    return {
      '@odata.type': '#microsoft.graph.bookingCustomerInformation',
      customerId,
      name: item['name'] ?? '',
      emailAddress: item['emailAddress'] ?? '',
      phone: item['phone'] ?? '',
      timeZone: item['timeZone'] ?? null,
      notes: item['notes'] ?? null,
      location: item['location'] ?? null,
      customQuestionAnswers: item['customQuestionAnswers'] ?? [],
      smsNotificationsEnabled: item['smsNotificationsEnabled'] ?? false,
    };
  });
}
