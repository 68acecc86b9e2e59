// Enum 1815 of the System Application with the values the Base Application adds in enumextension 1814
// "Assisted Setup Group- BaseApp" folded in (both apps are one stand-in here).
namespace System.Environment.Configuration;

enum 1815 "Assisted Setup Group"
{
    Extensible = true;

    value(0; Uncategorized)
    {
        Caption = 'Uncategorized';
    }

    value(1; GettingStarted)
    {
        Caption = 'GettingStarted';
    }

    value(2; Warehouse)
    {
        Caption = 'Warehouse';
    }

    value(3; Journals)
    {
        Caption = 'Journals';
    }

    value(4; Analysis)
    {
        Caption = 'Analysis';
    }

    value(5; Extensions)
    {
        Caption = 'Extensions';
    }

    value(6; Customize)
    {
        Caption = 'Customize';
    }

    value(7; FirstInvoice)
    {
        Caption = 'FirstInvoice';
    }

    value(8; FinancialReporting)
    {
        Caption = 'FinancialReporting';
    }

    value(9; ReadyForBusiness)
    {
        Caption = 'ReadyForBusiness';
    }

    value(10; Connect)
    {
        Caption = 'Connect';
    }

    value(11; DoMoreWithBC)
    {
        Caption = 'DoMoreWithBC';
    }

    value(12; ApprovalWorkflows)
    {
        Caption = 'ApprovalWorkflows';
    }

    value(20; "Set Up Extended Security")
    {
        Caption = 'Set Up Extended Security';
    }
}
