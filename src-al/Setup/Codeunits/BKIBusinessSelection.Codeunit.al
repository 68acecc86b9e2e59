namespace Seed.BookingsInvoicing.Setup;

using System.Utilities;

/// <summary>
/// Reads the Bookings businesses the app registration can see and copies the chosen one into the setup.
/// GET /solutions/bookingBusinesses returns only id and displayName (at most 500, no paging); e-mail, time zone
/// and currency come from GET /solutions/bookingBusinesses/{id}.
/// </summary>
codeunit 70470007 "BKI Business Selection"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        BKIJsonReader: Codeunit "BKI Json Reader";
        NoBusinessesErr: Label 'The app registration does not see any Bookings business. Check that a shared Bookings calendar exists in your Microsoft 365 tenant and that the app has the Bookings.Read.All application permission with admin consent.';
        BusinessSelectedTelemetryMsg: Label 'Bookings business selected.', Locked = true;
        NoValueArrayErr: Label 'Microsoft Graph answered the list of Bookings businesses without a "value" array, so no business can be shown. Try again later; if this keeps happening, check the Graph Endpoint on the Booking Sync Setup page.';
        ChangeBusinessQst: Label 'You have already synchronized with %1. If you select another business, the next synchronization starts from scratch. Do you want to continue?', Comment = '%1 = current business name';

    /// <summary>Fills TempBookingBusiness with the businesses from Graph and loads the details of up to MaxDetails of them.</summary>
    procedure LoadBusinesses(var TempBookingBusiness: Record "BKI Booking Business" temporary; MaxDetails: Integer)
    var
        BKIGraphClient: Codeunit "BKI Graph Client";
        Response: JsonObject;
        ValueToken: JsonToken;
        Item: JsonToken;
        BusinessId: Text[250];
        SortOrder: Integer;
    begin
        TempBookingBusiness.Reset();
        TempBookingBusiness.DeleteAll();
        Response := BKIGraphClient.GetJson(BKIGraphClient.BusinessesPath());
        // A 2xx answer without a "value" array is malformed, not an empty list.
        if not Response.Get('value', ValueToken) then
            Error(NoValueArrayErr);
        if not ValueToken.IsArray() then
            Error(NoValueArrayErr);
        foreach Item in ValueToken.AsArray() do
            if Item.IsObject() then begin
                BusinessId := CopyStr(BKIJsonReader.GetText(Item.AsObject(), 'id'), 1, MaxStrLen(TempBookingBusiness.Id));
                // Skip entries without an ID and repeated IDs; each business is listed once.
                if BusinessId <> '' then
                    if not TempBookingBusiness.Get(BusinessId) then begin
                        SortOrder += 1;
                        TempBookingBusiness.Init();
                        TempBookingBusiness.Id := BusinessId;
                        TempBookingBusiness."Display Name" := CopyStr(BKIJsonReader.GetText(Item.AsObject(), 'displayName'), 1, MaxStrLen(TempBookingBusiness."Display Name"));
                        TempBookingBusiness."Sort Order" := SortOrder;
                        TempBookingBusiness.Insert();
                    end;
            end;
        if TempBookingBusiness.IsEmpty() then
            Error(NoBusinessesErr);

        if TempBookingBusiness.Count() <= MaxDetails then
            if TempBookingBusiness.FindSet() then
                repeat
                    TryLoadDetails(TempBookingBusiness);
                    TempBookingBusiness.Modify();
                until TempBookingBusiness.Next() = 0;
        TempBookingBusiness.SetCurrentKey("Sort Order");
        if TempBookingBusiness.FindFirst() then;
    end;

    /// <summary>Reads e-mail, time zone and currency of one business; the error is kept on the row, not raised.</summary>
    procedure TryLoadDetails(var TempBookingBusiness: Record "BKI Booking Business" temporary): Boolean
    var
        BKIGraphClient: Codeunit "BKI Graph Client";
        Details: JsonObject;
        ErrorText: Text;
    begin
        if TempBookingBusiness."Details Loaded" then
            exit(true);
        if not BKIGraphClient.TryGetJson(BusinessPathOf(TempBookingBusiness.Id), Details, ErrorText) then begin
            TempBookingBusiness."Details Error" := CopyStr(ErrorText, 1, MaxStrLen(TempBookingBusiness."Details Error"));
            exit(false);
        end;
        ApplyDetails(TempBookingBusiness, Details);
        exit(true);
    end;

    /// <summary>Copies a Graph bookingBusiness object into the buffer.</summary>
    procedure ApplyDetails(var TempBookingBusiness: Record "BKI Booking Business" temporary; Details: JsonObject)
    var
        PageSettings: JsonObject;
        DisplayName: Text;
    begin
        DisplayName := BKIJsonReader.GetText(Details, 'displayName');
        if DisplayName <> '' then
            TempBookingBusiness."Display Name" := CopyStr(DisplayName, 1, MaxStrLen(TempBookingBusiness."Display Name"));
        TempBookingBusiness."E-Mail" := CopyStr(BKIJsonReader.GetText(Details, 'email'), 1, MaxStrLen(TempBookingBusiness."E-Mail"));
        TempBookingBusiness.Phone := CopyStr(BKIJsonReader.GetText(Details, 'phone'), 1, MaxStrLen(TempBookingBusiness.Phone));
        TempBookingBusiness."Currency Code" := CopyStr(UpperCase(BKIJsonReader.GetText(Details, 'defaultCurrencyIso')), 1, MaxStrLen(TempBookingBusiness."Currency Code"));
        // businessTimeZone lives in bookingPageSettings, not on the business itself.
        if BKIJsonReader.GetObject(Details, 'bookingPageSettings', PageSettings) then
            TempBookingBusiness."Time Zone" := CopyStr(BKIJsonReader.GetText(PageSettings, 'businessTimeZone'), 1, MaxStrLen(TempBookingBusiness."Time Zone"));
        TempBookingBusiness."Details Loaded" := true;
        TempBookingBusiness."Details Error" := '';
    end;

    /// <summary>Lets the user pick a business in the list page and stores it in the setup. Returns false when cancelled.</summary>
    procedure SelectBusiness(var BKIBookingSyncSetup: Record "BKI Booking Sync Setup"): Boolean
    var
        TempBookingBusiness: Record "BKI Booking Business" temporary;
        BKIBookingBusinesses: Page "BKI Booking Businesses";
    begin
        BKIBookingSyncSetup.TestSetupComplete(false);
        LoadBusinesses(TempBookingBusiness, MaxDetailsInList());
        if TempBookingBusiness.Get(BKIBookingSyncSetup."Business ID") then;
        BKIBookingBusinesses.SetBusinesses(TempBookingBusiness);
        BKIBookingBusinesses.LookupMode(true);
        if BKIBookingBusinesses.RunModal() <> Action::LookupOK then
            exit(false);
        BKIBookingBusinesses.GetSelectedBusiness(TempBookingBusiness);
        exit(ApplyBusiness(BKIBookingSyncSetup, TempBookingBusiness));
    end;

    /// <summary>Copies the chosen business into the setup (loading its details when missing) and saves the setup.</summary>
    procedure ApplyBusiness(var BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; var TempBookingBusiness: Record "BKI Booking Business" temporary): Boolean
    var
        BKIGraphClient: Codeunit "BKI Graph Client";
        BKITelemetry: Codeunit "BKI Telemetry";
        Dimensions: Dictionary of [Text, Text];
    begin
        if TempBookingBusiness.Id = '' then
            exit(false);
        if (BKIBookingSyncSetup."Business ID" <> '') and (BKIBookingSyncSetup."Business ID" <> TempBookingBusiness.Id) and HasSynchronized(BKIBookingSyncSetup) then
            if GuiAllowed() then
                if not Confirm(ChangeBusinessQst, false, BKIBookingSyncSetup."Business Display Name") then
                    exit(false);
        if not TempBookingBusiness."Details Loaded" then
            ApplyDetails(TempBookingBusiness, BKIGraphClient.GetJson(BusinessPathOf(TempBookingBusiness.Id)));

        BKIBookingSyncSetup.Validate("Business ID", TempBookingBusiness.Id);
        BKIBookingSyncSetup."Business Display Name" := TempBookingBusiness."Display Name";
        BKIBookingSyncSetup."Business E-Mail" := TempBookingBusiness."E-Mail";
        BKIBookingSyncSetup."Business Time Zone" := TempBookingBusiness."Time Zone";
        BKIBookingSyncSetup."Business Currency Code" := TempBookingBusiness."Currency Code";
        BKIBookingSyncSetup.Modify(true);

        Dimensions.Add('HasTimeZone', Format(TempBookingBusiness."Time Zone" <> '', 0, 9));
        Dimensions.Add('HasCurrency', Format(TempBookingBusiness."Currency Code" <> '', 0, 9));
        BKITelemetry.LogUsage(BKITelemetry.BusinessSelectedEventId(), BusinessSelectedTelemetryMsg, Dimensions);
        exit(true);
    end;

    local procedure HasSynchronized(BKIBookingSyncSetup: Record "BKI Booking Sync Setup"): Boolean
    begin
        exit((BKIBookingSyncSetup."Last Customer Sync" <> 0DT) or (BKIBookingSyncSetup."Last Service Sync" <> 0DT) or (BKIBookingSyncSetup."Last Appointment Sync" <> 0DT));
    end;

    local procedure BusinessPathOf(BusinessId: Text): Text
    var
        BKIGraphClient: Codeunit "BKI Graph Client";
        Uri: Codeunit Uri;
    begin
        exit(BKIGraphClient.BusinessesPath() + '/' + Uri.EscapeDataString(BusinessId));
    end;

    procedure MaxDetailsInList(): Integer
    begin
        exit(25);
    end;
}
