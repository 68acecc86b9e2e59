namespace Seed.Runtime.Scenario;

using Microsoft.Sales.Document;
using System.TestLibraries.Utilities;

/// <summary>Issue #7 scenario without the emulator: [HttpClientHandler] answers the token, businesses and calendarView requests.</summary>
codeunit 50302 "Scenario Canned Test"
{
    Subtype = Test;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        ScenarioGraphFlow: Codeunit "Scenario Graph Flow";
        LibraryAssert: Codeunit "Library Assert";
        RequestedPaths: List of [Text];
        GraphUrlTok: Label 'https://graph.microsoft.com/v1.0', Locked = true;
        AuthorityTok: Label 'https://login.microsoftonline.com/contoso.onmicrosoft.com', Locked = true;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure TokenBusinessesCalendarViewAndInvoiceFromCannedResponses()
    var
        TempAppointment: Record "Scenario Appointment" temporary;
        SalesHeader: Record "Sales Header";
        SalesLine: Record "Sales Line";
        AccessToken: SecretText;
        BusinessIds: List of [Text];
    begin
        // [WHEN] Token, businesses and one calendarView page come from canned responses
        AccessToken := ScenarioGraphFlow.AcquireToken(AuthorityTok, 'client-1', SecretStrSubstNo('not-a-real-secret'));
        BusinessIds := ScenarioGraphFlow.ReadBusinessIds(GraphUrlTok, AccessToken);
        ScenarioGraphFlow.ReadCalendarViewPage(GraphUrlTok, AccessToken, BusinessIds.Get(1), CreateDateTime(20260301D, 0T), CreateDateTime(20260308D, 0T), TempAppointment);

        // [THEN] The requests went to the token endpoint, the businesses and the calendarView of the business
        LibraryAssert.AreEqual(3, RequestedPaths.Count(), 'Requests');
        LibraryAssert.AreEqual('https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token', RequestedPaths.Get(1), 'Token endpoint');
        LibraryAssert.AreEqual(GraphUrlTok + '/solutions/bookingBusinesses', RequestedPaths.Get(2), 'Businesses');
        LibraryAssert.AreEqual(GraphUrlTok + '/solutions/bookingBusinesses/Contoso@contoso.onmicrosoft.com/calendarView', RequestedPaths.Get(3), 'calendarView');
        // [THEN] Both appointments are in the temporary table with their start in UTC
        LibraryAssert.RecordCount(TempAppointment, 2);
        TempAppointment.Get('AAMkAppt1=');
        LibraryAssert.AreEqual(CreateDateTime(20260302D, 090000T), TempAppointment."Start (UTC)", 'Start of the first appointment');
        LibraryAssert.AreEqual('Haircut', TempAppointment."Service Name", 'Service');

        // [WHEN] The invoice is created
        ScenarioGraphFlow.CreateInvoice(TempAppointment, SalesHeader);

        // [THEN] Two lines for Anna Lindqvist's invoice
        LibraryAssert.AreEqual('Anna Lindqvist', SalesHeader."Sell-to Customer Name", 'Customer');
        SalesLine.SetRange("Document Type", SalesHeader."Document Type");
        SalesLine.SetRange("Document No.", SalesHeader."No.");
        LibraryAssert.RecordCount(SalesLine, 2);
        // The demo company already has both services: Haircut 45, Massage (90 min) 95.5
        SalesLine.FindFirst();
        LibraryAssert.AreEqual(45, SalesLine."Line Amount", 'Haircut line');
        SalesLine.CalcSums("Line Amount");
        LibraryAssert.AreEqual(140.5, SalesLine."Line Amount", 'Invoice amount');
    end;

    [HttpClientHandler]
    procedure GraphHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    begin
        RequestedPaths.Add(Request.Path);
        Response.HttpStatusCode := 200;
        case true of
            Request.Path.EndsWith('/oauth2/v2.0/token'):
                Response.Content.WriteFrom('{"token_type":"Bearer","expires_in":3599,"access_token":"canned-token"}');
            Request.Path.EndsWith('/solutions/bookingBusinesses'):
                Response.Content.WriteFrom('{"value":[{"id":"Contoso@contoso.onmicrosoft.com","displayName":"Contoso"}]}');
            Request.Path.EndsWith('/calendarView'):
                Response.Content.WriteFrom(CalendarViewJson());
            else
                Response.HttpStatusCode := 404;
        end;
        exit(false);
    end;

    local procedure CalendarViewJson(): Text
    begin
        exit('{"value":[' +
            '{"id":"AAMkAppt1=","serviceName":"Haircut","startDateTime":{"dateTime":"2026-03-02T09:00:00.0000000","timeZone":"UTC"},' +
            '"customers":[{"name":"Anna Lindqvist","emailAddress":"anna.lindqvist@example.com"}]},' +
            '{"id":"AAMkAppt2=","serviceName":"Massage (90 min)","startDateTime":{"dateTime":"2026-03-03T14:30:00.0000000","timeZone":"UTC"},' +
            '"customers":[{"name":"Ben Okafor","emailAddress":"ben.okafor@example.com"}]}]}');
    end;
}
