namespace Seed.BookingsInvoicing.Test.Setup;

using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using Seed.BookingsInvoicing.Test.Sync;
using System.TestLibraries.Utilities;

/// <summary>
/// Sync Now on the Booking Sync Setup card runs a sync and shows its result on the card; the Sync Log drills down
/// from a run to the errors of its records.
/// </summary>
codeunit 70470223 "BKI Setup Actions Test"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        LibraryAssert: Codeunit "Library Assert";
        Responses: Codeunit "Library - Variable Storage";

    local procedure Initialize()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        Responses.Clear();
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, 'UTC');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure SyncNowOnTheSetupCardShowsTheResult()
    var
        BKIBookingSyncSetupPage: TestPage "BKI Booking Sync Setup";
    begin
        // [SCENARIO] Sync Now on the card runs the enabled parts and the card then shows the result of the run.
        Initialize();
        Expect('/staffMembers', 'res:Sync/staff.json');
        Expect('/calendarView', 'res:Sync/calendar-appt001-changed.json');
        BKIBookingSyncSetupPage.OpenEdit();

        // [WHEN] Sync Now is chosen
        BKIBookingSyncSetupPage.SyncNow.Invoke();

        // [THEN] The card shows a succeeded run with one appointment created and the time of the appointment sync
        LibraryAssert.IsTrue(StrPos(BKIBookingSyncSetupPage."Last Sync Result".Value(), '1 created') > 0, 'Result on the card: ' + BKIBookingSyncSetupPage."Last Sync Result".Value());
        LibraryAssert.AreNotEqual('', BKIBookingSyncSetupPage."Last Appointment Sync".Value(), 'Last appointment sync on the card');
        BKIBookingSyncSetupPage.Close();
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure SyncLogDrillsDownToTheErrorsOfARun()
    var
        BKISyncLog: Record "BKI Sync Log";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
        BKISyncLogPage: TestPage "BKI Sync Log";
        BKISyncLogErrors: TestPage "BKI Sync Log Errors";
    begin
        // [SCENARIO] From a run on the Sync Log, Errors shows the failed record with its error text.
        Initialize();
        // [GIVEN] A run in which appointment AAMkApptBad= failed
        Expect('/staffMembers', 'res:Sync/staff.json');
        Expect('/calendarView', 'res:Sync/calendar-one-bad-record.json');
        BKIBookingsSync.SyncAppointments();
        BKISyncTestLibrary.GetLastLog(BKISyncLog);

        // [WHEN] The run's errors are opened from the Sync Log
        BKISyncLogPage.OpenView();
        BKISyncLogPage.GoToRecord(BKISyncLog);
        LibraryAssert.AreEqual(Format(BKISyncLog.Failed), BKISyncLogPage.Failed.Value(), 'Failed count on the log page');
        BKISyncLogErrors.Trap();
        BKISyncLogPage.Errors.Invoke();

        // [THEN] The errors page lists the failed appointment with its reason
        LibraryAssert.IsTrue(BKISyncLogErrors.First(), 'The run has an error row');
        LibraryAssert.AreEqual('AAMkApptBad=', BKISyncLogErrors."Record Key".Value(), 'Failed record');
        LibraryAssert.AreNotEqual('', BKISyncLogErrors."Error Message".Value(), 'Error text');
        LibraryAssert.IsFalse(BKISyncLogErrors.Next(), 'Only the errors of this run are shown');
        BKISyncLogErrors.Close();
        BKISyncLogPage.Close();
    end;

    local procedure Expect(PathFragment: Text; Body: Text)
    begin
        BKISyncTestLibrary.ExpectScripted(Responses, PathFragment, 200, Body, -1, 0);
    end;

    [HttpClientHandler]
    procedure GraphHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    begin
        exit(BKISyncTestLibrary.AnswerScripted(Request, Response, Responses));
    end;
}
