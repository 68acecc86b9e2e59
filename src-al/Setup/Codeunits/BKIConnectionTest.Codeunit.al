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
            if Succeeded then begin
                if Response.Get('value', ValueToken) then
                    if ValueToken.IsArray() then
                        BusinessCount := ValueToken.AsArray().Count();
                if BusinessCount = 0 then
                    ResultText := SuccessNoBusinessMsg
                else
                    ResultText := StrSubstNo(SuccessMsg, BusinessCount);
            end else
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
}
