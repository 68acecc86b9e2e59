namespace Seed.BookingsInvoicing.Setup;

/// <summary>
/// Test Connection: acquires a fresh token with the client credentials and lists the Bookings businesses.
/// Reports success or one specific failure class (bad secret, wrong tenant, missing consent, network, ...).
/// </summary>
codeunit 70470006 "BKI Connection Test"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        SuccessMsg: Label 'The connection works. The app registration sees %1 Bookings business(es).', Comment = '%1 = number of businesses';
        SuccessNoBusinessMsg: Label 'The connection works, but the app registration does not see any Bookings business. Check that a shared Bookings calendar exists and that the app has the Bookings.Read.All application permission.';
        TestSucceededTelemetryMsg: Label 'Bookings connection test succeeded.', Locked = true;
        TestFailedTelemetryMsg: Label 'Bookings connection test failed.', Locked = true;
        NoValueArrayErr: Label 'Microsoft Graph answered the list of Bookings businesses without a "value" array (HTTP %1), so the connection could not be verified. Try again later; if this keeps happening, check the Graph Endpoint on this page.', Comment = '%1 = HTTP status code';

    /// <summary>Runs the test without UI and stores the result on the setup.</summary>
    /// <returns>true when a token was acquired and the businesses were listed.</returns>
    procedure TestConnection(var BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; var ErrorClass: Enum "BKI Graph Error Class"; var ResultText: Text; var BusinessCount: Integer): Boolean
    var
        BKIGraphClient: Codeunit "BKI Graph Client";
        BKIGraphErrorMapper: Codeunit "BKI Graph Error Mapper";
        BKITelemetry: Codeunit "BKI Telemetry";
        Response: JsonObject;
        ValueToken: JsonToken;
        Dimensions: Dictionary of [Text, Text];
        Succeeded: Boolean;
        Malformed: Boolean;
    begin
        BusinessCount := 0;
        ErrorClass := "BKI Graph Error Class"::None;
        if not BKIBookingSyncSetup.IsSetupComplete(false) then begin
            ErrorClass := "BKI Graph Error Class"::"Not Configured";
            ResultText := BKIGraphErrorMapper.NotConfiguredMessage();
        end else begin
            // Always prove the credentials: never answer from a cached token.
            BKIGraphClient.ResetTokenCache();
            Succeeded := BKIGraphClient.TryGetJson(BKIGraphClient.BusinessesPath(), Response, ResultText);
            // A 2xx answer without a "value" array is malformed: it proves nothing about the businesses.
            if Succeeded then
                if not HasValueArray(Response, ValueToken) then begin
                    Succeeded := false;
                    Malformed := true;
                    ResultText := StrSubstNo(NoValueArrayErr, BKIGraphClient.GetLastStatusCode());
                end;
            if Succeeded then begin
                BusinessCount := ValueToken.AsArray().Count();
                if BusinessCount = 0 then
                    ResultText := SuccessNoBusinessMsg
                else
                    ResultText := StrSubstNo(SuccessMsg, BusinessCount);
            end else
                if Malformed then
                    ErrorClass := "BKI Graph Error Class"::"Invalid Response"
                else
                    ErrorClass := BKIGraphClient.GetLastErrorClass();
        end;

        StoreResult(BKIBookingSyncSetup, ResultText);
        Dimensions.Add('ErrorClass', Format(ErrorClass));
        Dimensions.Add('BusinessCount', Format(BusinessCount));
        if Succeeded then
            BKITelemetry.LogUsage(BKITelemetry.ConnectionTestSucceededEventId(), TestSucceededTelemetryMsg, Dimensions)
        else
            BKITelemetry.LogWarning(BKITelemetry.ConnectionTestFailedEventId(), TestFailedTelemetryMsg, Dimensions);
        exit(Succeeded);
    end;

    /// <summary>Runs the test and shows the result: a message on success, an error with the fix on failure.</summary>
    procedure ShowTestConnection(var BKIBookingSyncSetup: Record "BKI Booking Sync Setup")
    var
        ErrorClass: Enum "BKI Graph Error Class";
        ResultText: Text;
        BusinessCount: Integer;
    begin
        if TestConnection(BKIBookingSyncSetup, ErrorClass, ResultText, BusinessCount) then
            Message('%1', ResultText)
        else
            Error(ErrorInfo.Create(ResultText));
    end;

    local procedure StoreResult(var BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; ResultText: Text)
    begin
        BKIBookingSyncSetup."Last Connection Test" := CurrentDateTime();
        BKIBookingSyncSetup."Last Connection Test Result" := CopyStr(ResultText, 1, MaxStrLen(BKIBookingSyncSetup."Last Connection Test Result"));
        if not BKIBookingSyncSetup.Modify() then
            BKIBookingSyncSetup.Insert();
    end;

    local procedure HasValueArray(Response: JsonObject; var ValueToken: JsonToken): Boolean
    begin
        if not Response.Get('value', ValueToken) then
            exit(false);
        exit(ValueToken.IsArray());
    end;
}
