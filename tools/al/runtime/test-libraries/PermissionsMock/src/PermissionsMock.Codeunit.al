// Stand-in for Microsoft's codeunit 131006 "Permissions Mock" (same ID, name and public signatures, our own code).
// BC mocks the user's permission sets through a .NET helper; here the runtime does it behind the native hooks of
// codeunit 130990 "Runtime Native Hooks". The test runner starts the mock before each test and stops it after, as
// BC's test runner does. While started and before any assignment the test user keeps full permissions.
namespace System.TestLibraries.Security.AccessControl;

using System.Runtime.Native;

codeunit 131006 "Permissions Mock"
{
    SingleInstance = true;

    trigger OnRun()
    begin
        if IsStarted() then
            Stop()
        else
            Start();
    end;

    var
        RuntimeNativeHooks: Codeunit "Runtime Native Hooks";

    /// <summary>Start mocking permission sets.</summary>
    procedure Start()
    begin
        RuntimeNativeHooks.PermissionsMockStart();
    end;

    /// <summary>Stop mocking permission sets.</summary>
    procedure Stop()
    begin
        RuntimeNativeHooks.PermissionsMockStop();
    end;

    /// <summary>Clears every assigned permission set of the test user.</summary>
    procedure ClearAssignments()
    begin
        RuntimeNativeHooks.PermissionsMockClear();
    end;

    /// <summary>Assigns the permission set to the test user (an unknown Role ID is an error).</summary>
    procedure Assign(RoleID: Code[20])
    begin
        if not IsStarted() then
            exit;
        RuntimeNativeHooks.PermissionsMockAssign(RoleID);
    end;

    /// <summary>Clears the assignments, then assigns "All Objects" and the given set.</summary>
    procedure Set(RoleID: Code[20])
    begin
        if not IsStarted() then
            exit;
        ClearAssignments();
        Assign('All Objects');
        Assign(RoleID);
    end;

    /// <summary>Clears the assignments, then assigns only the given set.</summary>
    procedure SetExactPermissionSet(RoleID: Code[20])
    begin
        if not IsStarted() then
            exit;
        ClearAssignments();
        Assign(RoleID);
    end;

    /// <summary>True while permission sets are mocked.</summary>
    procedure IsStarted(): Boolean
    begin
        exit(RuntimeNativeHooks.PermissionsMockIsStarted());
    end;
}
