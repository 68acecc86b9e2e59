namespace Seed.BookingsInvoicing.Setup;

using System.Utilities;

/// <summary>
/// Token provider that posts the OAuth 2.0 client credentials grant to the v2.0 token endpoint with HttpClient and
/// reads access_token and expires_in. Works against Microsoft Entra ID and against a local emulator.
/// The secret goes into the form body as SecretText and is never turned into Text.
/// </summary>
codeunit 70470016 "BKI Http Token Provider" implements "BKI Token Provider"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        NetworkErrorTxt: Label 'network: unable to connect to the token endpoint', Locked = true;
        InvalidResponseTxt: Label 'invalid_response: the token endpoint did not return JSON with access_token', Locked = true;
        TokenErrorTxt: Label '%1: %2', Locked = true;

    [NonDebuggable]
    procedure AcquireToken(TokenEndpoint: Text; ClientId: Text; ClientSecret: SecretText; Scope: Text; var AccessToken: SecretText; var ExpiresInSeconds: Integer; var ErrorText: Text): Boolean
    var
        Uri: Codeunit Uri;
        Client: HttpClient;
        Request: HttpRequestMessage;
        Response: HttpResponseMessage;
        Content: HttpContent;
        ContentHeaders: HttpHeaders;
        ResponseJson: JsonObject;
        Token: JsonToken;
        ResponseText: Text;
    begin
        ErrorText := '';
        Clear(AccessToken);
        ExpiresInSeconds := 0;
        Content.WriteFrom(SecretStrSubstNo('grant_type=client_credentials&client_id=%1&scope=%2&client_secret=%3',
            Uri.EscapeDataString(ClientId), Uri.EscapeDataString(Scope), ClientSecret));
        Content.GetHeaders(ContentHeaders);
        if ContentHeaders.Contains('Content-Type') then
            ContentHeaders.Remove('Content-Type');
        ContentHeaders.Add('Content-Type', 'application/x-www-form-urlencoded');
        Request.Method('POST');
        Request.SetRequestUri(TokenEndpoint);
        Request.Content(Content);
        if not Client.Send(Request, Response) then begin
            ErrorText := NetworkErrorTxt;
            exit(false);
        end;
        if not Response.Content().ReadAs(ResponseText) then
            ResponseText := '';
        if not ResponseJson.ReadFrom(ResponseText) then begin
            ErrorText := InvalidResponseTxt;
            exit(false);
        end;
        if not Response.IsSuccessStatusCode() then begin
            ErrorText := StrSubstNo(TokenErrorTxt, ReadText(ResponseJson, 'error'), ReadText(ResponseJson, 'error_description'));
            exit(false);
        end;
        if not ResponseJson.Get('access_token', Token) then begin
            ErrorText := InvalidResponseTxt;
            exit(false);
        end;
        AccessToken := Token.AsValue().AsText();
        if ResponseJson.Get('expires_in', Token) then
            if Token.IsValue() then
                if not Evaluate(ExpiresInSeconds, Token.AsValue().AsText()) then
                    ExpiresInSeconds := 0;
        exit(not AccessToken.IsEmpty());
    end;

    local procedure ReadText(JObject: JsonObject; PropertyName: Text): Text
    var
        BKIJsonReader: Codeunit "BKI Json Reader";
    begin
        exit(BKIJsonReader.GetText(JObject, PropertyName));
    end;
}
