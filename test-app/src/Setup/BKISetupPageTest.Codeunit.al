namespace Seed.BookingsInvoicing.Test.Setup;

using Microsoft.Sales.Customer;
using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using System.TestLibraries.Utilities;

/// <summary>
/// The setup card: navigation to the sync log and to Bookings Not Invoiced, and the saved sync filters.
/// </summary>
codeunit 70470221 "BKI Setup Page Test"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        LibraryAssert: Codeunit "Library Assert";
        BKISetupTestLibrary: Codeunit "BKI Setup Test Library";

    [Test]
    procedure ShowSyncLogOpensTheLog()
    var
        BKIBookingSyncSetupPage: TestPage "BKI Booking Sync Setup";
        BKISyncLog: TestPage "BKI Sync Log";
    begin
        // [SCENARIO] Show Sync Log opens the sync log.
        BKISetupTestLibrary.ResetEnvironment();
        BKIBookingSyncSetupPage.OpenEdit();

        BKISyncLog.Trap();
        BKIBookingSyncSetupPage.ShowSyncLog.Invoke();

        BKISyncLog.Close();
        BKIBookingSyncSetupPage.Close();
    end;

    [Test]
    procedure OpenBookingsNotInvoicedOpensTheList()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIBookingSyncSetupPage: TestPage "BKI Booking Sync Setup";
        BKIBookingsNotInvoiced: TestPage "BKI Bookings Not Invoiced";
    begin
        // [SCENARIO] Open Bookings Not Invoiced opens the new list.
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        BKIBookingSyncSetupPage.OpenEdit();

        BKIBookingsNotInvoiced.Trap();
        BKIBookingSyncSetupPage.OpenBookingsNotInvoiced.Invoke();

        BKIBookingsNotInvoiced.Close();
        BKIBookingSyncSetupPage.Close();
    end;

    [Test]
    procedure CustomerFilterIsSavedAndResetsTheStamp()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        Customer: Record Customer;
    begin
        // [SCENARIO] A new customer filter is stored as a view and makes the next customer sync a full one.
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        BKIBookingSyncSetup."Last Customer Sync" := CurrentDateTime();
        BKIBookingSyncSetup."Last Service Sync" := CurrentDateTime();
        Customer.SetRange(City, 'Seattle');

        BKIBookingSyncSetup.SetCustomerFilterView(Customer.GetView());
        BKIBookingSyncSetup.Modify();

        BKIBookingSyncSetup.Get();
        LibraryAssert.AreEqual(Customer.GetView(), BKIBookingSyncSetup.GetCustomerFilterView(), 'Saved view');
        LibraryAssert.AreEqual(0DT, BKIBookingSyncSetup."Last Customer Sync", 'Customer stamp reset');
        LibraryAssert.AreNotEqual(0DT, BKIBookingSyncSetup."Last Service Sync", 'Service stamp kept');
    end;

    [Test]
    procedure SameFilterKeepsTheStamp()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        Customer: Record Customer;
        Stamp: DateTime;
    begin
        // [SCENARIO] Saving the same filter again does not force a full sync.
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        Customer.SetRange(City, 'Seattle');
        BKIBookingSyncSetup.SetCustomerFilterView(Customer.GetView());
        Stamp := CurrentDateTime();
        BKIBookingSyncSetup."Last Customer Sync" := Stamp;
        BKIBookingSyncSetup.Modify();

        BKIBookingSyncSetup.SetCustomerFilterView(Customer.GetView());

        LibraryAssert.AreEqual(Stamp, BKIBookingSyncSetup."Last Customer Sync", 'Stamp kept');
    end;

    [Test]
    procedure AdminConsentUrlPointsToTheTenant()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ClientSecret: Text;
    begin
        // [SCENARIO] The admin consent page is built from authority, tenant and client.
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);

        LibraryAssert.AreEqual(
            'https://login.microsoftonline.com/' + BKIBookingSyncSetup."Tenant ID" + '/adminconsent?client_id=' + BKIBookingSyncSetup."Client ID",
            BKIBookingSyncSetup.GetAdminConsentUrl(), 'Admin consent URL');
    end;
}
