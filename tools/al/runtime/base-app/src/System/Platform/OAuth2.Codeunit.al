// Model of System Application codeunit 501 OAuth2: only the client-credentials procedures (the interactive flows
// need a browser sign-in and are not modelled). Same signatures and [TryFunction] behaviour: false on failure.
namespace System.Security.Authentication;

using System.Runtime.Native;

codeunit 501 OAuth2
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;

    /// <summary>Client-credentials grant, OAuth2 v1.0 endpoint (resource).</summary>
    [NonDebuggable]
    [TryFunction]
    procedure AcquireTokenWithClientCredentials(ClientId: Text; ClientSecret: SecretText; OAuthAuthorityUrl: Text; RedirectURL: Text; ResourceURL: Text; var AccessToken: SecretText)
    var
        NativeHooks: Codeunit "Runtime Native Hooks";
        NoScopes: List of [Text];
    begin
        NativeHooks.AcquireTokenWithClientCredentials(ClientId, ClientSecret, OAuthAuthorityUrl, RedirectURL, ResourceURL, NoScopes, AccessToken);
    end;

    /// <summary>Client-credentials grant, OAuth2 v2.0 endpoint (scopes, e.g. https://graph.microsoft.com/.default).</summary>
    [NonDebuggable]
    [TryFunction]
    procedure AcquireTokenWithClientCredentials(ClientId: Text; ClientSecret: SecretText; OAuthAuthorityUrl: Text; RedirectURL: Text; Scopes: List of [Text]; var AccessToken: SecretText)
    var
        NativeHooks: Codeunit "Runtime Native Hooks";
    begin
        NativeHooks.AcquireTokenWithClientCredentials(ClientId, ClientSecret, OAuthAuthorityUrl, RedirectURL, '', Scopes, AccessToken);
    end;
}
