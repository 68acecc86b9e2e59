// Platform table 2000000254 "Expanded Permission": the permissions of each permission set with its included sets
// resolved (and excluded sets removed). The runtime computes it from the loaded permissionset and
// permissionsetextension objects.
namespace System.Security.AccessControl;

table 2000000254 "Expanded Permission"
{
    Caption = 'Expanded Permission';
    DataPerCompany = false;
    InherentPermissions = rX;

    fields
    {
        field(1; "App ID"; Guid) { }
        field(2; "Role ID"; Code[30]) { Caption = 'Role ID'; }
        field(4; "Object Type"; Option)
        {
            Caption = 'Object Type';
            OptionMembers = "Table Data","Table",,"Report",,"Codeunit","XMLport","MenuSuite","Page","Query","System";
        }
        field(5; "Object ID"; Integer) { Caption = 'Object ID'; }
        field(7; "Read Permission"; Option)
        {
            Caption = 'Read Permission';
            InitValue = Yes;
            OptionMembers = " ",Yes,Indirect;
        }
        field(8; "Insert Permission"; Option)
        {
            Caption = 'Insert Permission';
            InitValue = Yes;
            OptionMembers = " ",Yes,Indirect;
        }
        field(9; "Modify Permission"; Option)
        {
            Caption = 'Modify Permission';
            InitValue = Yes;
            OptionMembers = " ",Yes,Indirect;
        }
        field(10; "Delete Permission"; Option)
        {
            Caption = 'Delete Permission';
            InitValue = Yes;
            OptionMembers = " ",Yes,Indirect;
        }
        field(11; "Execute Permission"; Option)
        {
            Caption = 'Execute Permission';
            InitValue = Yes;
            OptionMembers = " ",Yes,Indirect;
        }
        field(14; Scope; Option)
        {
            OptionMembers = System,Tenant;
        }
    }

    keys
    {
        key(Key1; "App ID", "Role ID", "Object Type", "Object ID") { }
    }
}
