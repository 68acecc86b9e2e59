namespace Seed.BookingsInvoicing.Setup;

/// <summary>
/// Per-session cache of the Graph access token. The token is kept as SecretText in memory only, together with its
/// expiry and the connection it belongs to; changing tenant, client, authority or secret invalidates it.
/// </summary>
codeunit 70470003 "BKI Graph Token Cache"
{
    Access = Internal;
    SingleInstance = true;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        CachedToken: SecretText;
        CachedExpiresAt: DateTime;
        CachedConnectionKey: Text;
        TokenProvider: Interface "BKI Token Provider";
        TokenProviderSet: Boolean;
        LastAcquireCount: Integer;
        GraphScopeTok: Label 'https://graph.microsoft.com/.default', Locked = true;
        ConnectionKeyTok: Label '%1|%2|%3|%4', Locked = true;

    /// <summary>Returns a valid token from the cache or acquires a new one.</summary>
    [NonDebuggable]
    procedure GetToken(var BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; var AccessToken: SecretText; var ErrorText: Text): Boolean
    var
        NewToken: SecretText;
        ExpiresInSeconds: Integer;
        ConnectionKey: Text;
    begin
        ErrorText := '';
        ConnectionKey := StrSubstNo(ConnectionKeyTok, BKIBookingSyncSetup."Authority URL", BKIBookingSyncSetup."Tenant ID", BKIBookingSyncSetup."Client ID", BKIBookingSyncSetup."Token Source".AsInteger());
        if IsCachedTokenValid(ConnectionKey) then begin
            AccessToken := CachedToken;
            exit(true);
        end;

        Reset();
        EnsureTokenProvider(BKIBookingSyncSetup);
        LastAcquireCount += 1;
        if not TokenProvider.AcquireToken(BKIBookingSyncSetup.GetTokenEndpoint(), BKIBookingSyncSetup."Client ID", BKIBookingSyncSetup.GetClientSecret(), GraphScopeTok, NewToken, ExpiresInSeconds, ErrorText) then
            exit(false);
        if ExpiresInSeconds <= 0 then
            ExpiresInSeconds := 300;
        CachedToken := NewToken;
        // Renew two minutes before the token expires so that a long request does not run into the expiry.
        CachedExpiresAt := CurrentDateTime() + (ExpiresInSeconds - ExpirySkewSeconds(ExpiresInSeconds)) * 1000;
        CachedConnectionKey := ConnectionKey;
        AccessToken := CachedToken;
        exit(true);
    end;

    /// <summary>Forgets the cached token, e.g. after a 401 or a change of the credentials.</summary>
    procedure Reset()
    begin
        Clear(CachedToken);
        CachedExpiresAt := 0DT;
        CachedConnectionKey := '';
    end;

    /// <summary>Replaces the token provider for this session (tests, emulator).</summary>
    procedure SetTokenProvider(NewTokenProvider: Interface "BKI Token Provider")
    begin
        TokenProvider := NewTokenProvider;
        TokenProviderSet := true;
        Reset();
    end;

    /// <summary>Goes back to the provider chosen in the setup ("Token Source").</summary>
    procedure ClearTokenProvider()
    begin
        TokenProviderSet := false;
        Reset();
    end;

    /// <summary>How many times a token was requested from the provider in this session.</summary>
    procedure GetAcquireCount(): Integer
    begin
        exit(LastAcquireCount);
    end;

    procedure HasCachedToken(): Boolean
    begin
        exit(CachedConnectionKey <> '');
    end;

    procedure GetCachedExpiresAt(): DateTime
    begin
        exit(CachedExpiresAt);
    end;

    local procedure IsCachedTokenValid(ConnectionKey: Text): Boolean
    begin
        if CachedConnectionKey = '' then
            exit(false);
        if CachedConnectionKey <> ConnectionKey then
            exit(false);
        if CachedToken.IsEmpty() then
            exit(false);
        exit(CurrentDateTime() < CachedExpiresAt);
    end;

    local procedure ExpirySkewSeconds(ExpiresInSeconds: Integer): Integer
    begin
        if ExpiresInSeconds > 600 then
            exit(120);
        exit(ExpiresInSeconds div 10);
    end;

    local procedure EnsureTokenProvider(BKIBookingSyncSetup: Record "BKI Booking Sync Setup")
    begin
        if TokenProviderSet then
            exit;
        TokenProvider := BKIBookingSyncSetup."Token Source";
    end;
}
