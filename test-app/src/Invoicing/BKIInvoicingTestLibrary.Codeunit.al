namespace Seed.BookingsInvoicing.Test.Invoicing;

using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;
using Seed.BookingsInvoicing.Sync;
using Seed.BookingsInvoicing.Test.Sync;
using System.TestLibraries.Utilities;

/// <summary>
/// Business Central master data for the invoicing tests (customers with e-mail, mapped service items), built with the
/// Microsoft application test libraries so posting groups are complete. Kept apart from "BKI Sync Test Library" so the
/// sync tests need none of those libraries.
/// </summary>
codeunit 70470250 "BKI Invoicing Test Library"
{
    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        Any: Codeunit Any;
        LibrarySales: Codeunit "Library - Sales";
        LibraryInventory: Codeunit "Library - Inventory";

    /// <summary>A BC customer with a unique e-mail (returned in lower case).</summary>
    procedure CreateCustomerWithEmail(var Customer: Record Customer): Text
    begin
        LibrarySales.CreateCustomer(Customer);
        Customer.Validate("E-Mail", CopyStr(BKISyncTestLibrary.LowerCaseEmail(), 1, MaxStrLen(Customer."E-Mail")));
        Customer.Modify(true);
        exit(Customer."E-Mail");
    end;

    /// <summary>A service item with the unit price, mapped to a new Bookings service ID (returned).</summary>
    procedure CreateMappedServiceItem(var Item: Record Item; UnitPrice: Decimal): Text[100]
    var
        BKIBookingServiceMapping: Record "BKI Booking Service Mapping";
    begin
        LibraryInventory.CreateServiceTypeItem(Item);
        Item.Validate("Unit Price", UnitPrice);
        Item.Modify(true);
        BKIBookingServiceMapping.Init();
        BKIBookingServiceMapping."Business ID" := BKISyncTestLibrary.BusinessId();
        BKIBookingServiceMapping."Service ID" := CopyStr(Format(Any.GuidValue(), 0, 4).ToLower(), 1, 100);
        BKIBookingServiceMapping."Item No." := Item."No.";
        BKIBookingServiceMapping."Service Name" := Item.Description;
        BKIBookingServiceMapping.Insert();
        exit(BKIBookingServiceMapping."Service ID");
    end;
}
