namespace Seed.BookingsInvoicing.Test.Invoicing;

using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;
using Microsoft.Sales.Document;
using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using Seed.BookingsInvoicing.Test.Sync;
using System.TestLibraries.Utilities;

/// <summary>
/// Quantity and price by Bookings price type: fixedPrice 1 × price; hourly hours × price rounded to the unit's
/// precision; free 1 × 0; startingAt, priceVaries, callUs, notSet, undefined: the Bookings price (or the item's unit
/// price when Bookings has none), always flagged "Price needed" and never a silent 0.
/// </summary>
codeunit 70470246 "BKI Price Type Test"
{
    Subtype = Test;
    TestPermissions = Disabled;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        BKIInvoicingTestLibrary: Codeunit "BKI Invoicing Test Library";
        BKIBookingsInvoicing: Codeunit "BKI Bookings Invoicing";
        LibraryAssert: Codeunit "Library Assert";

    local procedure Initialize()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, 'UTC');
    end;

    [Test]
    procedure FixedPriceIsOneTimesThePrice()
    begin
        // [SCENARIO] fixedPrice: quantity 1, unit price = Bookings price, not flagged.
        Initialize();
        AssertPlannedLine(Enum::"BKI Booking Price Type"::fixedPrice, 90, 80, 50, 1, 80, false);
    end;

    [Test]
    procedure HourlyIsHoursTimesThePrice()
    begin
        // [SCENARIO] hourly: 90 minutes at 100 per hour is 1.5 × 100.
        Initialize();
        AssertPlannedLine(Enum::"BKI Booking Price Type"::hourly, 90, 100, 50, 1.5, 100, false);
    end;

    [Test]
    procedure HourlyQuantityIsRoundedToTheUnitPrecision()
    var
        Item: Record Item;
        ItemUnitOfMeasure: Record "Item Unit of Measure";
        TempPlan: Record "BKI Invoice Plan Buffer" temporary;
        ServiceId: Text[100];
    begin
        // [SCENARIO] hourly: 50 minutes is 0.8333… hours; with a rounding precision of 0.25 the quantity is 0.75.
        Initialize();
        ServiceId := BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 50);
        ItemUnitOfMeasure.Get(Item."No.", Item."Base Unit of Measure");
        ItemUnitOfMeasure.Validate("Qty. Rounding Precision", 0.25);
        ItemUnitOfMeasure.Modify(true);
        PlanOne(Enum::"BKI Booking Price Type"::hourly, 50, 100, ServiceId, TempPlan);
        LibraryAssert.AreEqual(0.75, TempPlan.Quantity, 'Quantity rounded to 0.25');
    end;

    [Test]
    procedure HourlyQuantityIsRoundedToWholeHours()
    var
        Item: Record Item;
        ItemUnitOfMeasure: Record "Item Unit of Measure";
        TempPlan: Record "BKI Invoice Plan Buffer" temporary;
        ServiceId: Text[100];
    begin
        // [SCENARIO] hourly: 100 minutes (1.67 hours) with a rounding precision of 1 is 2 hours; 80 minutes is 1 hour.
        Initialize();
        ServiceId := BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 50);
        ItemUnitOfMeasure.Get(Item."No.", Item."Base Unit of Measure");
        ItemUnitOfMeasure.Validate("Qty. Rounding Precision", 1);
        ItemUnitOfMeasure.Modify(true);
        PlanOne(Enum::"BKI Booking Price Type"::hourly, 100, 100, ServiceId, TempPlan);
        LibraryAssert.AreEqual(2, TempPlan.Quantity, '100 minutes rounded to whole hours');
        PlanOne(Enum::"BKI Booking Price Type"::hourly, 80, 100, ServiceId, TempPlan);
        LibraryAssert.AreEqual(1, TempPlan.Quantity, '80 minutes rounded to whole hours');
    end;

    [Test]
    procedure FreeIsOneTimesZero()
    begin
        // [SCENARIO] free: quantity 1 at 0, on purpose, not flagged.
        Initialize();
        AssertPlannedLine(Enum::"BKI Booking Price Type"::free, 60, 80, 50, 1, 0, false);
    end;

    [Test]
    procedure StartingAtUsesTheBookingsPriceAndNeedsAPrice()
    begin
        Initialize();
        AssertPlannedLine(Enum::"BKI Booking Price Type"::startingAt, 60, 80, 50, 1, 80, true);
    end;

    [Test]
    procedure PriceVariesUsesTheBookingsPriceAndNeedsAPrice()
    begin
        Initialize();
        AssertPlannedLine(Enum::"BKI Booking Price Type"::priceVaries, 60, 70, 50, 1, 70, true);
    end;

    [Test]
    procedure CallUsWithoutPriceUsesTheItemPriceAndNeedsAPrice()
    begin
        // [SCENARIO] callUs with no Bookings price: the item's unit price, flagged; never a silent 0.
        Initialize();
        AssertPlannedLine(Enum::"BKI Booking Price Type"::callUs, 60, 0, 50, 1, 50, true);
    end;

    [Test]
    procedure NotSetWithoutPriceUsesTheItemPriceAndNeedsAPrice()
    begin
        Initialize();
        AssertPlannedLine(Enum::"BKI Booking Price Type"::notSet, 60, 0, 65, 1, 65, true);
    end;

    [Test]
    procedure UndefinedUsesTheBookingsPriceAndNeedsAPrice()
    begin
        Initialize();
        AssertPlannedLine(Enum::"BKI Booking Price Type"::undefined, 60, 30, 65, 1, 30, true);
    end;

    [Test]
    procedure HourlyLineOnTheInvoiceHasHoursAndPrice()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesLine: Record "Sales Line";
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] The created sales line carries the planned quantity and unit price (hourly, 2 h 15 min at 60).
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateAppointment(BKIBookingAppointment, CurrentDateTime() - 3 * 86400000, 135, Enum::"BKI Booking Price Type"::hourly, 60,
            BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 10));
        BKISyncTestLibrary.AddCustomer(BKIBookingAppointment, 'Anna', Customer."E-Mail");
        BKIBookingAppointment.SetRecFilter();

        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);

        SalesLine.SetRange("Document Type", SalesLine."Document Type"::Invoice);
        SalesLine.SetRange("Document No.", CreatedInvoiceNos.Get(1));
        SalesLine.FindFirst();
        LibraryAssert.AreEqual(SalesLine.Type::Item, SalesLine.Type, 'Line type');
        LibraryAssert.AreEqual(Item."No.", SalesLine."No.", 'Item');
        LibraryAssert.AreEqual(2.25, SalesLine.Quantity, 'Quantity (hours)');
        LibraryAssert.AreEqual(60, SalesLine."Unit Price", 'Unit price');
        LibraryAssert.AreEqual('Dana Staff', SalesLine."Description 2", 'Staff in Description 2');
    end;

    local procedure AssertPlannedLine(PriceType: Enum "BKI Booking Price Type"; DurationMinutes: Integer; BookingsPrice: Decimal; ItemPrice: Decimal; ExpectedQuantity: Decimal; ExpectedUnitPrice: Decimal; ExpectedPriceNeeded: Boolean)
    var
        Item: Record Item;
        TempPlan: Record "BKI Invoice Plan Buffer" temporary;
    begin
        // [GIVEN] A completed appointment of the price type, for a known customer, with a mapped item at ItemPrice
        // [WHEN] It is previewed
        PlanOne(PriceType, DurationMinutes, BookingsPrice, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, ItemPrice), TempPlan);
        // [THEN] The planned line has the expected quantity, unit price and flag
        LibraryAssert.AreEqual(ExpectedQuantity, TempPlan.Quantity, 'Quantity for ' + Format(PriceType));
        LibraryAssert.AreEqual(ExpectedUnitPrice, TempPlan."Unit Price", 'Unit price for ' + Format(PriceType));
        LibraryAssert.AreEqual(ExpectedPriceNeeded, TempPlan."Price Needed", 'Price needed for ' + Format(PriceType));
        LibraryAssert.AreEqual(Round(ExpectedQuantity * ExpectedUnitPrice), TempPlan.Amount, 'Amount for ' + Format(PriceType));
    end;

    local procedure PlanOne(PriceType: Enum "BKI Booking Price Type"; DurationMinutes: Integer; BookingsPrice: Decimal; ServiceId: Text[100]; var TempPlan: Record "BKI Invoice Plan Buffer" temporary)
    var
        Customer: Record Customer;
        BKIBookingAppointment: Record "BKI Booking Appointment";
    begin
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateAppointment(BKIBookingAppointment, CurrentDateTime() - 3 * 86400000, DurationMinutes, PriceType, BookingsPrice, ServiceId);
        BKISyncTestLibrary.AddCustomer(BKIBookingAppointment, 'Anna', Customer."E-Mail");
        BKIBookingAppointment.SetRecFilter();
        BKIBookingsInvoicing.Preview(BKIBookingAppointment, true, TempPlan);
        TempPlan.SetRange("Line Type", TempPlan."Line Type"::Line);
        LibraryAssert.RecordCount(TempPlan, 1);
        TempPlan.FindFirst();
    end;
}
