// Platform table 2000000038 AllObj. The runtime fills it from every loaded object (all apps, built-ins included)
// the first time it is read; writes are not meant for it.
namespace System.Reflection;

table 2000000038 AllObj
{
    DataPerCompany = false;
    InherentPermissions = rX;

    fields
    {
        field(1; "Object Type"; Option)
        {
            OptionMembers = "TableData","Table",,"Report",,"Codeunit","XMLport","MenuSuite","Page","Query","System","FieldNumber",,,"PageExtension","TableExtension","Enum","EnumExtension","Profile","ProfileExtension","PermissionSet","PermissionSetExtension","ReportExtension";
        }
        field(3; "Object ID"; Integer) { }
        field(4; "Object Name"; Text[30]) { }
        field(60; "App Package ID"; Guid) { }
        field(61; "App Runtime Package ID"; Guid) { }
        field(62; "AL Namespace"; Text[500]) { }
    }

    keys
    {
        key(pk; "Object Type", "Object ID") { }
    }
}
