namespace Seed.BookingsInvoicing.Setup;

using System.Utilities;

/// <summary>
/// Implementation of codeunit "BKI Graph Client": the single path for every Microsoft Graph request.
/// Base URL from setup, bearer token from the session cache, JSON in and out, retries with Retry-After on
/// 429/503/504, one token refresh after a 401, telemetry without personal data, and actionable errors.
/// </summary>
codeunit 70470002 "BKI Graph Client Impl."
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        BKIGraphTokenCache: Codeunit "BKI Graph Token Cache";
        BKIGraphErrorMapper: Codeunit "BKI Graph Error Mapper";
        BKITelemetry: Codeunit "BKI Telemetry";
        LastErrorClass: Enum "BKI Graph Error Class";
        LastErrorMessage: Text;
        LastStatusCode: Integer;
        LastGraphErrorCode: Text;
        BusinessesPathTok: Label '/solutions/bookingBusinesses', Locked = true;
        TooManyPagesErr: Label 'Microsoft Graph returned more than %1 pages for one list. Business Central stopped reading to protect the service.', Comment = '%1 = maximum number of pages';
        NoValueArrayErr: Label 'Microsoft Graph answered the %1 list without a "value" array (HTTP %2). The response is malformed, so nothing from it was written. Synchronize again later; if this keeps happening, check the Graph Endpoint on the Booking Sync Setup page.', Comment = '%1 = kind of list, e.g. customers, %2 = HTTP status code';
        RequestTelemetryMsg: Label 'Bookings Graph request completed.', Locked = true;
        RequestFailedTelemetryMsg: Label 'Bookings Graph request failed.', Locked = true;
        RequestRetriedTelemetryMsg: Label 'Bookings Graph request retried.', Locked = true;
        TokenAcquiredTelemetryMsg: Label 'Bookings Graph access token acquired.', Locked = true;
        TokenFailedTelemetryMsg: Label 'Bookings Graph access token could not be acquired.', Locked = true;
        OpenSetupActionLbl: Label 'Open Booking Sync Setup';

    procedure GetJson(RelativePath: Text): JsonObject
    var
        Result: JsonObject;
        EmptyBody: JsonObject;
    begin
        if not Send('GET', RelativePath, EmptyBody, false, Result) then
            RaiseLastError();
        exit(Result);
    end;

    procedure TryGetJson(RelativePath: Text; var Result: JsonObject; var ErrorText: Text): Boolean
    var
        EmptyBody: JsonObject;
    begin
        ErrorText := '';
        if Send('GET', RelativePath, EmptyBody, false, Result) then
            exit(true);
        ErrorText := LastErrorMessage;
        exit(false);
    end;

    procedure GetAllPages(RelativePath: Text; var Values: JsonArray)
    var
        PageObject: JsonObject;
        ValueToken: JsonToken;
        LinkToken: JsonToken;
        Item: JsonToken;
        NextPath: Text;
        PageCount: Integer;
    begin
        NextPath := RelativePath;
        while NextPath <> '' do begin
            PageCount += 1;
            if PageCount > MaxPages() then
                Error(TooManyPagesErr, MaxPages());
            PageObject := GetJson(NextPath);
            // A list page without a "value" array is malformed, not empty: reading it as empty would let the caller
            // mark records as gone. Fail the whole list; the caller writes nothing and reads it again next time.
            if not PageObject.Get('value', ValueToken) then
                Error(NoValueArrayErr, GetResourceKind(NextPath), LastStatusCode);
            if not ValueToken.IsArray() then
                Error(NoValueArrayErr, GetResourceKind(NextPath), LastStatusCode);
            foreach Item in ValueToken.AsArray() do
                Values.Add(Item);
            NextPath := '';
            if PageObject.Get('@odata.nextLink', LinkToken) then
                if LinkToken.IsValue() then
                    if not LinkToken.AsValue().IsNull() then
                        NextPath := LinkToken.AsValue().AsText();
        end;
    end;

    procedure PostJson(RelativePath: Text; Body: JsonObject): JsonObject
    var
        Result: JsonObject;
    begin
        if not Send('POST', RelativePath, Body, true, Result) then
            RaiseLastError();
        exit(Result);
    end;

    procedure PatchJson(RelativePath: Text; Body: JsonObject)
    var
        Result: JsonObject;
    begin
        if not Send('PATCH', RelativePath, Body, true, Result) then
            RaiseLastError();
    end;

    procedure Delete(RelativePath: Text)
    var
        Result: JsonObject;
        EmptyBody: JsonObject;
    begin
        if not Send('DELETE', RelativePath, EmptyBody, false, Result) then
            RaiseLastError();
    end;

    procedure BusinessPath(): Text
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        Uri: Codeunit Uri;
    begin
        BKIBookingSyncSetup.GetSetup();
        BKIBookingSyncSetup.TestSetupComplete(true);
        exit(BusinessesPathTok + '/' + Uri.EscapeDataString(BKIBookingSyncSetup."Business ID"));
    end;

    procedure BusinessesPath(): Text
    begin
        exit(BusinessesPathTok);
    end;

    procedure ResetTokenCache()
    begin
        BKIGraphTokenCache.Reset();
    end;

    procedure GetLastErrorClass(): Enum "BKI Graph Error Class"
    begin
        exit(LastErrorClass);
    end;

    procedure GetLastErrorMessage(): Text
    begin
        exit(LastErrorMessage);
    end;

    procedure GetLastStatusCode(): Integer
    begin
        exit(LastStatusCode);
    end;

    local procedure Send(Method: Text; RelativePath: Text; Body: JsonObject; HasBody: Boolean; var Result: JsonObject): Boolean
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        Client: HttpClient;
        Request: HttpRequestMessage;
        Response: HttpResponseMessage;
        Url: Text;
        ResponseText: Text;
        TokenErrorText: Text;
        GraphErrorMessage: Text;
        ClientRequestId: Text;
        ResourceKind: Text;
        Attempt: Integer;
        StartedAt: DateTime;
        TokenRefreshed: Boolean;
        Done: Boolean;
        Succeeded: Boolean;
    begin
        ClearLastFailure();
        Clear(Result);
        ResourceKind := GetResourceKind(RelativePath);
        if not BKIBookingSyncSetup.Get() then
            exit(Fail("BKI Graph Error Class"::"Not Configured", BKIGraphErrorMapper.NotConfiguredMessage(), Method, ResourceKind, 0));
        if not BKIBookingSyncSetup.IsSetupComplete(false) then
            exit(Fail("BKI Graph Error Class"::"Not Configured", BKIGraphErrorMapper.NotConfiguredMessage(), Method, ResourceKind, 0));
        if not BuildUrl(BKIBookingSyncSetup, RelativePath, Url) then
            exit(Fail("BKI Graph Error Class"::"Bad Request", BKIGraphErrorMapper.ForeignHostMessage(RelativePath, BKIBookingSyncSetup."Graph Endpoint"), Method, ResourceKind, 0));

        while not Done do begin
            Attempt += 1;
            ClientRequestId := Format(CreateGuid(), 0, 4);
            Clear(Request);
            Clear(Response);
            if not PrepareAuthorizedRequest(BKIBookingSyncSetup, Request, Method, Url, Body, HasBody, ClientRequestId, TokenErrorText) then begin
                LastErrorClass := BKIGraphErrorMapper.ClassifyTokenError(TokenErrorText);
                exit(Fail(LastErrorClass, BKIGraphErrorMapper.TokenErrorMessage(LastErrorClass, BKIBookingSyncSetup, TokenErrorText), Method, ResourceKind, Attempt));
            end;
            StartedAt := CurrentDateTime();
            if not Client.Send(Request, Response) then begin
                LastStatusCode := 0;
                exit(Fail("BKI Graph Error Class"::Network, BKIGraphErrorMapper.NetworkErrorMessage(Url, Response.IsBlockedByEnvironment()), Method, ResourceKind, Attempt));
            end;

            LastStatusCode := Response.HttpStatusCode();
            ResponseText := '';
            if not Response.Content().ReadAs(ResponseText) then
                ResponseText := '';

            case true of
                Response.IsSuccessStatusCode():
                    begin
                        Done := true;
                        Succeeded := ParseBody(ResponseText, Result);
                        if not Succeeded then
                            exit(Fail("BKI Graph Error Class"::"Invalid Response", BKIGraphErrorMapper.InvalidResponseMessage(LastStatusCode), Method, ResourceKind, Attempt));
                        LogRequest(Method, ResourceKind, Attempt, StartedAt, ClientRequestId);
                    end;
                (LastStatusCode = 401) and not TokenRefreshed:
                    begin
                        // The token may have been revoked or expired early: get one new token, then try once more.
                        TokenRefreshed := true;
                        BKIGraphTokenCache.Reset();
                        LogRetry(Method, ResourceKind, Attempt, 0, ClientRequestId);
                    end;
                BKIGraphErrorMapper.IsRetryable(LastStatusCode) and (Attempt < MaxAttempts()):
                    begin
                        LogRetry(Method, ResourceKind, Attempt, GetRetryDelayMs(Response, Attempt), ClientRequestId);
                        WaitBeforeRetry(GetRetryDelayMs(Response, Attempt));
                    end;
                else begin
                    BKIGraphErrorMapper.ReadGraphError(ResponseText, LastGraphErrorCode, GraphErrorMessage);
                    LastErrorClass := BKIGraphErrorMapper.ClassifyHttpError(LastStatusCode, LastGraphErrorCode);
                    exit(Fail(LastErrorClass, BKIGraphErrorMapper.HttpErrorMessage(LastErrorClass, BKIBookingSyncSetup, LastStatusCode, LastGraphErrorCode, GraphErrorMessage, Attempt, ResourceKind), Method, ResourceKind, Attempt));
                end;
            end;
        end;
        exit(Succeeded);
    end;

    /// <summary>Acquires the bearer token and builds the request with it; the token never leaves this procedure.</summary>
    [NonDebuggable]
    local procedure PrepareAuthorizedRequest(var BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; var Request: HttpRequestMessage; Method: Text; Url: Text; Body: JsonObject; HasBody: Boolean; ClientRequestId: Text; var TokenErrorText: Text): Boolean
    var
        AccessToken: SecretText;
    begin
        if not AcquireToken(BKIBookingSyncSetup, AccessToken, TokenErrorText) then
            exit(false);
        BuildRequest(Request, Method, Url, AccessToken, Body, HasBody, ClientRequestId);
        exit(true);
    end;

    [NonDebuggable]
    local procedure AcquireToken(var BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; var AccessToken: SecretText; var TokenErrorText: Text): Boolean
    var
        Dimensions: Dictionary of [Text, Text];
        HadToken: Boolean;
    begin
        HadToken := BKIGraphTokenCache.HasCachedToken();
        if BKIGraphTokenCache.GetToken(BKIBookingSyncSetup, AccessToken, TokenErrorText) then begin
            if not HadToken then
                BKITelemetry.LogUsage(BKITelemetry.TokenAcquiredEventId(), TokenAcquiredTelemetryMsg, Dimensions);
            exit(true);
        end;
        Dimensions.Add('ErrorClass', Format(BKIGraphErrorMapper.ClassifyTokenError(TokenErrorText)));
        Dimensions.Add('AadErrorCode', BKIGraphErrorMapper.ExtractAadstsCode(TokenErrorText));
        BKITelemetry.LogError(BKITelemetry.TokenFailedEventId(), TokenFailedTelemetryMsg, Dimensions);
        exit(false);
    end;

    [NonDebuggable]
    local procedure BuildRequest(var Request: HttpRequestMessage; Method: Text; Url: Text; AccessToken: SecretText; Body: JsonObject; HasBody: Boolean; ClientRequestId: Text)
    var
        Headers: HttpHeaders;
        ContentHeaders: HttpHeaders;
        Content: HttpContent;
        BodyText: Text;
    begin
        Request.Method(Method);
        Request.SetRequestUri(Url);
        Request.GetHeaders(Headers);
        Headers.Add('Authorization', SecretStrSubstNo('Bearer %1', AccessToken));
        Headers.Add('Accept', 'application/json');
        Headers.Add('client-request-id', ClientRequestId);
        if not HasBody then
            exit;
        Body.WriteTo(BodyText);
        Content.WriteFrom(BodyText);
        Content.GetHeaders(ContentHeaders);
        if ContentHeaders.Contains('Content-Type') then
            ContentHeaders.Remove('Content-Type');
        ContentHeaders.Add('Content-Type', 'application/json');
        Request.Content(Content);
    end;

    local procedure BuildUrl(BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; RelativePath: Text; var Url: Text): Boolean
    var
        Endpoint: Text;
    begin
        Endpoint := BKIBookingSyncSetup."Graph Endpoint".TrimEnd('/');
        if RelativePath.ToLower().StartsWith('https://') or RelativePath.ToLower().StartsWith('http://') then begin
            // Next page links are absolute. Never send the token to another host than the configured endpoint.
            if not RelativePath.ToLower().StartsWith(Endpoint.ToLower() + '/') then
                exit(false);
            Url := RelativePath;
            exit(true);
        end;
        if not RelativePath.StartsWith('/') then
            RelativePath := '/' + RelativePath;
        Url := Endpoint + RelativePath;
        exit(true);
    end;

    local procedure ParseBody(ResponseText: Text; var Result: JsonObject): Boolean
    begin
        if DelChr(ResponseText, '<>', ' ') = '' then
            exit(true);
        exit(Result.ReadFrom(ResponseText));
    end;

    local procedure GetRetryDelayMs(var Response: HttpResponseMessage; Attempt: Integer): Integer
    var
        Values: List of [Text];
        RetryAfterSeconds: Integer;
        BackoffMs: Integer;
        Step: Integer;
    begin
        if Response.Headers().Contains('Retry-After') then
            if Response.Headers().GetValues('Retry-After', Values) then
                if Values.Count() > 0 then
                    if Evaluate(RetryAfterSeconds, Values.Get(1)) then begin
                        if RetryAfterSeconds < 0 then
                            RetryAfterSeconds := 0;
                        if RetryAfterSeconds > MaxRetryAfterSeconds() then
                            RetryAfterSeconds := MaxRetryAfterSeconds();
                        exit(RetryAfterSeconds * 1000);
                    end;
        // No Retry-After (Bookings does not always send it): exponential backoff 2, 4, 8 seconds.
        BackoffMs := 1000;
        for Step := 1 to Attempt do
            BackoffMs := BackoffMs * 2;
        exit(BackoffMs);
    end;

    local procedure WaitBeforeRetry(DelayMs: Integer)
    var
        IsHandled: Boolean;
    begin
        OnBeforeWaitBeforeRetry(DelayMs, IsHandled);
        if IsHandled then
            exit;
        Sleep(DelayMs);
    end;

    local procedure Fail(ErrorClass: Enum "BKI Graph Error Class"; Message: Text; Method: Text; ResourceKind: Text; Attempts: Integer): Boolean
    var
        Dimensions: Dictionary of [Text, Text];
    begin
        LastErrorClass := ErrorClass;
        LastErrorMessage := Message;
        Dimensions.Add('Method', Method);
        Dimensions.Add('Resource', ResourceKind);
        Dimensions.Add('StatusCode', Format(LastStatusCode));
        Dimensions.Add('ErrorClass', Format(ErrorClass));
        Dimensions.Add('GraphErrorCode', LastGraphErrorCode);
        Dimensions.Add('Attempts', Format(Attempts));
        BKITelemetry.LogError(BKITelemetry.GraphRequestFailedEventId(), RequestFailedTelemetryMsg, Dimensions);
        exit(false);
    end;

    local procedure LogRequest(Method: Text; ResourceKind: Text; Attempts: Integer; StartedAt: DateTime; ClientRequestId: Text)
    var
        Dimensions: Dictionary of [Text, Text];
        ElapsedMs: BigInteger;
    begin
        ElapsedMs := CurrentDateTime() - StartedAt;
        Dimensions.Add('Method', Method);
        Dimensions.Add('Resource', ResourceKind);
        Dimensions.Add('StatusCode', Format(LastStatusCode));
        Dimensions.Add('Attempts', Format(Attempts));
        Dimensions.Add('DurationMs', Format(ElapsedMs));
        Dimensions.Add('ClientRequestId', ClientRequestId);
        BKITelemetry.LogUsage(BKITelemetry.GraphRequestEventId(), RequestTelemetryMsg, Dimensions);
    end;

    local procedure LogRetry(Method: Text; ResourceKind: Text; Attempt: Integer; DelayMs: Integer; ClientRequestId: Text)
    var
        Dimensions: Dictionary of [Text, Text];
    begin
        Dimensions.Add('Method', Method);
        Dimensions.Add('Resource', ResourceKind);
        Dimensions.Add('StatusCode', Format(LastStatusCode));
        Dimensions.Add('Attempt', Format(Attempt));
        Dimensions.Add('DelayMs', Format(DelayMs));
        Dimensions.Add('ClientRequestId', ClientRequestId);
        BKITelemetry.LogWarning(BKITelemetry.GraphRequestRetriedEventId(), RequestRetriedTelemetryMsg, Dimensions);
    end;

    /// <summary>
    /// The kind of resource a path addresses (e.g. appointments), without any ID, e-mail or query, so it is safe
    /// for telemetry and messages.
    /// </summary>
    procedure GetResourceKind(RelativePath: Text): Text
    var
        Segments: List of [Text];
        Segment: Text;
        Kind: Text;
        QueryStart: Integer;
    begin
        QueryStart := StrPos(RelativePath, '?');
        if QueryStart > 0 then
            RelativePath := CopyStr(RelativePath, 1, QueryStart - 1);
        Segments := RelativePath.Split('/');
        Kind := 'other';
        foreach Segment in Segments do
            if Segment in ['bookingBusinesses', 'appointments', 'calendarView', 'customers', 'services', 'staffMembers', 'customQuestions'] then
                Kind := Segment;
        exit(Kind);
    end;

    local procedure ClearLastFailure()
    begin
        LastErrorClass := "BKI Graph Error Class"::None;
        LastErrorMessage := '';
        LastStatusCode := 0;
        LastGraphErrorCode := '';
    end;

    local procedure RaiseLastError()
    var
        FailureInfo: ErrorInfo;
    begin
        FailureInfo := ErrorInfo.Create(LastErrorMessage);
        FailureInfo.ErrorType := ErrorType::Client;
        if LastErrorClass in ["BKI Graph Error Class"::"Not Configured", "BKI Graph Error Class"::"Bad Secret", "BKI Graph Error Class"::"Wrong Tenant", "BKI Graph Error Class"::"Missing Consent", "BKI Graph Error Class"::Unauthorized] then begin
            FailureInfo.PageNo := Page::"BKI Booking Sync Setup";
            FailureInfo.AddNavigationAction(OpenSetupActionLbl);
        end;
        Error(FailureInfo);
    end;

    local procedure MaxAttempts(): Integer
    begin
        exit(4);
    end;

    local procedure MaxRetryAfterSeconds(): Integer
    begin
        exit(60);
    end;

    local procedure MaxPages(): Integer
    begin
        exit(1000);
    end;

    /// <summary>Raised before waiting between retries; tests handle it so that they do not sleep.</summary>
    [InternalEvent(false)]
    local procedure OnBeforeWaitBeforeRetry(DelayMs: Integer; var IsHandled: Boolean)
    begin
    end;
}
