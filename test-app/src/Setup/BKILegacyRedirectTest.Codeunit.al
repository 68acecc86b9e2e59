#if not CLEAN28
// The retired Bookings pages are ObsoleteState = Pending (tag 28.0); this file exists only to lead users away from them.
#pragma warning disable AL0432
namespace Seed.BookingsInvoicing.Test.Setup;

using Microsoft.Booking;
using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using System.TestLibraries.Utilities;

/// <summary>
/// Entry points from the retired pages: the notification says the old connection is retired, and one click opens
/// the new setup or the new Bookings Not Invoiced list.
/// </summary>
codeunit 70470216 "BKI Legacy Redirect Test"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        LibraryAssert: Codeunit "Library Assert";
        LibraryVariableStorage: Codeunit "Library - Variable Storage";
        BKISetupTestLibrary: Codeunit "BKI Setup Test Library";
        BKILegacyRedirect: Codeunit "BKI Legacy Redirect";

    [Test]
    [HandlerFunctions('RetiredNotificationHandler')]
    procedure OldBookingItemsListShowsRetiredNotification()
    var
        BookingItems: TestPage "Booking Items";
    begin
        // [SCENARIO] Opening the old Bookings Not Invoiced list tells the user where the appointments are now.
        Initialize();
        // [WHEN] The old list opens
        BookingItems.OpenView();
        BookingItems.Close();
        // [THEN] The notification explains that the list moved
        LibraryAssert.AreEqual(BKILegacyRedirect.GetRetiredListMessage(), LibraryVariableStorage.DequeueText(), 'Notification message');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('RetiredNotificationHandler')]
    procedure OldBookingItemsSetupActionOpensNewSetup()
    var
        BookingItems: TestPage "Booking Items";
        BKIBookingSyncSetupPage: TestPage "BKI Booking Sync Setup";
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        // [SCENARIO] One click on the old list opens the new Booking Sync Setup.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        BookingItems.OpenView();
        LibraryVariableStorage.DequeueText();

        BKIBookingSyncSetupPage.Trap();
        BookingItems.BKIOpenBookingSyncSetup.Invoke();

        LibraryAssert.AreEqual(BKIBookingSyncSetup."Tenant ID", BKIBookingSyncSetupPage."Tenant ID".Value(), 'The new setup opened');
        BKIBookingSyncSetupPage.Close();
        BookingItems.Close();
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('RetiredNotificationHandler')]
    procedure OldBookingItemsListActionOpensNewList()
    var
        BookingItems: TestPage "Booking Items";
        BKIBookingsNotInvoiced: TestPage "BKI Bookings Not Invoiced";
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        // [SCENARIO] One click on the old list opens the new Bookings Not Invoiced list.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        BookingItems.OpenView();
        LibraryVariableStorage.DequeueText();

        BKIBookingsNotInvoiced.Trap();
        BookingItems.BKIOpenBookingsNotInvoiced.Invoke();

        BKIBookingsNotInvoiced.Close();
        BookingItems.Close();
    end;

    [Test]
    [HandlerFunctions('RetiredNotificationClickHandler')]
    procedure OldMailboxListNotificationActionOpensNewSetup()
    var
        BookingMailboxList: TestPage "Booking Mailbox List";
        BKIBookingSyncSetupPage: TestPage "BKI Booking Sync Setup";
    begin
        // [SCENARIO] The old mailbox list says the connection is retired; the notification action opens the new setup.
        Initialize();
        BKIBookingSyncSetupPage.Trap();

        // [WHEN] The old page opens and the user chooses the notification action (the handler clicks it)
        BookingMailboxList.OpenView();

        // [THEN] The new setup opened, and the notification had the retired message
        BKIBookingSyncSetupPage.Close();
        BookingMailboxList.Close();
        LibraryAssert.AreEqual(BKILegacyRedirect.GetRetiredSetupMessage(), LibraryVariableStorage.DequeueText(), 'Notification message');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    procedure RedirectOpensSetupWithDefaults()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIBookingSyncSetupPage: TestPage "BKI Booking Sync Setup";
    begin
        // [SCENARIO] The redirect works in a company that never opened the new setup: it is created with defaults.
        Initialize();
        BKISetupTestLibrary.ResetEnvironment();

        BKIBookingSyncSetupPage.Trap();
        BKILegacyRedirect.OpenSetup();

        LibraryAssert.AreEqual('https://graph.microsoft.com/v1.0', BKIBookingSyncSetupPage."Graph Endpoint".Value(), 'Default endpoint shown');
        BKIBookingSyncSetupPage.Close();
        LibraryAssert.IsTrue(BKIBookingSyncSetup.Get(), 'Setup created');
    end;

    local procedure Initialize()
    begin
        LibraryVariableStorage.Clear();
        BKISetupTestLibrary.ResetEnvironment();
    end;

    [SendNotificationHandler]
    procedure RetiredNotificationHandler(var RetiredNotification: Notification): Boolean
    begin
        LibraryVariableStorage.Enqueue(RetiredNotification.Message);
        exit(true);
    end;

    [SendNotificationHandler]
    procedure RetiredNotificationClickHandler(var RetiredNotification: Notification): Boolean
    begin
        LibraryVariableStorage.Enqueue(RetiredNotification.Message);
        BKILegacyRedirect.OpenSetupFromNotification(RetiredNotification);
        exit(true);
    end;
}
#pragma warning restore AL0432
#endif
