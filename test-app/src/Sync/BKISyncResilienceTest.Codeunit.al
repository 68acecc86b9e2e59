namespace Seed.BookingsInvoicing.Test.Sync;

using Microsoft.Sales.Customer;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using Seed.BookingsInvoicing.Test.Setup;
using System.TestLibraries.Utilities;

/// <summary>
/// A sync run against Graph answers that are not plain success: a 2xx page without a "value" array (malformed, logged,
/// nothing written), Retry-After honoured on 429 and 503, a token that expires or is rejected in the middle of a run,
/// and paging of the customer list. Canned responses are written inline by the [HttpClientHandler].
/// </summary>
codeunit 70470252 "BKI Sync Resilience Test"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        BKIFakeTokenProvider: Codeunit "BKI Fake Token Provider";
        LibraryAssert: Codeunit "Library Assert";
        LibraryTemplates: Codeunit "Library - Templates";
        Any: Codeunit Any;
        Responses: Codeunit "Library - Variable Storage";
        RequestCount: Integer;
        PostCount: Integer;
        NoValuePageTok: Label '{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#solutions/bookingBusinesses/calendarView"}', Locked = true;
        ExpiredTokenTok: Label '{"error":{"code":"InvalidAuthenticationToken","message":"Lifetime validation failed, the token is expired."}}', Locked = true;
        ServiceUnavailableTok: Label '{"error":{"code":"serviceNotAvailable","message":"The service is temporarily unavailable."}}', Locked = true;

    local procedure Initialize()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        Responses.Clear();
        RequestCount := 0;
        PostCount := 0;
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, 'UTC');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure CalendarPageWithoutValueIsMalformedAndWritesNothing()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKISyncLog: Record "BKI Sync Log";
        BKISyncLogError: Record "BKI Sync Log Error";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] A 200 calendarView page without a "value" array is a malformed response, not an empty window.
        Initialize();
        // [GIVEN] An appointment of yesterday that an "empty window" reading would mark cancelled
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, 'svc', 'Anna', BKISyncTestLibrary.LowerCaseEmail());
        MoveStartToYesterday(BKIBookingAppointment);
        // [GIVEN] calendarView answers 200 with an object that has no "value"
        Expect('/staffMembers', 200, 'res:Sync/staff.json');
        Expect('/calendarView', 200, NoValuePageTok);

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();

        // [THEN] The existing appointment is not cancelled and nothing was added
        BKIBookingAppointment.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
        LibraryAssert.IsFalse(BKIBookingAppointment.Cancelled, 'A window that was not read must not cancel anything.');
        BKIBookingAppointment.Reset();
        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
        LibraryAssert.RecordCount(BKIBookingAppointment, 1);
        // [THEN] The run completed with errors, one error row names the window and says the response was malformed
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(BKISyncLog.Status::"Completed with Errors", BKISyncLog.Status, 'Run status');
        LibraryAssert.AreEqual(0, BKISyncLog.Cancelled, 'Cancelled count');
        BKISyncLogError.SetRange("Log Entry No.", BKISyncLog."Entry No.");
        BKISyncLogError.SetRange(Entity, BKISyncLogError.Entity::Appointment);
        LibraryAssert.RecordCount(BKISyncLogError, 1);
        BKISyncLogError.FindFirst();
        LibraryAssert.IsTrue(StrPos(BKISyncLogError."Record Key", 'calendarView') = 1, 'The error row names the failed window.');
        LibraryAssert.IsTrue(StrPos(BKISyncLogError."Error Message", '"value"') > 0, 'The error says what is missing: ' + BKISyncLogError."Error Message");
        // [THEN] The watermark did not move, so the next run reads the window again
        BKIBookingSyncSetup.Get();
        LibraryAssert.AreEqual(0DT, BKIBookingSyncSetup."Appointment Watermark", 'Watermark');
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure CustomerPageWithoutValueStopsBeforeAnythingIsSent()
    var
        Customer: Record Customer;
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIBookingCustomerLink: Record "BKI Booking Customer Link";
        BKISyncLog: Record "BKI Sync Log";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] A 200 customers page without "value" fails the pull; no BC customer is sent to Bookings on a partial read.
        Initialize();
        EnableCustomerSync();
        // [GIVEN] A BC customer (in the filter) that Bookings does not know yet
        CreateCustomerInFilter(Customer);
        // [GIVEN] The customer list answers 200 without "value"
        Expect('/customers', 200, '{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#customers"}');

        // [WHEN] Customers are synchronized
        BKIBookingsSync.SyncCustomers();

        // [THEN] Only the one GET was made (no POST), no link exists, the failure is counted and the stamp did not move
        LibraryAssert.AreEqual(1, RequestCount, 'Requests made');
        LibraryAssert.AreEqual(0, PostCount, 'POST requests');
        BKIBookingCustomerLink.SetRange("Customer No.", Customer."No.");
        LibraryAssert.RecordIsEmpty(BKIBookingCustomerLink);
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(1, BKISyncLog.Failed, 'Failed count');
        LibraryAssert.AreEqual(BKISyncLog.Status::"Completed with Errors", BKISyncLog.Status, 'Run status');
        BKIBookingSyncSetup.Get();
        LibraryAssert.AreEqual(0DT, BKIBookingSyncSetup."Last Customer Sync", 'Last customer sync');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure RetryAfterIsHonouredOn429And503()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKISyncLog: Record "BKI Sync Log";
        BKISetupTestSubscribers: Codeunit "BKI Setup Test Subscribers";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
        RetryDelays: List of [Integer];
    begin
        // [SCENARIO] A 429 with Retry-After: 7 and a 503 with Retry-After: 2 are retried after exactly those waits.
        Initialize();
        BKISetupTestSubscribers.ClearAll();
        BindSubscription(BKISetupTestSubscribers);
        // [GIVEN] calendarView answers 429 (Retry-After 7), then 503 (Retry-After 2), then the data
        Expect('/staffMembers', 200, 'res:Sync/staff.json');
        ExpectWithRetryAfter('/calendarView', 429, 'res:Sync/error-429.json', 7);
        ExpectWithRetryAfter('/calendarView', 503, ServiceUnavailableTok, 2);
        Expect('/calendarView', 200, 'res:Sync/calendar-appt001-changed.json');

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();
        UnbindSubscription(BKISetupTestSubscribers);

        // [THEN] The client waited 7 s and then 2 s, as the server asked
        RetryDelays := BKISetupTestSubscribers.GetRetryDelays();
        LibraryAssert.AreEqual(2, RetryDelays.Count(), 'Number of waits');
        LibraryAssert.AreEqual(7000, RetryDelays.Get(1), 'Wait after 429 (ms)');
        LibraryAssert.AreEqual(2000, RetryDelays.Get(2), 'Wait after 503 (ms)');
        // [THEN] The run succeeded with the appointment and no error
        LibraryAssert.IsTrue(BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkAppt001='), 'Appointment after the retries');
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(BKISyncLog.Status::Succeeded, BKISyncLog.Status, 'Run status');
        LibraryAssert.AreEqual(0, BKISyncLog."Error Count", 'Errors');
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure TokenThatExpiresMidRunIsRenewed()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKISyncLog: Record "BKI Sync Log";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] The access token expires between two requests of one run; the next request gets a new token.
        Initialize();
        // [GIVEN] Tokens that live one second, and a staff request that takes two seconds
        BKIFakeTokenProvider.SetLifetimeSeconds(1);
        ExpectSlow('/staffMembers', 200, 'res:Sync/staff.json', 2000);
        Expect('/calendarView', 200, 'res:Sync/calendar-appt001-changed.json');

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();

        // [THEN] Two tokens were acquired (one per request) and the run succeeded
        LibraryAssert.AreEqual(2, BKIFakeTokenProvider.GetCallCount(), 'Tokens acquired');
        LibraryAssert.IsTrue(BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkAppt001='), 'Appointment');
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(BKISyncLog.Status::Succeeded, BKISyncLog.Status, 'Run status');
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure TokenRejectedMidRunIsRefreshedOnce()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKISyncLog: Record "BKI Sync Log";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] Graph rejects the cached token in the middle of a run (401): one new token, the request is repeated.
        Initialize();
        // [GIVEN] The staff request succeeds; calendarView answers 401 once, then the data
        Expect('/staffMembers', 200, 'res:Sync/staff.json');
        Expect('/calendarView', 401, ExpiredTokenTok);
        Expect('/calendarView', 200, 'res:Sync/calendar-appt001-changed.json');

        // [WHEN] The appointments are synchronized
        BKIBookingsSync.SyncAppointments();

        // [THEN] A second token was acquired and the run succeeded without errors
        LibraryAssert.AreEqual(2, BKIFakeTokenProvider.GetCallCount(), 'Tokens acquired');
        LibraryAssert.IsTrue(BKIBookingAppointment.Get(BKISyncTestLibrary.BusinessId(), 'AAMkAppt001='), 'Appointment');
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(BKISyncLog.Status::Succeeded, BKISyncLog.Status, 'Run status');
        LibraryAssert.AreEqual(0, BKISyncLog."Error Count", 'Errors');
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure CustomerListIsReadAcrossPages()
    var
        BKIBookingCustomerLink: Record "BKI Booking Customer Link";
        BKISyncLog: Record "BKI Sync Log";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
        FirstEmail: Text;
        SecondEmail: Text;
    begin
        // [SCENARIO] The customer list follows @odata.nextLink: a customer on the second page is created too.
        Initialize();
        EnableCustomerSync();
        LimitCustomerPushTo('NONE');
        FirstEmail := BKISyncTestLibrary.LowerCaseEmail();
        SecondEmail := BKISyncTestLibrary.LowerCaseEmail();
        // [GIVEN] Page 1 holds one customer and a nextLink; page 2 holds another
        Expect('/customers', 200, CustomerPage(FirstEmail, 'https://graph.microsoft.com/v1.0/solutions/bookingBusinesses/Contosolunchdelivery%40contoso.com/customers?$skiptoken=p2'));
        Expect('skiptoken=p2', 200, CustomerPage(SecondEmail, ''));

        // [WHEN] Customers are synchronized
        BKIBookingsSync.SyncCustomers();

        // [THEN] Both customers exist in BC and are linked; the log counts two created
        LibraryAssert.IsTrue(BKIBookingCustomerLink.Get(BKISyncTestLibrary.BusinessId(), CopyStr(FirstEmail, 1, 80)), 'Customer of page 1');
        LibraryAssert.IsTrue(BKIBookingCustomerLink.Get(BKISyncTestLibrary.BusinessId(), CopyStr(SecondEmail, 1, 80)), 'Customer of page 2');
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(2, BKISyncLog.Created, 'Created count');
        LibraryAssert.AreEqual(2, RequestCount, 'Requests made');
        Responses.AssertEmpty();
    end;

    local procedure CustomerPage(EMail: Text; NextLink: Text) Result: Text
    var
        Page: JsonObject;
        Values: JsonArray;
        BookingsCustomer: JsonObject;
    begin
        BookingsCustomer.Add('id', Format(Any.GuidValue(), 0, 4).ToLower());
        BookingsCustomer.Add('displayName', 'Paged ' + CopyStr(EMail, 1, 10));
        BookingsCustomer.Add('emailAddress', EMail);
        Values.Add(BookingsCustomer);
        if NextLink <> '' then
            Page.Add('@odata.nextLink', NextLink);
        Page.Add('value', Values);
        Page.WriteTo(Result);
    end;

    local procedure EnableCustomerSync()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        CustomerTempl: Record "Customer Templ.";
    begin
        LibraryTemplates.CreateCustomerTemplateWithData(CustomerTempl);
        BKIBookingSyncSetup.Get();
        BKIBookingSyncSetup."Sync Customers" := true;
        BKIBookingSyncSetup."Default Customer Templ." := CustomerTempl.Code;
        BKIBookingSyncSetup.Modify();
    end;

    local procedure CreateCustomerInFilter(var Customer: Record Customer)
    var
        LibrarySales: Codeunit "Library - Sales";
    begin
        LibrarySales.CreateCustomer(Customer);
        Customer.Validate("E-Mail", CopyStr(BKISyncTestLibrary.LowerCaseEmail(), 1, MaxStrLen(Customer."E-Mail")));
        Customer."Contact Type" := Customer."Contact Type"::Person;
        Customer.Modify(true);
        LimitCustomerPushTo(Customer."No.");
    end;

    local procedure LimitCustomerPushTo(CustomerNo: Code[20])
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        Customer: Record Customer;
        OutStr: OutStream;
    begin
        Customer.SetRange("No.", CustomerNo);
        BKIBookingSyncSetup.Get();
        BKIBookingSyncSetup."Customer Filter".CreateOutStream(OutStr, TextEncoding::UTF8);
        OutStr.WriteText(Customer.GetView(false));
        BKIBookingSyncSetup.Modify();
    end;

    local procedure MoveStartToYesterday(var BKIBookingAppointment: Record "BKI Booking Appointment")
    begin
        BKIBookingAppointment.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
        BKIBookingAppointment."Start Date Time (UTC)" := CurrentDateTime() - 86400000;
        BKIBookingAppointment."End Date Time (UTC)" := BKIBookingAppointment."Start Date Time (UTC)" + 3600000;
        BKIBookingAppointment.Modify();
    end;

    /// <summary>Queues one expected request: URL fragment, status, body ("res:" + resource path, or inline JSON).</summary>
    local procedure Expect(PathFragment: Text; StatusCode: Integer; Body: Text)
    begin
        ExpectFull(PathFragment, StatusCode, Body, -1, 0);
    end;

    local procedure ExpectWithRetryAfter(PathFragment: Text; StatusCode: Integer; Body: Text; RetryAfterSeconds: Integer)
    begin
        ExpectFull(PathFragment, StatusCode, Body, RetryAfterSeconds, 0);
    end;

    local procedure ExpectSlow(PathFragment: Text; StatusCode: Integer; Body: Text; DurationMs: Integer)
    begin
        ExpectFull(PathFragment, StatusCode, Body, -1, DurationMs);
    end;

    local procedure ExpectFull(PathFragment: Text; StatusCode: Integer; Body: Text; RetryAfterSeconds: Integer; DurationMs: Integer)
    begin
        BKISyncTestLibrary.ExpectScripted(Responses, PathFragment, StatusCode, Body, RetryAfterSeconds, DurationMs);
    end;

    [HttpClientHandler]
    procedure GraphHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    begin
        RequestCount += 1;
        if Request.RequestType = HttpRequestType::POST then
            PostCount += 1;
        exit(BKISyncTestLibrary.AnswerScripted(Request, Response, Responses));
    end;
}
