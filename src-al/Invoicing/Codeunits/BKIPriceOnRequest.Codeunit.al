namespace Seed.BookingsInvoicing.Invoicing;

using Microsoft.Inventory.Item;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Price types startingAt, priceVaries, callUs, notSet, undefined (and values Graph adds later): Bookings does not
/// know the final price. Proposal: 1 × the Bookings price when it has one, else 1 × the item's unit price. Always
/// flagged "Price needed", so Preview and the list show it and nobody is invoiced a silent 0.
/// </summary>
codeunit 70470059 "BKI Price On Request" implements "BKI Price Type Rule"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata Item = r;

    procedure Calculate(BKIBookingAppointment: Record "BKI Booking Appointment"; ItemNo: Code[20]; var Quantity: Decimal; var UnitPrice: Decimal; var PriceNeeded: Boolean)
    var
        Item: Record Item;
    begin
        Quantity := 1;
        UnitPrice := BKIBookingAppointment.Price;
        if UnitPrice = 0 then
            if ItemNo <> '' then
                if Item.Get(ItemNo) then
                    UnitPrice := Item."Unit Price";
        PriceNeeded := true;
    end;
}
