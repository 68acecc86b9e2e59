namespace Seed.BookingsInvoicing.Test.Setup;

using Seed.BookingsInvoicing.Setup;

/// <summary>
/// Token provider for tests: returns a fixed token or the identity platform error it was told to return,
/// and remembers what it was asked (never the secret itself, only whether one was passed).
/// </summary>
codeunit 70470201 "BKI Fake Token Provider" implements "BKI Token Provider"
{
    SingleInstance = true;

    var
        ErrorToReturn: Text;
        LifetimeSeconds: Integer;
        CallCount: Integer;
        LastTokenEndpoint: Text;
        LastClientId: Text;
        LastScope: Text;
        LastSecretWasEmpty: Boolean;

    [NonDebuggable]
    procedure AcquireToken(TokenEndpoint: Text; ClientId: Text; ClientSecret: SecretText; Scope: Text; var AccessToken: SecretText; var ExpiresInSeconds: Integer; var ErrorText: Text): Boolean
    begin
        CallCount += 1;
        LastTokenEndpoint := TokenEndpoint;
        LastClientId := ClientId;
        LastScope := Scope;
        LastSecretWasEmpty := ClientSecret.IsEmpty();
        if ErrorToReturn <> '' then begin
            ErrorText := ErrorToReturn;
            exit(false);
        end;
        AccessToken := FakeAccessToken();
        ExpiresInSeconds := LifetimeSeconds;
        if ExpiresInSeconds = 0 then
            ExpiresInSeconds := 3599;
        exit(true);
    end;

    procedure Reset()
    begin
        ErrorToReturn := '';
        LifetimeSeconds := 0;
        CallCount := 0;
        LastTokenEndpoint := '';
        LastClientId := '';
        LastScope := '';
        LastSecretWasEmpty := false;
    end;

    procedure SetError(NewErrorText: Text)
    begin
        ErrorToReturn := NewErrorText;
    end;

    procedure SetLifetimeSeconds(NewLifetimeSeconds: Integer)
    begin
        LifetimeSeconds := NewLifetimeSeconds;
    end;

    procedure GetCallCount(): Integer
    begin
        exit(CallCount);
    end;

    procedure GetLastTokenEndpoint(): Text
    begin
        exit(LastTokenEndpoint);
    end;

    procedure GetLastClientId(): Text
    begin
        exit(LastClientId);
    end;

    procedure GetLastScope(): Text
    begin
        exit(LastScope);
    end;

    procedure GetLastSecretWasEmpty(): Boolean
    begin
        exit(LastSecretWasEmpty);
    end;

    /// <summary>The token the fake hands out; tests check that it never reaches telemetry.</summary>
    procedure FakeAccessTokenText(): Text
    begin
        exit('fake-access-token-5b8f2c');
    end;

    [NonDebuggable]
    local procedure FakeAccessToken(): SecretText
    begin
        exit(FakeAccessTokenText());
    end;
}
