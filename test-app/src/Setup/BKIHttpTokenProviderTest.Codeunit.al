namespace Seed.BookingsInvoicing.Test.Setup;

using Seed.BookingsInvoicing.Setup;
using System.TestLibraries.Utilities;

/// <summary>
/// Test Connection with Token Source = Direct Request: the client credentials grant goes to the tenant's v2.0 token
/// endpoint over HTTP, and identity platform errors (bad secret, unknown tenant, network) map to their classes.
/// </summary>
codeunit 70470220 "BKI Http Token Provider Test"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        LibraryAssert: Codeunit "Library Assert";
        LibraryVariableStorage: Codeunit "Library - Variable Storage";
        BKISetupTestLibrary: Codeunit "BKI Setup Test Library";
        BKISetupTestSubscribers: Codeunit "BKI Setup Test Subscribers";
        RequestedUrls: List of [Text];
        RequestedMethods: List of [Text];
        IsInitialized: Boolean;

    [Test]
    [HandlerFunctions('HttpHandler')]
    procedure DirectTokenRequestThenBusinesses()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ErrorClass: Enum "BKI Graph Error Class";
        ResultText: Text;
        BusinessCount: Integer;
    begin
        // [SCENARIO] The token is requested at {authority}/{tenant}/oauth2/v2.0/token, then Graph lists the businesses.
        Initialize();
        // [GIVEN] A setup that requests tokens directly
        CreateDirectSetup(BKIBookingSyncSetup);
        LibraryVariableStorage.Enqueue('token');
        LibraryVariableStorage.Enqueue('businesses');

        // [WHEN] The connection is tested
        LibraryAssert.IsTrue(TestConnection(BKIBookingSyncSetup, ErrorClass, ResultText, BusinessCount), 'Test Connection should succeed: ' + ResultText);

        // [THEN] POST to the token endpoint with the client credentials grant, then GET businesses
        LibraryAssert.AreEqual(2, RequestedUrls.Count(), 'Requests');
        LibraryAssert.AreEqual('https://login.microsoftonline.com/' + BKIBookingSyncSetup."Tenant ID" + '/oauth2/v2.0/token', RequestedUrls.Get(1), 'Token URL');
        LibraryAssert.AreEqual('POST', RequestedMethods.Get(1), 'Token method');
        // The form body carries the secret as SecretText; handlers see it masked, so its fields are not asserted here.
        LibraryAssert.AreEqual(BKISetupTestLibrary.BusinessesUrl(), RequestedUrls.Get(2), 'Graph URL');
        LibraryAssert.AreEqual(2, BusinessCount, 'Businesses');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('HttpHandler')]
    procedure DirectTokenBadSecret()
    begin
        // [SCENARIO] invalid_client / AADSTS7000215 from the token endpoint is a bad secret.
        VerifyTokenFailure('token-invalid-client', "BKI Graph Error Class"::"Bad Secret");
    end;

    [Test]
    [HandlerFunctions('HttpHandler')]
    procedure DirectTokenUnknownTenant()
    begin
        // [SCENARIO] AADSTS90002 from the token endpoint is a wrong tenant.
        VerifyTokenFailure('token-tenant-not-found', "BKI Graph Error Class"::"Wrong Tenant");
    end;

    [Test]
    [HandlerFunctions('HttpHandler')]
    procedure DirectTokenNetworkFailure()
    begin
        // [SCENARIO] The token endpoint cannot be reached: network class, naming the authority host.
        VerifyTokenFailure('unhandled', "BKI Graph Error Class"::Network);
    end;

    local procedure VerifyTokenFailure(TokenStep: Text; ExpectedClass: Enum "BKI Graph Error Class")
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ErrorClass: Enum "BKI Graph Error Class";
        ResultText: Text;
        BusinessCount: Integer;
        Telemetry: Text;
    begin
        Initialize();
        CreateDirectSetup(BKIBookingSyncSetup);
        LibraryVariableStorage.Enqueue(TokenStep);

        LibraryAssert.IsFalse(TestConnection(BKIBookingSyncSetup, ErrorClass, ResultText, BusinessCount), 'Test Connection should fail.');

        LibraryAssert.AreEqual(ExpectedClass, ErrorClass, 'Error class: ' + ResultText);
        LibraryAssert.AreEqual(1, RequestedUrls.Count(), 'Only the token request was sent');
        Telemetry := BKISetupTestSubscribers.GetTelemetryText();
        LibraryAssert.IsFalse(Telemetry.Contains('Trace ID'), 'Raw identity platform text is not logged: ' + Telemetry);
        LibraryAssert.IsFalse(Telemetry.Contains(BKIBookingSyncSetup."Tenant ID"), 'Tenant not logged');
        LibraryVariableStorage.AssertEmpty();
    end;

    local procedure CreateDirectSetup(var BKIBookingSyncSetup: Record "BKI Booking Sync Setup")
    var
        BKIGraphTokenCache: Codeunit "BKI Graph Token Cache";
        ClientSecret: Text;
    begin
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        BKIBookingSyncSetup.Validate("Token Source", BKIBookingSyncSetup."Token Source"::"Direct Request");
        BKIBookingSyncSetup.Modify(true);
        // Use the provider of the setup instead of the fake one.
        BKIGraphTokenCache.ClearTokenProvider();
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
        Clear(RequestedMethods);
        BKISetupTestSubscribers.ClearAll();
        BKISetupTestLibrary.ResetEnvironment();
        if IsInitialized then
            exit;
        BindSubscription(BKISetupTestSubscribers);
        IsInitialized := true;
    end;

    [HttpClientHandler]
    internal procedure HttpHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    var
        Step: Text;
    begin
        RequestedUrls.Add(Request.Path);
        RequestedMethods.Add(UpperCase(Format(Request.RequestType)));
        Step := LibraryVariableStorage.DequeueText();
        case Step of
            'token':
                BKISetupTestLibrary.WriteResponseFile(Response, 200, 'token-success.json');
            'token-invalid-client':
                BKISetupTestLibrary.WriteResponseFile(Response, 401, 'token-invalid-client.json');
            'token-tenant-not-found':
                BKISetupTestLibrary.WriteResponseFile(Response, 400, 'token-tenant-not-found.json');
            'businesses':
                BKISetupTestLibrary.WriteResponseFile(Response, 200, 'businesses.json');
            'unhandled':
                exit(true);
            else
                Error('Unexpected step %1 for %2', Step, Request.Path);
        end;
        exit(false);
    end;
}
