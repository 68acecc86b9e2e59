// Conformance: HttpClient and friends, TestHttpRequestPolicy and [HttpClientHandler] (BC 2025 release wave 1).
codeunit 50146 "RT Http"
{
    Subtype = Test;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        Assert: Codeunit "Library Assert";
        LastBody: Text;

    [Test]
    [HandlerFunctions('JsonHandler')]
    procedure GetWithHandlerReturnsCannedResponse()
    var
        Client: HttpClient;
        Response: HttpResponseMessage;
        Body: Text;
        JObject: JsonObject;
    begin
        // Source: Microsoft Learn, "Mock outbound HttpClient web service calls during testing"
        Assert.IsTrue(Client.Get('https://graph.example.com/v1.0/items?$top=2&$skip=4', Response), 'handled');
        Assert.AreEqual(200, Response.HttpStatusCode(), 'status');
        Assert.IsTrue(Response.IsSuccessStatusCode(), 'success');
        Response.Content().ReadAs(Body);
        JObject.ReadFrom(Body);
        Assert.AreEqual('https://graph.example.com/v1.0/items', JObject.GetText('path'), 'path without query');
        Assert.AreEqual('2', JObject.GetText('top'), 'query parameter');
    end;

    [Test]
    [HandlerFunctions('EchoPostHandler')]
    procedure PostSendsContentAndHeaders()
    var
        Client: HttpClient;
        Request: HttpRequestMessage;
        Response: HttpResponseMessage;
        Content: HttpContent;
        Headers: HttpHeaders;
        Values: List of [Text];
        Token: SecretText;
    begin
        // Source: Microsoft Learn, "HttpClient.Send(HttpRequestMessage, var HttpResponseMessage) Method", "HttpHeaders.Add(Text, SecretText) Method"
        Token := 'Bearer s3cr3t';
        Content.WriteFrom('{"a":1}');
        Content.GetHeaders(Headers);
        Headers.Remove('Content-Type');
        Headers.Add('Content-Type', 'application/json');
        Request.Method := 'POST';
        Request.SetRequestUri('https://graph.example.com/v1.0/things');
        Request.Content := Content;
        Request.GetHeaders(Headers);
        Headers.Add('Authorization', Token);
        Assert.IsTrue(Headers.ContainsSecret('Authorization'), 'secret header');
        Assert.IsTrue(Client.Send(Request, Response), 'sent');
        Assert.AreEqual(201, Response.HttpStatusCode, 'created');
        Assert.AreEqual('Created', Response.ReasonPhrase, 'reason');
        Assert.AreEqual('{"a":1}', LastBody, 'handler saw the body');
        Assert.IsTrue(Response.Headers.GetValues('Location', Values), 'Location header');
        Assert.AreEqual('https://graph.example.com/v1.0/things/1', Values.Get(1), 'location');
    end;

    [Test]
    [HandlerFunctions('FailingRequestHandler')]
    procedure UnsuccessfulRequestMakesSendFalse()
    var
        Client: HttpClient;
        Response: HttpResponseMessage;
    begin
        // Source: Microsoft Learn, "TestHttpResponseMessage.IsSuccessfulRequest Method"
        Assert.IsFalse(Client.Get('https://graph.example.com/x', Response), 'failed request');
        asserterror Client.Get('https://graph.example.com/x', Response);
        Assert.ExpectedError('HttpClientHandler');
    end;

    [Test]
    procedure BlockOutboundRequestsWithoutHandlerFails()
    var
        Client: HttpClient;
        Response: HttpResponseMessage;
    begin
        // Source: Microsoft Learn, "TestHttpRequestPolicy Property" (BlockOutboundRequests: an unhandled request raises an exception)
        Assert.IsFalse(Client.Get('http://127.0.0.1:9/none', Response), 'blocked by the test policy');
    end;

    [Test]
    [HandlerFunctions('PassOnHandler')]
    procedure HandlerReturningTrueIsBlockedUnderBlockPolicy()
    var
        Client: HttpClient;
        Response: HttpResponseMessage;
    begin
        // Source: Microsoft Learn, "TestHttpRequestPolicy Property" (only AllowOutboundFromHandler lets a handler fall through)
        Assert.IsFalse(Client.Get('http://127.0.0.1:9/none', Response), 'not allowed to fall through');
    end;

    [Test]
    procedure RequestUriAndMethod()
    var
        Request: HttpRequestMessage;
    begin
        // Source: Microsoft Learn, "HttpRequestMessage.Method([Text]) Method", "HttpRequestMessage.SetRequestUri(Text) Method"
        Assert.AreEqual('GET', Request.Method, 'default method');
        Request.Method('patch');
        Assert.AreEqual('PATCH', Request.Method(), 'upper-cased');
        Assert.IsTrue(Request.SetRequestUri('https://x.example.com/a'), 'valid URI');
        Assert.AreEqual('https://x.example.com/a', Request.GetRequestUri(), 'uri');
        Assert.IsFalse(Request.HasSecretUri(), 'not secret');
    end;

    [Test]
    procedure HeaderAddValidation()
    var
        Request: HttpRequestMessage;
        Headers: HttpHeaders;
    begin
        // Source: Microsoft Learn, "HttpHeaders.Add(Text, Text) Method" (content headers cannot be added to request headers)
        Request.GetHeaders(Headers);
        Assert.IsFalse(Headers.Add('Content-Type', 'application/json'), 'misused header');
        Assert.IsTrue(Headers.TryAddWithoutValidation('X-Custom', 'v'), 'custom header');
        Assert.IsTrue(Headers.Contains('x-custom'), 'names are case-insensitive');
    end;

    [HttpClientHandler]
    procedure JsonHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    var
        Top: Text;
    begin
        Assert.IsTrue(Request.RequestType = HttpRequestType::Get, 'GET');
        Request.QueryParameters.Get('$top', Top);
        Response.HttpStatusCode := 200;
        Response.Content.WriteFrom(StrSubstNo('{"path":"%1","top":"%2"}', Request.Path, Top));
        exit(false);
    end;

    [HttpClientHandler]
    procedure EchoPostHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    begin
        Assert.IsTrue(Request.RequestType = HttpRequestType::Post, 'POST');
        Request.Content.ReadAs(LastBody);
        Response.HttpStatusCode := 201;
        Response.ReasonPhrase := 'Created';
        Response.Headers.Add('Location', 'https://graph.example.com/v1.0/things/1');
        exit(false);
    end;

    [HttpClientHandler]
    procedure FailingRequestHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    begin
        Response.IsSuccessfulRequest := false;
        exit(false);
    end;

    [HttpClientHandler]
    procedure PassOnHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    begin
        exit(true);
    end;
}

codeunit 50147 "RT Http Default Policy"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    [Test]
    procedure NonLoopbackHostIsBlockedByEnvironment()
    var
        Client: HttpClient;
        Response: HttpResponseMessage;
    begin
        // Source: Microsoft Learn, "HttpResponseMessage.IsBlockedByEnvironment() Method" (the runtime only allows loopback hosts)
        Assert.IsFalse(Client.Get('https://www.example.com/', Response), 'blocked');
        Assert.IsTrue(Response.IsBlockedByEnvironment, 'blocked by environment');
    end;
}
