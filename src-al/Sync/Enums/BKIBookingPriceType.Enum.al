namespace Seed.BookingsInvoicing.Sync;

using Seed.BookingsInvoicing.Invoicing;

/// <summary>
/// The Graph v1.0 bookingPriceType values, in the same order as Graph (and the retired BC option).
/// Each value names the rule that turns an appointment into an invoice quantity and price, so an extension adds a
/// value with its own implementation instead of editing a case statement.
/// </summary>
enum 70470010 "BKI Booking Price Type" implements "BKI Price Type Rule"
{
    Extensible = true;
    Caption = 'Booking Price Type';
    DefaultImplementation = "BKI Price Type Rule" = "BKI Price On Request";

    value(0; undefined)
    {
        Caption = 'Undefined';
        Implementation = "BKI Price Type Rule" = "BKI Price On Request";
    }
    value(1; fixedPrice)
    {
        Caption = 'Fixed Price';
        Implementation = "BKI Price Type Rule" = "BKI Price Fixed";
    }
    value(2; startingAt)
    {
        Caption = 'Starting At';
        Implementation = "BKI Price Type Rule" = "BKI Price On Request";
    }
    value(3; hourly)
    {
        Caption = 'Hourly';
        Implementation = "BKI Price Type Rule" = "BKI Price Hourly";
    }
    value(4; free)
    {
        Caption = 'Free';
        Implementation = "BKI Price Type Rule" = "BKI Price Free";
    }
    value(5; priceVaries)
    {
        Caption = 'Price Varies';
        Implementation = "BKI Price Type Rule" = "BKI Price On Request";
    }
    value(6; callUs)
    {
        Caption = 'Call Us';
        Implementation = "BKI Price Type Rule" = "BKI Price On Request";
    }
    value(7; notSet)
    {
        Caption = 'Not Set';
        Implementation = "BKI Price Type Rule" = "BKI Price On Request";
    }
    value(8; unknownFutureValue)
    {
        Caption = 'Unknown';
        Implementation = "BKI Price Type Rule" = "BKI Price On Request";
    }
}
