namespace Seed.BookingsInvoicing.Test.Setup;

using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using System.TestLibraries.Utilities;
using System.Threading;

/// <summary>
/// Background sync: the recurring job queue entry is created, updated with the frequency and removed with the setup.
/// </summary>
codeunit 70470214 "BKI Job Queue Test"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        LibraryAssert: Codeunit "Library Assert";
        BKISetupTestLibrary: Codeunit "BKI Setup Test Library";
        BKISetupTestSubscribers: Codeunit "BKI Setup Test Subscribers";
        IsInitialized: Boolean;

    [Test]
    procedure EnablingBackgroundSyncCreatesRecurringEntry()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        JobQueueEntry: Record "Job Queue Entry";
    begin
        // [SCENARIO] Enabled + Background Sync creates one recurring entry for codeunit "BKI Bookings Sync" with the frequency.
        Initialize();
        // [GIVEN] A complete setup with a frequency of 30 minutes
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        BKIBookingSyncSetup.Validate("Sync Frequency (Min.)", 30);

        // [WHEN] Background sync is switched on and the connection enabled
        BKIBookingSyncSetup.Validate("Background Sync", true);
        BKIBookingSyncSetup.Validate(Enabled, true);
        BKIBookingSyncSetup.Modify(true);

        // [THEN] Exactly one recurring entry, every day, every 30 minutes, handed to the job queue
        FilterEntries(JobQueueEntry);
        LibraryAssert.AreEqual(1, JobQueueEntry.Count(), 'Job queue entries');
        JobQueueEntry.FindFirst();
        LibraryAssert.IsTrue(JobQueueEntry."Recurring Job", 'Recurring');
        LibraryAssert.AreEqual(30, JobQueueEntry."No. of Minutes between Runs", 'Frequency');
        LibraryAssert.IsTrue(JobQueueEntry."Run on Sundays" and JobQueueEntry."Run on Mondays", 'Runs every day');
        LibraryAssert.IsTrue(BKISetupTestSubscribers.GetEnqueueCount() >= 1, 'Handed to the job queue');
    end;

    [Test]
    procedure ChangingFrequencyUpdatesTheSameEntry()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        JobQueueEntry: Record "Job Queue Entry";
        EntryId: Guid;
    begin
        // [SCENARIO] A new frequency updates the existing entry instead of adding one.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        BKIBookingSyncSetup.Validate("Background Sync", true);
        BKIBookingSyncSetup.Validate(Enabled, true);
        BKIBookingSyncSetup.Modify(true);
        FilterEntries(JobQueueEntry);
        JobQueueEntry.FindFirst();
        EntryId := JobQueueEntry.ID;
        LibraryAssert.AreEqual(60, JobQueueEntry."No. of Minutes between Runs", 'Default frequency');

        // [WHEN] The frequency changes to 15 minutes
        BKIBookingSyncSetup.Validate("Sync Frequency (Min.)", 15);
        BKIBookingSyncSetup.Modify(true);

        // [THEN] Still one entry, the same one, now every 15 minutes
        FilterEntries(JobQueueEntry);
        LibraryAssert.AreEqual(1, JobQueueEntry.Count(), 'Job queue entries');
        JobQueueEntry.FindFirst();
        LibraryAssert.AreEqual(EntryId, JobQueueEntry.ID, 'Same entry');
        LibraryAssert.AreEqual(15, JobQueueEntry."No. of Minutes between Runs", 'New frequency');
    end;

    [Test]
    procedure SwitchingOffRemovesTheEntry()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        JobQueueEntry: Record "Job Queue Entry";
    begin
        // [SCENARIO] Turning off background sync, or the whole connection, removes the entry.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        BKIBookingSyncSetup.Validate("Background Sync", true);
        BKIBookingSyncSetup.Validate(Enabled, true);
        BKIBookingSyncSetup.Modify(true);

        BKIBookingSyncSetup.Validate("Background Sync", false);
        BKIBookingSyncSetup.Modify(true);
        FilterEntries(JobQueueEntry);
        LibraryAssert.RecordIsEmpty(JobQueueEntry);

        BKIBookingSyncSetup.Validate("Background Sync", true);
        BKIBookingSyncSetup.Modify(true);
        LibraryAssert.RecordIsNotEmpty(JobQueueEntry);
        BKIBookingSyncSetup.Validate(Enabled, false);
        BKIBookingSyncSetup.Modify(true);
        LibraryAssert.RecordIsEmpty(JobQueueEntry);
    end;

    [Test]
    procedure BackgroundSyncWithoutEnabledConnectionCreatesNothing()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        JobQueueEntry: Record "Job Queue Entry";
    begin
        // [SCENARIO] Background sync on a disabled connection schedules nothing.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());

        BKIBookingSyncSetup.Validate("Background Sync", true);
        BKIBookingSyncSetup.Modify(true);

        FilterEntries(JobQueueEntry);
        LibraryAssert.RecordIsEmpty(JobQueueEntry);
    end;

    [Test]
    procedure FrequencyOutsideRangeIsRejected()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        // [SCENARIO] The frequency must be between 5 and 1440 minutes.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());

        asserterror BKIBookingSyncSetup.Validate("Sync Frequency (Min.)", 4);
        LibraryAssert.ExpectedError('between 5 and 1440');
        asserterror BKIBookingSyncSetup.Validate("Sync Frequency (Min.)", 1441);
        LibraryAssert.ExpectedError('between 5 and 1440');
    end;

    [Test]
    procedure EnablingIncompleteSetupFails()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ClientSecret: Text;
    begin
        // [SCENARIO] The connection cannot be enabled before a business is selected.
        Initialize();
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);

        asserterror BKIBookingSyncSetup.Validate(Enabled, true);

        LibraryAssert.ExpectedError('Select Business');
    end;

    local procedure FilterEntries(var JobQueueEntry: Record "Job Queue Entry")
    begin
        JobQueueEntry.Reset();
        JobQueueEntry.SetRange("Object Type to Run", JobQueueEntry."Object Type to Run"::Codeunit);
        JobQueueEntry.SetRange("Object ID to Run", Codeunit::"BKI Bookings Sync");
    end;

    local procedure Initialize()
    begin
        BKISetupTestSubscribers.ClearAll();
        BKISetupTestLibrary.ResetEnvironment();
        if IsInitialized then
            exit;
        BindSubscription(BKISetupTestSubscribers);
        IsInitialized := true;
    end;
}
