namespace Seed.Runtime.Scenario;

using Microsoft.Sales.Document;
using Seed.BookingsInvoicing.Runtime.DemoData;
using System.Security.Authentication;

/// <summary>
/// The flow of the issue #7 scenario: a client-credentials token from OAuth2, the Bookings businesses, one
/// calendarView page of the first business into a temporary table, and a draft sales invoice with two lines.
/// </summary>
codeunit 50300 "Scenario Graph Flow"
{
    var
        GraphScopeTok: Label 'https://graph.microsoft.com/.default', Locked = true;
        RequestFailedErr: Label 'GET %1 failed with status %2.', Comment = '%1 = URL, %2 = HTTP status';

    [NonDebuggable]
    procedure AcquireToken(AuthorityUrl: Text; ClientId: Text; ClientSecret: SecretText) AccessToken: SecretText
    var
        OAuth2: Codeunit OAuth2;
        Scopes: List of [Text];
    begin
        Scopes.Add(GraphScopeTok);
        OAuth2.AcquireTokenWithClientCredentials(ClientId, ClientSecret, AuthorityUrl, '', Scopes, AccessToken);
    end;

    /// <summary>The IDs of the Bookings businesses.</summary>
    procedure ReadBusinessIds(GraphUrl: Text; AccessToken: SecretText) BusinessIds: List of [Text]
    var
        Body: JsonObject;
        Token: JsonToken;
        Business: JsonToken;
    begin
        Body := GetJson(GraphUrl + '/solutions/bookingBusinesses', AccessToken);
        Body.Get('value', Token);
        foreach Business in Token.AsArray() do
            BusinessIds.Add(Business.AsObject().GetText('id'));
    end;

    /// <summary>Reads the first calendarView page of the business between the two instants into the temporary table.</summary>
    procedure ReadCalendarViewPage(GraphUrl: Text; AccessToken: SecretText; BusinessId: Text; FromUtc: DateTime; ToUtc: DateTime; var TempAppointment: Record "Scenario Appointment" temporary): Integer
    var
        Body: JsonObject;
        Token: JsonToken;
        Appointment: JsonToken;
        Customers: JsonToken;
        Customer: JsonToken;
        Url: Text;
    begin
        Url := StrSubstNo('%1/solutions/bookingBusinesses/%2/calendarView?startDateTime=%3&endDateTime=%4', GraphUrl, BusinessId, Format(FromUtc, 0, 9), Format(ToUtc, 0, 9));
        Body := GetJson(Url, AccessToken);
        Body.Get('value', Token);
        foreach Appointment in Token.AsArray() do begin
            TempAppointment.Init();
            TempAppointment.Id := CopyStr(Appointment.AsObject().GetText('id'), 1, MaxStrLen(TempAppointment.Id));
            TempAppointment."Service Name" := CopyStr(Appointment.AsObject().GetText('serviceName'), 1, MaxStrLen(TempAppointment."Service Name"));
            Appointment.SelectToken('startDateTime.dateTime', Token);
            Evaluate(TempAppointment."Start (UTC)", CopyStr(Token.AsValue().AsText(), 1, 19) + 'Z', 9);
            if Appointment.AsObject().Get('customers', Customers) then
                foreach Customer in Customers.AsArray() do
                    if TempAppointment."Customer Name" = '' then begin
                        TempAppointment."Customer Name" := CopyStr(Customer.AsObject().GetText('name'), 1, MaxStrLen(TempAppointment."Customer Name"));
                        TempAppointment."Customer E-Mail" := CopyStr(Customer.AsObject().GetText('emailAddress'), 1, MaxStrLen(TempAppointment."Customer E-Mail"));
                    end;
            TempAppointment.Insert();
        end;
        exit(TempAppointment.Count());
    end;

    /// <summary>A draft sales invoice for the first appointment's customer with one line per the first two appointments.</summary>
    procedure CreateInvoice(var TempAppointment: Record "Scenario Appointment" temporary; var SalesHeader: Record "Sales Header")
    var
        SalesLine: Record "Sales Line";
        DemoCompanyGenerator: Codeunit "Demo Company Generator";
        LineNo: Integer;
    begin
        DemoCompanyGenerator.CreateDemoCompany();
        TempAppointment.FindFirst();
        SalesHeader.Init();
        SalesHeader."Document Type" := SalesHeader."Document Type"::Invoice;
        SalesHeader.Insert(true);
        SalesHeader.Validate("Sell-to Customer No.", DemoCompanyGenerator.CreateCustomer(TempAppointment."Customer Name", TempAppointment."Customer E-Mail"));
        SalesHeader.Modify(true);
        repeat
            LineNo += 10000;
            SalesLine.Init();
            SalesLine."Document Type" := SalesHeader."Document Type";
            SalesLine."Document No." := SalesHeader."No.";
            SalesLine."Line No." := LineNo;
            SalesLine.Insert(true);
            SalesLine.Validate(Type, SalesLine.Type::Item);
            SalesLine.Validate("No.", DemoCompanyGenerator.CreateServiceItem(TempAppointment."Service Name", 50 + LineNo / 1000));
            SalesLine.Validate(Quantity, 1);
            SalesLine.Modify(true);
        until (TempAppointment.Next() = 0) or (LineNo = 20000);
    end;

    local procedure GetJson(Url: Text; AccessToken: SecretText) Body: JsonObject
    var
        Client: HttpClient;
        Request: HttpRequestMessage;
        Response: HttpResponseMessage;
        Headers: HttpHeaders;
        ResponseText: Text;
    begin
        Request.Method := 'GET';
        Request.SetRequestUri(Url);
        Request.GetHeaders(Headers);
        Headers.Add('Authorization', SecretStrSubstNo('Bearer %1', AccessToken));
        Client.Send(Request, Response);
        if not Response.IsSuccessStatusCode() then
            Error(RequestFailedErr, Url, Response.HttpStatusCode());
        Response.Content.ReadAs(ResponseText);
        Body.ReadFrom(ResponseText);
    end;
}
