// Placeholder for table 21 "Cust. Ledger Entry": exists so that "Sales-Post".OnAfterPostSalesDoc keeps its real
// signature. The reduced posting creates no ledger entries (see README).
namespace Microsoft.Sales.Receivables;

table 21 "Cust. Ledger Entry"
{
    Caption = 'Cust. Ledger Entry';
    DataClassification = CustomerContent;

    fields
    {
        field(1; "Entry No."; Integer)
        {
            Caption = 'Entry No.';
        }
        field(3; "Customer No."; Code[20])
        {
            Caption = 'Customer No.';
        }
        field(4; "Posting Date"; Date)
        {
            Caption = 'Posting Date';
        }
        field(6; "Document No."; Code[20])
        {
            Caption = 'Document No.';
        }
        field(11; "Currency Code"; Code[10])
        {
            Caption = 'Currency Code';
        }
    }

    keys
    {
        key(Key1; "Entry No.")
        {
            Clustered = true;
        }
    }
}
