namespace Seed.BookingsInvoicing.Invoicing;

using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Turns an appointment into the quantity and unit price of its invoice line, according to its Bookings price type.
/// PriceNeeded = true means the amount is only a proposal that a person must check; it is never a silent 0.
/// The planner uses one instance per price type for a whole planning run, so an implementation may keep what it reads
/// (e.g. items) in its globals for the run's other lines.
/// </summary>
interface "BKI Price Type Rule"
{
    /// <summary>Calculates quantity and unit price for one customer of the appointment, invoiced with the item ItemNo.</summary>
    procedure Calculate(BKIBookingAppointment: Record "BKI Booking Appointment"; ItemNo: Code[20]; var Quantity: Decimal; var UnitPrice: Decimal; var PriceNeeded: Boolean);
}
