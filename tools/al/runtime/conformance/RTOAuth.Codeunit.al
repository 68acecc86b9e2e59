// Conformance: codeunit OAuth2 AcquireTokenWithClientCredentials through the runtime's HTTP service.
codeunit 50148 "RT OAuth"
{
    Subtype = Test;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        Assert: Codeunit "Library Assert";
        SeenPath: Text;
        SeenBody: Text;

    [Test]
    [HandlerFunctions('TokenHandler')]
    procedure ClientCredentialsWithScopes()
    var
        OAuth2: Codeunit OAuth2;
        Scopes: List of [Text];
        Token: SecretText;
    begin
        // Source: Microsoft Learn, "Microsoft identity platform and the OAuth 2.0 client credentials flow" (POST {authority}/oauth2/v2.0/token)
        Scopes.Add('https://graph.microsoft.com/.default');
        OAuth2.AcquireTokenWithClientCredentials('client-1', SecretText('s3cr3t'), 'https://login.example.com/tenant-a/oauth2/v2.0/token', '', Scopes, Token);
        Assert.IsFalse(Token.IsEmpty(), 'token returned');
        Assert.AreEqual('https://login.example.com/tenant-a/oauth2/v2.0/token', SeenPath, 'token endpoint from the authority');
        Assert.IsTrue(StrPos(SeenBody, 's3cr3t') = 0, 'the form carrying the client secret is secret content');
    end;

    [Test]
    [HandlerFunctions('DeniedHandler')]
    procedure FailedTokenRequestHidesSecret()
    var
        OAuth2: Codeunit OAuth2;
        Scopes: List of [Text];
        Token: SecretText;
    begin
        // Source: Microsoft Learn, "OAuth2 codeunit" (AcquireTokenWithClientCredentials); "SecretText data type" (secrets never shown)
        Scopes.Add('api://x/.default');
        asserterror OAuth2.AcquireTokenWithClientCredentials('client-1', SecretText('s3cr3t'), 'https://login.example.com/tenant-a', '', Scopes, Token);
        Assert.IsTrue(StrPos(GetLastErrorText(), 'invalid_client') > 0, 'reason shown: ' + GetLastErrorText());
        Assert.IsTrue(StrPos(GetLastErrorText(), 's3cr3t') = 0, 'secret not shown');
        Assert.IsTrue(Token.IsEmpty(), 'no token');
    end;

    local procedure SecretText(Value: Text): SecretText
    begin
        exit(Value);
    end;

    [HttpClientHandler]
    procedure TokenHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    begin
        SeenPath := Request.Path;
        Request.Content.ReadAs(SeenBody);
        Response.HttpStatusCode := 200;
        Response.Content.WriteFrom('{"token_type":"Bearer","expires_in":3599,"access_token":"eyJ.token"}');
        exit(false);
    end;

    [HttpClientHandler]
    procedure DeniedHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    begin
        Response.HttpStatusCode := 401;
        Response.Content.WriteFrom('{"error":"invalid_client","error_description":"invalid_client: bad secret s3cr3t"}');
        exit(false);
    end;
}
