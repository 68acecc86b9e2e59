namespace Seed.BookingsInvoicing.Test.Sync;

using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using System.TestLibraries.Utilities;

/// <summary>
/// The shape of a sync run: calendarView is read in contiguous 7-day windows, appointments carry the business
/// currency, the run's result and counters land on the setup and the log, and a Running row left by a session that
/// ended does not block the next run.
/// </summary>
codeunit 70470257 "BKI Sync Run Test"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        LibraryAssert: Codeunit "Library Assert";
        Responses: Codeunit "Library - Variable Storage";
        WindowStarts: List of [Text];
        WindowEnds: List of [Text];

    local procedure Initialize()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        Responses.Clear();
        Clear(WindowStarts);
        Clear(WindowEnds);
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, 'UTC');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure LongLookBackIsReadInContiguousSevenDayWindows()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIAppointmentSync: Codeunit "BKI Appointment Sync";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
        FirstStart: DateTime;
        FirstEnd: DateTime;
        SecondEnd: DateTime;
        ExpectedSpan: Duration;
    begin
        // [SCENARIO] A first run with 10 days of look-back (plus one day ahead) reads two windows: 7 days, then the rest.
        Initialize();
        BKIBookingSyncSetup.Get();
        BKIBookingSyncSetup."Appointment Look-back Days" := 10;
        BKIBookingSyncSetup.Modify();
        Expect('/staffMembers', 'res:Sync/staff.json');
        Expect('/calendarView', 'res:Sync/calendar-empty.json');
        Expect('/calendarView', 'res:Sync/calendar-empty.json');

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();

        // [THEN] Two windows were read; the first is 7 days long, the second starts where the first ended, 11 days in all
        LibraryAssert.AreEqual(2, WindowStarts.Count(), 'calendarView windows');
        FirstStart := ParseUtc(WindowStarts.Get(1));
        FirstEnd := ParseUtc(WindowEnds.Get(1));
        SecondEnd := ParseUtc(WindowEnds.Get(2));
        LibraryAssert.AreEqual(BKIAppointmentSync.WindowLength(), FirstEnd - FirstStart, 'Length of the first window');
        LibraryAssert.AreEqual(WindowEnds.Get(1), WindowStarts.Get(2), 'The second window starts where the first ended');
        ExpectedSpan := 11 * 86400000;
        LibraryAssert.AreEqual(ExpectedSpan, SecondEnd - FirstStart, 'Look-back plus look-ahead');
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure AppointmentCarriesTheBusinessCurrency()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] Graph prices have no currency of their own; the appointment takes the business's default currency.
        Initialize();
        BKIBookingSyncSetup.Get();
        BKIBookingSyncSetup."Business Currency Code" := 'EUR';
        BKIBookingSyncSetup.Modify();
        Expect('/staffMembers', 'res:Sync/staff.json');
        Expect('/calendarView', 'res:Sync/calendar-appt001-changed.json');

        BKIBookingsSync.SyncAppointments();

        BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkAppt001=');
        LibraryAssert.AreEqual('EUR', BKIBookingAppointment."Currency Code", 'Currency');
        LibraryAssert.AreEqual(95.5, BKIBookingAppointment.Price, 'Price');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure RunResultIsStoredOnTheSetupAndTheLog()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKISyncLog: Record "BKI Sync Log";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] After a run the setup shows its result and time; the log row has start, end, user and counters.
        Initialize();
        Expect('/staffMembers', 'res:Sync/staff.json');
        Expect('/calendarView', 'res:Sync/calendar-one-bad-record.json');

        // [WHEN] The appointments are synchronized (one good, one bad appointment)
        BKIBookingsSync.SyncAppointments();

        // [THEN] The log row is closed with one created, one failed and the status Completed with Errors
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(BKISyncLog.Status::"Completed with Errors", BKISyncLog.Status, 'Run status');
        LibraryAssert.AreEqual(1, BKISyncLog.Created, 'Created');
        LibraryAssert.AreEqual(1, BKISyncLog.Failed, 'Failed');
        LibraryAssert.AreEqual(1, BKISyncLog."Error Count", 'Error rows');
        LibraryAssert.AreNotEqual(0DT, BKISyncLog."Started At", 'Started at');
        LibraryAssert.IsTrue(BKISyncLog."Ended At" >= BKISyncLog."Started At", 'Ended at');
        LibraryAssert.AreEqual(UserId(), BKISyncLog."User ID", 'User');
        // [THEN] The setup shows the result with the counters and the time of the appointment sync
        BKIBookingSyncSetup.Get();
        LibraryAssert.IsTrue(StrPos(BKIBookingSyncSetup."Last Sync Result", Format(BKISyncLog.Status)) = 1, 'Result starts with the status: ' + BKIBookingSyncSetup."Last Sync Result");
        LibraryAssert.IsTrue(StrPos(BKIBookingSyncSetup."Last Sync Result", '1 created') > 0, 'Result has the created count: ' + BKIBookingSyncSetup."Last Sync Result");
        LibraryAssert.IsTrue(StrPos(BKIBookingSyncSetup."Last Sync Result", '1 failed') > 0, 'Result has the failed count: ' + BKIBookingSyncSetup."Last Sync Result");
        LibraryAssert.AreNotEqual(0DT, BKIBookingSyncSetup."Last Appointment Sync", 'Last appointment sync');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure RunningRowOfAnEndedSessionDoesNotBlock()
    var
        StaleLog: Record "BKI Sync Log";
        BKISyncLog: Record "BKI Sync Log";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] A Running row whose session no longer exists (e.g. a crashed job) is closed as Failed; the new run goes ahead.
        Initialize();
        // [GIVEN] A Running row of a session that does not exist
        StaleLog.Init();
        StaleLog.Status := StaleLog.Status::Running;
        StaleLog."Started At" := CurrentDateTime() - 3600000;
        StaleLog."Session ID" := -1;
        StaleLog."Server Instance ID" := -1;
        StaleLog.Insert();
        Commit();
        Expect('/staffMembers', 'res:Sync/staff.json');
        Expect('/calendarView', 'res:Sync/calendar-empty.json');

        // [WHEN] A run starts
        BKIBookingsSync.SyncAppointments();

        // [THEN] The stale row is Failed with a reason, and the new run succeeded
        StaleLog.Get(StaleLog."Entry No.");
        LibraryAssert.AreEqual(StaleLog.Status::Failed, StaleLog.Status, 'Stale row status');
        LibraryAssert.AreNotEqual('', StaleLog."Run Error", 'Stale row reason');
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreNotEqual(StaleLog."Entry No.", BKISyncLog."Entry No.", 'A new log row');
        LibraryAssert.AreEqual(BKISyncLog.Status::Succeeded, BKISyncLog.Status, 'New run status');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure LeftoverRunningRowOfThisSessionIsClosedAsInterrupted()
    var
        StaleLog: Record "BKI Sync Log";
        BKISyncLog: Record "BKI Sync Log";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] A session runs one sync at a time, so a Running row of this very session is left over from an
        // interrupted run (e.g. its FinishRun failed): it is closed as Failed and the new run goes ahead.
        Initialize();
        // [GIVEN] A Running row owned by this session
        StaleLog.Init();
        StaleLog.Status := StaleLog.Status::Running;
        StaleLog."Started At" := CurrentDateTime() - 60000;
        StaleLog."Session ID" := SessionId();
        StaleLog."Server Instance ID" := ServiceInstanceId();
        StaleLog.Insert();
        Commit();
        Expect('/staffMembers', 'res:Sync/staff.json');
        Expect('/calendarView', 'res:Sync/calendar-empty.json');

        // [WHEN] This session starts a run
        BKIBookingsSync.SyncAppointments();

        // [THEN] The leftover row is Failed with a reason, and the new run succeeded
        StaleLog.Get(StaleLog."Entry No.");
        LibraryAssert.AreEqual(StaleLog.Status::Failed, StaleLog.Status, 'Leftover row status');
        LibraryAssert.AreNotEqual('', StaleLog."Run Error", 'Leftover row reason');
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreNotEqual(StaleLog."Entry No.", BKISyncLog."Entry No.", 'A new log row');
        LibraryAssert.AreEqual(BKISyncLog.Status::Succeeded, BKISyncLog.Status, 'New run status');
    end;

    local procedure ParseUtc(IsoText: Text) Result: DateTime
    var
        BKITimeZoneConversion: Codeunit "BKI Time Zone Conversion";
    begin
        LibraryAssert.IsTrue(BKITimeZoneConversion.ParseGraphDateTime(IsoText, 'UTC', Result), 'Window bound is not ISO 8601: ' + IsoText);
    end;

    local procedure Expect(PathFragment: Text; Body: Text)
    begin
        BKISyncTestLibrary.ExpectScripted(Responses, PathFragment, 200, Body, -1, 0);
    end;

    [HttpClientHandler]
    procedure GraphHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    var
        Parameters: Dictionary of [Text, Text];
    begin
        if StrPos(Request.Path, '/calendarView') > 0 then begin
            Parameters := Request.QueryParameters();
            WindowStarts.Add(Parameters.Get('start'));
            WindowEnds.Add(Parameters.Get('end'));
        end;
        exit(BKISyncTestLibrary.AnswerScripted(Request, Response, Responses));
    end;
}
