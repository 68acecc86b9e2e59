namespace Seed.BookingsInvoicing.Test.Setup;

using Seed.BookingsInvoicing.Install;
using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using Seed.BookingsInvoicing.Test.Sync;
using System.Environment.Configuration;
using System.TestLibraries.Utilities;
using System.Upgrade;

/// <summary>
/// Install creates the setup with defaults and sets the upgrade tags; the upgrade step fills missing defaults once;
/// the wizard is registered as an assisted setup.
/// </summary>
codeunit 70470218 "BKI Install Upgrade Test"
{
    Subtype = Test;
    TestPermissions = Disabled;

    var
        LibraryAssert: Codeunit "Library Assert";
        BKISetupTestLibrary: Codeunit "BKI Setup Test Library";

    [Test]
    procedure InstallCreatesSetupWithDefaultsAndTags()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIInstall: Codeunit "BKI Install";
        BKIUpgradeTags: Codeunit "BKI Upgrade Tags";
        UpgradeTag: Codeunit "Upgrade Tag";
    begin
        // [SCENARIO] Installing in a company creates the setup with its defaults and marks the upgrade as done.
        // [GIVEN] No setup
        BKISetupTestLibrary.ResetEnvironment();
        // [WHEN] The company is initialized by the install code
        BKIInstall.InitializeCompany();
        // [THEN] Setup with defaults; tag set
        LibraryAssert.IsTrue(BKIBookingSyncSetup.Get(), 'Setup created');
        LibraryAssert.AreEqual('https://login.microsoftonline.com', BKIBookingSyncSetup."Authority URL", 'Authority URL');
        LibraryAssert.AreEqual('https://graph.microsoft.com/v1.0', BKIBookingSyncSetup."Graph Endpoint", 'Graph Endpoint');
        LibraryAssert.AreEqual(60, BKIBookingSyncSetup."Sync Frequency (Min.)", 'Sync frequency');
        LibraryAssert.AreEqual(30, BKIBookingSyncSetup."Appointment Look-back Days", 'Look-back days');
        LibraryAssert.IsFalse(BKIBookingSyncSetup.Enabled, 'Not enabled before setup');
        LibraryAssert.IsTrue(UpgradeTag.HasUpgradeTag(BKIUpgradeTags.GetSetupDefaultsUpgradeTag()), 'Upgrade tag set');
    end;

    [Test]
    procedure InstallTwiceKeepsExistingSetup()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIInstall: Codeunit "BKI Install";
        ClientSecret: Text;
    begin
        // [SCENARIO] Reinstalling does not reset a configured setup.
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);

        BKIInstall.InitializeCompany();

        BKIBookingSyncSetup.Get();
        LibraryAssert.AreNotEqual('', BKIBookingSyncSetup."Tenant ID", 'Tenant kept');
        LibraryAssert.IsTrue(BKIBookingSyncSetup.HasClientSecret(), 'Secret kept');
    end;

    [Test]
    procedure UpgradeFillsMissingDefaults()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIUpgrade: Codeunit "BKI Upgrade";
    begin
        // [SCENARIO] A setup from an early build without endpoints and frequency gets the defaults.
        BKIBookingSyncSetup.Init();
        BKIBookingSyncSetup."Authority URL" := '';
        BKIBookingSyncSetup."Graph Endpoint" := '';
        BKIBookingSyncSetup."Sync Frequency (Min.)" := 0;
        BKIBookingSyncSetup."Appointment Look-back Days" := 0;

        LibraryAssert.IsTrue(BKIUpgrade.ApplySetupDefaults(BKIBookingSyncSetup), 'Something changed');

        LibraryAssert.AreEqual('https://login.microsoftonline.com', BKIBookingSyncSetup."Authority URL", 'Authority URL');
        LibraryAssert.AreEqual('https://graph.microsoft.com/v1.0', BKIBookingSyncSetup."Graph Endpoint", 'Graph Endpoint');
        LibraryAssert.AreEqual(60, BKIBookingSyncSetup."Sync Frequency (Min.)", 'Frequency');
        LibraryAssert.AreEqual(30, BKIBookingSyncSetup."Appointment Look-back Days", 'Look-back days');
        LibraryAssert.IsFalse(BKIUpgrade.ApplySetupDefaults(BKIBookingSyncSetup), 'Second run changes nothing');
    end;

    [Test]
    procedure UpgradeCountsTheLinksOfInvoicedAppointments()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKIBookingApptCustomer: Record "BKI Booking Appt. Customer";
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIInvoiceLinkMgt: Codeunit "BKI Invoice Link Mgt.";
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        BKIUpgrade: Codeunit "BKI Upgrade";
    begin
        // [SCENARIO] An appointment invoiced by a build without Invoice Link Count gets its count from its links.
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, 'UTC');
        // [GIVEN] A two-customer appointment with one invoice link, partly invoiced, whose count was never written
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, 'svc', 'Anna', BKISyncTestLibrary.LowerCaseEmail());
        BKISyncTestLibrary.AddCustomer(BKIBookingAppointment, 'Bo', BKISyncTestLibrary.LowerCaseEmail());
        BKIBookingApptCustomer.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", BKIBookingAppointment."First Customer Key");
        BKIInvoiceLinkMgt.InsertLink(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", BKIBookingApptCustomer."Customer Key",
            Enum::"BKI Invoice Link Doc. Type"::Invoice, 'OLD-1', 10000, '');
        BKIBookingAppointment.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
        BKIBookingAppointment."Invoice Status" := BKIBookingAppointment."Invoice Status"::"Partly Invoiced";
        BKIBookingAppointment."Invoice Link Count" := 0;
        BKIBookingAppointment.Modify();

        // [WHEN] The upgrade step runs
        LibraryAssert.IsTrue(BKIUpgrade.RefreshInvoicedAppointments() >= 1, 'Refreshed appointments');

        // [THEN] The appointment counts its link and stays partly invoiced on OLD-1
        BKIBookingAppointment.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
        LibraryAssert.AreEqual(1, BKIBookingAppointment."Invoice Link Count", 'Invoice Link Count');
        LibraryAssert.AreEqual(BKIBookingAppointment."Invoice Status"::"Partly Invoiced", BKIBookingAppointment."Invoice Status", 'Invoice Status');
        LibraryAssert.AreEqual('OLD-1', BKIBookingAppointment."Invoice No.", 'Invoice No.');
    end;

    [Test]
    procedure UpgradeKeepsCustomEndpoints()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIUpgrade: Codeunit "BKI Upgrade";
    begin
        // [SCENARIO] Emulator endpoints set by the user survive the upgrade.
        BKIBookingSyncSetup.Init();
        BKIBookingSyncSetup."Graph Endpoint" := 'http://127.0.0.1:4010/v1.0';

        BKIUpgrade.ApplySetupDefaults(BKIBookingSyncSetup);

        LibraryAssert.AreEqual('http://127.0.0.1:4010/v1.0', BKIBookingSyncSetup."Graph Endpoint", 'Endpoint kept');
    end;

    [Test]
    procedure WizardIsRegisteredAsAssistedSetup()
    var
        BKIAssistedSetup: Codeunit "BKI Assisted Setup";
        GuidedExperience: Codeunit "Guided Experience";
    begin
        // [SCENARIO] The Bookings wizard appears in Assisted Setup.
        BKIAssistedSetup.Register();

        LibraryAssert.IsTrue(GuidedExperience.Exists(Enum::"Guided Experience Type"::"Assisted Setup", ObjectType::Page, Page::"BKI Booking Setup Wizard"), 'Assisted setup registered');
    end;

    [Test]
    procedure SetupCardIsRegisteredAsManualSetup()
    var
        BKIAssistedSetup: Codeunit "BKI Assisted Setup";
        GuidedExperience: Codeunit "Guided Experience";
    begin
        // [SCENARIO] The setup card appears in Manual Setup.
        BKIAssistedSetup.RegisterManualSetup();

        LibraryAssert.IsTrue(GuidedExperience.Exists(Enum::"Guided Experience Type"::"Manual Setup", ObjectType::Page, Page::"BKI Booking Sync Setup"), 'Manual setup registered');
    end;
}
