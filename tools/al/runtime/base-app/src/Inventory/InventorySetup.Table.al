// Model of table 313 "Inventory Setup" (one record, primary key ''): item numbering only.
namespace Microsoft.Inventory.Setup;

using Microsoft.Foundation.NoSeries;

table 313 "Inventory Setup"
{
    Caption = 'Inventory Setup';
    DataClassification = CustomerContent;

    fields
    {
        field(1; "Primary Key"; Code[10])
        {
            Caption = 'Primary Key';
        }
        field(4; "Item Nos."; Code[20])
        {
            Caption = 'Item Nos.';
            TableRelation = "No. Series";
        }
    }

    keys
    {
        key(Key1; "Primary Key")
        {
            Clustered = true;
        }
    }
}
