namespace Seed.BookingsInvoicing.Setup;

/// <summary>
/// Turns token and Graph failures into an error class and one actionable message. Branches on status codes,
/// Graph error codes and AADSTS codes only, never on message texts.
/// </summary>
codeunit 70470005 "BKI Graph Error Mapper"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        NotConfiguredErr: Label 'The Bookings connection is not set up. Open Booking Sync Setup and enter the Tenant ID, the Client ID and the client secret of your Microsoft Entra app registration.';
        BadSecretErr: Label 'Microsoft Entra ID rejected the client secret of app %1. The secret may be wrong or expired: create a new client secret for the app registration and enter it on the Booking Sync Setup page.', Comment = '%1 = client (application) ID';
        WrongTenantErr: Label 'Microsoft Entra ID does not know tenant %1, or app %2 is not registered in it. Check the Tenant ID (directory ID or verified domain) and the Client ID on the Booking Sync Setup page.', Comment = '%1 = tenant ID, %2 = client ID';
        MissingConsentErr: Label 'App %1 is not allowed to use Microsoft Bookings. In the Microsoft Entra admin center, add the application permissions Bookings.Read.All and BookingsAppointment.ReadWrite.All (plus Bookings.ReadWrite.All to sync services) to the app registration, grant admin consent (action Grant Admin Consent on the Booking Sync Setup page), and try again.', Comment = '%1 = client ID';
        NetworkErr: Label 'Business Central could not reach %1. Check the address on the Booking Sync Setup page and your network, and allow this extension to make HTTP requests (Extension Management, Configure, Allow HttpClient Requests).', Comment = '%1 = host address';
        BlockedByEnvironmentErr: Label 'This environment blocks outgoing HTTP requests from the extension, so %1 cannot be reached. Allow HttpClient requests for Bookings Invoicing in Extension Management, or use a production environment.', Comment = '%1 = host address';
        ThrottledErr: Label 'Microsoft Bookings is busy and asked to slow down (HTTP %1) after %2 attempts. Try again in a few minutes.', Comment = '%1 = HTTP status code, %2 = number of attempts';
        NotFoundErr: Label 'Microsoft Graph could not find the requested %1 (HTTP 404). If the Bookings business was deleted or its address changed, select the business again on the Booking Sync Setup page.', Comment = '%1 = kind of resource, e.g. appointments';
        UnauthorizedErr: Label 'Microsoft Graph rejected the access token (HTTP 401) even after a new token was requested. Check that the app registration belongs to tenant %1 and that the Graph Endpoint on the Booking Sync Setup page is correct.', Comment = '%1 = tenant ID';
        ServiceErr: Label 'Microsoft Graph returned an error (HTTP %1, %2). Try again later; if the error persists, check the Microsoft 365 service health.', Comment = '%1 = HTTP status code, %2 = Graph error code';
        BadRequestErr: Label 'Microsoft Graph rejected the request (HTTP %1, %2): %3', Comment = '%1 = HTTP status code, %2 = Graph error code, %3 = Graph error message';
        InvalidResponseErr: Label 'Microsoft Graph returned a response that is not valid JSON (HTTP %1).', Comment = '%1 = HTTP status code';
        TokenFailedErr: Label 'Business Central could not get an access token from Microsoft Entra ID (%1). Check the Tenant ID, the Client ID, the client secret and the Authority URL on the Booking Sync Setup page.', Comment = '%1 = AADSTS error code or "no details"';
        NoDetailsTxt: Label 'no details';
        ForeignHostErr: Label 'The next page link %1 does not belong to the Graph Endpoint %2, so Business Central did not follow it.', Comment = '%1 = the host of the link, %2 = the configured Graph Endpoint';

    /// <summary>Classifies the error text of a failed token request by its AADSTS code.</summary>
    procedure ClassifyTokenError(ErrorText: Text): Enum "BKI Graph Error Class"
    var
        AadCode: Text;
        LowerText: Text;
    begin
        AadCode := ExtractAadstsCode(ErrorText);
        case AadCode of
            'AADSTS7000215', 'AADSTS7000222', 'AADSTS7000216', 'AADSTS7000218':
                exit("BKI Graph Error Class"::"Bad Secret");
            'AADSTS90002', 'AADSTS900023', 'AADSTS90013', 'AADSTS700016', 'AADSTS90019', 'AADSTS90023':
                exit("BKI Graph Error Class"::"Wrong Tenant");
            'AADSTS65001', 'AADSTS650057', 'AADSTS500011', 'AADSTS650052', 'AADSTS70011':
                exit("BKI Graph Error Class"::"Missing Consent");
        end;
        LowerText := ErrorText.ToLower();
        if LowerText.Contains('invalid_client') then
            exit("BKI Graph Error Class"::"Bad Secret");
        if LowerText.Contains('invalid_tenant') or LowerText.Contains('unauthorized_client') then
            exit("BKI Graph Error Class"::"Wrong Tenant");
        if LowerText.Contains('consent_required') or LowerText.Contains('invalid_scope') then
            exit("BKI Graph Error Class"::"Missing Consent");
        if LowerText.Contains('no such host') or LowerText.Contains('unable to connect') or LowerText.Contains('name or service not known') or LowerText.Contains('timed out') then
            exit("BKI Graph Error Class"::Network);
        exit("BKI Graph Error Class"::Unauthorized);
    end;

    /// <summary>Classifies a failed Graph response by status code and Graph error code.</summary>
    procedure ClassifyHttpError(StatusCode: Integer; GraphErrorCode: Text): Enum "BKI Graph Error Class"
    begin
        case StatusCode of
            401:
                exit("BKI Graph Error Class"::Unauthorized);
            403:
                exit("BKI Graph Error Class"::"Missing Consent");
            404:
                exit("BKI Graph Error Class"::"Not Found");
            429, 503, 504:
                exit("BKI Graph Error Class"::Throttled);
        end;
        if GraphErrorCode.ToLower() in ['accessdenied', 'erroraccessdenied', 'authorization_requestdenied', 'forbidden'] then
            exit("BKI Graph Error Class"::"Missing Consent");
        if GraphErrorCode.ToLower() in ['activitylimitreached', 'toomanyrequests'] then
            exit("BKI Graph Error Class"::Throttled);
        if StatusCode >= 500 then
            exit("BKI Graph Error Class"::"Service Error");
        exit("BKI Graph Error Class"::"Bad Request");
    end;

    /// <summary>Tells whether a status code is worth retrying after a wait.</summary>
    procedure IsRetryable(StatusCode: Integer): Boolean
    begin
        exit(StatusCode in [429, 503, 504]);
    end;

    procedure NotConfiguredMessage(): Text
    begin
        exit(NotConfiguredErr);
    end;

    procedure TokenErrorMessage(ErrorClass: Enum "BKI Graph Error Class"; BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; ErrorText: Text): Text
    var
        AadCode: Text;
    begin
        case ErrorClass of
            "BKI Graph Error Class"::"Bad Secret":
                exit(StrSubstNo(BadSecretErr, BKIBookingSyncSetup."Client ID"));
            "BKI Graph Error Class"::"Wrong Tenant":
                exit(StrSubstNo(WrongTenantErr, BKIBookingSyncSetup."Tenant ID", BKIBookingSyncSetup."Client ID"));
            "BKI Graph Error Class"::"Missing Consent":
                exit(StrSubstNo(MissingConsentErr, BKIBookingSyncSetup."Client ID"));
            "BKI Graph Error Class"::Network:
                exit(StrSubstNo(NetworkErr, HostOf(BKIBookingSyncSetup."Authority URL")));
        end;
        AadCode := ExtractAadstsCode(ErrorText);
        if AadCode = '' then
            AadCode := NoDetailsTxt;
        exit(StrSubstNo(TokenFailedErr, AadCode));
    end;

    procedure HttpErrorMessage(ErrorClass: Enum "BKI Graph Error Class"; BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; StatusCode: Integer; GraphErrorCode: Text; GraphErrorMessage: Text; Attempts: Integer; ResourceKind: Text): Text
    begin
        case ErrorClass of
            "BKI Graph Error Class"::"Missing Consent":
                exit(StrSubstNo(MissingConsentErr, BKIBookingSyncSetup."Client ID"));
            "BKI Graph Error Class"::Throttled:
                exit(StrSubstNo(ThrottledErr, StatusCode, Attempts));
            "BKI Graph Error Class"::"Not Found":
                exit(StrSubstNo(NotFoundErr, ResourceKind));
            "BKI Graph Error Class"::Unauthorized:
                exit(StrSubstNo(UnauthorizedErr, BKIBookingSyncSetup."Tenant ID"));
            "BKI Graph Error Class"::"Service Error":
                exit(StrSubstNo(ServiceErr, StatusCode, GraphErrorCode));
        end;
        exit(StrSubstNo(BadRequestErr, StatusCode, GraphErrorCode, GraphErrorMessage));
    end;

    procedure NetworkErrorMessage(Url: Text; BlockedByEnvironment: Boolean): Text
    begin
        if BlockedByEnvironment then
            exit(StrSubstNo(BlockedByEnvironmentErr, HostOf(Url)));
        exit(StrSubstNo(NetworkErr, HostOf(Url)));
    end;

    procedure InvalidResponseMessage(StatusCode: Integer): Text
    begin
        exit(StrSubstNo(InvalidResponseErr, StatusCode));
    end;

    procedure ForeignHostMessage(Url: Text; GraphEndpoint: Text): Text
    begin
        exit(StrSubstNo(ForeignHostErr, HostOf(Url), GraphEndpoint));
    end;

    /// <summary>Reads error.code and error.message from a Graph error body.</summary>
    procedure ReadGraphError(ResponseText: Text; var GraphErrorCode: Text; var GraphErrorMessage: Text)
    var
        Body: JsonObject;
        ErrorToken: JsonToken;
        ValueToken: JsonToken;
    begin
        GraphErrorCode := '';
        GraphErrorMessage := '';
        if ResponseText = '' then
            exit;
        if not Body.ReadFrom(ResponseText) then
            exit;
        if not Body.Get('error', ErrorToken) then
            exit;
        if not ErrorToken.IsObject() then
            exit;
        if ErrorToken.AsObject().Get('code', ValueToken) then
            if ValueToken.IsValue() then
                if not ValueToken.AsValue().IsNull() then
                    GraphErrorCode := CopyStr(ValueToken.AsValue().AsText(), 1, 100);
        if ErrorToken.AsObject().Get('message', ValueToken) then
            if ValueToken.IsValue() then
                if not ValueToken.AsValue().IsNull() then
                    GraphErrorMessage := CopyStr(ValueToken.AsValue().AsText(), 1, 1024);
    end;

    /// <summary>Finds the first AADSTS code (e.g. AADSTS7000215) in an identity platform error.</summary>
    procedure ExtractAadstsCode(ErrorText: Text): Text
    var
        Position: Integer;
        Index: Integer;
        Digits: Text;
    begin
        Position := StrPos(UpperCase(ErrorText), 'AADSTS');
        if Position = 0 then
            exit('');
        Index := Position + 6;
        while (Index <= StrLen(ErrorText)) and (ErrorText[Index] in ['0' .. '9']) do begin
            Digits += ErrorText[Index];
            Index += 1;
        end;
        if Digits = '' then
            exit('');
        exit('AADSTS' + Digits);
    end;

    /// <summary>The scheme and host of a URL, without path or query (safe to show and log).</summary>
    procedure HostOf(Url: Text): Text
    var
        SchemeEnd: Integer;
        Rest: Text;
        PathStart: Integer;
    begin
        SchemeEnd := StrPos(Url, '://');
        if SchemeEnd = 0 then
            exit('');
        Rest := CopyStr(Url, SchemeEnd + 3);
        PathStart := StrPos(Rest, '/');
        if PathStart > 0 then
            Rest := CopyStr(Rest, 1, PathStart - 1);
        PathStart := StrPos(Rest, '?');
        if PathStart > 0 then
            Rest := CopyStr(Rest, 1, PathStart - 1);
        exit(CopyStr(Url, 1, SchemeEnd + 2) + Rest);
    end;
}
