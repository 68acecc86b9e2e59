// Model of enum 5057. In BC it implements the interface "Contact Business Relation Link"; that interface is not modelled.
namespace Microsoft.CRM.BusinessRelation;

enum 5057 "Contact Business Relation Link To Table"
{
    Extensible = true;

    value(0; " ")
    {
        Caption = ' ';
    }
    value(1; Customer)
    {
        Caption = 'Customer';
    }
    value(2; Vendor)
    {
        Caption = 'Vendor';
    }
    value(3; "Bank Account")
    {
        Caption = 'Bank Account';
    }
    value(4; Employee)
    {
        Caption = 'Employee';
    }
}
