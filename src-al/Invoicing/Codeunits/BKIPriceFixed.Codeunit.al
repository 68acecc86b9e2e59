namespace Seed.BookingsInvoicing.Invoicing;

using Seed.BookingsInvoicing.Sync;

/// <summary>Price type fixedPrice: 1 × the Bookings price.</summary>
codeunit 70470056 "BKI Price Fixed" implements "BKI Price Type Rule"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    procedure Calculate(BKIBookingAppointment: Record "BKI Booking Appointment"; ItemNo: Code[20]; var Quantity: Decimal; var UnitPrice: Decimal; var PriceNeeded: Boolean)
    begin
        Quantity := 1;
        UnitPrice := BKIBookingAppointment.Price;
        PriceNeeded := false;
    end;
}
