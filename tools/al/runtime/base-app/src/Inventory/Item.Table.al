// Model of table 27 Item: numbering from Inventory Setup, search description, base unit of measure validation that
// creates the Item Unit of Measure (qty 1) and sets the sales/purchase units, and the fields the extension reads.
// Posting groups are plain codes (their setup tables are not modelled); no ledger entries exist. See README.
namespace Microsoft.Inventory.Item;

using Microsoft.Foundation.NoSeries;
using Microsoft.Foundation.UOM;
using Microsoft.Inventory.Setup;

table 27 Item
{
    Caption = 'Item';
    DataCaptionFields = "No.", Description;
    DataClassification = CustomerContent;
    DrillDownPageId = "Item List";
    LookupPageId = "Item List";

    fields
    {
        field(1; "No."; Code[20])
        {
            Caption = 'No.';

            trigger OnValidate()
            begin
                if "No." <> xRec."No." then begin
                    GetInvtSetup();
                    NoSeries.TestManual(InventorySetup."Item Nos.");
                    "No. Series" := '';
                end;
            end;
        }
        field(3; Description; Text[100])
        {
            Caption = 'Description';

            trigger OnValidate()
            begin
                if ("Search Description" = UpperCase(xRec.Description)) or ("Search Description" = '') then
                    "Search Description" := CopyStr(Description, 1, MaxStrLen("Search Description"));
            end;
        }
        field(4; "Search Description"; Code[100])
        {
            Caption = 'Search Description';
        }
        field(5; "Description 2"; Text[50])
        {
            Caption = 'Description 2';
        }
        field(8; "Base Unit of Measure"; Code[10])
        {
            Caption = 'Base Unit of Measure';
            TableRelation = "Unit of Measure";
            ValidateTableRelation = false;

            trigger OnValidate()
            var
                UnitOfMeasure: Record "Unit of Measure";
            begin
                if "Base Unit of Measure" = xRec."Base Unit of Measure" then
                    exit;
                if "Base Unit of Measure" <> '' then begin
                    // Like BC: a code that is not a Unit of Measure may be its International Standard Code.
                    if not UnitOfMeasure.Get("Base Unit of Measure") then begin
                        UnitOfMeasure.SetRange("International Standard Code", "Base Unit of Measure");
                        if not UnitOfMeasure.FindFirst() then
                            Error(UnitOfMeasureNotExistErr, "Base Unit of Measure");
                        "Base Unit of Measure" := UnitOfMeasure.Code;
                    end;
                    if not ItemUnitOfMeasure.Get("No.", "Base Unit of Measure") then
                        CreateItemUnitOfMeasure()
                    else
                        if ItemUnitOfMeasure."Qty. per Unit of Measure" <> 1 then
                            Error(BaseUnitOfMeasureQtyMustBeOneErr, "Base Unit of Measure", ItemUnitOfMeasure."Qty. per Unit of Measure");
                end;
                "Sales Unit of Measure" := "Base Unit of Measure";
                "Purch. Unit of Measure" := "Base Unit of Measure";
            end;
        }
        field(10; Type; Enum "Item Type")
        {
            Caption = 'Type';
        }
        field(11; "Inventory Posting Group"; Code[20])
        {
            Caption = 'Inventory Posting Group';
        }
        field(15; "Allow Invoice Disc."; Boolean)
        {
            Caption = 'Allow Invoice Disc.';
            InitValue = true;
        }
        field(18; "Unit Price"; Decimal)
        {
            AutoFormatType = 2;
            Caption = 'Unit Price';
            MinValue = 0;
        }
        field(22; "Unit Cost"; Decimal)
        {
            AutoFormatType = 2;
            Caption = 'Unit Cost';
            MinValue = 0;
        }
        field(54; Blocked; Boolean)
        {
            Caption = 'Blocked';
        }
        field(61; "Last DateTime Modified"; DateTime)
        {
            Caption = 'Last DateTime Modified';
            Editable = false;
        }
        field(62; "Last Date Modified"; Date)
        {
            Caption = 'Last Date Modified';
            Editable = false;
        }
        field(63; "Last Time Modified"; Time)
        {
            Caption = 'Last Time Modified';
            Editable = false;
        }
        field(87; "Price Includes VAT"; Boolean)
        {
            Caption = 'Price Includes VAT';
        }
        field(91; "Gen. Prod. Posting Group"; Code[20])
        {
            Caption = 'Gen. Prod. Posting Group';
        }
        field(97; "No. Series"; Code[20])
        {
            Caption = 'No. Series';
            Editable = false;
            TableRelation = "No. Series";
        }
        field(98; "Tax Group Code"; Code[20])
        {
            Caption = 'Tax Group Code';
        }
        field(99; "VAT Prod. Posting Group"; Code[20])
        {
            Caption = 'VAT Prod. Posting Group';
        }
        field(5425; "Sales Unit of Measure"; Code[10])
        {
            Caption = 'Sales Unit of Measure';
            TableRelation = "Item Unit of Measure".Code where("Item No." = field("No."));
        }
        field(5426; "Purch. Unit of Measure"; Code[10])
        {
            Caption = 'Purch. Unit of Measure';
            TableRelation = "Item Unit of Measure".Code where("Item No." = field("No."));
        }
        field(5702; "Item Category Code"; Code[20])
        {
            Caption = 'Item Category Code';
        }
        field(8003; "Sales Blocked"; Boolean)
        {
            Caption = 'Sales Blocked';
        }
    }

    keys
    {
        key(Key1; "No.")
        {
            Clustered = true;
        }
        key(Key2; "Search Description")
        {
        }
        key(Key3; Description)
        {
        }
        key(Key4; Type)
        {
        }
    }

    trigger OnInsert()
    var
        Item: Record Item;
    begin
        if "No." = '' then begin
            GetInvtSetup();
            InventorySetup.TestField("Item Nos.");
            "No. Series" := InventorySetup."Item Nos.";
            "No." := NoSeries.GetNextNo("No. Series");
            while Item.Get("No.") do
                "No." := NoSeries.GetNextNo("No. Series");
        end;
        SetLastDateTimeModified();
    end;

    trigger OnModify()
    begin
        SetLastDateTimeModified();
    end;

    trigger OnDelete()
    var
        ItemUoM: Record "Item Unit of Measure";
    begin
        ItemUoM.SetRange("Item No.", "No.");
        ItemUoM.DeleteAll();
    end;

    trigger OnRename()
    begin
        SetLastDateTimeModified();
    end;

    var
        InventorySetup: Record "Inventory Setup";
        ItemUnitOfMeasure: Record "Item Unit of Measure";
        NoSeries: Codeunit "No. Series";
        InventorySetupRead: Boolean;
        UnitOfMeasureNotExistErr: Label 'The Unit of Measure with Code %1 does not exist.', Comment = '%1 = Code of Unit of measure';
        BaseUnitOfMeasureQtyMustBeOneErr: Label 'The quantity per base unit of measure must be 1. %1 is set up with %2 per unit of measure.\\You can change this setup in the Item Units of Measure window.', Comment = '%1 Name of Unit of measure (e.g. BOX, PCS, KG...), %2 Qty. of %1 per base unit of measure ';

    /// <summary>True for Service and Non-Inventory items.</summary>
    procedure IsNonInventoriableType(): Boolean
    begin
        exit(Type in [Type::"Non-Inventory", Type::Service]);
    end;

    procedure IsInventoriableType(): Boolean
    begin
        exit(not IsNonInventoriableType());
    end;

    local procedure CreateItemUnitOfMeasure()
    begin
        ItemUnitOfMeasure.Init();
        ItemUnitOfMeasure."Item No." := "No.";
        ItemUnitOfMeasure.Validate(Code, "Base Unit of Measure");
        ItemUnitOfMeasure."Qty. per Unit of Measure" := 1;
        ItemUnitOfMeasure.Insert();
    end;

    local procedure GetInvtSetup()
    begin
        if InventorySetupRead then
            exit;
        InventorySetup.Get();
        InventorySetupRead := true;
    end;

    local procedure SetLastDateTimeModified()
    begin
        "Last DateTime Modified" := CurrentDateTime();
        "Last Date Modified" := DT2Date("Last DateTime Modified");
        "Last Time Modified" := DT2Time("Last DateTime Modified");
    end;
}
