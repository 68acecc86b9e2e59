namespace Seed.BookingsInvoicing.Test.Sync;

using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using Seed.BookingsInvoicing.Test.Setup;
using System.TestLibraries.Utilities;

/// <summary>
/// Data helper of the sync and invoicing tests: an enabled setup for the Contoso business (fake token provider), clean
/// Bookings tables, appointments with customers, service items with mappings, canned Graph responses from .resources,
/// and a queue-driven answer for [HttpClientHandler] procedures ("fragment|status|resource" per expected request).
/// </summary>
codeunit 70470240 "BKI Sync Test Library"
{
    var
        BKISetupTestLibrary: Codeunit "BKI Setup Test Library";
        BKITimeZoneConversion: Codeunit "BKI Time Zone Conversion";
        LibraryAssert: Codeunit "Library Assert";
        Any: Codeunit Any;
        UnexpectedRequestErr: Label 'Unexpected Graph request %1 %2; expected a path containing %3.', Locked = true;

    /// <summary>An enabled setup for the Contoso business in the given time zone, with empty Bookings tables.</summary>
    procedure InitSetup(var BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; TimeZoneId: Text)
    begin
        ClearBookingsData();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BusinessId());
        BKIBookingSyncSetup."Business Time Zone" := CopyStr(TimeZoneId, 1, MaxStrLen(BKIBookingSyncSetup."Business Time Zone"));
        BKIBookingSyncSetup."Business Currency Code" := '';
        BKIBookingSyncSetup."Appointment Look-back Days" := 3;
        BKIBookingSyncSetup."Sync Customers" := false;
        BKIBookingSyncSetup."Sync Services" := false;
        BKIBookingSyncSetup.Enabled := true;
        BKIBookingSyncSetup.Modify();
    end;

    procedure BusinessId(): Text[250]
    begin
        exit(CopyStr(BKISetupTestLibrary.ContosoBusinessId(), 1, 250));
    end;

    /// <summary>Deletes every appointment, customer row, link, mapping and sync log of the app.</summary>
    procedure ClearBookingsData()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKIBookingApptCustomer: Record "BKI Booking Appt. Customer";
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
        BKIBookingServiceMapping: Record "BKI Booking Service Mapping";
        BKIBookingCustomerLink: Record "BKI Booking Customer Link";
        BKISyncLog: Record "BKI Sync Log";
        BKISyncLogError: Record "BKI Sync Log Error";
    begin
        BKIBookingAppointment.DeleteAll();
        BKIBookingApptCustomer.DeleteAll();
        BKIBookingInvoiceLink.DeleteAll();
        BKIBookingServiceMapping.DeleteAll();
        BKIBookingCustomerLink.DeleteAll();
        BKISyncLog.DeleteAll();
        BKISyncLogError.DeleteAll();
    end;

    /// <summary>A UTC instant from its UTC date parts and time, independent of the session time zone.</summary>
    procedure Utc(Year: Integer; Month: Integer; Day: Integer; UtcTime: Time): DateTime
    begin
        exit(BKITimeZoneConversion.ComposeUtc(DMY2Date(Day, Month, Year), UtcTime));
    end;

    /// <summary>An appointment with the given start (UTC), duration and price, local date/time in the setup's time zone.</summary>
    procedure CreateAppointment(var BKIBookingAppointment: Record "BKI Booking Appointment"; StartUtc: DateTime; DurationMinutes: Integer; PriceType: Enum "BKI Booking Price Type"; Price: Decimal; ServiceId: Text[100])
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        BKIBookingSyncSetup.GetSetup();
        BKIBookingAppointment.Init();
        BKIBookingAppointment."Business ID" := BusinessId();
        BKIBookingAppointment."Appointment ID" := CopyStr('AAMk' + Any.AlphanumericText(40) + '=', 1, 250);
        BKIBookingAppointment."Start Date Time (UTC)" := StartUtc;
        BKIBookingAppointment."End Date Time (UTC)" := StartUtc + DurationMinutes * 60000;
        BKIBookingAppointment."Duration (Min.)" := DurationMinutes;
        BKITimeZoneConversion.UtcToLocal(StartUtc, BKIBookingSyncSetup."Business Time Zone", BKIBookingAppointment."Local Date", BKIBookingAppointment."Local Time");
        BKIBookingAppointment."Price Type" := PriceType;
        BKIBookingAppointment.Price := Price;
        BKIBookingAppointment."Service ID" := ServiceId;
        BKIBookingAppointment."Service Name" := 'Consultation';
        BKIBookingAppointment."Staff Names" := 'Dana Staff';
        BKIBookingAppointment."Customers Complete" := true;
        BKIBookingAppointment.Insert();
    end;

    /// <summary>A completed fixed-price appointment (two days ago, 60 minutes) for one customer.</summary>
    procedure CreateCompletedAppointment(var BKIBookingAppointment: Record "BKI Booking Appointment"; ServiceId: Text[100]; CustomerName: Text; CustomerEmail: Text)
    begin
        CreateAppointment(BKIBookingAppointment, CurrentDateTime() - 2 * 86400000, 60, Enum::"BKI Booking Price Type"::fixedPrice, 80, ServiceId);
        AddCustomer(BKIBookingAppointment, CustomerName, CustomerEmail);
    end;

    /// <summary>Adds a customer row to an appointment and updates its count and first customer.</summary>
    procedure AddCustomer(var BKIBookingAppointment: Record "BKI Booking Appointment"; CustomerName: Text; CustomerEmail: Text)
    var
        BKIBookingApptCustomer: Record "BKI Booking Appt. Customer";
    begin
        BKIBookingAppointment.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
        BKIBookingApptCustomer.Init();
        BKIBookingApptCustomer."Business ID" := BKIBookingAppointment."Business ID";
        BKIBookingApptCustomer."Appointment ID" := BKIBookingAppointment."Appointment ID";
        BKIBookingApptCustomer."Bookings Customer ID" := CopyStr(Format(Any.GuidValue(), 0, 4).ToLower(), 1, 100);
        BKIBookingApptCustomer."Customer Key" := BKIBookingApptCustomer.BuildCustomerKey(BKIBookingApptCustomer."Bookings Customer ID", CustomerEmail);
        BKIBookingApptCustomer.Name := CopyStr(CustomerName, 1, MaxStrLen(BKIBookingApptCustomer.Name));
        BKIBookingApptCustomer."E-Mail" := CopyStr(CustomerEmail, 1, MaxStrLen(BKIBookingApptCustomer."E-Mail"));
        BKIBookingApptCustomer.Sequence := BKIBookingAppointment."Customer Count" + 1;
        BKIBookingApptCustomer.Insert();
        BKIBookingAppointment."Customer Count" += 1;
        if BKIBookingAppointment."Customer Count" = 1 then begin
            BKIBookingAppointment."First Customer Name" := BKIBookingApptCustomer.Name;
            BKIBookingAppointment."First Customer E-Mail" := BKIBookingApptCustomer."E-Mail";
            BKIBookingAppointment."First Customer Key" := BKIBookingApptCustomer."Customer Key";
        end;
        BKIBookingAppointment.Modify();
    end;

    /// <summary>A unique lower-case e-mail address.</summary>
    procedure LowerCaseEmail(): Text
    begin
        exit(('bki' + Any.AlphanumericText(12) + '@contoso.com').ToLower());
    end;

    /// <summary>The text of a canned response in .resources (path below .resources, e.g. Sync/staff.json).</summary>
    procedure GetResource(ResourcePath: Text): Text
    var
        InStr: InStream;
        Content: TextBuilder;
        Line: Text;
    begin
        NavApp.GetResource(ResourcePath, InStr, TextEncoding::UTF8);
        while not InStr.EOS() do begin
            InStr.ReadText(Line);
            Content.Append(Line);
        end;
        exit(Content.ToText());
    end;

    /// <summary>Queues one expected Graph request: a fragment its URL must contain, the status to answer and the body resource.</summary>
    procedure ExpectRequest(var Responses: Codeunit "Library - Variable Storage"; PathFragment: Text; StatusCode: Integer; ResourcePath: Text)
    begin
        Responses.Enqueue(PathFragment + '|' + Format(StatusCode) + '|' + ResourcePath);
    end;

    /// <summary>Answers a request with the next queued expectation; fails the test on an unexpected URL. Returns false (handled).</summary>
    procedure AnswerRequest(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage; var Responses: Codeunit "Library - Variable Storage"; var RequestBodies: Codeunit "Library - Variable Storage"): Boolean
    var
        Parts: List of [Text];
        Expected: Text;
        Body: Text;
        Url: Text;
        StatusCode: Integer;
    begin
        Expected := Responses.DequeueText();
        Parts := Expected.Split('|');
        Url := FullUrl(Request);
        if StrPos(Url, Parts.Get(1)) = 0 then
            LibraryAssert.Fail(StrSubstNo(UnexpectedRequestErr, Request.RequestType, Url, Parts.Get(1)));
        if Request.RequestType in [HttpRequestType::POST, HttpRequestType::PATCH] then
            if Request.Content.ReadAs(Body) then
                RequestBodies.Enqueue(Format(Request.RequestType) + ' ' + Body);
        Evaluate(StatusCode, Parts.Get(2));
        Body := '';
        if Parts.Get(3) <> '' then
            Body := GetResource(Parts.Get(3));
        BKISetupTestLibrary.WriteResponse(Response, StatusCode, Body);
        if StatusCode = 429 then
            Response.Headers.Add('Retry-After', '0');
        exit(false);
    end;

    /// <summary>
    /// Queues one scripted request for AnswerScripted: a fragment the URL must contain, the status, the body ("res:" +
    /// a resource path below .resources, or inline JSON), a Retry-After header in seconds (-1 = none) and how long the
    /// request "takes" in milliseconds (the handler sleeps, so the session clock moves on).
    /// </summary>
    procedure ExpectScripted(var Responses: Codeunit "Library - Variable Storage"; PathFragment: Text; StatusCode: Integer; Body: Text; RetryAfterSeconds: Integer; DurationMs: Integer)
    begin
        Responses.Enqueue(PathFragment);
        Responses.Enqueue(StatusCode);
        Responses.Enqueue(Body);
        Responses.Enqueue(RetryAfterSeconds);
        Responses.Enqueue(DurationMs);
    end;

    /// <summary>Answers a request with the next ExpectScripted entry; fails the test on an unexpected URL. Returns false (handled).</summary>
    procedure AnswerScripted(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage; var Responses: Codeunit "Library - Variable Storage"): Boolean
    var
        PathFragment: Text;
        Body: Text;
        Url: Text;
        StatusCode: Integer;
        RetryAfterSeconds: Integer;
        DurationMs: Integer;
    begin
        PathFragment := Responses.DequeueText();
        StatusCode := Responses.DequeueInteger();
        Body := Responses.DequeueText();
        RetryAfterSeconds := Responses.DequeueInteger();
        DurationMs := Responses.DequeueInteger();
        Url := FullUrl(Request);
        if StrPos(Url, PathFragment) = 0 then
            LibraryAssert.Fail(StrSubstNo(UnexpectedRequestErr, Request.RequestType, Url, PathFragment));
        if Body.StartsWith('res:') then
            Body := GetResource(CopyStr(Body, 5));
        BKISetupTestLibrary.WriteResponse(Response, StatusCode, Body);
        if RetryAfterSeconds >= 0 then
            Response.Headers.Add('Retry-After', Format(RetryAfterSeconds));
        if DurationMs > 0 then
            Sleep(DurationMs);
        exit(false);
    end;

    /// <summary>The request URL with its query (TestHttpRequestMessage.Path has no query).</summary>
    procedure FullUrl(Request: TestHttpRequestMessage) Url: Text
    var
        Parameters: Dictionary of [Text, Text];
        ParameterName: Text;
        Separator: Text;
    begin
        Url := Request.Path;
        Parameters := Request.QueryParameters();
        Separator := '?';
        foreach ParameterName in Parameters.Keys() do begin
            Url += Separator + ParameterName + '=' + Parameters.Get(ParameterName);
            Separator := '&';
        end;
    end;

    /// <summary>The last sync log row.</summary>
    procedure GetLastLog(var BKISyncLog: Record "BKI Sync Log")
    begin
        BKISyncLog.Reset();
        BKISyncLog.FindLast();
        BKISyncLog.CalcFields("Error Count");
    end;
}
