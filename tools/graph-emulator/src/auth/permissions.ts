/**
 * Application permissions (app roles) each Graph operation needs, per the Bookings permission tables:
 * reads accept any Bookings role; appointment and customer writes need BookingsAppointment.ReadWrite.All or
 * higher; service writes need Bookings.ReadWrite.All or higher.
 */
export type Access = 'read' | 'appointmentWrite' | 'businessWrite';

const ALLOWED: Readonly<Record<Access, readonly string[]>> = {
  read: ['Bookings.Read.All', 'BookingsAppointment.ReadWrite.All', 'Bookings.ReadWrite.All', 'Bookings.Manage.All'],
  appointmentWrite: ['BookingsAppointment.ReadWrite.All', 'Bookings.ReadWrite.All', 'Bookings.Manage.All'],
  businessWrite: ['Bookings.ReadWrite.All', 'Bookings.Manage.All'],
};

export function isAllowed(access: Access, roles: readonly string[]): boolean {
  return ALLOWED[access].some((role) => roles.includes(role));
}
