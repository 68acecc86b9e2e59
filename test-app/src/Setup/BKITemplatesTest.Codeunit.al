namespace Seed.BookingsInvoicing.Test.Setup;

using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;
using Seed.BookingsInvoicing.Setup;
using System.TestLibraries.Utilities;

/// <summary>
/// Default templates: the item template must create service items, the customer template must not block customers,
/// and unknown templates are refused.
/// </summary>
codeunit 70470215 "BKI Templates Test"
{
    Subtype = Test;
    TestPermissions = Disabled;

    var
        LibraryAssert: Codeunit "Library Assert";
        Any: Codeunit Any;
        BKISetupTestLibrary: Codeunit "BKI Setup Test Library";

    [Test]
    procedure ServiceItemTemplateIsAccepted()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ItemTempl: Record "Item Templ.";
    begin
        // [SCENARIO] An item template with Type = Service is accepted.
        BKISetupTestLibrary.ResetEnvironment();
        BKIBookingSyncSetup.GetSetup();
        CreateItemTemplate(ItemTempl, ItemTempl.Type::Service);

        BKIBookingSyncSetup.Validate("Default Item Templ.", ItemTempl.Code);

        LibraryAssert.AreEqual(ItemTempl.Code, BKIBookingSyncSetup."Default Item Templ.", 'Template set');
    end;

    [Test]
    procedure InventoryItemTemplateIsRefused()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ItemTempl: Record "Item Templ.";
    begin
        // [SCENARIO] An item template for inventory items is refused with the reason.
        BKISetupTestLibrary.ResetEnvironment();
        BKIBookingSyncSetup.GetSetup();
        CreateItemTemplate(ItemTempl, ItemTempl.Type::Inventory);

        asserterror BKIBookingSyncSetup.Validate("Default Item Templ.", ItemTempl.Code);

        LibraryAssert.ExpectedError('Type = Service');
    end;

    [Test]
    procedure UnblockedCustomerTemplateIsAccepted()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        CustomerTempl: Record "Customer Templ.";
    begin
        // [SCENARIO] A customer template that does not block customers is accepted.
        BKISetupTestLibrary.ResetEnvironment();
        BKIBookingSyncSetup.GetSetup();
        CreateCustomerTemplate(CustomerTempl, CustomerTempl.Blocked::" ");

        BKIBookingSyncSetup.Validate("Default Customer Templ.", CustomerTempl.Code);

        LibraryAssert.AreEqual(CustomerTempl.Code, BKIBookingSyncSetup."Default Customer Templ.", 'Template set');
    end;

    [Test]
    procedure BlockingCustomerTemplateIsRefused()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        CustomerTempl: Record "Customer Templ.";
    begin
        // [SCENARIO] A customer template that blocks customers (they could not be invoiced) is refused.
        BKISetupTestLibrary.ResetEnvironment();
        BKIBookingSyncSetup.GetSetup();
        CreateCustomerTemplate(CustomerTempl, CustomerTempl.Blocked::Invoice);

        asserterror BKIBookingSyncSetup.Validate("Default Customer Templ.", CustomerTempl.Code);

        LibraryAssert.ExpectedError('cannot be invoiced');
    end;

    [Test]
    procedure UnknownTemplatesAreRefused()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ItemTempl: Record "Item Templ.";
        CustomerTempl: Record "Customer Templ.";
    begin
        // [SCENARIO] Template codes that do not exist are refused by the table relation.
        BKISetupTestLibrary.ResetEnvironment();
        BKIBookingSyncSetup.GetSetup();

        asserterror BKIBookingSyncSetup.Validate("Default Item Templ.", 'NOSUCH' + Any.AlphabeticText(4));
        LibraryAssert.ExpectedError(ItemTempl.TableCaption());
        asserterror BKIBookingSyncSetup.Validate("Default Customer Templ.", 'NOSUCH' + Any.AlphabeticText(4));
        LibraryAssert.ExpectedError(CustomerTempl.TableCaption());
    end;

    local procedure CreateItemTemplate(var ItemTempl: Record "Item Templ."; ItemType: Enum "Item Type")
    begin
        ItemTempl.Init();
        ItemTempl.Code := CopyStr('BKI' + Any.AlphabeticText(10), 1, MaxStrLen(ItemTempl.Code));
        ItemTempl.Description := 'Bookings test template';
        ItemTempl.Type := ItemType;
        ItemTempl.Insert();
    end;

    local procedure CreateCustomerTemplate(var CustomerTempl: Record "Customer Templ."; Blocked: Enum "Customer Blocked")
    begin
        CustomerTempl.Init();
        CustomerTempl.Code := CopyStr('BKI' + Any.AlphabeticText(10), 1, MaxStrLen(CustomerTempl.Code));
        CustomerTempl.Description := 'Bookings test template';
        CustomerTempl.Blocked := Blocked;
        CustomerTempl.Insert();
    end;
}
