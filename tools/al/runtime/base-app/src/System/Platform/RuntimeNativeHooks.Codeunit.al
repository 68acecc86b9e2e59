// Native hooks of the AL runtime: every procedure here MUST be implemented natively by the runtime
// (tools/al/runtime), which replaces the AL body. The AL bodies only raise an error naming the hook, so a runtime
// without the native implementation fails loudly instead of silently doing nothing.
// Not a Microsoft object: it is the single seam between the base-application model and the platform.
// The list with the expected behaviour of each hook is in tools/al/runtime/base-app/README.md.
namespace System.Runtime.Native;

codeunit 130990 "Runtime Native Hooks"
{
    Access = Public;
    SingleInstance = true;

    var
        NotImplementedErr: Label 'The AL runtime does not implement the native hook %1 (codeunit 130990 "Runtime Native Hooks").', Comment = '%1 = procedure name';

    /// <summary>
    /// Client-credentials token request with MSAL's authority semantics: the authority is scheme://host/<first path
    /// segment> (the tenant) of OAuthAuthorityUrl, so callers may pass either 'https://login.microsoftonline.com/<tenant>'
    /// or a full token endpoint such as '.../<tenant>/oauth2/v2.0/token'. With Scopes (v2.0): POST
    /// {authority}/oauth2/v2.0/token, form fields grant_type=client_credentials, client_id, client_secret, scope
    /// (space-joined). With ResourceURL (v1.0): POST {authority}/oauth2/token with resource. Sets AccessToken from
    /// access_token; raises an error on any failure (non-2xx, no token, blocked host), never showing the secret.
    /// </summary>
    [NonDebuggable]
    procedure AcquireTokenWithClientCredentials(ClientId: Text; ClientSecret: SecretText; OAuthAuthorityUrl: Text; RedirectURL: Text; ResourceURL: Text; Scopes: List of [Text]; var AccessToken: SecretText)
    begin
        Error(NotImplementedErr, 'AcquireTokenWithClientCredentials');
    end;

    /// <summary>True when the session runs as Business Central online (runtime setting; default true).</summary>
    procedure IsSaaS(): Boolean
    begin
        Error(NotImplementedErr, 'IsSaaS');
    end;

    /// <summary>True for a sandbox environment (runtime setting; default true).</summary>
    procedure IsSandbox(): Boolean
    begin
        Error(NotImplementedErr, 'IsSandbox');
    end;

    /// <summary>The environment name (runtime setting; default 'Sandbox').</summary>
    procedure GetEnvironmentName(): Text
    begin
        Error(NotImplementedErr, 'GetEnvironmentName');
    end;

    /// <summary>The application family (runtime setting; default 'W1').</summary>
    procedure GetApplicationFamily(): Text
    begin
        Error(NotImplementedErr, 'GetApplicationFamily');
    end;

    /// <summary>Major version of the installed app with this ID, 0 when not installed.</summary>
    procedure VersionInstalled(AppID: Guid): Integer
    begin
        Error(NotImplementedErr, 'VersionInstalled');
    end;

    /// <summary>The session user's time zone setting (Windows or IANA ID); '' when none is set.</summary>
    procedure GetUserTimeZoneId(): Text
    begin
        Error(NotImplementedErr, 'GetUserTimeZoneId');
    end;

    /// <summary>True when the session runs in the web client (runtime setting; tests default to false, like BC's test runner).</summary>
    procedure IsWebClient(): Boolean
    begin
        Error(NotImplementedErr, 'IsWebClient');
    end;

    /// <summary>UTC offset of the zone at the given UTC instant, daylight saving time included. Accepts Windows IDs
    /// ('W. Europe Standard Time') and IANA IDs ('Europe/Berlin'); an unknown ID is an error naming it.</summary>
    procedure GetUtcOffset(SourceDateTime: DateTime; TimeZoneId: Text): Duration
    begin
        Error(NotImplementedErr, 'GetUtcOffset');
    end;

    /// <summary>The zone's standard (base) UTC offset, without daylight saving time (.NET TimeZoneInfo.BaseUtcOffset).</summary>
    procedure GetBaseUtcOffset(TimeZoneId: Text): Duration
    begin
        Error(NotImplementedErr, 'GetBaseUtcOffset');
    end;

    procedure SupportsDaylightSavingTime(TimeZoneId: Text): Boolean
    begin
        Error(NotImplementedErr, 'SupportsDaylightSavingTime');
    end;

    procedure IsDaylightSavingTime(DateTimeToCheck: DateTime; TimeZoneId: Text): Boolean
    begin
        Error(NotImplementedErr, 'IsDaylightSavingTime');
    end;

    /// <summary>Starts mocking the permission sets of the session user (no set assigned yet: full permissions).</summary>
    procedure PermissionsMockStart()
    begin
        Error(NotImplementedErr, 'PermissionsMockStart');
    end;

    /// <summary>Stops mocking: the session user has full permissions again.</summary>
    procedure PermissionsMockStop()
    begin
        Error(NotImplementedErr, 'PermissionsMockStop');
    end;

    /// <summary>True while the permission mock is started.</summary>
    procedure PermissionsMockIsStarted(): Boolean
    begin
        Error(NotImplementedErr, 'PermissionsMockIsStarted');
    end;

    /// <summary>Removes every mocked assignment: from now on permissions are enforced with no set assigned.</summary>
    procedure PermissionsMockClear()
    begin
        Error(NotImplementedErr, 'PermissionsMockClear');
    end;

    /// <summary>Assigns a permission set (by Role ID) to the session user; an unknown Role ID is an error.</summary>
    procedure PermissionsMockAssign(RoleID: Code[30])
    begin
        Error(NotImplementedErr, 'PermissionsMockAssign');
    end;

    /// <summary>
    /// A runtime setting by name ('' when unset): the environment variable AL_RUNTIME_SETTING_<NAME> (name upper case,
    /// other characters than A-Z and 0-9 as '_'). Lets a host, e.g. a test that started the Graph emulator, pass
    /// values such as the emulator's URL to AL code.
    /// </summary>
    procedure GetRuntimeSetting(Name: Text): Text
    begin
        Error(NotImplementedErr, 'GetRuntimeSetting');
    end;
}
