// Enum 1875 of the System Application with the values of the Base Application's enumextension 1876
// "Manual Setup Category Ext" folded in (both apps are one stand-in here).
namespace System.Environment.Configuration;

enum 1875 "Manual Setup Category"
{
    Extensible = true;

    value(0; Uncategorized)
    {
        Caption = 'Uncategorized';
    }

    value(1; General)
    {
        Caption = 'General';
    }

    value(2; Finance)
    {
        Caption = 'Finance';
    }

    value(3; Sales)
    {
        Caption = 'Sales';
    }

    value(4; Jobs)
    {
        Caption = 'Jobs';
    }

    value(5; "Fixed Assets")
    {
        Caption = 'Fixed Assets';
    }

    value(6; Purchasing)
    {
        Caption = 'Purchasing';
    }

    value(7; "Reference Data")
    {
        Caption = 'Reference Data';
    }

    value(8; HR)
    {
        Caption = 'HR';
    }

    value(9; Inventory)
    {
        Caption = 'Inventory';
    }

    value(10; Service)
    {
        Caption = 'Service';
    }

    value(11; System)
    {
        Caption = 'System';
    }

    value(12; "Relationship Mgt")
    {
        Caption = 'Relationship Mgt';
    }

    value(13; Intercompany)
    {
        Caption = 'Intercompany';
    }
}
