namespace Seed.BookingsInvoicing.Test.Setup;

using Seed.BookingsInvoicing.Setup;
using System.Reflection;
using System.Security.AccessControl;
using System.TestLibraries.Utilities;

/// <summary>
/// The permission sets cover every object of the app, in layers: Objects (execute), Read (read all data),
/// Edit (change operational data, read the setup), Admin (change the setup too).
/// </summary>
codeunit 70470217 "BKI Permission Sets Test"
{
    Subtype = Test;
    TestPermissions = Disabled;

    var
        LibraryAssert: Codeunit "Library Assert";
        AppIdTok: Label '64d0bad8-e4fc-49a5-8607-8e161ca5e6b7', Locked = true;
        ObjectsRoleTok: Label 'BKI - OBJECTS', Locked = true;
        ReadRoleTok: Label 'BKI - READ', Locked = true;
        EditRoleTok: Label 'BKI - EDIT', Locked = true;
        AdminRoleTok: Label 'BKI - ADMIN', Locked = true;

    [Test]
    procedure ObjectsPermissionSetExecutesEveryObject()
    var
        AllObj: Record AllObj;
        Missing: TextBuilder;
    begin
        // [SCENARIO] "BKI - Objects" gives execute permission on every table, page, codeunit, report, query and xmlport of the app.
        // [GIVEN] All objects of the app
        FilterAppObjects(AllObj);
        LibraryAssert.RecordIsNotEmpty(AllObj);
        AllObj.FindSet();
        // [WHEN] [THEN] Each has an execute permission in the expanded permission set
        repeat
            if not HasExecute(ObjectsRoleTok, AllObj."Object Type", AllObj."Object ID") then
                Missing.Append(StrSubstNo('%1 %2 %3; ', AllObj."Object Type", AllObj."Object ID", AllObj."Object Name"));
        until AllObj.Next() = 0;
        LibraryAssert.AreEqual('', Missing.ToText(), 'Objects without execute permission in BKI - Objects');
    end;

    [Test]
    procedure ReadPermissionSetReadsEveryTable()
    var
        AllObj: Record AllObj;
        Missing: TextBuilder;
    begin
        // [SCENARIO] "BKI - Read" reads every stored table of the app (temporary tables need no data permission).
        FilterAppObjects(AllObj);
        AllObj.SetRange("Object Type", AllObj."Object Type"::Table);
        AllObj.FindSet();
        repeat
            if IsStoredTable(AllObj."Object ID") then
                if not HasTableData(ReadRoleTok, AllObj."Object ID", true, false, false, false) then
                    Missing.Append(StrSubstNo('%1 %2; ', AllObj."Object ID", AllObj."Object Name"));
        until AllObj.Next() = 0;
        LibraryAssert.AreEqual('', Missing.ToText(), 'Tables without read permission in BKI - Read');
    end;

    [Test]
    procedure EditWritesOperationalDataButNotTheSetup()
    var
        AllObj: Record AllObj;
        Missing: TextBuilder;
    begin
        // [SCENARIO] "BKI - Edit" changes every operational table but may only read the setup.
        FilterAppObjects(AllObj);
        AllObj.SetRange("Object Type", AllObj."Object Type"::Table);
        AllObj.FindSet();
        repeat
            if IsStoredTable(AllObj."Object ID") and (AllObj."Object ID" <> Database::"BKI Booking Sync Setup") then
                if not HasTableData(EditRoleTok, AllObj."Object ID", true, true, true, true) then
                    Missing.Append(StrSubstNo('%1 %2; ', AllObj."Object ID", AllObj."Object Name"));
        until AllObj.Next() = 0;
        LibraryAssert.AreEqual('', Missing.ToText(), 'Operational tables without RIMD in BKI - Edit');
        LibraryAssert.IsTrue(HasTableData(EditRoleTok, Database::"BKI Booking Sync Setup", true, false, false, false), 'Edit reads the setup');
        LibraryAssert.IsFalse(HasTableData(EditRoleTok, Database::"BKI Booking Sync Setup", false, false, true, false), 'Edit must not modify the setup');
    end;

    [Test]
    procedure AdminChangesTheSetupAndIncludesEdit()
    var
        AllObj: Record AllObj;
        Missing: TextBuilder;
    begin
        // [SCENARIO] "BKI - Admin" has RIMD on every stored table, the setup included, and executes every object.
        FilterAppObjects(AllObj);
        AllObj.FindSet();
        repeat
            if not HasExecute(AdminRoleTok, AllObj."Object Type", AllObj."Object ID") then
                Missing.Append(StrSubstNo('%1 %2; ', AllObj."Object Type", AllObj."Object ID"));
            if AllObj."Object Type" = AllObj."Object Type"::Table then
                if IsStoredTable(AllObj."Object ID") then
                    if not HasTableData(AdminRoleTok, AllObj."Object ID", true, true, true, true) then
                        Missing.Append(StrSubstNo('tabledata %1; ', AllObj."Object ID"));
        until AllObj.Next() = 0;
        LibraryAssert.AreEqual('', Missing.ToText(), 'Missing in BKI - Admin');
    end;

    local procedure FilterAppObjects(var AllObj: Record AllObj)
    begin
        AllObj.SetRange("App Package ID", GetAppPackageId());
        AllObj.SetFilter("Object Type", '%1|%2|%3|%4|%5|%6', AllObj."Object Type"::Table, AllObj."Object Type"::Page, AllObj."Object Type"::Codeunit,
            AllObj."Object Type"::Report, AllObj."Object Type"::Query, AllObj."Object Type"::XMLport);
    end;

    local procedure GetAppPackageId(): Guid
    var
        AppModuleInfo: ModuleInfo;
        AppId: Guid;
    begin
        Evaluate(AppId, AppIdTok);
        LibraryAssert.IsTrue(NavApp.GetModuleInfo(AppId, AppModuleInfo), 'Bookings Invoicing is installed');
        exit(AppModuleInfo.PackageId());
    end;

    local procedure IsStoredTable(TableId: Integer): Boolean
    var
        RecRef: RecordRef;
    begin
        RecRef.Open(TableId);
        exit(not RecRef.IsTemporary());
    end;

    local procedure HasExecute(RoleId: Code[20]; ObjectType: Option; ObjectId: Integer): Boolean
    var
        ExpandedPermission: Record "Expanded Permission";
    begin
        ExpandedPermission.SetRange("Role ID", RoleId);
        ExpandedPermission.SetRange("Object Type", ObjectType);
        ExpandedPermission.SetFilter("Object ID", '%1|%2', ObjectId, 0);
        ExpandedPermission.SetRange("Execute Permission", ExpandedPermission."Execute Permission"::Yes);
        exit(not ExpandedPermission.IsEmpty());
    end;

    local procedure HasTableData(RoleId: Code[20]; TableId: Integer; NeedRead: Boolean; NeedInsert: Boolean; NeedModify: Boolean; NeedDelete: Boolean): Boolean
    var
        ExpandedPermission: Record "Expanded Permission";
    begin
        ExpandedPermission.SetRange("Role ID", RoleId);
        ExpandedPermission.SetRange("Object Type", ExpandedPermission."Object Type"::"Table Data");
        ExpandedPermission.SetRange("Object ID", TableId);
        if not ExpandedPermission.FindFirst() then
            exit(false);
        if NeedRead and (ExpandedPermission."Read Permission" <> ExpandedPermission."Read Permission"::Yes) then
            exit(false);
        if NeedInsert and (ExpandedPermission."Insert Permission" <> ExpandedPermission."Insert Permission"::Yes) then
            exit(false);
        if NeedModify and (ExpandedPermission."Modify Permission" <> ExpandedPermission."Modify Permission"::Yes) then
            exit(false);
        if NeedDelete and (ExpandedPermission."Delete Permission" <> ExpandedPermission."Delete Permission"::Yes) then
            exit(false);
        exit(true);
    end;
}
