namespace Seed.BookingsInvoicing.Sync;

using Microsoft.Sales.Customer;
using Seed.BookingsInvoicing.Setup;
using System.Utilities;

/// <summary>
/// Two-way customer sync, Bookings first. 1) Every Bookings customer with an e-mail is linked to the BC customer with
/// that e-mail (any case) or, when there is none, created from the default customer template. 2) BC person customers
/// with an e-mail, in the optional customer filter, changed since they were last sent, are sent to Bookings (BC is
/// master).
/// </summary>
codeunit 70470032 "BKI Customer Sync"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata Customer = r,
                  tabledata "BKI Booking Customer Link" = r,
                  tabledata "BKI Booking Sync Setup" = rm;

    var
        BKISyncLogMgt: Codeunit "BKI Sync Log Mgt.";
        BKIJsonHelper: Codeunit "BKI Json Helper";
        CustomersKeyTok: Label 'customers', Locked = true;

    procedure Sync(var BKISyncLog: Record "BKI Sync Log")
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        RunStartedAt: DateTime;
        ReadOk: Boolean;
    begin
        RunStartedAt := CurrentDateTime();
        BKIBookingSyncSetup.GetSetup();
        ReadOk := PullCustomers(BKISyncLog, BKIBookingSyncSetup);
        // Pushing without a complete read could create a second Bookings customer for an e-mail not yet linked.
        if ReadOk then
            PushCustomers(BKISyncLog, BKIBookingSyncSetup);

        BKIBookingSyncSetup.Get();
        if ReadOk then
            BKIBookingSyncSetup."Last Customer Sync" := RunStartedAt;
        BKIBookingSyncSetup.Modify();
        Commit();
    end;

    local procedure PullCustomers(var BKISyncLog: Record "BKI Sync Log"; BKIBookingSyncSetup: Record "BKI Booking Sync Setup"): Boolean
    var
        BKIGraphClient: Codeunit "BKI Graph Client";
        BKIGraphFetch: Codeunit "BKI Graph Fetch";
        BKIProcessBookingCustomer: Codeunit "BKI Process Booking Customer";
        Values: JsonArray;
        Item: JsonToken;
    begin
        BKIGraphFetch.SetPath(BKIGraphClient.BusinessPath() + '/customers');
        Commit(); // Codeunit.Run needs a clean transaction.
        if not BKIGraphFetch.Run() then begin
            BKISyncLogMgt.LogLastError(BKISyncLog."Entry No.", Enum::"BKI Sync Entity"::Customer, CustomersKeyTok);
            BKISyncLog.Failed += 1;
            Commit();
            exit(false);
        end;
        BKIGraphFetch.GetValues(Values);
        foreach Item in Values do begin
            Clear(BKIProcessBookingCustomer);
            BKIProcessBookingCustomer.SetContext(BKIBookingSyncSetup."Business ID", BKIBookingSyncSetup."Default Customer Templ.");
            if Item.IsObject() then
                BKIProcessBookingCustomer.SetCustomer(Item.AsObject());
            if BKIProcessBookingCustomer.Run() then
                BKISyncLog.AddOutcome(BKIProcessBookingCustomer.GetOutcome())
            else begin
                BKISyncLogMgt.LogLastError(BKISyncLog."Entry No.", Enum::"BKI Sync Entity"::Customer, RecordKeyOf(Item));
                BKISyncLog.AddOutcome(Enum::"BKI Sync Outcome"::Failed);
            end;
            // One transaction per customer: a later failure never undoes a customer already created and linked.
            Commit();
        end;
        exit(true);
    end;

    local procedure PushCustomers(var BKISyncLog: Record "BKI Sync Log"; BKIBookingSyncSetup: Record "BKI Booking Sync Setup")
    var
        Customer: Record Customer;
        BKIBookingCustomerLink: Record "BKI Booking Customer Link";
        BKIPushCustomer: Codeunit "BKI Push Customer";
        FilterView: Text;
        LinkExists: Boolean;
    begin
        FilterView := ReadFilterView(BKIBookingSyncSetup, BKIBookingSyncSetup.FieldNo("Customer Filter"));
        if FilterView <> '' then
            Customer.SetView(FilterView);
        // Bookings customers are people: only person customers with an e-mail are sent (as in the original feature).
        Customer.SetRange("Contact Type", Customer."Contact Type"::Person);
        Customer.SetFilter("E-Mail", '<>%1', '');
        Customer.SetRange(Blocked, Customer.Blocked::" ");
        if not Customer.FindSet() then
            exit;
        repeat
            LinkExists := BKIBookingCustomerLink.Get(BKIBookingSyncSetup."Business ID", CopyStr(DelChr(Customer."E-Mail", '<>', ' ').ToLower(), 1, MaxStrLen(BKIBookingCustomerLink."E-Mail (Lower)")));
            if NeedsPush(Customer, BKIBookingCustomerLink, LinkExists) then begin
                Clear(BKIPushCustomer);
                BKIPushCustomer.SetContext(BKIBookingSyncSetup."Business ID");
                if BKIPushCustomer.Run(Customer) then
                    BKISyncLog.AddOutcome(BKIPushCustomer.GetOutcome())
                else begin
                    BKISyncLogMgt.LogLastError(BKISyncLog."Entry No.", Enum::"BKI Sync Entity"::Customer, Customer."No.");
                    BKISyncLog.AddOutcome(Enum::"BKI Sync Outcome"::Failed);
                end;
                Commit(); // One transaction per customer sent, so the link of a created Bookings customer is kept.
            end;
        until Customer.Next() = 0;
    end;

    /// <summary>A BC customer is sent when Bookings does not know it yet, or when it changed after it was last sent.</summary>
    procedure NeedsPush(Customer: Record Customer; BKIBookingCustomerLink: Record "BKI Booking Customer Link"; LinkExists: Boolean): Boolean
    begin
        if not LinkExists then
            exit(true);
        if BKIBookingCustomerLink."Customer No." <> Customer."No." then
            exit(false);
        if BKIBookingCustomerLink."Bookings Customer ID" = '' then
            exit(true);
        exit(Customer."Last Modified Date Time" > BKIBookingCustomerLink."Last Synced At");
    end;

    /// <summary>Reads a saved filter (a table view text) from a Blob field of the setup.</summary>
    procedure ReadFilterView(BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; FieldNumber: Integer): Text
    var
        TempBlob: Codeunit "Temp Blob";
        RecordRef: RecordRef;
        InStr: InStream;
        ViewText: Text;
    begin
        RecordRef.GetTable(BKIBookingSyncSetup);
        TempBlob.FromRecordRef(RecordRef, FieldNumber);
        if not TempBlob.HasValue() then
            exit('');
        TempBlob.CreateInStream(InStr, TextEncoding::UTF8);
        InStr.ReadText(ViewText);
        exit(ViewText);
    end;

    local procedure RecordKeyOf(Item: JsonToken): Text
    begin
        if not Item.IsObject() then
            exit('');
        exit(BKIJsonHelper.GetText(Item.AsObject(), 'emailAddress'));
    end;
}
