// Model of table 5404 "Item Unit of Measure".
namespace Microsoft.Inventory.Item;

using Microsoft.Foundation.UOM;

table 5404 "Item Unit of Measure"
{
    Caption = 'Item Unit of Measure';
    DataClassification = CustomerContent;
    LookupPageId = "Item Units of Measure";

    fields
    {
        field(1; "Item No."; Code[20])
        {
            Caption = 'Item No.';
            NotBlank = true;
            TableRelation = Item;
        }
        field(2; "Code"; Code[10])
        {
            Caption = 'Code';
            NotBlank = true;
            TableRelation = "Unit of Measure";
        }
        field(3; "Qty. per Unit of Measure"; Decimal)
        {
            Caption = 'Qty. per Unit of Measure';
            DecimalPlaces = 0 : 5;
            InitValue = 1;
            MinValue = 0;

            trigger OnValidate()
            begin
                if "Qty. per Unit of Measure" <= 0 then
                    FieldError("Qty. per Unit of Measure", QtyMustBePositiveErr);
            end;
        }
        field(4; "Qty. Rounding Precision"; Decimal)
        {
            Caption = 'Qty. Rounding Precision';
            DecimalPlaces = 0 : 5;
            InitValue = 0;
            MaxValue = 1;
            MinValue = 0;
        }
    }

    keys
    {
        key(Key1; "Item No.", "Code")
        {
            Clustered = true;
        }
        key(Key2; "Item No.", "Qty. per Unit of Measure")
        {
        }
        key(Key3; "Code")
        {
        }
    }

    var
        QtyMustBePositiveErr: Label 'must be greater than 0';
}
