// Model of System Application codeunit 457 "Environment Information"; answers come from the runtime's settings.
namespace System.Environment;

using System.Runtime.Native;

codeunit 457 "Environment Information"
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;
    SingleInstance = true;

    var
        NativeHooks: Codeunit "Runtime Native Hooks";

    procedure IsProduction(): Boolean
    begin
        exit(not NativeHooks.IsSandbox());
    end;

    procedure GetEnvironmentName(): Text
    begin
        exit(NativeHooks.GetEnvironmentName());
    end;

    procedure IsSandbox(): Boolean
    begin
        exit(NativeHooks.IsSandbox());
    end;

    procedure IsSaaS(): Boolean
    begin
        exit(NativeHooks.IsSaaS());
    end;

    procedure IsOnPrem(): Boolean
    begin
        exit(not NativeHooks.IsSaaS());
    end;

    procedure IsFinancials(): Boolean
    begin
        exit(true);
    end;

    procedure IsSaaSInfrastructure(): Boolean
    begin
        exit(NativeHooks.IsSaaS());
    end;

    procedure GetApplicationFamily(): Text
    begin
        exit(NativeHooks.GetApplicationFamily());
    end;

    procedure VersionInstalled(AppID: Guid): Integer
    begin
        exit(NativeHooks.VersionInstalled(AppID));
    end;

    procedure CanStartSession(): Boolean
    begin
        exit(true);
    end;
}
