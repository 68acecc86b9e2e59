namespace Seed.BookingsInvoicing.Test.Setup;

using Seed.BookingsInvoicing.Setup;
using System.TestLibraries.Utilities;

/// <summary>
/// The single Graph path: base URL and business path, paging with @odata.nextLink (and refusing foreign links),
/// JSON in and out for POST/PATCH/DELETE, retries of 503/504 with backoff, one token refresh after 401,
/// the token cache and actionable errors.
/// </summary>
codeunit 70470212 "BKI Graph Client Test"
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
        RequestedMethods: List of [Text];
        RequestBodies: List of [Text];
        IsInitialized: Boolean;

    [Test]
    procedure BusinessPathEncodesTheBusinessId()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIGraphClient: Codeunit "BKI Graph Client";
    begin
        // [SCENARIO] BusinessPath URL-encodes the business ID (an e-mail address).
        Initialize();
        // [GIVEN] A business whose ID contains @ and a space
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, 'Contoso Lunch@contoso.com');

        // [WHEN] [THEN] The path is relative and encoded
        LibraryAssert.AreEqual('/solutions/bookingBusinesses/Contoso%20Lunch%40contoso.com', BKIGraphClient.BusinessPath(), 'Business path');
    end;

    [Test]
    procedure BusinessPathWithoutBusinessFails()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIGraphClient: Codeunit "BKI Graph Client";
        ClientSecret: Text;
    begin
        // [SCENARIO] Without a selected business, BusinessPath tells the user to select one.
        Initialize();
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);

        asserterror BKIGraphClient.BusinessPath();

        LibraryAssert.ExpectedError('Select Business');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure GetAllPagesFollowsNextLink()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIGraphClient: Codeunit "BKI Graph Client";
        Values: JsonArray;
    begin
        // [SCENARIO] GetAllPages follows @odata.nextLink until the last page and never adds $top.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        // [GIVEN] Two pages of services
        LibraryVariableStorage.Enqueue('services-page1');
        LibraryVariableStorage.Enqueue('services-page2');

        // [WHEN] All pages are read
        BKIGraphClient.GetAllPages(BKIGraphClient.BusinessPath() + '/services', Values);

        // [THEN] Three services from two requests; the second request is the next link
        LibraryAssert.AreEqual(3, Values.Count(), 'Values of both pages');
        LibraryAssert.AreEqual(2, RequestedUrls.Count(), 'Requests');
        LibraryAssert.AreEqual(BKISetupTestLibrary.GraphUrl('/solutions/bookingBusinesses/Contosolunchdelivery%40contoso.com/services'), RequestedUrls.Get(1), 'First page URL');
        LibraryAssert.IsTrue(RequestedUrls.Get(2).Contains('skiptoken=page2') or RequestedUrls.Get(2).EndsWith('/services'), 'Second request follows the next link: ' + RequestedUrls.Get(2));
        LibraryAssert.IsFalse(RequestedUrls.Get(1).Contains('$top'), 'No $top');
        LibraryAssert.AreEqual(1, BKIFakeTokenProvider.GetCallCount(), 'One token for both pages (cache)');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure GetAllPagesRefusesForeignNextLink()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIGraphClient: Codeunit "BKI Graph Client";
        Values: JsonArray;
    begin
        // [SCENARIO] A next link to another host is not followed, so the token never leaves Graph.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        LibraryVariableStorage.Enqueue('services-foreign');

        asserterror BKIGraphClient.GetAllPages(BKIGraphClient.BusinessPath() + '/services', Values);

        LibraryAssert.ExpectedError('attacker.example.net');
        LibraryAssert.AreEqual(1, RequestedUrls.Count(), 'Only the first page was requested');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure PostJsonSendsBodyAndReturnsCreatedObject()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIGraphClient: Codeunit "BKI Graph Client";
        Body: JsonObject;
        Created: JsonObject;
        IdToken: JsonToken;
    begin
        // [SCENARIO] PostJson sends the JSON body and returns the created object.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        LibraryVariableStorage.Enqueue('customer-created');
        Body.Add('displayName', 'Adele Vance');
        Body.Add('emailAddress', 'adelev@contoso.com');

        Created := BKIGraphClient.PostJson(BKIGraphClient.BusinessPath() + '/customers', Body);

        LibraryAssert.IsTrue(Created.Get('id', IdToken), 'Created object has an id');
        LibraryAssert.AreEqual('8bb19192-0000-4000-8000-00000000c001', IdToken.AsValue().AsText(), 'Created id');
        LibraryAssert.AreEqual('POST', RequestedMethods.Get(1), 'Method');
        LibraryAssert.IsTrue(RequestBodies.Get(1).Contains('"displayName":"Adele Vance"'), 'Body sent: ' + RequestBodies.Get(1));
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure PatchAndDeleteAcceptNoContent()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIGraphClient: Codeunit "BKI Graph Client";
        Body: JsonObject;
    begin
        // [SCENARIO] PATCH and DELETE succeed on 204 No Content.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        LibraryVariableStorage.Enqueue('204');
        LibraryVariableStorage.Enqueue('204');
        Body.Add('displayName', 'Bento box');

        BKIGraphClient.PatchJson(BKIGraphClient.BusinessPath() + '/services/57da6774-a087-4d69-b0e6-6fb82c339976', Body);
        BKIGraphClient.Delete(BKIGraphClient.BusinessPath() + '/customers/8bb19192-0000-4000-8000-00000000c001');

        LibraryAssert.AreEqual('PATCH', RequestedMethods.Get(1), 'First method');
        LibraryAssert.AreEqual('DELETE', RequestedMethods.Get(2), 'Second method');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure ServiceUnavailableIsRetriedWithBackoff()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIGraphClient: Codeunit "BKI Graph Client";
        Result: JsonObject;
    begin
        // [SCENARIO] 503 and 504 without Retry-After are retried with exponential backoff, then the call succeeds.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        LibraryVariableStorage.Enqueue('503');
        LibraryVariableStorage.Enqueue('504');
        LibraryVariableStorage.Enqueue('business-contoso');

        Result := BKIGraphClient.GetJson(BKIGraphClient.BusinessPath());

        LibraryAssert.IsTrue(Result.Contains('defaultCurrencyIso'), 'The business came back');
        LibraryAssert.AreEqual(3, RequestedUrls.Count(), 'Attempts');
        LibraryAssert.AreEqual(2, BKISetupTestSubscribers.GetRetryDelays().Count(), 'Waits');
        LibraryAssert.AreEqual(2000, BKISetupTestSubscribers.GetRetryDelays().Get(1), 'First backoff');
        LibraryAssert.AreEqual(4000, BKISetupTestSubscribers.GetRetryDelays().Get(2), 'Second backoff');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure UnauthorizedOnceRefreshesTokenAndSucceeds()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIGraphClient: Codeunit "BKI Graph Client";
    begin
        // [SCENARIO] A 401 makes the client get one new token and retry; the call then succeeds.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        LibraryVariableStorage.Enqueue('401');
        LibraryVariableStorage.Enqueue('business-contoso');

        BKIGraphClient.GetJson(BKIGraphClient.BusinessPath());

        LibraryAssert.AreEqual(2, BKIFakeTokenProvider.GetCallCount(), 'Token refreshed once');
        LibraryAssert.AreEqual(2, RequestedUrls.Count(), 'Requests');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure NotFoundAndServerErrorsAreActionable()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIGraphClient: Codeunit "BKI Graph Client";
        Result: JsonObject;
        ErrorText: Text;
    begin
        // [SCENARIO] 404 tells the user to select the business again; 500 is not retried and names the Graph code.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        LibraryVariableStorage.Enqueue('404');
        LibraryVariableStorage.Enqueue('500');

        LibraryAssert.IsFalse(BKIGraphClient.TryGetJson(BKIGraphClient.BusinessPath() + '/appointments', Result, ErrorText), '404 fails');
        LibraryAssert.IsTrue(ErrorText.Contains('appointments') and ErrorText.Contains('select the business again'), '404 message: ' + ErrorText);
        LibraryAssert.AreEqual("BKI Graph Error Class"::"Not Found", BKIGraphClient.GetLastErrorClass(), '404 class');
        LibraryAssert.IsFalse(ErrorText.ToLower().Contains('contosolunchdelivery'), 'The message names the kind of resource, not the IDs');

        LibraryAssert.IsFalse(BKIGraphClient.TryGetJson(BKIGraphClient.BusinessPath(), Result, ErrorText), '500 fails');
        LibraryAssert.IsTrue(ErrorText.Contains('generalException'), '500 message: ' + ErrorText);
        LibraryAssert.AreEqual("BKI Graph Error Class"::"Service Error", BKIGraphClient.GetLastErrorClass(), '500 class');
        LibraryAssert.AreEqual(2, RequestedUrls.Count(), '500 is not retried');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure TokenCacheIsReusedAndResetOnCredentialChange()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIGraphClient: Codeunit "BKI Graph Client";
    begin
        // [SCENARIO] The session token is reused; ResetTokenCache and a new Client ID force a new token.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        LibraryVariableStorage.Enqueue('business-contoso');
        LibraryVariableStorage.Enqueue('business-contoso');
        LibraryVariableStorage.Enqueue('business-contoso');
        LibraryVariableStorage.Enqueue('business-contoso');

        BKIGraphClient.GetJson(BKIGraphClient.BusinessPath());
        BKIGraphClient.GetJson(BKIGraphClient.BusinessPath());
        LibraryAssert.AreEqual(1, BKIFakeTokenProvider.GetCallCount(), 'Cached token reused');

        BKIGraphClient.ResetTokenCache();
        BKIGraphClient.GetJson(BKIGraphClient.BusinessPath());
        LibraryAssert.AreEqual(2, BKIFakeTokenProvider.GetCallCount(), 'New token after reset');

        BKIBookingSyncSetup.Get();
        BKIBookingSyncSetup.Validate("Client ID", 'a0b1c2d3-0000-4000-8000-00000000e001');
        BKIBookingSyncSetup.Modify(true);
        BKIGraphClient.GetJson(BKIGraphClient.BusinessPath());
        LibraryAssert.AreEqual(3, BKIFakeTokenProvider.GetCallCount(), 'New token after the client changed');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure ExpiredTokenIsRenewed()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIGraphClient: Codeunit "BKI Graph Client";
    begin
        // [SCENARIO] A token past its lifetime is not used again.
        Initialize();
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.ContosoBusinessId());
        // [GIVEN] Tokens that live one second
        BKIFakeTokenProvider.SetLifetimeSeconds(1);
        LibraryVariableStorage.Enqueue('business-contoso');
        LibraryVariableStorage.Enqueue('business-contoso');

        BKIGraphClient.GetJson(BKIGraphClient.BusinessPath());
        Sleep(1200);
        BKIGraphClient.GetJson(BKIGraphClient.BusinessPath());

        LibraryAssert.AreEqual(2, BKIFakeTokenProvider.GetCallCount(), 'Expired token renewed');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    procedure NotConfiguredGetJsonPointsToSetup()
    var
        BKIGraphClient: Codeunit "BKI Graph Client";
    begin
        // [SCENARIO] Without a setup, every call fails with a message that says what to enter, and no request is sent.
        Initialize();
        BKISetupTestLibrary.ResetEnvironment();

        asserterror BKIGraphClient.GetJson('/solutions/bookingBusinesses');

        LibraryAssert.ExpectedError('Booking Sync Setup');
        LibraryAssert.AreEqual(0, BKIFakeTokenProvider.GetCallCount(), 'No token request');
    end;

    local procedure Initialize()
    begin
        LibraryVariableStorage.Clear();
        Clear(RequestedUrls);
        Clear(RequestedMethods);
        Clear(RequestBodies);
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
        Body: Text;
    begin
        RequestedUrls.Add(Request.Path);
        RequestedMethods.Add(UpperCase(Format(Request.RequestType)));
        if Request.Content.ReadAs(Body) then
            RequestBodies.Add(Body)
        else
            RequestBodies.Add('');
        Step := LibraryVariableStorage.DequeueText();
        case Step of
            'services-page1':
                BKISetupTestLibrary.WriteResponseFile(Response, 200, 'services-page1.json');
            'services-page2':
                BKISetupTestLibrary.WriteResponseFile(Response, 200, 'services-page2.json');
            'services-foreign':
                BKISetupTestLibrary.WriteResponseFile(Response, 200, 'services-foreign-nextlink.json');
            'customer-created':
                BKISetupTestLibrary.WriteResponseFile(Response, 201, 'customer-created.json');
            'business-contoso':
                BKISetupTestLibrary.WriteResponseFile(Response, 200, 'business-contoso.json');
            '204':
                BKISetupTestLibrary.WriteResponse(Response, 204, '');
            '401':
                BKISetupTestLibrary.WriteResponseFile(Response, 401, 'error-401-invalid-token.json');
            '404':
                BKISetupTestLibrary.WriteResponseFile(Response, 404, 'error-404-not-found.json');
            '500':
                BKISetupTestLibrary.WriteResponseFile(Response, 500, 'error-500-service.json');
            '503':
                BKISetupTestLibrary.WriteThrottled(Response, 503, -1);
            '504':
                BKISetupTestLibrary.WriteThrottled(Response, 504, -1);
            else
                Error('Unexpected step %1 for %2', Step, Request.Path);
        end;
        exit(false);
    end;
}
