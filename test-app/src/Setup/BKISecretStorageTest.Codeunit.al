namespace Seed.BookingsInvoicing.Test.Setup;

using Seed.BookingsInvoicing.Setup;
using System.TestLibraries.Utilities;
using System.Utilities;

/// <summary>
/// The client secret: saved and read back through IsolatedStorage, never in the setup table, never in telemetry
/// or messages; missing credentials give actionable errors.
/// </summary>
codeunit 70470210 "BKI Secret Storage Test"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        LibraryAssert: Codeunit "Library Assert";
        LibraryVariableStorage: Codeunit "Library - Variable Storage";
        Any: Codeunit Any;
        BKISetupTestLibrary: Codeunit "BKI Setup Test Library";
        BKIFakeTokenProvider: Codeunit "BKI Fake Token Provider";
        BKISetupTestSubscribers: Codeunit "BKI Setup Test Subscribers";
        IsInitialized: Boolean;

    [Test]
    procedure SavedSecretIsAvailableButNotInTheTable()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ClientSecret: Text;
    begin
        // [SCENARIO] A saved secret is stored outside the setup table.
        Initialize();
        // [GIVEN] A setup without a secret
        BKISetupTestLibrary.ResetEnvironment();
        BKIBookingSyncSetup.GetSetup();
        LibraryAssert.IsFalse(BKIBookingSyncSetup.HasClientSecret(), 'No secret at the start');

        // [WHEN] A secret is saved and the setup is written
        ClientSecret := 'Sec~' + Any.AlphanumericText(36);
        BKIBookingSyncSetup.SetClientSecret(ClientSecret);
        BKIBookingSyncSetup.Modify(true);

        // [THEN] The setup has a secret, and no field of the stored record contains it
        BKIBookingSyncSetup.Get();
        LibraryAssert.IsTrue(BKIBookingSyncSetup.HasClientSecret(), 'The secret should be stored');
        AssertNoFieldContains(BKIBookingSyncSetup, ClientSecret);
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure SavedSecretIsReadBackForTheTokenRequest()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIGraphClient: Codeunit "BKI Graph Client";
        ClientSecret: Text;
    begin
        // [SCENARIO] The stored secret is read back (as SecretText) and handed to the token request.
        Initialize();
        // [GIVEN] A connected setup
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        LibraryVariableStorage.Enqueue('businesses');

        // [WHEN] Graph is called
        BKIGraphClient.GetJson('/solutions/bookingBusinesses');

        // [THEN] The token provider received a non-empty secret
        LibraryAssert.AreEqual(1, BKIFakeTokenProvider.GetCallCount(), 'Token requests');
        LibraryAssert.IsFalse(BKIFakeTokenProvider.GetLastSecretWasEmpty(), 'The secret must reach the token provider');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    procedure EmptySecretRemovesTheStoredSecret()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ClientSecret: Text;
        EmptySecret: SecretText;
    begin
        // [SCENARIO] Saving an empty secret removes it; so does deleting the setup.
        Initialize();
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);

        BKIBookingSyncSetup.SetClientSecret(EmptySecret);

        LibraryAssert.IsFalse(BKIBookingSyncSetup.HasClientSecret(), 'An empty secret removes the stored one');

        // [GIVEN] A secret again; [WHEN] the setup is deleted; [THEN] the secret is gone too
        BKIBookingSyncSetup.SetClientSecret(ClientSecret);
        BKIBookingSyncSetup.Delete(true);
        LibraryAssert.IsFalse(BKIBookingSyncSetup.HasClientSecret(), 'Deleting the setup removes the secret');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure SecretTokenAndIdentifiersNeverInTelemetry()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIConnectionTest: Codeunit "BKI Connection Test";
        ErrorClass: Enum "BKI Graph Error Class";
        ClientSecret: Text;
        ResultText: Text;
        BusinessCount: Integer;
        Telemetry: Text;
    begin
        // [SCENARIO] Telemetry of a connection test and a failing business call holds no secret, token or personal data.
        Initialize();
        // [GIVEN] A connected setup with a business
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        BKIBookingSyncSetup.Validate("Business ID", BKISetupTestLibrary.ContosoBusinessId());
        BKIBookingSyncSetup.Modify(true);
        LibraryVariableStorage.Enqueue('businesses');
        LibraryVariableStorage.Enqueue('403');

        // [WHEN] The connection is tested and a business call fails
        BKIConnectionTest.TestConnection(BKIBookingSyncSetup, ErrorClass, ResultText, BusinessCount);
        asserterror GetBusiness();

        // [THEN] Telemetry was sent, without the secret, the token, the tenant, the client or the business
        Telemetry := BKISetupTestSubscribers.GetTelemetryText();
        LibraryAssert.IsTrue(BKISetupTestSubscribers.GetTelemetryCount() >= 3, 'Telemetry should be sent: ' + Telemetry);
        LibraryAssert.IsTrue(Telemetry.Contains('BKI0010'), 'Connection test event: ' + Telemetry);
        LibraryAssert.IsTrue(Telemetry.Contains('BKI0002'), 'Request failed event: ' + Telemetry);
        LibraryAssert.IsFalse(Telemetry.Contains(ClientSecret), 'Secret in telemetry');
        LibraryAssert.IsFalse(Telemetry.Contains(BKIFakeTokenProvider.FakeAccessTokenText()), 'Token in telemetry');
        LibraryAssert.IsFalse(Telemetry.Contains(BKIBookingSyncSetup."Tenant ID"), 'Tenant ID in telemetry');
        LibraryAssert.IsFalse(Telemetry.Contains(BKIBookingSyncSetup."Client ID"), 'Client ID in telemetry');
        LibraryAssert.IsFalse(Telemetry.ToLower().Contains('contosolunchdelivery'), 'Business e-mail in telemetry');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    procedure MissingCredentialsGiveActionableErrors()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ClientSecret: Text;
    begin
        // [SCENARIO] TestSetupComplete names the missing piece: tenant, client, secret, business.
        Initialize();
        BKISetupTestLibrary.ResetEnvironment();
        BKIBookingSyncSetup.GetSetup();
        asserterror BKIBookingSyncSetup.TestSetupComplete(false);
        LibraryAssert.ExpectedError('Tenant ID');

        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        BKIBookingSyncSetup."Client ID" := '';
        asserterror BKIBookingSyncSetup.TestSetupComplete(false);
        LibraryAssert.ExpectedError('Client ID');

        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        BKIBookingSyncSetup.DeleteClientSecret();
        asserterror BKIBookingSyncSetup.TestSetupComplete(false);
        LibraryAssert.ExpectedError('client secret');

        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        BKIBookingSyncSetup.TestSetupComplete(false);
        asserterror BKIBookingSyncSetup.TestSetupComplete(true);
        LibraryAssert.ExpectedError('Select Business');
    end;

    [Test]
    procedure EndpointsDefaultAndRejectPlainHttp()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        // [SCENARIO] Endpoints default to Entra ID and Graph v1.0, accept a local emulator, and refuse plain http elsewhere.
        Initialize();
        BKISetupTestLibrary.ResetEnvironment();
        BKIBookingSyncSetup.GetSetup();
        LibraryAssert.AreEqual('https://login.microsoftonline.com', BKIBookingSyncSetup."Authority URL", 'Default authority');
        LibraryAssert.AreEqual('https://graph.microsoft.com/v1.0', BKIBookingSyncSetup."Graph Endpoint", 'Default endpoint');

        BKIBookingSyncSetup.Validate("Graph Endpoint", 'http://127.0.0.1:4010/v1.0/');
        LibraryAssert.AreEqual('http://127.0.0.1:4010/v1.0', BKIBookingSyncSetup."Graph Endpoint", 'Emulator endpoint, trailing slash removed');

        BKIBookingSyncSetup.Validate("Graph Endpoint", '');
        LibraryAssert.AreEqual('https://graph.microsoft.com/v1.0', BKIBookingSyncSetup."Graph Endpoint", 'Blank restores the default');

        asserterror BKIBookingSyncSetup.Validate("Authority URL", 'http://login.example.com');
        LibraryAssert.ExpectedError('https://');
    end;

    [Test]
    procedure SecretFieldOnSetupPageIsMaskedAndSavesToStorage()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIBookingSyncSetupPage: TestPage "BKI Booking Sync Setup";
        ClientSecret: Text;
    begin
        // [SCENARIO] Entering the secret on the card stores it; the card shows only a placeholder afterwards.
        Initialize();
        BKISetupTestLibrary.ResetEnvironment();
        ClientSecret := 'Pg~' + Any.AlphanumericText(30);

        BKIBookingSyncSetupPage.OpenEdit();
        BKIBookingSyncSetupPage.ClientSecret.SetValue(ClientSecret);
        LibraryAssert.AreNotEqual(ClientSecret, BKIBookingSyncSetupPage.ClientSecret.Value(), 'The page must not show the secret back');
        BKIBookingSyncSetupPage.Close();

        BKIBookingSyncSetup.Get();
        LibraryAssert.IsTrue(BKIBookingSyncSetup.HasClientSecret(), 'The secret should be stored');
        AssertNoFieldContains(BKIBookingSyncSetup, ClientSecret);
    end;

    local procedure GetBusiness()
    var
        BKIGraphClient: Codeunit "BKI Graph Client";
    begin
        BKIGraphClient.GetJson(BKIGraphClient.BusinessPath());
    end;

    local procedure AssertNoFieldContains(BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; Secret: Text)
    var
        RecRef: RecordRef;
        FieldRef: FieldRef;
        Index: Integer;
        FieldValue: Text;
    begin
        RecRef.GetTable(BKIBookingSyncSetup);
        for Index := 1 to RecRef.FieldCount() do begin
            FieldRef := RecRef.FieldIndex(Index);
            if FieldRef.Class() = FieldClass::Normal then begin
                if FieldRef.Type() = FieldType::Blob then begin
                    FieldRef.CalcField();
                    FieldValue := ReadBlob(FieldRef);
                end else
                    FieldValue := Format(FieldRef.Value());
                LibraryAssert.IsFalse(FieldValue.Contains(Secret), StrSubstNo('Field %1 contains the secret', FieldRef.Name()));
            end;
        end;
    end;

    local procedure ReadBlob(FieldRef: FieldRef) Content: Text
    var
        TempBlob: Codeunit "Temp Blob";
        InStr: InStream;
        Line: Text;
    begin
        TempBlob.FromFieldRef(FieldRef);
        if not TempBlob.HasValue() then
            exit('');
        TempBlob.CreateInStream(InStr, TextEncoding::UTF8);
        while not InStr.EOS() do begin
            InStr.ReadText(Line);
            Content += Line;
        end;
    end;

    local procedure Initialize()
    begin
        LibraryVariableStorage.Clear();
        BKISetupTestSubscribers.ClearAll();
        BKISetupTestLibrary.ResetEnvironment();
        if IsInitialized then
            exit;
        BindSubscription(BKISetupTestSubscribers);
        IsInitialized := true;
    end;

    [HttpClientHandler]
    internal procedure GraphHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    begin
        case LibraryVariableStorage.DequeueText() of
            'businesses':
                BKISetupTestLibrary.WriteResponseFile(Response, 200, 'businesses.json');
            '403':
                BKISetupTestLibrary.WriteResponseFile(Response, 403, 'error-403-access-denied.json');
        end;
        exit(false);
    end;
}
