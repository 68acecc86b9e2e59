namespace Seed.BookingsInvoicing.Test.Sync;

using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using System.TestLibraries.Utilities;

/// <summary>
/// Appointment sync against canned Graph responses: paging, two customers, fetch by ID when customers are omitted,
/// changed appointments, cancelled (vanished) ones, an invoiced one that vanished, malformed JSON, a failing record,
/// 429 then success, one run at a time, the window range, and business-local dates.
/// </summary>
codeunit 70470241 "BKI Appointment Sync Test"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        LibraryAssert: Codeunit "Library Assert";
        Responses: Codeunit "Library - Variable Storage";
        RequestBodies: Codeunit "Library - Variable Storage";

    local procedure Initialize(TimeZoneId: Text)
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        Responses.Clear();
        RequestBodies.Clear();
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, TimeZoneId);
        // Throttled responses carry Retry-After: 0, so retries do not wait.
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure FirstRunReadsEveryPageAndCreatesAppointments()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKISyncLog: Record "BKI Sync Log";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] The first run reads all pages of calendarView (following @odata.nextLink) and creates every appointment.
        Initialize('UTC');
        // [GIVEN] Graph returns the staff, a first page with a nextLink, a second page, and the appointment whose customers page 2 omits
        ExpectFirstRunWithTwoPages();

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();

        // [THEN] All three appointments exist, the log counts three created and the run succeeded
        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
        LibraryAssert.RecordCount(BKIBookingAppointment, 3);
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(3, BKISyncLog.Created, 'Created count');
        LibraryAssert.AreEqual(0, BKISyncLog.Failed, 'Failed count');
        LibraryAssert.AreEqual(BKISyncLog.Status::Succeeded, BKISyncLog.Status, 'Run status');
        // [THEN] The fields are read: hourly appointment of 90 minutes with both staff names, price and price type
        BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkAppt002=');
        LibraryAssert.AreEqual(90, BKIBookingAppointment."Duration (Min.)", 'Duration');
        LibraryAssert.AreEqual(100, BKIBookingAppointment.Price, 'Price');
        LibraryAssert.AreEqual(BKIBookingAppointment."Price Type"::hourly, BKIBookingAppointment."Price Type", 'Price type');
        LibraryAssert.AreEqual('Dana Staff, Eli Staff', BKIBookingAppointment."Staff Names", 'Staff names');
        LibraryAssert.AreEqual(BKISyncTestLibrary.Utc(2025, 3, 4, 130000T), BKIBookingAppointment."Start Date Time (UTC)", 'Start (UTC)');
        // [THEN] The watermark is set and every expected request was made
        AssertWatermarkSet();
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure AppointmentWithTwoCustomersKeepsBoth()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKIBookingApptCustomer: Record "BKI Booking Appt. Customer";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] An appointment with two customers gets one customer row per customer.
        Initialize('UTC');
        // [GIVEN] Page 1 holds an appointment for Ben and Cleo
        ExpectFirstRunWithTwoPages();

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();

        // [THEN] The appointment has two customers, in Graph's order, keyed by their Bookings IDs
        BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkAppt002=');
        LibraryAssert.AreEqual(2, BKIBookingAppointment."Customer Count", 'Customer count');
        LibraryAssert.AreEqual('Ben Ortiz', BKIBookingAppointment."First Customer Name", 'First customer');
        BKIBookingApptCustomer.SetRange("Business ID", BKIBookingAppointment."Business ID");
        BKIBookingApptCustomer.SetRange("Appointment ID", BKIBookingAppointment."Appointment ID");
        LibraryAssert.RecordCount(BKIBookingApptCustomer, 2);
        BKIBookingApptCustomer.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", 'a1b2c3d4-0000-4000-8000-000000000002');
        LibraryAssert.AreEqual('cleo.ortiz@fabrikam.com', BKIBookingApptCustomer."E-Mail", 'Second customer e-mail');
        LibraryAssert.AreEqual(2, BKIBookingApptCustomer.Sequence, 'Second customer sequence');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure ListWithoutCustomersFetchesAppointmentById()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKIBookingApptCustomer: Record "BKI Booking Appt. Customer";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] When calendarView omits the customers of an appointment, the appointment is read by ID.
        Initialize('UTC');
        // [GIVEN] Page 2 returns appointment 003 with "customers": [] and the GET by ID returns Dara Quinn
        ExpectFirstRunWithTwoPages();

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();

        // [THEN] Appointment 003 has Dara Quinn as its customer (the GET by ID was made, see AssertEmpty)
        BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkAppt003=');
        LibraryAssert.AreEqual(1, BKIBookingAppointment."Customer Count", 'Customer count');
        BKIBookingApptCustomer.SetRange("Business ID", BKIBookingAppointment."Business ID");
        BKIBookingApptCustomer.SetRange("Appointment ID", BKIBookingAppointment."Appointment ID");
        BKIBookingApptCustomer.FindFirst();
        LibraryAssert.AreEqual('dara.quinn@litware.com', BKIBookingApptCustomer."E-Mail", 'Customer from the GET by ID');
        // [THEN] The start/end names of the list item ("start"/"end") were read too
        LibraryAssert.AreEqual(BKISyncTestLibrary.Utc(2025, 3, 5, 153000T), BKIBookingAppointment."Start Date Time (UTC)", 'Start (UTC)');
        LibraryAssert.AreEqual(BKIBookingAppointment."Price Type"::callUs, BKIBookingAppointment."Price Type", 'Price type');
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure ListItemWithoutAttendeesIsNotReadById()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] An appointment nobody booked (filledAttendeesCount = 0, no customers) is written without a GET by ID.
        Initialize('UTC');
        // [GIVEN] calendarView returns one appointment with "customers": [] and "filledAttendeesCount": 0, and no GET by ID is expected
        ExpectRequest('/staffMembers', 200, 'Sync/staff.json');
        ExpectRequest('/calendarView', 200, 'Sync/calendar-no-attendees.json');

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();

        // [THEN] The appointment exists with no customers, complete, and only the two expected requests were made
        BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkApptNobody=');
        LibraryAssert.AreEqual(0, BKIBookingAppointment."Customer Count", 'Customer count');
        LibraryAssert.IsTrue(BKIBookingAppointment."Customers Complete", 'Customers complete');
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure ChangedAppointmentIsUpdated()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKISyncLog: Record "BKI Sync Log";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] An appointment changed in Bookings is updated in BC, not duplicated.
        Initialize('UTC');
        // [GIVEN] A first run created appointment 001
        ExpectFirstRunWithTwoPages();
        BKIBookingsSync.SyncAppointments();
        // [GIVEN] Bookings now returns 001 with a new price, service name, staff and lastUpdatedDateTime
        ExpectRequest('/staffMembers', 200, 'Sync/staff.json');
        ExpectRequest('/calendarView', 200, 'Sync/calendar-appt001-changed.json');

        // [WHEN] The appointments are synchronized again
        BKIBookingsSync.SyncAppointments();

        // [THEN] 001 carries the new values and the run counts it as updated
        BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkAppt001=');
        LibraryAssert.AreEqual(95.5, BKIBookingAppointment.Price, 'Price');
        LibraryAssert.AreEqual('Consultation (extended)', BKIBookingAppointment."Service Name", 'Service name');
        LibraryAssert.AreEqual('Eli Staff', BKIBookingAppointment."Staff Names", 'Staff');
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(1, BKISyncLog.Updated, 'Updated count');
        LibraryAssert.AreEqual(0, BKISyncLog.Created, 'Created count');
        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
        BKIBookingAppointment.SetRange("Appointment ID", 'AAMkAppt001=');
        LibraryAssert.RecordCount(BKIBookingAppointment, 1);
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure VanishedAppointmentIsMarkedCancelled()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKISyncLog: Record "BKI Sync Log";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] An appointment that Graph no longer returns in a fully read window is marked cancelled, not deleted.
        Initialize('UTC');
        // [GIVEN] An appointment that started yesterday (inside the window)
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, 'svc', 'Anna', BKISyncTestLibrary.LowerCaseEmail());
        MoveStart(BKIBookingAppointment, CurrentDateTime() - 86400000);
        // [GIVEN] calendarView returns nothing for the window
        ExpectRequest('/staffMembers', 200, 'Sync/staff.json');
        ExpectRequest('/calendarView', 200, 'Sync/calendar-empty.json');

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();

        // [THEN] The appointment still exists and is cancelled; the log counts it
        BKIBookingAppointment.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
        LibraryAssert.IsTrue(BKIBookingAppointment.Cancelled, 'The vanished appointment must be marked cancelled.');
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(1, BKISyncLog.Cancelled, 'Cancelled count');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure VanishedInvoicedAppointmentIsKeptWithItsInvoiceLink()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKIBookingApptCustomer: Record "BKI Booking Appt. Customer";
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
        BKIInvoiceLinkMgt: Codeunit "BKI Invoice Link Mgt.";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] An appointment that was invoiced and then deleted in Bookings is kept, with its invoice link.
        Initialize('UTC');
        // [GIVEN] An appointment of yesterday on draft invoice BKI-TEST-1
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, 'svc', 'Anna', BKISyncTestLibrary.LowerCaseEmail());
        MoveStart(BKIBookingAppointment, CurrentDateTime() - 86400000);
        BKIBookingApptCustomer.SetRange("Business ID", BKIBookingAppointment."Business ID");
        BKIBookingApptCustomer.SetRange("Appointment ID", BKIBookingAppointment."Appointment ID");
        BKIBookingApptCustomer.FindFirst();
        BKIInvoiceLinkMgt.InsertLink(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", BKIBookingApptCustomer."Customer Key",
            Enum::"BKI Invoice Link Doc. Type"::Invoice, 'BKI-TEST-1', 10000, '');
        BKIInvoiceLinkMgt.RefreshAppointment(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
        // [GIVEN] Graph no longer returns it
        ExpectRequest('/staffMembers', 200, 'Sync/staff.json');
        ExpectRequest('/calendarView', 200, 'Sync/calendar-empty.json');

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();

        // [THEN] The appointment is still there, cancelled, still invoiced, and the link is unchanged
        LibraryAssert.IsTrue(BKIBookingAppointment.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID"), 'An invoiced appointment must never be deleted.');
        LibraryAssert.IsTrue(BKIBookingAppointment.Cancelled, 'Cancelled flag');
        LibraryAssert.AreEqual(BKIBookingAppointment."Invoice Status"::Invoiced, BKIBookingAppointment."Invoice Status", 'Invoice status');
        LibraryAssert.AreEqual('BKI-TEST-1', BKIBookingAppointment."Invoice No.", 'Invoice No.');
        LibraryAssert.IsTrue(BKIBookingInvoiceLink.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", BKIBookingApptCustomer."Customer Key"), 'The invoice link must stay.');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure CustomerAddedToAnInvoicedAppointmentListsItAgain()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKIBookingApptCustomer: Record "BKI Booking Appt. Customer";
        TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary;
        BKIInvoiceLinkMgt: Codeunit "BKI Invoice Link Mgt.";
        BKIBookingsInvoicing: Codeunit "BKI Bookings Invoicing";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
        AnnaKey: Text[100];
    begin
        // [SCENARIO] A customer added in Bookings to an invoiced appointment makes it partly invoiced: it is listed
        // again and only the new customer is planned (the invoice status always follows the links and the customers).
        Initialize('UTC');
        // [GIVEN] Appointment 001 of Anna, synchronized and on draft invoice BKI-TEST-1
        ExpectFirstRunWithTwoPages();
        BKIBookingsSync.SyncAppointments();
        BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkAppt001=');
        AnnaKey := BKIBookingAppointment."First Customer Key";
        LibraryAssert.AreNotEqual('', AnnaKey, 'The sync keeps the key of the first customer on the appointment.');
        BKIInvoiceLinkMgt.InsertLink(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", AnnaKey,
            Enum::"BKI Invoice Link Doc. Type"::Invoice, 'BKI-TEST-1', 10000, '');
        BKIInvoiceLinkMgt.RefreshAppointment(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
        // [GIVEN] Bookings now has Bo on appointment 001 too
        ExpectRequest('/staffMembers', 200, 'Sync/staff.json');
        ExpectRequest('/calendarView', 200, 'Sync/calendar-appt001-second-customer.json');

        // [WHEN] The appointments are synchronized again
        BKIBookingsSync.SyncAppointments();

        // [THEN] 001 has two customers, is partly invoiced and still on BKI-TEST-1 for Anna
        BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkAppt001=');
        LibraryAssert.AreEqual(2, BKIBookingAppointment."Customer Count", 'Customer count');
        LibraryAssert.AreEqual(BKIBookingAppointment."Invoice Status"::"Partly Invoiced", BKIBookingAppointment."Invoice Status", 'Invoice status');
        LibraryAssert.AreEqual('BKI-TEST-1', BKIBookingAppointment."Invoice No.", 'Invoice No.');
        // [THEN] Invoicing plans Bo only, never Anna again
        BKIBookingAppointment.SetRecFilter();
        BKIBookingsInvoicing.Preview(BKIBookingAppointment, true, TempBKIInvoicePlanBuffer);
        TempBKIInvoicePlanBuffer.SetFilter("Line Type", '<>%1', TempBKIInvoicePlanBuffer."Line Type"::Invoice);
        LibraryAssert.RecordCount(TempBKIInvoicePlanBuffer, 1);
        TempBKIInvoicePlanBuffer.FindFirst();
        BKIBookingApptCustomer.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", TempBKIInvoicePlanBuffer."Customer Key");
        LibraryAssert.AreEqual('bo.lindqvist@contoso.com', BKIBookingApptCustomer."E-Mail", 'The planned customer');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure MalformedJsonIsLoggedAndNothingIsHalfWritten()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKISyncLog: Record "BKI Sync Log";
        BKISyncLogError: Record "BKI Sync Log Error";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] A truncated calendarView response is logged; no appointment is written and none is marked cancelled.
        Initialize('UTC');
        // [GIVEN] An appointment of yesterday, which a wrong reading of the window would mark cancelled
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, 'svc', 'Anna', BKISyncTestLibrary.LowerCaseEmail());
        MoveStart(BKIBookingAppointment, CurrentDateTime() - 86400000);
        // [GIVEN] calendarView answers with truncated JSON
        ExpectRequest('/staffMembers', 200, 'Sync/staff.json');
        ExpectRequest('/calendarView', 200, 'Sync/calendar-truncated.json');

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();

        // [THEN] Appointment 001 of the truncated text was not written, the existing one is not cancelled
        LibraryAssert.IsFalse(BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkAppt001='), 'Nothing from a malformed response may be written.');
        BKIBookingAppointment.FindFirst();
        LibraryAssert.IsFalse(BKIBookingAppointment.Cancelled, 'A window that was not read must not cancel anything.');
        // [THEN] The run completed with errors, one error row names the window, and the watermark did not move
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(BKISyncLog.Status::"Completed with Errors", BKISyncLog.Status, 'Run status');
        BKISyncLogError.SetRange("Log Entry No.", BKISyncLog."Entry No.");
        BKISyncLogError.SetRange(Entity, BKISyncLogError.Entity::Appointment);
        LibraryAssert.RecordCount(BKISyncLogError, 1);
        BKISyncLogError.FindFirst();
        LibraryAssert.IsTrue(StrPos(BKISyncLogError."Record Key", 'calendarView') = 1, 'The error row names the failed window.');
        LibraryAssert.AreNotEqual('', BKISyncLogError."Error Message", 'The error text is kept.');
        BKIBookingSyncSetup.Get();
        LibraryAssert.AreEqual(0DT, BKIBookingSyncSetup."Appointment Watermark", 'The watermark must not move after a failed window.');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure FailingRecordIsLoggedAndTheOthersContinue()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKISyncLog: Record "BKI Sync Log";
        BKISyncLogError: Record "BKI Sync Log Error";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] One appointment without start/end fails alone; its error is kept on a log row; the next one is created.
        Initialize('UTC');
        // [GIVEN] A page with a bad appointment (no start/end) followed by a good one
        ExpectRequest('/staffMembers', 200, 'Sync/staff.json');
        ExpectRequest('/calendarView', 200, 'Sync/calendar-one-bad-record.json');

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();

        // [THEN] The good one exists, the bad one does not, and the error names the bad appointment
        LibraryAssert.IsTrue(BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkApptGood='), 'The good appointment must be created.');
        LibraryAssert.IsFalse(BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkApptBad='), 'The bad appointment must not be half-written.');
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(1, BKISyncLog.Created, 'Created count');
        LibraryAssert.AreEqual(1, BKISyncLog.Failed, 'Failed count');
        BKISyncLogError.SetRange("Log Entry No.", BKISyncLog."Entry No.");
        BKISyncLogError.SetRange("Record Key", 'AAMkApptBad=');
        LibraryAssert.RecordCount(BKISyncLogError, 1);
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure FailedRecordHoldsTheWatermarkAtItsWindow()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
        SinceWatermark: Duration;
    begin
        // [SCENARIO] When an appointment fails, the watermark stops at the start of its window, so the next run reads it again.
        Initialize('UTC');
        // [GIVEN] The only window (3 days back, 1 day ahead) holds a bad appointment and a good one
        ExpectRequest('/staffMembers', 200, 'Sync/staff.json');
        ExpectRequest('/calendarView', 200, 'Sync/calendar-one-bad-record.json');

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();

        // [THEN] The watermark is the start of that window (the run's start minus the 3 look-back days), not the run's start
        BKIBookingSyncSetup.Get();
        LibraryAssert.AreNotEqual(0DT, BKIBookingSyncSetup."Appointment Watermark", 'The windows were read, so the watermark is set.');
        SinceWatermark := BKIBookingSyncSetup."Last Appointment Sync" - BKIBookingSyncSetup."Appointment Watermark";
        LibraryAssert.IsTrue(SinceWatermark >= 3 * 86400000, 'The watermark must stay at the start of the window with the failed appointment.');
        LibraryAssert.IsTrue(SinceWatermark < 3 * 86400000 + 60000, 'The watermark is the start of that window.');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure ThrottledRequestIsRetriedAndSucceeds()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKISyncLog: Record "BKI Sync Log";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] A 429 with Retry-After is retried by the Graph client and the run succeeds.
        Initialize('UTC');
        // [GIVEN] calendarView first answers 429 (Retry-After: 0), then the data
        ExpectRequest('/staffMembers', 200, 'Sync/staff.json');
        ExpectRequest('/calendarView', 429, 'Sync/error-429.json');
        ExpectRequest('/calendarView', 200, 'Sync/calendar-appt001-changed.json');

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();

        // [THEN] The appointment exists, no error was logged, both requests were made
        LibraryAssert.IsTrue(BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkAppt001='), 'Appointment after retry');
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(BKISyncLog.Status::Succeeded, BKISyncLog.Status, 'Run status');
        LibraryAssert.AreEqual(0, BKISyncLog."Error Count", 'Errors');
        Responses.AssertEmpty();
    end;

    [Test]
    procedure LaterRunStartsAtWatermarkMinusOverlap()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIAppointmentSync: Codeunit "BKI Appointment Sync";
        RunStartedAt: DateTime;
        Watermark: DateTime;
        FromUtc: DateTime;
        ToUtc: DateTime;
    begin
        // [SCENARIO] The first run looks back the configured days; later runs start at the watermark minus the overlap.
        Initialize('UTC');
        RunStartedAt := BKISyncTestLibrary.Utc(2025, 3, 10, 120000T);
        BKIBookingSyncSetup.Get();
        BKIBookingSyncSetup."Appointment Look-back Days" := 30;

        // [WHEN] The range of a first run is computed
        BKIAppointmentSync.GetWindowRange(BKIBookingSyncSetup, RunStartedAt, FromUtc, ToUtc);
        // [THEN] It starts 30 days back and ends one day ahead
        LibraryAssert.AreEqual(BKISyncTestLibrary.Utc(2025, 2, 8, 120000T), FromUtc, 'First run start');
        LibraryAssert.AreEqual(BKISyncTestLibrary.Utc(2025, 3, 11, 120000T), ToUtc, 'First run end');

        // [WHEN] A watermark exists
        Watermark := BKISyncTestLibrary.Utc(2025, 3, 9, 060000T);
        BKIBookingSyncSetup."Appointment Watermark" := Watermark;
        BKIAppointmentSync.GetWindowRange(BKIBookingSyncSetup, RunStartedAt, FromUtc, ToUtc);
        // [THEN] The run starts one overlap (a day) before the watermark
        LibraryAssert.AreEqual(Watermark - BKIAppointmentSync.Overlap(), FromUtc, 'Incremental start');
        LibraryAssert.AreEqual(BKISyncTestLibrary.Utc(2025, 3, 8, 060000T), FromUtc, 'Incremental start date');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure LocalDateFollowsTheBusinessTimeZone()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] An appointment at 15:30 UTC is on the next day at 00:30 for a business in Tokyo.
        Initialize('Tokyo Standard Time');
        ExpectRequest('/staffMembers', 200, 'Sync/staff.json');
        ExpectRequest('/calendarView', 200, 'Sync/calendar-tokyo.json');

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();

        // [THEN] The local date is 16 January and the local time 00:30; the UTC start is unchanged
        BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkApptTokyo=');
        LibraryAssert.AreEqual(DMY2Date(16, 1, 2025), BKIBookingAppointment."Local Date", 'Local date');
        LibraryAssert.AreEqual(003000T, BKIBookingAppointment."Local Time", 'Local time');
        LibraryAssert.AreEqual(BKISyncTestLibrary.Utc(2025, 1, 15, 153000T), BKIBookingAppointment."Start Date Time (UTC)", 'Start (UTC)');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure SyncNowRunsOnlyTheEnabledParts()
    var
        BKISyncLog: Record "BKI Sync Log";
    begin
        // [SCENARIO] The facade's OnRun (Sync Now and the Job Queue Entry) syncs what the setup enables; here only appointments.
        Initialize('UTC');
        // [GIVEN] Sync Customers and Sync Services are off; Graph is asked only for staff and the calendar
        ExpectRequest('/staffMembers', 200, 'Sync/staff.json');
        ExpectRequest('/calendarView', 200, 'Sync/calendar-empty.json');

        // [WHEN] The codeunit runs as the Job Queue runs it
        Codeunit.Run(Codeunit::"BKI Bookings Sync");

        // [THEN] No customer or service request was made and the run is logged as succeeded
        Responses.AssertEmpty();
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(BKISyncLog.Status::Succeeded, BKISyncLog.Status, 'Run status');
        LibraryAssert.AreNotEqual(0DT, BKISyncLog."Ended At", 'Ended at');
    end;

    [Test]
    procedure DisabledConnectionIsNotSynchronized()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKISyncLog: Record "BKI Sync Log";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] With Enabled off, a run stops with an actionable message and writes no log row.
        Initialize('UTC');
        BKIBookingSyncSetup.Get();
        BKIBookingSyncSetup.Enabled := false;
        BKIBookingSyncSetup.Modify();

        asserterror BKIBookingsSync.SyncAll();

        LibraryAssert.ExpectedError('not enabled');
        LibraryAssert.RecordIsEmpty(BKISyncLog);
    end;

    local procedure ExpectFirstRunWithTwoPages()
    begin
        ExpectRequest('/staffMembers', 200, 'Sync/staff.json');
        ExpectRequest('/calendarView?start=', 200, 'Sync/calendar-page1.json');
        ExpectRequest('skiptoken=page2', 200, 'Sync/calendar-page2.json');
        ExpectRequest('/appointments/AAMkAppt003', 200, 'Sync/appointment-003.json');
    end;

    local procedure ExpectRequest(PathFragment: Text; StatusCode: Integer; ResourcePath: Text)
    begin
        BKISyncTestLibrary.ExpectRequest(Responses, PathFragment, StatusCode, ResourcePath);
    end;

    local procedure MoveStart(var BKIBookingAppointment: Record "BKI Booking Appointment"; NewStartUtc: DateTime)
    begin
        BKIBookingAppointment.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
        BKIBookingAppointment."Start Date Time (UTC)" := NewStartUtc;
        BKIBookingAppointment."End Date Time (UTC)" := NewStartUtc + 3600000;
        BKIBookingAppointment.Modify();
    end;

    local procedure AssertWatermarkSet()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        BKIBookingSyncSetup.Get();
        LibraryAssert.AreNotEqual(0DT, BKIBookingSyncSetup."Appointment Watermark", 'Watermark after a complete run');
        LibraryAssert.AreNotEqual(0DT, BKIBookingSyncSetup."Last Appointment Sync", 'Last appointment sync');
    end;

    [HttpClientHandler]
    procedure GraphHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    begin
        exit(BKISyncTestLibrary.AnswerRequest(Request, Response, Responses, RequestBodies));
    end;
}
