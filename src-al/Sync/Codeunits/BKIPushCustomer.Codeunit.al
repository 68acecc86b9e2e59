namespace Seed.BookingsInvoicing.Sync;

using Microsoft.Sales.Customer;
using Seed.BookingsInvoicing.Setup;
using System.Utilities;

/// <summary>
/// Sends one BC customer to Bookings (BC is master): PATCH when the e-mail is linked to a Bookings customer, else POST
/// a new Bookings customer and link it. Runs in its own Codeunit.Run so a failure is logged per customer.
/// </summary>
codeunit 70470044 "BKI Push Customer"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    TableNo = Customer;
    Permissions = tabledata "BKI Booking Customer Link" = rim;

    var
        BusinessId: Text[250];
        Outcome: Enum "BKI Sync Outcome";

    trigger OnRun()
    begin
        Outcome := Outcome::Skipped;
        PushCustomer(Rec);
    end;

    procedure SetContext(NewBusinessId: Text[250])
    begin
        BusinessId := NewBusinessId;
    end;

    procedure GetOutcome(): Enum "BKI Sync Outcome"
    begin
        exit(Outcome);
    end;

    local procedure PushCustomer(Customer: Record Customer)
    var
        BKIBookingCustomerLink: Record "BKI Booking Customer Link";
        BKIGraphClient: Codeunit "BKI Graph Client";
        BKIJsonHelper: Codeunit "BKI Json Helper";
        Uri: Codeunit Uri;
        Response: JsonObject;
        LowerEmail: Text[80];
    begin
        LowerEmail := CopyStr(DelChr(Customer."E-Mail", '<>', ' ').ToLower(), 1, MaxStrLen(LowerEmail));
        if LowerEmail = '' then
            exit;
        if BKIBookingCustomerLink.Get(BusinessId, LowerEmail) then begin
            if BKIBookingCustomerLink."Customer No." <> Customer."No." then
                exit; // Another BC customer owns this e-mail; one e-mail is one customer.
            if BKIBookingCustomerLink."Bookings Customer ID" <> '' then begin
                BKIGraphClient.PatchJson(BKIGraphClient.BusinessPath() + '/customers/' + Uri.EscapeDataString(BKIBookingCustomerLink."Bookings Customer ID"), BuildBody(Customer));
                BKIBookingCustomerLink."Last Synced At" := CurrentDateTime();
                BKIBookingCustomerLink.Modify();
                Outcome := Outcome::Updated;
                exit;
            end;
        end;

        Response := BKIGraphClient.PostJson(BKIGraphClient.BusinessPath() + '/customers', BuildBody(Customer));
        if not BKIBookingCustomerLink.Get(BusinessId, LowerEmail) then begin
            BKIBookingCustomerLink.Init();
            BKIBookingCustomerLink."Business ID" := BusinessId;
            BKIBookingCustomerLink."E-Mail (Lower)" := LowerEmail;
            BKIBookingCustomerLink.Insert();
        end;
        BKIBookingCustomerLink."Bookings Customer ID" := CopyStr(BKIJsonHelper.GetRequiredText(Response, 'id', 'customer'), 1, MaxStrLen(BKIBookingCustomerLink."Bookings Customer ID"));
        BKIBookingCustomerLink."Customer No." := Customer."No.";
        BKIBookingCustomerLink."Last Synced At" := CurrentDateTime();
        BKIBookingCustomerLink.Modify();
        Outcome := Outcome::Created;
    end;

    /// <summary>The bookingCustomer body with the BC values (name, e-mail, phones, address).</summary>
    procedure BuildBody(Customer: Record Customer) Body: JsonObject
    var
        Phones: JsonArray;
        Phone: JsonObject;
        Addresses: JsonArray;
        Address: JsonObject;
        Street: Text;
        LineFeed: Text[1];
    begin
        Body.Add('@odata.type', '#microsoft.graph.bookingCustomer');
        Body.Add('displayName', Customer.Name);
        Body.Add('emailAddress', Customer."E-Mail");
        if Customer."Phone No." <> '' then begin
            Phone.Add('number', Customer."Phone No.");
            Phone.Add('type', 'business');
            Phones.Add(Phone);
        end;
        if Customer."Mobile Phone No." <> '' then begin
            Clear(Phone);
            Phone.Add('number', Customer."Mobile Phone No.");
            Phone.Add('type', 'mobile');
            Phones.Add(Phone);
        end;
        Body.Add('phones', Phones);
        LineFeed[1] := 10;
        Street := Customer.Address;
        if Customer."Address 2" <> '' then
            Street += LineFeed + Customer."Address 2";
        Address.Add('street', Street);
        Address.Add('city', Customer.City);
        Address.Add('state', Customer.County);
        Address.Add('postalCode', Customer."Post Code");
        Address.Add('countryOrRegion', Customer."Country/Region Code");
        Address.Add('type', 'others');
        Addresses.Add(Address);
        Body.Add('addresses', Addresses);
    end;
}
