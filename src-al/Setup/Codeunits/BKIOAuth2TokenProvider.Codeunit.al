namespace Seed.BookingsInvoicing.Setup;

using System.Security.Authentication;

/// <summary>
/// Default token provider: the client credentials grant through the System Application codeunit "OAuth2".
/// "OAuth2" does not return the lifetime, so a conservative one is assumed; a 401 still forces one refresh.
/// </summary>
codeunit 70470004 "BKI OAuth2 Token Provider" implements "BKI Token Provider"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        AssumedLifetimeSeconds: Integer;

    [NonDebuggable]
    procedure AcquireToken(TokenEndpoint: Text; ClientId: Text; ClientSecret: SecretText; Scope: Text; var AccessToken: SecretText; var ExpiresInSeconds: Integer; var ErrorText: Text): Boolean
    var
        OAuth2: Codeunit OAuth2;
        Scopes: List of [Text];
    begin
        ErrorText := '';
        Clear(AccessToken);
        Scopes.Add(Scope);
        ClearLastError();
        if not OAuth2.AcquireTokenWithClientCredentials(ClientId, ClientSecret, TokenEndpoint, '', Scopes, AccessToken) then begin
            ErrorText := GetLastErrorText();
            exit(false);
        end;
        if AccessToken.IsEmpty() then begin
            ErrorText := GetLastErrorText();
            exit(false);
        end;
        if AssumedLifetimeSeconds = 0 then
            AssumedLifetimeSeconds := 3000; // Entra ID issues app tokens for 60-90 minutes; stay well inside.
        ExpiresInSeconds := AssumedLifetimeSeconds;
        exit(true);
    end;
}
