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

    var
        ItemUnitPriceCache: Dictionary of [Code[20], Decimal];

    procedure Calculate(BKIBookingAppointment: Record "BKI Booking Appointment"; ItemNo: Code[20]; var Quantity: Decimal; var UnitPrice: Decimal; var PriceNeeded: Boolean)
    begin
        Quantity := 1;
        UnitPrice := BKIBookingAppointment.Price;
        if UnitPrice = 0 then
            if ItemNo <> '' then
                UnitPrice := GetItemUnitPrice(ItemNo);
        PriceNeeded := true;
    end;

    local procedure GetItemUnitPrice(ItemNo: Code[20]) UnitPrice: Decimal
    var
        Item: Record Item;
    begin
        // The planner keeps one instance per run: each item is read once per run, not once per line.
        if ItemUnitPriceCache.Get(ItemNo, UnitPrice) then
            exit;
        Item.SetLoadFields("Unit Price");
        if Item.Get(ItemNo) then
            UnitPrice := Item."Unit Price";
        ItemUnitPriceCache.Add(ItemNo, UnitPrice);
    end;
}
