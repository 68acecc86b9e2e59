// Stand-in for permission set 207 "D365 BASIC" so that permission set extensions apply. BC includes
// "D365 Basic - Edit" and "D365 Agent"; permission contents are not modelled (the runtime does not enforce
// permissions).
namespace System.Security.AccessControl;

permissionset 207 "D365 BASIC"
{
    Access = Public;
    Assignable = true;
    Caption = 'Dynamics 365 Basic access';
}
