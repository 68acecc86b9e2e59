namespace Seed.BookingsInvoicing.Invoicing;

using Seed.BookingsInvoicing.Sync;

/// <summary>Price type free: 1 × 0. The appointment is invoiced (so it leaves the list) at no charge, on purpose.</summary>
codeunit 70470058 "BKI Price Free" implements "BKI Price Type Rule"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    procedure Calculate(BKIBookingAppointment: Record "BKI Booking Appointment"; ItemNo: Code[20]; var Quantity: Decimal; var UnitPrice: Decimal; var PriceNeeded: Boolean)
    begin
        Quantity := 1;
        UnitPrice := 0;
        PriceNeeded := false;
    end;
}
