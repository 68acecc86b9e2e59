namespace Seed.BookingsInvoicing.Sync;

using Microsoft.Foundation.Address;
using Microsoft.Sales.Customer;

/// <summary>
/// Brings one Bookings customer into BC, in one Codeunit.Run. Conflict rule: BC IS MASTER. A Bookings customer whose
/// e-mail (any case) already belongs to a BC customer is only linked to it; BC's name, phone and address are never
/// overwritten from Bookings, and BC changes are pushed to Bookings by "BKI Push Customer". Only a Bookings customer
/// without any BC match creates a BC customer, from the default customer template. One e-mail never gets a second
/// BC customer: the link table is keyed on the lower-case e-mail and is checked before anything is created.
/// </summary>
codeunit 70470039 "BKI Process Booking Customer"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata Customer = rim,
                  tabledata "BKI Booking Customer Link" = rim;

    var
        BKIJsonHelper: Codeunit "BKI Json Helper";
        CustomerJson: JsonObject;
        BusinessId: Text[250];
        CustomerTemplateCode: Code[20];
        Outcome: Enum "BKI Sync Outcome";
        NoTemplateErr: Label 'Bookings customer %1 has no customer in Business Central, and no Default Customer Template is set on the Booking Sync Setup page, so none can be created.', Comment = '%1 = e-mail address';
        TemplateFailedErr: Label 'Customer template %1 could not create a customer for %2.', Comment = '%1 = template code, %2 = e-mail address';

    trigger OnRun()
    begin
        Outcome := Outcome::Skipped;
        ProcessCustomer();
    end;

    procedure SetContext(NewBusinessId: Text[250]; NewCustomerTemplateCode: Code[20])
    begin
        BusinessId := NewBusinessId;
        CustomerTemplateCode := NewCustomerTemplateCode;
    end;

    procedure SetCustomer(NewCustomerJson: JsonObject)
    begin
        CustomerJson := NewCustomerJson;
    end;

    procedure GetOutcome(): Enum "BKI Sync Outcome"
    begin
        exit(Outcome);
    end;

    local procedure ProcessCustomer()
    var
        Customer: Record Customer;
        BKIBookingCustomerLink: Record "BKI Booking Customer Link";
        BKICustomerMatcher: Codeunit "BKI Customer Matcher";
        BookingsCustomerId: Text;
        EMail: Text;
        LinkExists: Boolean;
    begin
        BookingsCustomerId := BKIJsonHelper.GetRequiredText(CustomerJson, 'id', 'customer');
        EMail := DelChr(BKIJsonHelper.GetText(CustomerJson, 'emailAddress'), '<>', ' ');
        if EMail = '' then
            exit; // Only customers with an e-mail are synchronized (as in the original feature).

        BKIBookingCustomerLink.LockTable();
        LinkExists := BKIBookingCustomerLink.Get(BusinessId, LowerEmail(EMail));
        if BKICustomerMatcher.FindCustomer(BusinessId, EMail, Customer) then begin
            // BC is master: link only, never overwrite the BC customer.
            if LinkExists and (BKIBookingCustomerLink."Customer No." = Customer."No.") and (BKIBookingCustomerLink."Bookings Customer ID" = BookingsCustomerId) then
                exit;
            SaveLink(BKIBookingCustomerLink, LinkExists, EMail, BookingsCustomerId, Customer."No.", 0DT);
            Outcome := Outcome::Updated;
            exit;
        end;

        CreateCustomer(Customer, EMail);
        SaveLink(BKIBookingCustomerLink, LinkExists, EMail, BookingsCustomerId, Customer."No.", CurrentDateTime());
        Outcome := Outcome::Created;
    end;

    local procedure CreateCustomer(var Customer: Record Customer; EMail: Text)
    var
        CustomerTemplMgt: Codeunit "Customer Templ. Mgt.";
        Addresses: JsonArray;
        Phones: JsonArray;
        Token: JsonToken;
        AddressJson: JsonObject;
        IsHandled: Boolean;
    begin
        if CustomerTemplateCode = '' then
            Error(NoTemplateErr, EMail);
        if not CustomerTemplMgt.CreateCustomerFromTemplate(Customer, IsHandled, CustomerTemplateCode) then
            Error(TemplateFailedErr, CustomerTemplateCode, EMail);

        Customer.Validate(Name, CopyStr(BKIJsonHelper.GetText(CustomerJson, 'displayName'), 1, MaxStrLen(Customer.Name)));
        Customer.Validate("E-Mail", CopyStr(EMail, 1, MaxStrLen(Customer."E-Mail")));
        // A Bookings customer is a person, whatever the template says; only persons are sent back to Bookings.
        Customer."Contact Type" := Customer."Contact Type"::Person;
        if BKIJsonHelper.GetArray(CustomerJson, 'phones', Phones) then
            if Phones.Get(0, Token) then
                if Token.IsObject() then
                    Customer."Phone No." := CopyStr(BKIJsonHelper.GetText(Token.AsObject(), 'number'), 1, MaxStrLen(Customer."Phone No."));
        if BKIJsonHelper.GetArray(CustomerJson, 'addresses', Addresses) then
            if Addresses.Get(0, Token) then
                if Token.IsObject() then begin
                    AddressJson := Token.AsObject();
                    FillAddress(Customer, AddressJson);
                end;
        Customer.Modify(true);
    end;

    local procedure FillAddress(var Customer: Record Customer; AddressJson: JsonObject)
    var
        CountryRegion: Record "Country/Region";
        StreetLines: List of [Text];
        Street: Text;
        CountryText: Text;
        CarriageReturn: Text[1];
        LineFeed: Text[1];
    begin
        CarriageReturn[1] := 13;
        LineFeed[1] := 10;
        Street := BKIJsonHelper.GetText(AddressJson, 'street').Replace(CarriageReturn, '');
        StreetLines := Street.Split(LineFeed);
        if StreetLines.Count() >= 1 then
            Customer.Address := CopyStr(StreetLines.Get(1), 1, MaxStrLen(Customer.Address));
        if StreetLines.Count() >= 2 then
            Customer."Address 2" := CopyStr(StreetLines.Get(2), 1, MaxStrLen(Customer."Address 2"));
        Customer.City := CopyStr(BKIJsonHelper.GetText(AddressJson, 'city'), 1, MaxStrLen(Customer.City));
        Customer."Post Code" := CopyStr(BKIJsonHelper.GetText(AddressJson, 'postalCode'), 1, MaxStrLen(Customer."Post Code"));
        Customer.County := CopyStr(BKIJsonHelper.GetText(AddressJson, 'state'), 1, MaxStrLen(Customer.County));
        // countryOrRegion is free text in Graph; it is used only when it is a BC country/region code.
        CountryText := BKIJsonHelper.GetText(AddressJson, 'countryOrRegion');
        if (CountryText <> '') and (StrLen(CountryText) <= MaxStrLen(CountryRegion.Code)) then
            if CountryRegion.Get(CopyStr(CountryText.ToUpper(), 1, MaxStrLen(CountryRegion.Code))) then
                Customer."Country/Region Code" := CountryRegion.Code;
    end;

    local procedure SaveLink(var BKIBookingCustomerLink: Record "BKI Booking Customer Link"; LinkExists: Boolean; EMail: Text; BookingsCustomerId: Text; CustomerNo: Code[20]; SyncedAt: DateTime)
    begin
        if not LinkExists then begin
            BKIBookingCustomerLink.Init();
            BKIBookingCustomerLink."Business ID" := BusinessId;
            BKIBookingCustomerLink."E-Mail (Lower)" := LowerEmail(EMail);
        end;
        BKIBookingCustomerLink."Bookings Customer ID" := CopyStr(BookingsCustomerId, 1, MaxStrLen(BKIBookingCustomerLink."Bookings Customer ID"));
        BKIBookingCustomerLink."Customer No." := CustomerNo;
        if SyncedAt <> 0DT then
            BKIBookingCustomerLink."Last Synced At" := SyncedAt;
        if LinkExists then
            BKIBookingCustomerLink.Modify()
        else
            BKIBookingCustomerLink.Insert();
    end;

    local procedure LowerEmail(EMail: Text): Text[80]
    begin
        exit(CopyStr(EMail.ToLower(), 1, 80));
    end;
}
