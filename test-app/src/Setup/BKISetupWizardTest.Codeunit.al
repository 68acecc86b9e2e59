namespace Seed.BookingsInvoicing.Test.Setup;

using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using System.Environment.Configuration;
using System.TestLibraries.Utilities;
using System.Threading;

/// <summary>
/// The assisted setup: credentials, test, business, templates, schedule; finishing enables the connection,
/// schedules the background sync and completes the assisted setup.
/// </summary>
codeunit 70470219 "BKI Setup Wizard Test"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        LibraryAssert: Codeunit "Library Assert";
        LibraryVariableStorage: Codeunit "Library - Variable Storage";
        Any: Codeunit Any;
        BKISetupTestLibrary: Codeunit "BKI Setup Test Library";
        BKISetupTestSubscribers: Codeunit "BKI Setup Test Subscribers";
        IsInitialized: Boolean;

    [Test]
    [HandlerFunctions('GraphHandler,BusinessesModalHandler')]
    procedure WizardWalksThroughAllStepsAndFinishes()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        JobQueueEntry: Record "Job Queue Entry";
        GuidedExperience: Codeunit "Guided Experience";
        BKIBookingSetupWizard: TestPage "BKI Booking Setup Wizard";
    begin
        // [SCENARIO] A user completes the wizard from credentials to schedule.
        Initialize();
        BKISetupTestLibrary.ResetEnvironment();
        LibraryVariableStorage.Enqueue('businesses');
        LibraryVariableStorage.Enqueue('businesses');
        LibraryVariableStorage.Enqueue('business-contoso');
        LibraryVariableStorage.Enqueue('business-fabrikam');
        LibraryVariableStorage.Enqueue(BKISetupTestLibrary.ContosoBusinessId());

        // [GIVEN] Credentials entered on step 1
        BKIBookingSetupWizard.OpenEdit();
        BKIBookingSetupWizard."Tenant ID".SetValue(Format(Any.GuidValue(), 0, 4));
        BKIBookingSetupWizard."Client ID".SetValue(Format(Any.GuidValue(), 0, 4));
        BKIBookingSetupWizard.ClientSecret.SetValue('Wz~' + Any.AlphanumericText(30));
        BKIBookingSetupWizard.ActionNext.Invoke();

        // [WHEN] Step 2: Next before testing is refused; the test succeeds
        asserterror BKIBookingSetupWizard.ActionNext.Invoke();
        LibraryAssert.ExpectedError('Test the connection');
        BKIBookingSetupWizard.ActionTest.Invoke();
        LibraryAssert.IsTrue(BKIBookingSetupWizard.TestResult.Value().Contains('2'), 'Test result: ' + BKIBookingSetupWizard.TestResult.Value());
        BKIBookingSetupWizard.ActionNext.Invoke();

        // [WHEN] Step 3: a business is selected
        BKIBookingSetupWizard.ActionSelectBusiness.Invoke();
        BKIBookingSetupWizard.ActionNext.Invoke();

        // [WHEN] Step 4: templates (none), step 5: background sync every 30 minutes, step 6: finish
        BKIBookingSetupWizard."Sync Customers".SetValue(true);
        BKIBookingSetupWizard.ActionNext.Invoke();
        BKIBookingSetupWizard.BackgroundSyncField.SetValue(true);
        BKIBookingSetupWizard.SyncFrequencyField.SetValue(30);
        BKIBookingSetupWizard.ActionNext.Invoke();
        BKIBookingSetupWizard.ActionFinish.Invoke();

        // [THEN] Enabled with the business, a 30-minute job, assisted setup complete
        BKIBookingSyncSetup.Get();
        LibraryAssert.IsTrue(BKIBookingSyncSetup.Enabled, 'Enabled');
        LibraryAssert.AreEqual(BKISetupTestLibrary.ContosoBusinessId(), BKIBookingSyncSetup."Business ID", 'Business');
        LibraryAssert.IsTrue(BKIBookingSyncSetup.HasClientSecret(), 'Secret stored');
        JobQueueEntry.SetRange("Object Type to Run", JobQueueEntry."Object Type to Run"::Codeunit);
        JobQueueEntry.SetRange("Object ID to Run", Codeunit::"BKI Bookings Sync");
        JobQueueEntry.FindFirst();
        LibraryAssert.AreEqual(30, JobQueueEntry."No. of Minutes between Runs", 'Frequency');
        LibraryAssert.IsTrue(GuidedExperience.IsAssistedSetupComplete(ObjectType::Page, Page::"BKI Booking Setup Wizard"), 'Assisted setup complete');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    procedure WizardRefusesNextWithoutCredentials()
    var
        BKIBookingSetupWizard: TestPage "BKI Booking Setup Wizard";
    begin
        // [SCENARIO] Step 1 needs tenant, client and secret.
        Initialize();
        BKISetupTestLibrary.ResetEnvironment();

        BKIBookingSetupWizard.OpenEdit();
        asserterror BKIBookingSetupWizard.ActionNext.Invoke();

        LibraryAssert.ExpectedError('Tenant ID');
    end;

    local procedure Initialize()
    begin
        LibraryVariableStorage.Clear();
        BKISetupTestSubscribers.ClearAll();
        if IsInitialized then
            exit;
        BindSubscription(BKISetupTestSubscribers);
        IsInitialized := true;
    end;

    [HttpClientHandler]
    internal procedure GraphHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    var
        Step: Text;
    begin
        Step := LibraryVariableStorage.DequeueText();
        case Step of
            'businesses':
                BKISetupTestLibrary.WriteResponseFile(Response, 200, 'businesses.json');
            'business-contoso':
                BKISetupTestLibrary.WriteResponseFile(Response, 200, 'business-contoso.json');
            'business-fabrikam':
                BKISetupTestLibrary.WriteResponseFile(Response, 200, 'business-fabrikam.json');
            else
                Error('Unexpected step %1 for %2', Step, Request.Path);
        end;
        exit(false);
    end;

    [ModalPageHandler]
    procedure BusinessesModalHandler(var BKIBookingBusinesses: TestPage "BKI Booking Businesses")
    begin
        BKIBookingBusinesses.GoToKey(LibraryVariableStorage.DequeueText());
        BKIBookingBusinesses.OK().Invoke();
    end;
}
