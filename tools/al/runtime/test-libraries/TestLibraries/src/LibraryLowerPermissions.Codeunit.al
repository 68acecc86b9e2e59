// Stand-in for a part of Microsoft's "Library - Lower Permissions" (codeunit 132217): same ID, name and signatures
// for the procedures included, our own code, over codeunit "Permissions Mock". Push/Set procedures replace the
// user's sets by "All Objects", the given set, "Test Tables" and (with defaults) "D365 Basic"; Add procedures add
// one set. Only the sets the base-application model defines are included (D365 BASIC, D365 SALES DOC, EDIT), plus
// SUPER and D365 Full Access, which the runtime treats as full access.
namespace System.TestLibraries.Security.AccessControl;

codeunit 132217 "Library - Lower Permissions"
{
    SingleInstance = true;

    var
        PermissionsMock: Codeunit "Permissions Mock";
        HasChangedPermissionsBelowO365Full: Boolean;
        XO365FULLTxt: Label 'D365 Full Access', Locked = true;
        XSALESDOCCREATETxt: Label 'D365 Sales Doc, Edit', Locked = true;
        XBASICTxt: Label 'D365 Basic', Locked = true;
        XTestPermissionSetTxt: Label 'Test Tables', Locked = true;
        SuperTok: Label 'SUPER', Locked = true;

    procedure StartLoggingNAVPermissions(PermissionSetRoleID: Code[20])
    begin
        StartLoggingNAVPermissions();
        PushPermissionSetInternal(PermissionSetRoleID, true);
    end;

    procedure StartLoggingNAVPermissions()
    begin
        PermissionsMock.Start();
        HasChangedPermissionsBelowO365Full := false;
    end;

    procedure StopLoggingNAVPermissions()
    begin
        PermissionsMock.Stop();
    end;

    procedure HasChangedPermissions(): Boolean
    begin
        exit(HasChangedPermissionsBelowO365Full);
    end;

    procedure SetO365Basic()
    begin
        PushPermissionSet(XBASICTxt);
    end;

    procedure SetO365Full()
    begin
        PushPermissionSet(XO365FULLTxt);
    end;

    procedure SetSalesDocsCreate()
    begin
        PushPermissionSet(XSALESDOCCREATETxt);
    end;

    procedure SetOutsideO365Scope()
    begin
        PushPermissionSet(SuperTok);
    end;

    procedure AddO365Basic()
    begin
        AddPermissionSet(XBASICTxt);
    end;

    procedure AddO365Full()
    begin
        AddPermissionSet(XO365FULLTxt);
    end;

    procedure AddSalesDocsCreate()
    begin
        AddPermissionSet(XSALESDOCCREATETxt);
    end;

    procedure PushPermissionSet(PermissionSetRoleID: Code[20])
    begin
        PushPermissionSetInternal(PermissionSetRoleID, true);
        OnAfterPushPermissionSet(PermissionSetRoleID);
    end;

    procedure PushPermissionSetWithoutDefaults(PermissionSetRoleID: Code[20])
    begin
        PushPermissionSetInternal(PermissionSetRoleID, false);
        OnAfterPushPermissionSet(PermissionSetRoleID);
    end;

    /// <summary>Sets only the given permission set, without All Objects, Test Tables or D365 Basic.</summary>
    procedure SetExactPermissionSet(PermissionSetRoleID: Code[20])
    begin
        if not PermissionsMock.IsStarted() then
            exit;
        NoteLowered(PermissionSetRoleID);
        PermissionsMock.ClearAssignments();
        PermissionsMock.Assign(PermissionSetRoleID);
    end;

    procedure AddPermissionSet(PermissionSetRoleID: Code[20])
    begin
        if not PermissionsMock.IsStarted() then
            exit;
        PermissionsMock.Assign(PermissionSetRoleID);
        OnAfterAddPermissionSet(PermissionSetRoleID);
    end;

    local procedure PushPermissionSetInternal(PermissionSetRoleID: Code[20]; AddDefaults: Boolean)
    begin
        if not PermissionsMock.IsStarted() then
            exit;
        NoteLowered(PermissionSetRoleID);
        PermissionsMock.Set(PermissionSetRoleID);
        PermissionsMock.Assign(XTestPermissionSetTxt);
        if AddDefaults then
            PermissionsMock.Assign(XBASICTxt);
    end;

    local procedure NoteLowered(PermissionSetRoleID: Code[20])
    begin
        if (UpperCase(PermissionSetRoleID) <> UpperCase(XO365FULLTxt)) and (UpperCase(PermissionSetRoleID) <> SuperTok) then
            HasChangedPermissionsBelowO365Full := true;
    end;

    [IntegrationEvent(false, false)]
    local procedure OnAfterPushPermissionSet(PermissionSetRoleID: Code[20])
    begin
    end;

    [IntegrationEvent(false, false)]
    local procedure OnAfterAddPermissionSet(PermissionSetRoleID: Code[20])
    begin
    end;
}
