#if not CLEAN28
// The retired Bookings pages are ObsoleteState = Pending (tag 28.0); this file exists only to lead users away from them.
#pragma warning disable AL0432
namespace Seed.BookingsInvoicing.Test.Setup;

using Microsoft.Booking;
using Microsoft.CRM.Outlook;
using Seed.BookingsInvoicing.Setup;
using System.TestLibraries.Utilities;

/// <summary>
/// Entry points from the retired setup pages "Exchange Sync. Setup" (6700) and "Booking Sync. Setup" (6702): opening
/// either says that the old connection is retired, and its action opens the new Booking Sync Setup in one click.
/// </summary>
codeunit 70470222 "BKI Legacy Setup Pages Test"
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
    procedure OldExchangeSyncSetupSendsUsersToTheNewSetup()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ExchangeSyncSetup: TestPage "Exchange Sync. Setup";
        BKIBookingSyncSetupPage: TestPage "BKI Booking Sync Setup";
    begin
        // [SCENARIO] The old Exchange Sync. Setup says the connection is retired; its action opens the new setup.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());

        // [WHEN] The old page opens
        ExchangeSyncSetup.OpenEdit();
        // [THEN] The notification explains that the connection is retired
        LibraryAssert.AreEqual(BKILegacyRedirect.GetRetiredSetupMessage(), LibraryVariableStorage.DequeueText(), 'Notification message');

        // [WHEN] The user chooses the redirect action
        BKIBookingSyncSetupPage.Trap();
        ExchangeSyncSetup.BKIOpenBookingSyncSetup.Invoke();
        // [THEN] The new setup opens on the configured record
        LibraryAssert.AreEqual(BKIBookingSyncSetup."Tenant ID", BKIBookingSyncSetupPage."Tenant ID".Value(), 'The new setup opened');
        BKIBookingSyncSetupPage.Close();
        ExchangeSyncSetup.Close();
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('RetiredNotificationHandler')]
    procedure OldBookingSyncSetupSendsUsersToTheNewSetup()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BookingSyncSetup: TestPage "Booking Sync. Setup";
        BKIBookingSyncSetupPage: TestPage "BKI Booking Sync Setup";
    begin
        // [SCENARIO] The old Booking Sync. Setup says the connection is retired; its action opens the new setup.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());

        // [WHEN] The old page opens
        BookingSyncSetup.OpenEdit();
        // [THEN] The notification explains that the connection is retired
        LibraryAssert.AreEqual(BKILegacyRedirect.GetRetiredSetupMessage(), LibraryVariableStorage.DequeueText(), 'Notification message');

        // [WHEN] The user chooses the redirect action
        BKIBookingSyncSetupPage.Trap();
        BookingSyncSetup.BKIOpenBookingSyncSetup.Invoke();
        // [THEN] The new setup opens on the configured record
        LibraryAssert.AreEqual(BKIBookingSyncSetup."Tenant ID", BKIBookingSyncSetupPage."Tenant ID".Value(), 'The new setup opened');
        BKIBookingSyncSetupPage.Close();
        BookingSyncSetup.Close();
        LibraryVariableStorage.AssertEmpty();
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
}
#pragma warning restore AL0432
#endif
