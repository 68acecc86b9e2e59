namespace Seed.BookingsInvoicing.Test.Setup;

using Seed.BookingsInvoicing.Setup;
using System.TestLibraries.Utilities;

/// <summary>
/// Test Connection: success and each failure class (bad or expired secret, wrong tenant, app not in tenant, missing
/// consent at token and Graph level, network, throttling, rejected token, not configured), with canned Graph responses.
/// </summary>
codeunit 70470211 "BKI Connection Test Tests"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        LibraryAssert: Codeunit "Library Assert";
        LibraryVariableStorage: Codeunit "Library - Variable Storage";
        BKISetupTestLibrary: Codeunit "BKI Setup Test Library";
        BKIFakeTokenProvider: Codeunit "BKI Fake Token Provider";
        BKISetupTestSubscribers: Codeunit "BKI Setup Test Subscribers";
        RequestedUrls: List of [Text];
        IsInitialized: Boolean;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure TestConnectionSucceedsAndCountsBusinesses()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ErrorClass: Enum "BKI Graph Error Class";
        ResultText: Text;
        BusinessCount: Integer;
        ClientSecret: Text;
    begin
        // [SCENARIO] Test Connection acquires a token for Graph and lists the businesses the app can see.
        Initialize();
        // [GIVEN] A setup with tenant, client ID and secret
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        // [GIVEN] Graph lists two businesses
        LibraryVariableStorage.Enqueue('businesses');

        // [WHEN] The connection is tested
        LibraryAssert.IsTrue(TestConnection(BKIBookingSyncSetup, ErrorClass, ResultText, BusinessCount), 'Test Connection should succeed.');

        // [THEN] Two businesses, no error class, a success text with the count
        LibraryAssert.AreEqual(2, BusinessCount, 'Business count');
        LibraryAssert.AreEqual("BKI Graph Error Class"::None, ErrorClass, 'Error class');
        LibraryAssert.IsTrue(ResultText.Contains('2'), 'The result names the number of businesses: ' + ResultText);
        // [THEN] The token was requested once, for Graph, at the tenant's v2.0 endpoint, with a secret
        LibraryAssert.AreEqual(1, BKIFakeTokenProvider.GetCallCount(), 'Token requests');
        LibraryAssert.AreEqual('https://login.microsoftonline.com/' + BKIBookingSyncSetup."Tenant ID" + '/oauth2/v2.0/token', BKIFakeTokenProvider.GetLastTokenEndpoint(), 'Token endpoint');
        LibraryAssert.AreEqual('https://graph.microsoft.com/.default', BKIFakeTokenProvider.GetLastScope(), 'Scope');
        LibraryAssert.AreEqual(BKIBookingSyncSetup."Client ID", BKIFakeTokenProvider.GetLastClientId(), 'Client ID');
        LibraryAssert.IsFalse(BKIFakeTokenProvider.GetLastSecretWasEmpty(), 'The stored secret must reach the token provider.');
        // [THEN] The request went to the businesses collection; the result is stored on the setup
        LibraryAssert.AreEqual(BKISetupTestLibrary.BusinessesUrl(), RequestedUrls.Get(1), 'Requested URL');
        BKIBookingSyncSetup.Get();
        LibraryAssert.AreNotEqual(0DT, BKIBookingSyncSetup."Last Connection Test", 'Last Connection Test');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure TestConnectionWithoutBusinessesStillSucceeds()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ErrorClass: Enum "BKI Graph Error Class";
        ResultText: Text;
        BusinessCount: Integer;
        ClientSecret: Text;
    begin
        // [SCENARIO] Valid credentials but no shared Bookings calendar: success, with a hint.
        Initialize();
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        LibraryVariableStorage.Enqueue('businesses-empty');

        LibraryAssert.IsTrue(TestConnection(BKIBookingSyncSetup, ErrorClass, ResultText, BusinessCount), 'Test Connection should succeed.');

        LibraryAssert.AreEqual(0, BusinessCount, 'Business count');
        LibraryAssert.IsTrue(ResultText.Contains('Bookings.Read.All'), 'The hint names the permission: ' + ResultText);
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure TestConnectionMalformedListIsNotASuccess()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ErrorClass: Enum "BKI Graph Error Class";
        ResultText: Text;
        BusinessCount: Integer;
        ClientSecret: Text;
    begin
        // [SCENARIO] A 2xx answer without a "value" array proves nothing: the test fails as an invalid response.
        Initialize();
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        LibraryVariableStorage.Enqueue('businesses-no-value');

        LibraryAssert.IsFalse(TestConnection(BKIBookingSyncSetup, ErrorClass, ResultText, BusinessCount), 'Test Connection must not succeed on a malformed answer.');

        LibraryAssert.AreEqual("BKI Graph Error Class"::"Invalid Response", ErrorClass, 'Error class');
        LibraryAssert.IsTrue(ResultText.Contains('"value"'), 'The message names the malformed answer: ' + ResultText);
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    procedure TestConnectionBadSecret()
    begin
        // [SCENARIO] The identity platform rejects the secret (AADSTS7000215): class Bad Secret, no Graph call.
        VerifyTokenFailure('AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID. Trace ID: 0000', "BKI Graph Error Class"::"Bad Secret", 'client secret');
    end;

    [Test]
    procedure TestConnectionExpiredSecret()
    begin
        // [SCENARIO] The secret has expired (AADSTS7000222): class Bad Secret.
        VerifyTokenFailure('AADSTS7000222: The provided client secret keys for app are expired.', "BKI Graph Error Class"::"Bad Secret", 'new client secret');
    end;

    [Test]
    procedure TestConnectionWrongTenant()
    begin
        // [SCENARIO] The tenant does not exist (AADSTS90002): class Wrong Tenant, the message names the tenant field.
        VerifyTokenFailure('AADSTS90002: Tenant ''contoso.example'' not found.', "BKI Graph Error Class"::"Wrong Tenant", 'Tenant ID');
    end;

    [Test]
    procedure TestConnectionAppNotInTenant()
    begin
        // [SCENARIO] The app registration is not in the tenant (AADSTS700016): class Wrong Tenant.
        VerifyTokenFailure('AADSTS700016: Application with identifier was not found in the directory.', "BKI Graph Error Class"::"Wrong Tenant", 'Client ID');
    end;

    [Test]
    procedure TestConnectionConsentMissingAtToken()
    begin
        // [SCENARIO] Admin consent is missing (AADSTS65001): class Missing Consent, the message says how to grant it.
        VerifyTokenFailure('AADSTS65001: The user or administrator has not consented to use the application.', "BKI Graph Error Class"::"Missing Consent", 'admin consent');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure TestConnectionPermissionMissingAtGraph()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ErrorClass: Enum "BKI Graph Error Class";
        ResultText: Text;
        BusinessCount: Integer;
        ClientSecret: Text;
    begin
        // [SCENARIO] A token is issued but Graph answers 403 ErrorAccessDenied: class Missing Consent.
        Initialize();
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        LibraryVariableStorage.Enqueue('403');

        LibraryAssert.IsFalse(TestConnection(BKIBookingSyncSetup, ErrorClass, ResultText, BusinessCount), 'Test Connection should fail.');

        LibraryAssert.AreEqual("BKI Graph Error Class"::"Missing Consent", ErrorClass, 'Error class');
        LibraryAssert.IsTrue(ResultText.Contains('Bookings.Read.All'), 'The message names the permission: ' + ResultText);
        LibraryAssert.IsTrue(ResultText.Contains(BKIBookingSyncSetup."Client ID"), 'The message names the app: ' + ResultText);
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure TestConnectionNetworkFailure()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ErrorClass: Enum "BKI Graph Error Class";
        ResultText: Text;
        BusinessCount: Integer;
        ClientSecret: Text;
    begin
        // [SCENARIO] The request never gets an answer (blocked outbound request): class Network, the host is named.
        Initialize();
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        LibraryVariableStorage.Enqueue('unhandled');

        LibraryAssert.IsFalse(TestConnection(BKIBookingSyncSetup, ErrorClass, ResultText, BusinessCount), 'Test Connection should fail.');

        LibraryAssert.AreEqual("BKI Graph Error Class"::Network, ErrorClass, 'Error class');
        LibraryAssert.IsTrue(ResultText.Contains('https://graph.microsoft.com'), 'The message names the host: ' + ResultText);
        LibraryAssert.IsFalse(ResultText.Contains('bookingBusinesses'), 'The message shows the host only, not the path: ' + ResultText);
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure TestConnectionThrottledAfterRetries()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ErrorClass: Enum "BKI Graph Error Class";
        ResultText: Text;
        BusinessCount: Integer;
        ClientSecret: Text;
        Delay: Integer;
    begin
        // [SCENARIO] Graph keeps answering 429 with Retry-After: 3 retries honouring the header, then class Throttled.
        Initialize();
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        LibraryVariableStorage.Enqueue('429');
        LibraryVariableStorage.Enqueue('429');
        LibraryVariableStorage.Enqueue('429');
        LibraryVariableStorage.Enqueue('429');

        LibraryAssert.IsFalse(TestConnection(BKIBookingSyncSetup, ErrorClass, ResultText, BusinessCount), 'Test Connection should fail.');

        LibraryAssert.AreEqual("BKI Graph Error Class"::Throttled, ErrorClass, 'Error class');
        LibraryAssert.AreEqual(4, RequestedUrls.Count(), 'Attempts');
        LibraryAssert.AreEqual(3, BKISetupTestSubscribers.GetRetryDelays().Count(), 'Waits between attempts');
        foreach Delay in BKISetupTestSubscribers.GetRetryDelays() do
            LibraryAssert.AreEqual(7000, Delay, 'Retry-After: 7 must be honoured');
        LibraryAssert.IsTrue(ResultText.Contains('429'), 'The message names the status: ' + ResultText);
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure TestConnectionRejectedTokenIsRefreshedOnce()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ErrorClass: Enum "BKI Graph Error Class";
        ResultText: Text;
        BusinessCount: Integer;
        ClientSecret: Text;
    begin
        // [SCENARIO] Graph answers 401 twice: one new token, then class Unauthorized (no endless loop).
        Initialize();
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        LibraryVariableStorage.Enqueue('401');
        LibraryVariableStorage.Enqueue('401');

        LibraryAssert.IsFalse(TestConnection(BKIBookingSyncSetup, ErrorClass, ResultText, BusinessCount), 'Test Connection should fail.');

        LibraryAssert.AreEqual("BKI Graph Error Class"::Unauthorized, ErrorClass, 'Error class');
        LibraryAssert.AreEqual(2, BKIFakeTokenProvider.GetCallCount(), 'Exactly one token refresh');
        LibraryAssert.AreEqual(2, RequestedUrls.Count(), 'Requests');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    procedure TestConnectionNotConfigured()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ErrorClass: Enum "BKI Graph Error Class";
        ResultText: Text;
        BusinessCount: Integer;
    begin
        // [SCENARIO] No credentials: class Not Configured, no token request and no HTTP request.
        Initialize();
        BKISetupTestLibrary.ResetEnvironment();
        BKIBookingSyncSetup.GetSetup();

        LibraryAssert.IsFalse(TestConnection(BKIBookingSyncSetup, ErrorClass, ResultText, BusinessCount), 'Test Connection should fail.');

        LibraryAssert.AreEqual("BKI Graph Error Class"::"Not Configured", ErrorClass, 'Error class');
        LibraryAssert.AreEqual(0, BKIFakeTokenProvider.GetCallCount(), 'Token requests');
    end;

    [Test]
    [HandlerFunctions('GraphHandler,MessageHandler')]
    procedure TestConnectionActionOnSetupPageShowsResult()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIBookingSyncSetupPage: TestPage "BKI Booking Sync Setup";
        ClientSecret: Text;
    begin
        // [SCENARIO] The Test Connection action on the setup card shows the success message.
        Initialize();
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        LibraryVariableStorage.Enqueue('businesses');

        BKIBookingSyncSetupPage.OpenEdit();
        BKIBookingSyncSetupPage.TestConnection.Invoke();
        BKIBookingSyncSetupPage.Close();

        LibraryAssert.IsTrue(LibraryVariableStorage.DequeueText().Contains('2'), 'Success message with the number of businesses');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure TestConnectionActionOnSetupPageRaisesActionableError()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIBookingSyncSetupPage: TestPage "BKI Booking Sync Setup";
        ClientSecret: Text;
    begin
        // [SCENARIO] The Test Connection action raises the mapped error when Graph refuses access.
        Initialize();
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        LibraryVariableStorage.Enqueue('403');

        BKIBookingSyncSetupPage.OpenEdit();
        asserterror BKIBookingSyncSetupPage.TestConnection.Invoke();

        LibraryAssert.ExpectedError('admin consent');
        LibraryVariableStorage.AssertEmpty();
    end;

    local procedure VerifyTokenFailure(IdentityError: Text; ExpectedClass: Enum "BKI Graph Error Class"; ExpectedHint: Text)
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ErrorClass: Enum "BKI Graph Error Class";
        ResultText: Text;
        BusinessCount: Integer;
        ClientSecret: Text;
    begin
        Initialize();
        // [GIVEN] A setup whose token request fails with the identity platform error
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        BKIFakeTokenProvider.SetError(IdentityError);

        // [WHEN] The connection is tested
        LibraryAssert.IsFalse(TestConnection(BKIBookingSyncSetup, ErrorClass, ResultText, BusinessCount), 'Test Connection should fail.');

        // [THEN] The failure class and an actionable message; Graph was never called; no secret in the message
        LibraryAssert.AreEqual(ExpectedClass, ErrorClass, 'Error class for ' + IdentityError);
        LibraryAssert.IsTrue(ResultText.Contains(ExpectedHint), 'The message should contain "' + ExpectedHint + '": ' + ResultText);
        LibraryAssert.IsFalse(ResultText.Contains(ClientSecret), 'The message must not contain the secret.');
        LibraryAssert.AreEqual(0, RequestedUrls.Count(), 'No Graph request without a token');
        LibraryAssert.IsFalse(BKISetupTestSubscribers.GetTelemetryText().Contains(ClientSecret), 'Telemetry must not contain the secret.');
    end;

    local procedure TestConnection(var BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; var ErrorClass: Enum "BKI Graph Error Class"; var ResultText: Text; var BusinessCount: Integer): Boolean
    var
        BKIConnectionTest: Codeunit "BKI Connection Test";
    begin
        exit(BKIConnectionTest.TestConnection(BKIBookingSyncSetup, ErrorClass, ResultText, BusinessCount));
    end;

    local procedure Initialize()
    begin
        LibraryVariableStorage.Clear();
        Clear(RequestedUrls);
        BKISetupTestSubscribers.ClearAll();
        BKISetupTestLibrary.ResetEnvironment();
        if IsInitialized then
            exit;
        BindSubscription(BKISetupTestSubscribers);
        IsInitialized := true;
    end;

    [HttpClientHandler]
    internal procedure GraphHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    var
        Step: Text;
    begin
        RequestedUrls.Add(Request.Path);
        Step := LibraryVariableStorage.DequeueText();
        case Step of
            'businesses':
                BKISetupTestLibrary.WriteResponseFile(Response, 200, 'businesses.json');
            'businesses-empty':
                BKISetupTestLibrary.WriteResponseFile(Response, 200, 'businesses-empty.json');
            'businesses-no-value':
                BKISetupTestLibrary.WriteResponse(Response, 200, '{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#solutions/bookingBusinesses"}');
            '401':
                BKISetupTestLibrary.WriteResponseFile(Response, 401, 'error-401-invalid-token.json');
            '403':
                BKISetupTestLibrary.WriteResponseFile(Response, 403, 'error-403-access-denied.json');
            '429':
                BKISetupTestLibrary.WriteThrottled(Response, 429, 7);
            'unhandled':
                exit(true);
            else
                Error('Unexpected step %1 for %2', Step, Request.Path);
        end;
        exit(false);
    end;

    [MessageHandler]
    procedure MessageHandler(Message: Text[1024])
    begin
        LibraryVariableStorage.Enqueue(Message);
    end;
}
