namespace Seed.BookingsInvoicing.Invoicing;

using Microsoft.Inventory.Item;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Price type hourly: the duration in hours, rounded to the quantity rounding precision of the item's base unit of
/// measure (0.00001 when none is set, BC's default), × the Bookings price per hour.
/// </summary>
codeunit 70470057 "BKI Price Hourly" implements "BKI Price Type Rule"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata Item = r,
                  tabledata "Item Unit of Measure" = r;

    var
        RoundingPrecisionCache: Dictionary of [Code[20], Decimal];

    procedure Calculate(BKIBookingAppointment: Record "BKI Booking Appointment"; ItemNo: Code[20]; var Quantity: Decimal; var UnitPrice: Decimal; var PriceNeeded: Boolean)
    begin
        Quantity := Round(BKIBookingAppointment."Duration (Min.)" / 60, GetCachedRoundingPrecision(ItemNo), '=');
        UnitPrice := BKIBookingAppointment.Price;
        PriceNeeded := Quantity <= 0;
    end;

    local procedure GetCachedRoundingPrecision(ItemNo: Code[20]) RoundingPrecision: Decimal
    begin
        // The planner keeps one instance per run: each item is read once per run, not once per line.
        if RoundingPrecisionCache.Get(ItemNo, RoundingPrecision) then
            exit;
        RoundingPrecision := GetRoundingPrecision(ItemNo);
        RoundingPrecisionCache.Add(ItemNo, RoundingPrecision);
    end;

    /// <summary>The quantity rounding precision of the item's base unit of measure.</summary>
    procedure GetRoundingPrecision(ItemNo: Code[20]): Decimal
    var
        Item: Record Item;
        ItemUnitOfMeasure: Record "Item Unit of Measure";
    begin
        if ItemNo <> '' then
            if Item.Get(ItemNo) then
                if Item."Base Unit of Measure" <> '' then
                    if ItemUnitOfMeasure.Get(ItemNo, Item."Base Unit of Measure") then
                        if ItemUnitOfMeasure."Qty. Rounding Precision" > 0 then
                            exit(ItemUnitOfMeasure."Qty. Rounding Precision");
        exit(0.00001);
    end;
}
