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
/// The Bookings Not Invoiced page with the keyboard path (native repeater): it lists completed, uninvoiced appointments
/// with their status, and Create Invoice per Customer invoices the current line, which then leaves the list.
/// </summary>
codeunit 70470251 "BKI Not Invoiced Page Test"
{
    Subtype = Test;
    TestPermissions = Disabled;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        BKIInvoicingTestLibrary: Codeunit "BKI Invoicing Test Library";
        LibraryAssert: Codeunit "Library Assert";
        LibraryVariableStorage: Codeunit "Library - Variable Storage";

    local procedure Initialize()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        LibraryVariableStorage.Clear();
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, 'UTC');
    end;

    [Test]
    procedure ListShowsCompletedAppointmentsWithTheirStatus()
    var
        Customer: Record Customer;
        Item: Record Item;
        Ready: Record "BKI Booking Appointment";
        Unknown: Record "BKI Booking Appointment";
        Upcoming: Record "BKI Booking Appointment";
        ServiceId: Text[100];
        BookingsNotInvoiced: TestPage "BKI Bookings Not Invoiced";
    begin
        // [SCENARIO] The list shows completed appointments only, with an empty status when ready and a reason otherwise.
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        ServiceId := BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80);
        BKISyncTestLibrary.CreateCompletedAppointment(Ready, ServiceId, 'Anna', Customer."E-Mail");
        BKISyncTestLibrary.CreateCompletedAppointment(Unknown, ServiceId, 'Nobody', BKISyncTestLibrary.LowerCaseEmail());
        BKISyncTestLibrary.CreateAppointment(Upcoming, CurrentDateTime() + 86400000, 60, Enum::"BKI Booking Price Type"::fixedPrice, 80, ServiceId);

        // [WHEN] The page opens
        BookingsNotInvoiced.OpenView();

        // [THEN] The ready one has no status, the unknown customer says so, and the upcoming one is not listed
        LibraryAssert.IsTrue(BookingsNotInvoiced.GoToRecord(Ready), 'Ready appointment listed');
        LibraryAssert.AreEqual('', BookingsNotInvoiced.Status.Value(), 'Status of the ready appointment');
        LibraryAssert.IsTrue(BookingsNotInvoiced.GoToRecord(Unknown), 'Unknown customer listed');
        LibraryAssert.AreEqual('No customer match', BookingsNotInvoiced.Status.Value(), 'Status of the unknown customer');
        LibraryAssert.IsFalse(BookingsNotInvoiced.GoToRecord(Upcoming), 'An appointment that has not ended is not listed');
        BookingsNotInvoiced.Close();
    end;

    [Test]
    [HandlerFunctions('DoNotOpenInvoiceConfirmHandler')]
    procedure CreateInvoiceFromTheListInvoicesTheCurrentLine()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        BookingsNotInvoiced: TestPage "BKI Bookings Not Invoiced";
    begin
        // [SCENARIO] Keyboard users invoice the current line with Create Invoice per Customer; it then leaves the list.
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', Customer."E-Mail");
        BookingsNotInvoiced.OpenView();
        BookingsNotInvoiced.GoToRecord(BKIBookingAppointment);

        // [WHEN] Create Invoice per Customer is chosen (and the offer to open the invoice declined)
        BookingsNotInvoiced.CreateInvoicePerCustomer.Invoke();

        // [THEN] The customer has a draft invoice and the appointment is no longer listed
        SalesHeader.SetRange("Document Type", SalesHeader."Document Type"::Invoice);
        SalesHeader.SetRange("Sell-to Customer No.", Customer."No.");
        LibraryAssert.RecordCount(SalesHeader, 1);
        LibraryAssert.IsFalse(BookingsNotInvoiced.GoToRecord(BKIBookingAppointment), 'The invoiced appointment leaves the list');
        LibraryAssert.IsTrue(StrPos(LibraryVariableStorage.DequeueText(), 'open it') > 0, 'The user was offered to open the invoice');
        BookingsNotInvoiced.Close();
    end;

    [ConfirmHandler]
    procedure DoNotOpenInvoiceConfirmHandler(Question: Text[1024]; var Reply: Boolean)
    begin
        LibraryVariableStorage.Enqueue(Question);
        Reply := false;
    end;
}
