namespace Seed.BookingsInvoicing.Setup;

/// <summary>
/// Acquires an app-only access token for Microsoft Graph. The setup's "Token Source" picks the implementation:
/// the System Application codeunit "OAuth2" (default) or a direct client credentials request; tests can register
/// another one for the session with codeunit "BKI Graph Token Cache".SetTokenProvider.
/// </summary>
interface "BKI Token Provider"
{
    /// <summary>Acquires a token with the client credentials grant.</summary>
    /// <param name="TokenEndpoint">The v2.0 token endpoint, e.g. https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token.</param>
    /// <param name="ClientId">The application (client) ID.</param>
    /// <param name="ClientSecret">The client secret.</param>
    /// <param name="Scope">The scope, https://graph.microsoft.com/.default.</param>
    /// <param name="AccessToken">The token, when the call succeeds.</param>
    /// <param name="ExpiresInSeconds">How long the token may be used, in seconds.</param>
    /// <param name="ErrorText">The identity platform's error (codes only, no secrets), when the call fails.</param>
    /// <returns>true when a token was acquired.</returns>
    procedure AcquireToken(TokenEndpoint: Text; ClientId: Text; ClientSecret: SecretText; Scope: Text; var AccessToken: SecretText; var ExpiresInSeconds: Integer; var ErrorText: Text): Boolean
}
