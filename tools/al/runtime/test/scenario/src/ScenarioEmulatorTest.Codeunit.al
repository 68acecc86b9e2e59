namespace Seed.Runtime.Scenario;

using Microsoft.Inventory.Item;
using Microsoft.Sales.Document;
using System.Runtime.Native;
using System.TestLibraries.Utilities;

/// <summary>
/// Issue #7 scenario against the Graph emulator over real HTTP. The host (test/scenario.test.ts) starts the emulator
/// and passes its URL and the demo app's credentials as runtime settings (codeunit "Runtime Native Hooks".
/// GetRuntimeSetting, i.e. the environment variables AL_RUNTIME_SETTING_GRAPH_EMULATOR_URL, ..._TENANT_ID,
/// ..._CLIENT_ID and ..._CLIENT_SECRET).
/// </summary>
codeunit 50301 "Scenario Emulator Test"
{
    Subtype = Test;
    TestHttpRequestPolicy = AllowOutboundFromHandler;

    var
        ScenarioGraphFlow: Codeunit "Scenario Graph Flow";
        RuntimeNativeHooks: Codeunit "Runtime Native Hooks";
        LibraryAssert: Codeunit "Library Assert";

    [Test]
    [NonDebuggable]
    procedure TokenBusinessesCalendarViewAndInvoice()
    var
        TempAppointment: Record "Scenario Appointment" temporary;
        SalesHeader: Record "Sales Header";
        SalesLine: Record "Sales Line";
        Item: Record Item;
        AccessToken: SecretText;
        BaseUrl: Text;
        CustomerName: Text;
        BusinessIds: List of [Text];
        Read: Integer;
    begin
        // [GIVEN] The Graph emulator's URL and its demo app's credentials
        BaseUrl := RuntimeNativeHooks.GetRuntimeSetting('GRAPH_EMULATOR_URL');
        LibraryAssert.AreNotEqual('', BaseUrl, 'The host must set AL_RUNTIME_SETTING_GRAPH_EMULATOR_URL');

        // [WHEN] A token is acquired with OAuth2 client credentials from the emulator's authority
        AccessToken := ScenarioGraphFlow.AcquireToken(BaseUrl + '/' + RuntimeNativeHooks.GetRuntimeSetting('TENANT_ID'),
            RuntimeNativeHooks.GetRuntimeSetting('CLIENT_ID'), SecretStrSubstNo(RuntimeNativeHooks.GetRuntimeSetting('CLIENT_SECRET')));
        // [THEN] It is not empty
        LibraryAssert.IsFalse(AccessToken.IsEmpty(), 'Access token');

        // [WHEN] The businesses and one calendarView page (four weeks either side of today) are read
        BusinessIds := ScenarioGraphFlow.ReadBusinessIds(BaseUrl + '/v1.0', AccessToken);
        LibraryAssert.AreEqual(2, BusinessIds.Count(), 'Businesses of the demo seed');
        Read := ScenarioGraphFlow.ReadCalendarViewPage(BaseUrl + '/v1.0', AccessToken, BusinessIds.Get(1),
            CreateDateTime(Today() - 28, 0T), CreateDateTime(Today() + 28, 0T), TempAppointment);

        // [THEN] The temporary table holds the page, each appointment with its start and service
        LibraryAssert.IsTrue(Read >= 2, 'Appointments in the calendarView page');
        TempAppointment.SetRange("Start (UTC)", 0DT);
        LibraryAssert.RecordIsEmpty(TempAppointment);
        TempAppointment.Reset();
        TempAppointment.SetFilter("Customer Name", '<>%1', '');
        TempAppointment.FindFirst();
        CustomerName := TempAppointment."Customer Name";

        // [WHEN] A sales invoice with two lines is created for the first appointments
        ScenarioGraphFlow.CreateInvoice(TempAppointment, SalesHeader);

        // [THEN] The invoice has the customer and two item lines priced through the base-app model
        SalesHeader.Get(SalesHeader."Document Type"::Invoice, SalesHeader."No.");
        LibraryAssert.AreEqual(CustomerName, SalesHeader."Sell-to Customer Name", 'Customer of the invoice');
        SalesLine.SetRange("Document Type", SalesHeader."Document Type");
        SalesLine.SetRange("Document No.", SalesHeader."No.");
        LibraryAssert.RecordCount(SalesLine, 2);
        SalesLine.FindSet();
        repeat
            Item.Get(SalesLine."No.");
            LibraryAssert.IsTrue(Item."Unit Price" > 0, 'Item price');
            LibraryAssert.AreEqual(Item."Unit Price", SalesLine."Line Amount", 'Line amount = unit price x quantity 1');
        until SalesLine.Next() = 0;
    end;
}
